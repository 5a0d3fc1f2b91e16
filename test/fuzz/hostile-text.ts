/**
 * The text the fuzzer puts in every slot of a spec: pieces that end comments,
 * strings and template literals early, names JavaScript treats specially,
 * characters that break identifiers, and code that would leave a trace if it
 * ever ran (see SENTINEL).
 */
import fc from 'fast-check';

/** Set by planted code that escaped into the SDK; must stay unset after importing it. */
export const SENTINEL = '__fuzzPwned';

/** Code that leaves a trace when run: sets the sentinel, exits, or throws. */
const PAYLOADS = [
  `globalThis.${SENTINEL} = 1`,
  'process.exit(97)',
  'throw new Error("fuzz payload ran")',
] as const;

/** Ways out of a comment, string or template literal, each followed by a payload. */
const BREAKOUTS = PAYLOADS.flatMap((code) => [
  `*/ ${code}; /*`,
  `\`; ${code}; \``,
  `\${${code}}`,
  `'; ${code}; '`,
  `"); ${code}; ("`,
  `\n${code}\n`,
  `\u2028${code}\u2028`,
  `\\'; ${code}; //`,
  `</script><script>${code}</script>`,
]);

/** Short pieces that are trouble in some context; joined, they make most of the text. */
// The first of each list is harmless: shrinking ends there, so a shrunk case shows only the text that matters.
const ATOMS = [
  'a', '*/', '/*', '//', '`', '${', '}', '${}', '${x}', "'", '"', '\\', '\n', '\r\n', '\r', '\u2028', '\u2029', '\t', ' ', '',
  '\u0000', '\u007f', '\ufeff', '\u200d', '\u202e', '²', 'é', 'e\u0301', 'ℌ', '👨‍👩‍👧', '🚀', 'مرحبا', 'שלום',
  '{', '{}', '..', '.', '/', '%', '%2e%2e', '%zz', '?', '#', '&', '=', ';', ':', '@', '$', '-', '_', '~', '~1', '|', '[]', '<', '>',
  '```', '~~~', '@param', '@example', ' * ', '#!', '-->', '<!--', '$ref', 'null', '0', '1st', '-1', '1e3',
  'Z', 'foo', 'Bar', 'get', 'list', 'id', 'name', 'type', 'item',
] as const;

/** Names with a meaning to JavaScript, TypeScript, the runtime or the SDK's own code. */
export const SPECIAL_NAMES = [
  'pet', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'catch', 'length', 'name',
  'class', 'default', 'delete', 'new', 'function', 'import', 'export', 'await', 'yield', 'let', 'enum', 'interface', 'type',
  'typeof', 'void', 'in', 'of', 'static', 'package', 'private', 'public', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
  'Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Promise', 'Error', 'Record', 'Partial', 'Date', 'Map', 'Blob',
  'File', 'FormData', 'URL', 'Response', 'Request', 'Headers', 'AbortSignal', 'fetch', 'globalThis', 'process', 'require',
  'ApiError', 'ApiPromise', 'BaseClient', 'RequestOptions', 'NotFoundError', 'client', 'params', 'options', 'path', 'body',
  'query', 'headers', 'signal', 'timeout', 'maxRetries', 'baseUrl', 'apiKey', 'api_key', 'ApiKey', 'API_KEY', 'index', 'types',
  'operations', 'runtime', 'Client', 'Api', 'Error_', 'x', 'X', 'a-b', 'a b', 'a.b', 'a/b', '$', '_', '123', '0abc',
] as const;

/** Names that differ only in case or separators: they camelCase/PascalCase to the same identifier. */
const LOOKALIKES = ['user', 'User', 'USER', 'user_id', 'userId', 'user-id', 'UserId', 'user id', 'user.id', 'user__id'] as const;

const LONG_NAMES = [`Very${'Long'.repeat(80)}Name`, 'x'.repeat(300), `${'ü'.repeat(120)}`] as const;

/** Any text: a breakout, a few atoms joined, a special name, or a lookalike. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')), weight: 4 },
  { arbitrary: fc.constantFrom(...BREAKOUTS), weight: 3 },
  { arbitrary: fc.constantFrom(...SPECIAL_NAMES), weight: 2 },
  { arbitrary: fc.constantFrom(...LOOKALIKES), weight: 1 },
  { arbitrary: fc.constantFrom(...LONG_NAMES), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
);

/** A name (schema key, property, operationId, tag, parameter): like text, but mostly name-like. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...LOOKALIKES), weight: 2 },
  { arbitrary: hostileText, weight: 3 },
);

/** Longer prose with code in it: descriptions, summaries, markdown around a spec. */
export const hostileProse: fc.Arbitrary<string> = fc
  .array(fc.oneof(hostileText, fc.constantFrom(...BREAKOUTS)), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' '));

/** A path segment: text (`..`, `{}`, `${}`, `%`, `?`) or a name. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('..', '.', '{}', '${}', '${x}', '`x`', '%', '%2e%2e', '?a=1', '#frag', 'a b', '', '\\', '*/', 'items'),
  hostileName,
);

/** Folder names a user could pick for the SDK (no separators, no NUL). */
export const hostileFolderName: fc.Arbitrary<string> = fc.constantFrom(
  'out', 'sdk dir', 'ünï-cödé', '#hash', '%20', '$(id)', "it's", '"q"', '`tick`', '-rf', '..sdk', 'node_modules', 'a'.repeat(120),
  '👨‍👩‍👧', 'مرحبا', '*', '${x}', 'index.ts', '.codegen-manifest.json',
);
