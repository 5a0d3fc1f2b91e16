/**
 * Redirects, followed by the SDK rather than by fetch wherever the platform shows
 * them (Node, Deno, Bun), so that nothing meant for the API reaches another
 * origin: fetch itself strips only `Authorization` and `Cookie`, not an API-key
 * header, a query-string key or the caller's headers.
 * https://fetch.spec.whatwg.org/#http-redirect-fetch
 */
import type { RequestBody } from './body.js';
import type { Fetch } from './client.js';
import { ApiConnectionError } from './errors.js';

/** As many redirects as fetch follows before it gives up. */
export const MAX_REDIRECTS = 20;

/** One request as it goes out: what a redirect may change. */
export interface Outgoing {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
  readonly body: RequestBody | undefined;
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
// What describes a body, dropped with the body when a redirect turns the request into a GET.
const BODY_HEADERS = [
  'content-type',
  'content-encoding',
  'content-language',
  'content-location',
] as const;
// All another origin gets of the headers: what the request is, not who sends it.
const CROSS_ORIGIN_HEADERS = ['accept', 'content-type'] as const;

// The fetch functions that answer `redirect: 'manual'` with an opaque response (browsers):
// they cannot show the SDK a redirect, so they are left to follow it themselves.
const followsOnItsOwn = new WeakSet<Fetch>();

/** Sends `first` and follows its redirects, up to MAX_REDIRECTS; resolves to the first response that is not one. */
export async function fetchFollowingRedirects(
  fetchImpl: Fetch,
  first: Outgoing,
  signal: AbortSignal,
  credentialParams: readonly string[],
): Promise<Response> {
  if (followsOnItsOwn.has(fetchImpl))
    return fetchImpl(first.url, requestInit(first, signal, 'follow'));
  let outgoing = first;
  for (let redirects = 0; ; redirects++) {
    const response = await fetchImpl(outgoing.url, requestInit(outgoing, signal, 'manual'));
    if (response.type === 'opaqueredirect') {
      followsOnItsOwn.add(fetchImpl);
      return fetchImpl(outgoing.url, requestInit(outgoing, signal, 'follow'));
    }
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    const next = redirected(outgoing, response.status, location, credentialParams);
    // A stream is spent once sent: the redirect itself is then the answer, as an error status.
    if (next.body !== undefined && isStream(next.body)) return response;
    if (redirects === MAX_REDIRECTS)
      throw new ApiConnectionError(`Stopped after ${MAX_REDIRECTS} redirects`);
    await response.body?.cancel().catch(() => undefined);
    outgoing = next;
  }
}

/**
 * The request a redirect asks for, as fetch would send it: 303 turns anything but
 * GET and HEAD into a GET, 301 and 302 turn a POST into one, without the body;
 * 307 and 308 keep method and body. To another origin it goes as `forOtherOrigin` says.
 */
export function redirected(
  from: Outgoing,
  status: number,
  location: string,
  credentialParams: readonly string[],
): Outgoing {
  const url = redirectUrl(location, from.url);
  const toGet =
    ((status === 301 || status === 302) && from.method === 'POST') ||
    (status === 303 && from.method !== 'GET' && from.method !== 'HEAD');
  const headers = new Headers(from.headers);
  if (toGet) for (const name of BODY_HEADERS) headers.delete(name);
  const next: Outgoing = {
    url,
    method: toGet ? 'GET' : from.method,
    headers,
    body: toGet ? undefined : from.body,
  };
  return url.origin === from.url.origin ? next : forOtherOrigin(next, credentialParams);
}

/**
 * A request bound for an origin other than the API's: only `Accept` and
 * `Content-Type` stay; credentials (headers, cookies, query-string keys) and every
 * custom header are left out. Once dropped they stay dropped along the chain.
 */
export function forOtherOrigin(outgoing: Outgoing, credentialParams: readonly string[]): Outgoing {
  const headers = new Headers();
  for (const name of CROSS_ORIGIN_HEADERS) {
    const value = outgoing.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return { ...outgoing, url: withoutParams(outgoing.url, credentialParams), headers };
}

function redirectUrl(location: string, base: URL): URL {
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    throw new ApiConnectionError('The server redirected to a URL that does not parse');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ApiConnectionError(`The server redirected to a ${url.protocol} URL`);
  return url;
}

function withoutParams(url: URL, names: readonly string[]): URL {
  if (!names.some((name) => url.searchParams.has(name))) return url;
  const copy = new URL(url);
  for (const name of names) copy.searchParams.delete(name);
  // URLSearchParams writes a space as `+`; the rest of the SDK sends %20.
  copy.search = copy.searchParams.toString().replace(/\+/g, '%20');
  return copy;
}

function requestInit(
  outgoing: Outgoing,
  signal: AbortSignal,
  redirect: NonNullable<RequestInit['redirect']>,
): RequestInit {
  const init: RequestInit = {
    method: outgoing.method,
    headers: outgoing.headers,
    signal,
    redirect,
  };
  if (outgoing.body !== undefined) {
    init.body = outgoing.body;
    // A stream body must say so to fetch.
    if (isStream(outgoing.body)) (init as { duplex?: string }).duplex = 'half';
  }
  return init;
}

function isStream(body: RequestBody): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}
