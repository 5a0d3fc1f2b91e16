/**
 * Whether TypeScript accepts a code point at the start or inside an
 * identifier: TypeScript's own Unicode tables (not the runtime's: a newer Node
 * knows letters tsc rejects), copied at build time into identifier-tables.ts
 * so that naming never loads the compiler.
 */
import { IDENTIFIER_PART, IDENTIFIER_START } from './identifier-tables.js';

export function isIdentifierStart(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95;
  return inRanges(IDENTIFIER_START, code);
}

export function isIdentifierPart(code: number): boolean {
  if (code < 128) return isIdentifierStart(code) || (code >= 48 && code <= 57);
  return inRanges(IDENTIFIER_PART, code);
}

/** Binary search over inclusive `[first, last, …]` ranges. */
function inRanges(ranges: readonly number[], code: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < ranges[mid * 2]!) hi = mid - 1;
    else if (code > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
