/**
 * Naming reads TypeScript's identifier tables from a copy made at build time
 * (scripts/build-identifier-tables.mjs): it must agree with the compiler on
 * every code point, or a name could be left bare that tsc rejects.
 */
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { isIdentifierPart, isIdentifierStart } from '../../src/ir/identifier-chars.js';

/** The first code points where ours and TypeScript's answers differ. */
function disagreements(ours: (code: number) => boolean, theirs: (code: number) => boolean) {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff && found.length < 5; code++)
    if (ours(code) !== theirs(code)) found.push(`U+${code.toString(16).toUpperCase()}`);
  return found;
}

describe('identifier characters without the compiler', () => {
  it('start an identifier exactly where TypeScript says', () => {
    expect(
      disagreements(isIdentifierStart, (c) => ts.isIdentifierStart(c, ts.ScriptTarget.ES2022)),
    ).toEqual([]);
  });

  it('continue an identifier exactly where TypeScript says', () => {
    expect(
      disagreements(isIdentifierPart, (c) => ts.isIdentifierPart(c, ts.ScriptTarget.ES2022)),
    ).toEqual([]);
  });

  it('know letters beyond ASCII and refuse what is no letter', () => {
    expect(['é', 'Ж', '中', '𝒜'].map((c) => isIdentifierStart(c.codePointAt(0)!))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['1', '-', ' ', '\u00b7', '🙂'].map((c) => isIdentifierStart(c.codePointAt(0)!)),
    ).toEqual([false, false, false, false, false]);
    expect(isIdentifierPart('\u00b7'.codePointAt(0)!)).toBe(true);
  });
});
