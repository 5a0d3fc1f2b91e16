/**
 * The naming planner: every identifier the emitter writes is decided here,
 * once, in one of a few explicit scopes (exports, client options, client and
 * resource members, function parameters and locals, server keys), and how
 * clashes with TypeScript globals, keywords, the runtime and each other are
 * broken (stably, in spec order).
 */
import { isIdentifierPart, isIdentifierStart } from './identifier-chars.js';
import type { PaginationInfo } from './api.js';

/** The runtime's error classes: an SDK's index re-exports them for users to catch. */
export const RUNTIME_ERROR_CLASSES: readonly string[] = [
  'SdkError',
  'ApiError',
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'UnprocessableEntityError',
  'RateLimitError',
  'InternalServerError',
  'ApiStatusError',
  'ApiConnectionError',
  'ApiTimeoutError',
  'InvalidArgumentError',
  'InvalidResponseError',
];

/** The runtime's function that walks each kind of pagination (`PaginationInfo['kind']`). */
export const PAGERS = {
  cursor: 'cursorPages',
  after: 'afterPages',
  link: 'linkPages',
  linkHeader: 'linkHeaderPages',
  offset: 'offsetPages',
  page: 'numberedPages',
} as const satisfies { readonly [Kind in PaginationInfo['kind']]: string };

/** What `templates/runtime/index.ts` exports; a test keeps this list true. */
export const RUNTIME_EXPORTS: readonly string[] = [
  'BaseClient',
  'readBlob',
  'readBlobOrNone',
  'readString',
  'readText',
  'readAny',
  'ClientOptions',
  'ClientConfig',
  'Fetch',
  'RequestOptions',
  'RequestSpec',
  ...RUNTIME_ERROR_CLASSES,
  'OperationError',
  'encodePath',
  'ownServer',
  'pathStyle',
  'resourcePath',
  'StyledSegment',
  'readEnv',
  'applySecurity',
  'applySoleAlternative',
  'SecurityScheme',
  'apiKeyHeader',
  'apiKeyQuery',
  'apiKeyCookie',
  'bearerAuth',
  'basicAuth',
  'httpAuth',
  'SecurityRequirement',
  'ApiPromise',
  'WithResponse',
  'PagePromise',
  'paginate',
  ...Object.values(PAGERS),
  'Pager',
  'Pagination',
  'Stream',
  'stream',
  'jsonOrStream',
  'ServerSentEvent',
  'JsonLines',
  'jsonLines',
  'jsonLinesOr',
  'Credential',
  'ParamStyle',
  'jsonBody',
  'rawBody',
  'BodySpec',
  'Encodings',
  'formBody',
  'multipartBody',
  'ValidationOptions',
  'idempotencyKey',
  'encodeParams',
  'headerJson',
  'requireHeaders',
];

// Globals a generated file may mention or a user will expect to keep meaning
// what they mean; shadowing them with a schema's name would break code.
const TS_GLOBALS = [
  'Array',
  'ArrayBuffer',
  'Blob',
  'Boolean',
  'Date',
  'Error',
  'File',
  'FormData',
  'Function',
  'Headers',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Omit',
  'Partial',
  'Pick',
  'Promise',
  'Readonly',
  'ReadonlyArray',
  'Record',
  'RegExp',
  'Request',
  'RequestInit',
  'Required',
  'Response',
  'Set',
  'String',
  'Symbol',
  'URL',
  'URLSearchParams',
  'Uint8Array',
  'ReadableStream',
  'AbortSignal',
  'WeakMap',
  'WeakSet',
  'BigInt',
  'Exclude',
  'Extract',
  'NonNullable',
  'ReturnType',
  'Parameters',
  'Awaited',
  'Event',
  'Element',
  'Node',
  'Document',
  'Window',
  'Location',
  'History',
  'Storage',
  'Image',
  'Text',
  'Range',
  'Selection',
  'Notification',
  'Worker',
];

/**
 * Keywords only of types, or only in some places: a parameter may be named so (KYC's
 * `deepsearchLEI(number_: string)` needed no underscore), a type may not.
 */
