/**
 * Parameters on the wire, per OpenAPI's `style`/`explode`
 * (https://spec.openapis.org/oas/v3.1.0#style-values).
 */
import type { RequestSpec } from './client.js';
import { own } from './own.js';
import { addCookie, setHeader, type RequestParts } from './security.js';

export type QueryStyle = 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

export interface ParamStyle {
  readonly style: QueryStyle;
  readonly explode: boolean;
}

const DELIMITERS = { spaceDelimited: ' ', pipeDelimited: '|' } as Partial<
  Record<QueryStyle, string>
>;

/**
 * Puts a request's query, header and cookie parameters on it, each in its style; an
 * operation that has such parameters hands this to the core as its spec's `encode`.
 */
/** Where `appendQuery` puts pairs: a form (FormData, URLSearchParams), or a URL's query. */
export interface Pairs {
  append(key: string, value: string): void;
  /** A list in one value: a URL's query keeps its delimiters as they are. */
  joined?: (key: string, items: readonly string[], delimiter: string) => void;
}

// As a URL's query says it: every character but the unreserved ones encoded, a space `%20`.
const encoded = (text: string) =>
  new URLSearchParams([['', text]]).toString().slice(1).replace(/\+/g, '%20');

/**
 * A header's JSON text, its characters past ASCII escaped (`\u2603`), as JSON reads them back the
 * same: a header carries bytes, not UTF-8 (a file named `résumé.pdf` in Apideck's
 * `x-apideck-metadata` went out as Latin-1, and one with `☃` could not be sent).
 */
export function headerJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function encodeParams(spec: RequestSpec, { headers, url }: RequestParts): void {
  const query: string[] = [];
  const pairs: Pairs = {
    append: (key, value) => query.push(`${encoded(key)}=${encoded(value)}`),
    // `ids=a,b%2Cc` is two ids: URLSearchParams encoded both commas alike (HERE's
    // `fallback=any%2CsingleWifi`), where OpenAPI's comma goes as it is. A pipe or a space is no
    // character of a query: encoded, as OpenAPI's tables show them.
    joined: (key, items, delimiter) =>
      query.push(
        `${encoded(key)}=${items.map(encoded).join(delimiter === ',' ? ',' : encoded(delimiter))}`,
      ),
  };
  for (const [key, value] of Object.entries(spec.query ?? {}))
    appendQuery(pairs, key, value, own(spec.queryStyles, key));
  if (query.length > 0) url.search = [url.search.slice(1), ...query].filter(Boolean).join('&');
  for (const [record, add] of [
    [spec.headers, (key: string, text: string) => setHeader(headers, key, text)],
    [spec.cookies, (key: string, text: string) => addCookie(headers, key, text)],
  ] as const)
    for (const [key, value] of Object.entries(record ?? {}))
      if (value !== undefined && value !== null) add(key, simpleValue(value));
}

/** Adds one query parameter (`form`, exploded, unless `how` says otherwise); `undefined` and `null` are left out. */
export function appendQuery(
  params: Pairs,
  key: string,
  value: unknown,
  { style, explode }: ParamStyle = { style: 'form', explode: true },
): void {
  if (value === undefined || value === null) return;
  if (!isStructured(value)) return params.append(key, scalar(value));
  // OpenAPI leaves deepObject open past one level and for arrays: brackets all the way, as Stripe reads them.
  if (style === 'deepObject') return appendBracketed(params, key, value);
  const entries = presentEntries(value);
  const delimiter = DELIMITERS[style] ?? ',';
  if (Array.isArray(value)) {
    const items = entries.map((entry) => entry[1]);
    if (explode && style === 'form') for (const item of items) params.append(key, item);
    else if (items.length > 0) join(params, key, items, delimiter);
  } else if (explode) for (const [prop, inner] of entries) params.append(prop, inner);
  else join(params, key, entries.flat(), delimiter);
}

function join(params: Pairs, key: string, items: string[], delimiter: string): void {
  if (params.joined) params.joined(key, items, delimiter);
  else params.append(key, items.join(delimiter));
}

/**
 * `key[a][b]=v`. Arrays of scalars repeat `key[]=v`; arrays holding objects
 * number their items (`items[0][price]=…`) so each item's fields stay together.
 */
export function appendBracketed(params: Pairs, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const numbered = value.some(isStructured);
    value.forEach((item, index) =>
      appendBracketed(params, numbered ? `${key}[${index}]` : `${key}[]`, item),
    );
    return;
  }
  if (isStructured(value)) {
    for (const [prop, inner] of Object.entries(value))
      appendBracketed(params, `${key}[${prop}]`, inner);
    return;
  }
  params.append(key, scalar(value));
}

/** `simple` style, as headers and cookies use: arrays and objects comma-joined. */
export function simpleValue(value: unknown): string {
  if (!isStructured(value)) return scalar(value);
  const entries = presentEntries(value);
  return (Array.isArray(value) ? entries.map((entry) => entry[1]) : entries.flat()).join(',');
}

/** The keys (or indexes) and values of an object or array, as text, without `undefined` and `null`. */
function presentEntries(value: object): Array<[string, string]> {
  return Object.entries(value)
    .filter((entry) => entry[1] !== undefined && entry[1] !== null)
    .map(([key, inner]) => [key, scalar(inner)]);
}

export function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** An object or array to take apart; dates and files are single values. */
export function isStructured(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !(value instanceof Blob)
  );
}
