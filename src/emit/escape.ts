/**
 * One escaping helper per output context. Every string that comes from a spec
 * passes one of these before it reaches a structure: ts-morph escapes nothing.
 */

/**
 * Text inside a JSDoc comment: `*\/` can never close it early, and `/*` (a
 * glob like `projects/*\/locations`) never looks like a comment opening to
 * the printer or to prettier.
 */
export function jsdocText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/[\u2028\u2029]/g, '\n');
}

/** A TypeScript string literal (JSON's escaping is valid TypeScript). */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}

/** The literal text of a template literal: backticks, `${` and backslashes escaped. */
export function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** An object or interface key: bare when an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
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
