/**
 * A fresh idempotency key for one call of an operation that declares an
 * `Idempotency-Key` header. The operation makes it once per call, so every retry
 * of that call carries the same key and the server applies the request once.
 * Its own module: an SDK without such an operation carries none of it.
 */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
