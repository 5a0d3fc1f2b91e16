/**
 * A fresh idempotency key for one call of an operation that declares an
 * `Idempotency-Key` header. The operation makes it once per call, so every retry
 * of that call carries the same key and the server applies the request once.
 * Its own module: an SDK without such an operation carries none of it.
 */
export function idempotencyKey(): string {
  const { crypto } = globalThis;
  // randomUUID exists only in secure contexts: a page served over plain http has none.
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