const TYPE_WORDS: readonly string[] = [
  'any',
  'boolean',
  'number',
  'string',
  'symbol',
  'unknown',
  'never',
  'object',
  'type',
  'as',
  'async',
];

const KEYWORDS = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'yield',
  'undefined',
  'await',
  'arguments',
  'eval',
  ...TYPE_WORDS,
]);

const BINDABLE = new Set(TYPE_WORDS);

/**
 * Words of a name: `datasource_id` → [datasource, id]; `getIngestStatus` → [get, Ingest, Status].
 * Only characters TypeScript itself accepts in an identifier survive (after NFKC: `²` → `2`);
 * the rest, and the invisible joiners, separate words.
 */
export function words(text: string): readonly string[] {
  let found = wordsOf.get(text);
  if (found === undefined) {
    // Bounded: a long watch session names many specs.
    if (wordsOf.size > 100_000) wordsOf.clear();
    // A possessive is its noun (Trakt's "Get a user's personal lists" was `getSPersonalLists`).
    found = wordCharacters(comparisonWords(text).replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, ''))
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .split(' ')
      .filter((w) => w.length > 0);
    wordsOf.set(text, found);
  }
  return found;
}

/**
 * A name that ends in a comparison says it in words: Twilio's `DateSent<` and `DateSent>`
 * filter parameters are `dateSentBefore` and `dateSentAfter`, not `dateSent2` and
 * `dateSent3`. Only at the end of a name without other angle brackets (`List<String>` is not).
 */
function comparisonWords(text: string): string {
  const found = /^([^<>]*?)(<=|>=|<|>)$/.exec(text);
  if (found === null) return text;
  const said = { '<': 'before', '>': 'after', '<=': 'at or before', '>=': 'at or after' };
  return `${found[1]} ${said[found[2] as keyof typeof said]}`;
}

// The same names (tags, parameters, path segments) are split again wherever an
// identifier is made from them: each text is split once.
const wordsOf = new Map<string, readonly string[]>();

/** The text with every character that is not part of a word made a space. */
function wordCharacters(text: string): string {
  // ASCII is its own NFKC form, and its word characters are the letters and digits.
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/[^A-Za-z0-9]/g, ' ');
  let kept = '';
  for (const char of text.normalize('NFKC')) kept += isWordCharacter(char) ? char : ' ';
  return kept;
}

function isWordCharacter(char: string): boolean {
  if (char === '_' || char === '$' || char === '\u200c' || char === '\u200d') return false;
  return isIdentifierPart(char.codePointAt(0)!);
}

/**
 * The words of a name to case, SCREAMING_SNAKE lowered (Mux's `LIVE_STREAM_ID` and
 * `PAGE_SIZE` would be `liveSTREAMID` and `pageSIZE`, `X-API-KEY` `xAPIKEY`); one capitalised
 * word (`HTTP`) or mixed case keeps its capitals.
 */
function caseWords(text: string): readonly string[] {
  const parts = words(text);
  // Joined by `_`, `-` or `.` only (Walmart's `WM_SEC.TIMESTAMP` had become `wmSECTIMESTAMP`): a
  // tag of acronyms (`SKU EAN`) keeps them (`skuEAN`).
  return /^[A-Z0-9]+(?:[_.-]+[A-Z0-9]+)+$/.test(text) ? parts.map((w) => w.toLowerCase()) : parts;
}

/** `ingest_status` → `IngestStatus`; inner capitals are kept (`HTTPValidationError`). */
export function pascalCase(text: string): string {
  const joined = caseWords(text)
    .map((w) => cased(w, w[0]!.toUpperCase() + w.slice(1)))
    .join('');
  return safeStart(joined || 'Unnamed');
}

/** `datasource_id` → `datasourceId`; `GetUser` → `getUser`; `HTTPStatus` → `httpStatus`. */
export function camelCase(text: string): string {
  const parts = caseWords(text);
  const joined = parts.map((w, i) => cased(w, camelWord(w, i))).join('');
  return safeStart(joined || 'unnamed');
}

/**
 * A word in another case, where TypeScript still reads every letter of it as one of a name:
 * the runtime's Unicode may know a case TypeScript's does not (fuzz: `ƛ` upper-cased is
 * U+A7DC, which tsc 5.9 refuses in `GetByꟜParams`).
 */
