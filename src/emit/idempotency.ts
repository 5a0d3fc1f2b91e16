import type { Api, Parameter } from '../ir/api.js';

/** A header the SDK fills with a key made once per call when the caller gives none. */
export function isIdempotencyKey(p: Parameter): boolean {
  return p.idempotencyKey === true;
}

/** Whether any operation of the API takes such a header. */
export function hasIdempotencyKeys(api: Api): boolean {
  return api.operations.some((op) => op.otherParameters.some(isIdempotencyKey));
}
