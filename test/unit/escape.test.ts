/** Emit: the escaping helpers, asserted as short expected strings. */
import { describe, expect, it } from 'vitest';
import {
  isIdentifierText,
  jsdocText,
  objectLiteralKey,
  propertyKey,
  stringLiteral,
  templateLiteral,
  valueLiteral,
} from '../../src/emit/escape.js';

/** Evaluates an expression made by the helpers. */
// Evaluated as JavaScript: a TypeScript `as const` (kept literal types) is dropped first.
const value = (expression: string): unknown =>
  new Function(`return (${expression.replace(/ as const$/, '')});`)();

describe('escape', () => {
  it('string literals never hold a double backslash, a raw line break or an invisible character', () => {
    expect(stringLiteral('C:\\')).toBe('"C:\\u005C"');
    expect(stringLiteral('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(stringLiteral("it's `${x}`")).toBe('"it\'s `${x}`"');
    expect(stringLiteral('\u2028\0\uD800\u202E\u{F0000}')).toBe(
      '"\\u2028\\u0000\\uD800\\u202E\\u{F0000}"',
    );
    expect(value(stringLiteral('\0' + '1'))).toBe('\0' + '1');
  });

  it('template text is escaped as a whole: no `$` meets a `{`', () => {
    expect(templateLiteral(['/a$', { expression: 'id' }, '{b}`\\'])).toBe(
      '`/a\\$${id}{b}\\`\\u005C`',
    );
    expect(templateLiteral(['$', '{x}'])).toBe('`\\${x}`');
    const tag = (strings: TemplateStringsArray, ...values: unknown[]) => [[...strings], values];
    expect(
      new Function('tag', `return tag${templateLiteral(['$', { expression: '1' }, '\r\n'])};`)(tag),
    ).toEqual([['$', '\r\n'], [1]]);
  });

  it('keys are bare only when TypeScript reads them as one visible identifier', () => {
    expect(['name', 'café', '$x', '_1', 'class'].map(propertyKey)).toEqual([
      'name',
      'café',
      '$x',
      '_1',
      'class',
    ]);
    // A letter newer than TypeScript's tables, a zero-width joiner, a superscript digit, a number first.
    expect(['x\u0897y', 'a\u200Db', 'x²', '1a', 'a-b', ''].map(propertyKey)).toEqual([
      '"x\u0897y"',
      '"a\\u200Db"',
      '"x²"',
      '"1a"',
      '"a-b"',
      '""',
    ]);
    expect(isIdentifierText('\uD800')).toBe(false);
    expect(objectLiteralKey('__proto__')).toBe('["__proto__"]');
  });

  it('JSON-like data becomes an expression with own keys only', () => {
    const data: unknown = JSON.parse(
      '{ "__proto__": "application/json", "a-b": ["C:\\\\", 1, true, null], "nested": {} }',
    );
    const text = valueLiteral(data);
    expect(text).toBe(
      '{ ["__proto__"]: "application/json", "a-b": ["C:\\u005C", 1, true, null], nested: {} } as const',
    );
    const parsed = value(text) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'a-b', 'nested']);
  });

  it('JSDoc text: no comment end, no line break but `\\n`, controls shown', () => {
    expect(jsdocText('a */ b /* c\r\nd\u2028e\0\u202E')).toBe(
      'a *\\/ b /\\* c\nd\ne\\u0000\\u202E',
    );
  });

  // Red team: what shows nothing had reached comments and the package's markdown as it was.
  it('JSDoc text: characters that show nothing are shown by number, joiners of scripts are not', () => {
    expect(jsdocText('Shop\u{E0049}\u{E0047}\u00AD\u3164\u2062 API')).toBe(
      'Shop\\u{E0049}\\u{E0047}\\u00AD\\u3164\\u2062 API',
    );
    expect(jsdocText('\u{1F469}\u200D\u{1F4BB} \u0645\u200C\u0647')).toBe(
      '\u{1F469}\u200D\u{1F4BB} \u0645\u200C\u0647',
    );
  });
});
