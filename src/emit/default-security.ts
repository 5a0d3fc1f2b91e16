/**
 * The security requirement most of an API's operations have, as the literal the
 * core passes to the runtime: an operation with that one leaves it unsaid.
 */
import type { Api } from '../ir/api.js';
import { valueLiteral } from './escape.js';

const found = new WeakMap<Api, string>();

/** `[['APIKeyHeader']]`, or `[]` when most operations need no credential. */
export function defaultSecurityLiteral(api: Api): string {
  let literal = found.get(api);
  if (literal === undefined) {
    const counts = new Map<string, number>([['[]', 0]]);
    for (const op of api.operations) {
      const text = valueLiteral(op.security);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    // Ties go to the first seen, so the choice is stable.
    literal = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    found.set(api, literal);
  }
  return literal;
}
