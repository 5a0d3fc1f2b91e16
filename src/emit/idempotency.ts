import type { Api, Parameter } from '../ir/api.js';

/**
 * A header that asks the server to apply a request once however often it is
 * retried (`Idempotency-Key`, `X-Idempotency-Key`, any case): the SDK fills it
 * with a key made once per call when the caller gives none.
 */
export function isIdempotencyKey(p: Parameter): boolean {
  return p.in === 'header' && /^(?:x-)?idempotency-key$/i.test(p.name);
}

/** Whether any operation of the API takes such a header. */
export function hasIdempotencyKeys(api: Api): boolean {
  return api.operations.some((op) => op.otherParameters.some(isIdempotencyKey));
}