function cased(word: string, changed: string): string {
  for (const char of changed) if (!isIdentifierPart(char.codePointAt(0)!)) return word;
  return changed;
}

/** The `i`th word of a camelCase name: capitalized after the first. */
function camelWord(w: string, i: number): string {
  if (i > 0) return w[0]!.toUpperCase() + w.slice(1);
  // A leading acronym is lowered whole (`IDs` too), except its last capital when a word follows.
  if (/^[A-Z]+s$/.test(w)) return w.toLowerCase();
  // And one with its version (MIMIC's `SNMPv3` had become `snmPv3`).
  if (/^[A-Z]{2,}v\d+$/.test(w)) return w.toLowerCase();
  const lead = /^[A-Z]+(?=[A-Z][a-z])/.exec(w)?.[0];
  return lead
    ? lead.toLowerCase() + w.slice(lead.length)
    : w === w.toUpperCase()
      ? w.toLowerCase()
      : w[0]!.toLowerCase() + w.slice(1);
}

/** `MeibelClient` → `MEIBEL`; `apiKey` → `API_KEY`. ASCII only: it names environment variables. */
export function constantCase(text: string): string {
  return words(text.normalize('NFKD').replace(/[^\x20-\x7e]/g, ''))
    .map((w) => w.toUpperCase())
    .join('_');
}

function safeStart(name: string): string {
  const first = name.codePointAt(0);
  return first !== undefined && isIdentifierStart(first) ? name : `_${name}`;
}

/**
 * Hands out unique names in one namespace. A wanted name that is reserved gets
 * `reservedSuffix` (`Error` → `ErrorSchema`); a taken one gets 2, 3, …
 */
export class NameRegistry {
  readonly #taken = new Set<string>();
  readonly #reserved: ReadonlySet<string>;
  readonly #reservedSuffix: string;
  readonly #keywordsReserved: boolean | 'bindings';

  /**
   * Keywords are reserved too, unless the names are members (`client.items.delete` is fine);
   * `'bindings'` (parameters) leaves out the type words a value may be named (`type`, `number`).
   */
  constructor(
    reserved: Iterable<string>,
    reservedSuffix: string,
    { keywordsReserved = true }: { keywordsReserved?: boolean | 'bindings' } = {},
  ) {
    this.#reserved = new Set(reserved);
    this.#reservedSuffix = reservedSuffix;
    this.#keywordsReserved = keywordsReserved;
  }

