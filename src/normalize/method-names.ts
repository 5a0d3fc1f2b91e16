/**
 * Where an operation sits on the client and what its method is called, the
 * way a hand-made SDK reads: `client.customers.list()`, `client.albums.get(id)`,
 * `client.charges.capture(charge)`. The resource comes from the operation's
 * `x-codegen-resource`, its TypeScript sample, its first tag, else its path.
 * The method is the operationId without the words the resource already says,
 * unless cutting them would leave a fragment; when nothing is left, the verb a
 * person would use for the HTTP method and path shape (list/get/create/update/delete).
 */
import type { HttpMethod } from '../ir/api.js';
import { camelCase, words } from '../ir/naming.js';

const ARTICLES = new Set(['a', 'an', 'the']);
const PREPOSITIONS = new Set(['for', 'of', 'by', 'to', 'from', 'with', 'in', 'on', 'at', 'into']);
// Segments that version or prefix an API rather than name a resource: `v1`, `api`, `2010-04-01`.
const NOT_A_RESOURCE = /^(?:v\d+(?:\.\d+)*|api|rest|\d{4}-\d{2}-\d{2})$/i;

export interface PathShape {
  /** The path template: `/v1/customers/{customer}`. */
  readonly path: string;
  /** Every path of the document, to tell collections and actions apart. */
  readonly allPaths: readonly string[];
}

/**
 * `/v1/customers/{customer}/sources` → `['customers', 'sources']`. A last static
 * segment with nothing below it and a parent is an action on the parent:
 * `POST /v1/charges/{charge}/capture` → `['charges']`.
 */
export function resourceFromPath({ path, allPaths }: PathShape): string[] {
  const statics = segments(path).filter((s) => !isParameter(s));
  const last = segments(path).at(-1);
  const action =
    last !== undefined && !isParameter(last) && statics.length >= 2 && !hasChildren(path, allPaths);
  return (action ? statics.slice(0, -1) : statics).map(camelCase);
}

/** A tag as a resource: `admin.conversations` → `adminConversations`; version words left out (`Api20100401Account` → `account`). */
export function resourceFromTag(tag: string): string[] {
  const kept = words(tag).filter((w) => !/^(?:api|v)?\d*$/i.test(w));
  return [camelCase((kept.length > 0 ? kept : words(tag)).join(' '))];
}

export interface MethodNameInput extends PathShape {
  /** The operationId, or words made from the route when there is none. */
  readonly name: string;
  readonly method: HttpMethod;
  readonly resource: readonly string[];
  /** Names of the path parameters (`customer`): words the arguments already say. */
  readonly pathParameters: readonly string[];
}

// Words for the signed-in user, which paths under `/me` or `/user` already say.
const OWNER_WORDS = ['current', 'currently', 'authenticated', 'user', 'me', 'my'];

export interface MethodName {
  /** What the method is called when no other method of its resource wants the same. */
  readonly name: string;
  /** A longer name for when it clashes: only the leading words the resource says left out. */
  readonly fallback: string;
}

export function methodName(input: MethodNameInput): MethodName {
  const all = words(input.name).filter((w) => !ARTICLES.has(w.toLowerCase()));
  const owner = /^(?:me|user)$/i.test(segments(input.path)[0] ?? '') ? OWNER_WORDS : [];
  const stems = (names: readonly string[]) => new Set(names.flatMap((n) => words(n).map(stem)));
  const resourceWords = stems([...input.resource, ...owner]);
  const argumentWords = stems(input.pathParameters);
  return {
    name: trimmed(all, (w) => resourceWords.has(stem(w)) || argumentWords.has(stem(w)), input),
    fallback: trimmed(all, (w) => resourceWords.has(stem(w)), input),
  };
}

function trimmed(all: readonly string[], said: (w: string) => boolean, input: MethodNameInput) {
  let kept = withoutSaidWords(all, said);
  // `PostChargesChargeCapture` echoes its route: the HTTP verb adds nothing to `capture`.
  // (A DELETE keeps its verb: `deleteDiscount`, not `discount`.)
  if (
    kept.length > 1 &&
    input.method !== 'DELETE' &&
    isMethod(kept[0]!, input) &&
    echoesPath(all, input)
  )
    kept = kept.slice(1);
  // `get a list of …` is a list.
  if (kept.length === 2 && /^(?:get|fetch|retrieve)$/i.test(kept[0]!) && /^list$/i.test(kept[1]!))
    kept = ['list'];
  // Nothing left but the HTTP method: say what it does to this path instead.
  if (kept.length === 0 || (kept.length === 1 && isMethod(kept[0]!, input))) return crudVerb(input);
  return camelCase(kept.join(' '));
}

function isMethod(word: string, { method }: MethodNameInput): boolean {
  return word.toLowerCase() === method.toLowerCase();
}

/**
 * Drops runs of words the resource or arguments say, where they can go without
 * leaving a fragment: at the start (`issues add …`), right after the verb
 * (`get album tracks`), or at the end after a preposition, which goes too
 * (`list followers for user`). Elsewhere they stay (`add sub issue`).
 */
function withoutSaidWords(all: readonly string[], said: (w: string) => boolean): string[] {
  const kept: string[] = [];
  let i = 0;
  while (i < all.length) {
    if (!said(all[i]!)) {
      kept.push(all[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < all.length && said(all[end]!)) end++;
    const previous = kept.at(-1)?.toLowerCase();
    const atEnd = end === all.length;
    if (kept.length === 0 || kept.length === 1) {
      // dropped: at the start, or right after the verb
    } else if (atEnd && previous !== undefined && PREPOSITIONS.has(previous)) {
      kept.pop();
    } else {
      kept.push(...all.slice(i, end));
    }
    i = end;
  }
  while (kept.length > 1 && PREPOSITIONS.has(kept.at(-1)!.toLowerCase())) kept.pop();
  return kept;
}

function crudVerb({ method, path, allPaths }: MethodNameInput): string {
  const last = segments(path).at(-1);
  const collection = last !== undefined && !isParameter(last) && hasChildren(path, allPaths);
  switch (method) {
    case 'GET':
      return collection ? 'list' : 'get';
    case 'POST':
      return collection || last === undefined || !isParameter(last) ? 'create' : 'update';
    case 'PUT':
    case 'PATCH':
      return 'update';
    case 'DELETE':
      return 'delete';
    default:
      return method.toLowerCase();
  }
}

/** Whether every word after the first is a word of the path (`GetCustomersCustomerSources`). */
function echoesPath(all: readonly string[], { path }: PathShape): boolean {
  const pathWords = new Set(segments(path).flatMap((s) => words(s).map(stem)));
  return all.slice(1).every((w) => pathWords.has(stem(w)));
}

/** Path segments that name things: version prefixes and file extensions left out. */
function segments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '' && !NOT_A_RESOURCE.test(s))
    .map((s) => s.replace(/\.(?:json|xml)$/i, ''));
}

function isParameter(segment: string): boolean {
  return segment.includes('{');
}

/** Whether some path continues below this one (`/customers` has `/customers/{customer}`). */
function hasChildren(path: string, allPaths: readonly string[]): boolean {
  const base = path.replace(/\.(?:json|xml)$/i, '');
  return allPaths.some((p) => p !== path && p.startsWith(`${base}/`));
}

/** Singular and plural read alike: `albums`/`album`, `policies`/`policy`, `Calls`/`call`. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
