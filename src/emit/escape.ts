/**
 * One escaping helper per output context. Every string that comes from a spec
 * passes one of these before it reaches a structure: ts-morph escapes nothing.
 *
 * ts-morph's writer also reads what it is given, to know whether it is inside a
 * string: it takes any quote right after a backslash for an escaped one. So
 * `"C:\\"` never ends for it: the next literal is read as code, and a `/*` in
 * it opens a comment the printer later closes with a stray `*\/` (a broken
 * file). No literal made here contains `\\`: a backslash is written
 * `\u005C`, so every backslash in a literal escapes the character after it, and
 * the writer's guess is always right.
 */
import { isIdentifierPart, isIdentifierStart } from '../ir/identifier-chars.js';

/**
 * Code points a literal never holds as themselves: controls, line and paragraph
 * separators, format characters (bidi overrides, zero-width joiners, BOM),
 * private-use and unassigned code points, lone surrogates.
 */
const ASCII_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}]/u;
const IN_STRING = /[\\"\p{C}\p{Zl}\p{Zp}]/gu;
const IN_TEMPLATE = /[\\`$\p{C}\p{Zl}\p{Zp}]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '"': '\\"',
  '`': '\\`',
  $: '\\$',
};

function escapeCharacter(char: string): string {
  return Object.hasOwn(SHORT_ESCAPES, char) ? SHORT_ESCAPES[char]! : unicodeEscape(char);
}

/** `\u005C`, `\u2028`, `\u{F0000}`: a code point (or a lone surrogate) by its number. */
function unicodeEscape(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** A TypeScript string literal that evaluates to exactly `text`, whatever it holds. */
export function stringLiteral(text: string): string {
  return `"${text.replace(IN_STRING, escapeCharacter)}"`;
}

/** One piece of a template literal: text as it is, or an expression to substitute. */
export type TemplatePiece = string | { readonly expression: string };

/**
 * A whole template literal. Its text is escaped as a whole (every `$` escaped,
 * not only one before `{`), so no two pieces can join into a `${`.
 */
export function templateLiteral(pieces: readonly TemplatePiece[]): string {
  const body = pieces
    .map((piece) =>
      typeof piece === 'string'
        ? piece.replace(IN_TEMPLATE, escapeCharacter)
        : `\${${piece.expression}}`,
    )
    .join('');
  return `\`${body}\``;
}

/**
 * What spec text shows by number in comments and docs, as a character class: controls but line
 * breaks and tabs, lone surrogates, the characters that reorder text (bidi) and those that show
 * nothing (red team: a soft hyphen, a Hangul filler, Unicode's tag characters, "ASCII
 * smuggling"). Not the joiners scripts and emoji are written with.
 */
const HIDDEN =
  '\\0-\\x08\\x0B-\\x1F\\x7F-\\x9F\\p{Cs}\\u00AD\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E' +
  '\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2069\\u206A-\\u206F\\u3164\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}';
const HIDDEN_CHARACTER = new RegExp(`[${HIDDEN}]`, 'gu');

/** Spec text with what it would hide shown by number (`\u202E`). */
export function hiddenShown(text: string): string {
  return text.replace(HIDDEN_CHARACTER, unicodeEscape);
}

// Anything jsdocText changes: line breaks other than `\n`, `*\/`, `/*`, and the characters shown by number.
const JSDOC_UNSAFE = new RegExp(`[\\r\\u2028\\u2029]|\\*\\/|\\/\\*|[${HIDDEN}]`, 'u');

/**
 * Text inside a JSDoc comment: `*\/` can never close it early, and `/*` (a
 * glob like `projects/*\/locations`) never looks like a comment opening to
 * the printer or to prettier. Line breaks become `\n`; other controls, lone
 * surrogates and bidi overrides (which could make the comment read as code)
 * are shown by their number.
 */
export function jsdocText(text: string): string {
  // Most text has nothing to escape: one scan finds that out, four replacements need not run.
  if (!JSDOC_UNSAFE.test(text)) return text;
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(HIDDEN_CHARACTER, unicodeEscape);
}

/**
 * Spec text that says `@` after a space (Box's "@mentions", a Python sample's `@app.get`), where
 * TypeScript would begin a tag, cutting the text short or making it `@deprecated`: `\@`, as
 * TSDoc escapes it. In a code span too, which TypeScript reads no differently (red team:
 * `npm install @acme/helper`).
 */
export function untagged(text: string): string {
  // TypeScript's whitespace has two more than `\s` (red team: a zero-width space before
  // `@deprecated` marked a method deprecated).
  return text.includes('@') ? text.replace(/(^|[\s\u200B\u0085])@/g, '$1\\@') : text;
}

/**
 * Text TypeScript reads as one identifier. Identifiers with invisible
 * characters (a zero-width joiner is allowed) are not bare: quoted, they show.
 */
export function isIdentifierText(name: string): boolean {
  // Most names are ASCII identifiers, which every table agrees on.
  if (ASCII_IDENTIFIER.test(name)) return true;
  const codePoints = [...name].map((char) => char.codePointAt(0)!);
  if (codePoints.length === 0 || INVISIBLE.test(name)) return false;
  return codePoints.every((code, i) =>
    i === 0 ? isIdentifierStart(code) : isIdentifierPart(code),
  );
}

/** An object or interface key: bare when an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifierText(name) ? name : stringLiteral(name);
}

/**
 * A key in an object literal *value*. `__proto__` (bare or quoted) would set the
 * prototype instead of a property, so it becomes a computed key.
 */
export function objectLiteralKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/** A literal type for an enum value or const. */
export function literalType(value: unknown): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  return 'unknown';
}

/** JSON-like data as an expression (descriptors handed to the runtime), every string and key escaped. */
export function valueLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueLiteral).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const literal = `{ ${entries.map(([k, v]) => `${objectLiteralKey(k)}: ${valueLiteral(v)}`).join(', ')} }`;
    // TypeScript types the value of a key like `toString` or `constructor` from Object's own
    // member, not from the context: `as const` keeps the literal types the runtime expects.
    return entries.some(([k]) => k in Object.prototype) ? `${literal} as const` : literal;
  }
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'boolean' ? String(value) : 'null';
}