  /** Whether `name` is kept away from this scope (a global, a runtime export, a keyword…). */
  isReserved(name: string): boolean {
    if (this.#reserved.has(name)) return true;
    if (this.#keywordsReserved === 'bindings') return KEYWORDS.has(name) && !BINDABLE.has(name);
    return this.#keywordsReserved && KEYWORDS.has(name);
  }

  /** A unique name near `wanted`; a reserved one gets `reservedSuffix` (the scope's, unless given). */
  claim(wanted: string, reservedSuffix: string = this.#reservedSuffix): string {
    const reserved = this.isReserved(wanted);
    const base = reserved ? wanted + reservedSuffix : wanted;
    let name = base;
    for (let n = 2; this.#taken.has(name) || this.#reserved.has(name); n++) name = `${base}${n}`;
    this.#taken.add(name);
    return name;
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }
}

/**
 * Claims the name each spec text wants, and gives them back in the order given.
 * Where two texts want one name, the text already spelled that way gets it, then one with lower
 * case letters, then a SCREAMING one: `ErrorResponse` keeps its name beside `ERROR_RESPONSE`,
 * and `page_size` its `pageSize` beside `PAGE_SIZE`, wherever the spec lists them.
 */
export function claimEach(
  registry: NameRegistry,
  wants: readonly { readonly text: string; readonly wanted: string }[],
): string[] {
  const rank = ({ text, wanted }: (typeof wants)[number]) =>
    text === wanted ? 0 : text.toUpperCase() !== text ? 1 : 2;
  const order = wants.map((_, i) => i).sort((a, b) => rank(wants[a]!) - rank(wants[b]!) || a - b);
  const names: string[] = [];
  for (const i of order) names[i] = registry.claim(wants[i]!.wanted);
  return names;
}

// What a generated function's body names besides its parameters: its arguments and the runtime's helpers.
// The runtime's exports the body calls are reserved beside these, as `RUNTIME_EXPORTS`.
const FUNCTION_LOCALS = ['client', 'params', 'options', 'body'];

/** What an SDK generated with `validate` exports besides the runtime's index (runtime/validate.ts, schemas.ts). */
export const VALIDATION_EXPORTS: readonly string[] = [
  'ResponseValidationError',
  'RequestValidationError',
  'schemas',
];

/**
 * Everything exported from the SDK's index. `then` is reserved: a module
 * namespace with a `then` export is a thenable, so `await import(sdk)` would call it.
 */
export function exportScope(validate = false): NameRegistry {
  // A function named like a local of the generated methods (`options`) would be shadowed by it.
  return new NameRegistry(
    [
      ...TS_GLOBALS,
      ...RUNTIME_EXPORTS,
      ...(validate ? VALIDATION_EXPORTS : []),
      ...FUNCTION_LOCALS,
      'then',
    ],
    'Schema',
  );
}

/** The options every client has already (`ClientOptions` in the runtime); credentials come after them. */
export const BASE_CLIENT_OPTIONS: readonly string[] = [
  'baseUrl',
  'timeout',
  'maxRetries',
  'fetch',
  'headers',
  'query',
  // Only SDKs generated with `validate` read it; an option of that name would clash there.
  'validate',
];

// What every object already has (`constructor`, `toString`, `__proto__`…): an option or
// member of that name would read the inherited value when the user gives none.
const OBJECT_MEMBERS = Object.getOwnPropertyNames(Object.prototype);

/** Credential options of the client, beside the base options. */
export function clientOptionScope(): NameRegistry {
  return new NameRegistry([...BASE_CLIENT_OPTIONS, ...OBJECT_MEMBERS], 'Credential', {
    keywordsReserved: false,
  });
}

// Members of the runtime's BaseClient and of every object; `then` would make a resource a thenable.
// (`stream` and `paginate` are functions of the runtime, not members: a `stream` tag keeps its name.)
const CLIENT_MEMBERS = ['request', 'baseUrl', 'timeout', 'maxRetries', 'then', ...OBJECT_MEMBERS];

/**
 * Properties and methods of the client class (which extends the runtime's
 * BaseClient) or of one resource class (which only holds the client privately).
 */
export function memberScope(of: 'client' | 'resource' = 'client'): NameRegistry {
  return new NameRegistry(of === 'client' ? CLIENT_MEMBERS : ['then', ...OBJECT_MEMBERS], '_', {
    keywordsReserved: false,
  });
}

/**
 * Parameters and locals of one operation's function and method (path
 * parameters are bindings). The method calls the function by name, so a
 * parameter must not shadow it.
 */
export function parameterScope(functionName: string): NameRegistry {
  // Nor any of the runtime's exports the body may call (red team: a path's `:readAny` had
  // shadowed the reader, and the call had passed it a string).
  return new NameRegistry([...FUNCTION_LOCALS, ...RUNTIME_EXPORTS, functionName], '_', {
    keywordsReserved: 'bindings',
  });
}

/**
 * Keys of an operation's params object: any name a property may have
 * (`type`, `class`), except its own `body` and `contentType`, and what every
 * object inherits (`params.constructor` would read Object's when not given).
 */
export function paramsKeyScope(bodyMediaTypes = 2): NameRegistry {
  // `contentType` chooses among a body's media types: with one or none, it is free; `body` is
  // free without a body (BulkSMS's `GET /messages/send` takes its text as `body`, was `body_`).
  const taken = [
    ...(bodyMediaTypes > 0 ? ['body'] : []),
    ...(bodyMediaTypes > 1 ? ['contentType'] : []),
  ];
  return new NameRegistry([...taken, ...OBJECT_MEMBERS], '_', {
    keywordsReserved: false,
  });
}

/** Keys of the exported servers object. */
export function serverKeyScope(): NameRegistry {
  return new NameRegistry(OBJECT_MEMBERS, '_', { keywordsReserved: false });
}
