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

/** One request as it goes out: what a redirect may change. */
export interface Outgoing {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
  readonly body: RequestBody | undefined;
}

// The fetch functions that answer `redirect: 'manual'` with an opaque response (browsers):
// they cannot show the SDK a redirect, so they are left to follow it themselves.
const followsOnItsOwn = new WeakSet<Fetch>();

/** Sends `outgoing` and follows its redirects, as many as fetch would (20); resolves to the first response that is not one. */
export async function fetchFollowingRedirects(
  fetchImpl: Fetch,
  outgoing: Outgoing,
  signal: AbortSignal,
  credentialParams: readonly string[],
): Promise<Response> {
  for (let redirects = 0; ;) {
    const follows = followsOnItsOwn.has(fetchImpl);
    const { url, method, headers, body } = outgoing;
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers,
      signal,
      redirect: follows ? 'follow' : 'manual',
      body: body ?? null,
    };
    // A stream body must say so to fetch.
    if (isStream(body)) init.duplex = 'half';
    const response = await fetchImpl(url, init);
    if (follows) return response;
    // Sent again, for the platform to follow.
    if (response.type === 'opaqueredirect') {
      followsOnItsOwn.add(fetchImpl);
      continue;
    }
    const location = response.headers.get('location');
    if (![301, 302, 303, 307, 308].includes(response.status) || location === null) return response;
    const next = redirected(outgoing, response.status, location, credentialParams);
    // A stream is spent once sent: the redirect itself is then the answer, as an error status.
    if (isStream(next.body)) return response;
    if (++redirects > 20) throw new ApiConnectionError('Too many redirects');
    await response.body?.cancel().catch(() => undefined);
    outgoing = next;
  }
}

/**
 * The request a redirect asks for, as fetch would send it: 303 turns anything but
 * GET and HEAD into a GET, 301 and 302 turn a POST into one, without the body and
 * the headers that describe it; 307 and 308 keep method and body. To another origin
 * it goes as `forOtherOrigin` says.
 */
export function redirected(
  from: Outgoing,
  status: number,
  location: string,
  credentialParams: readonly string[],
): Outgoing {
  let url: URL | undefined;
  try {
    url = new URL(location, from.url);
  } catch {}
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new ApiConnectionError('The server redirected to a URL that is not http(s)');
  const toGet =
    status === 303
      ? from.method !== 'GET' && from.method !== 'HEAD'
      : status < 303 && from.method === 'POST';
  const headers = new Headers(from.headers);
  if (toGet)
    for (const name of ['type', 'encoding', 'language', 'location'])
      headers.delete(`content-${name}`);
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
  for (const name of ['accept', 'content-type']) {
    const value = outgoing.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  let url = outgoing.url;
  if (credentialParams.some((name) => url.searchParams.has(name))) {
    url = new URL(url);
    for (const name of credentialParams) url.searchParams.delete(name);
    url.search = searchOf(url.searchParams);
  }
  return { ...outgoing, url, headers };
}

/** The query string as the SDK sends it: OpenAPI's style examples encode a space as %20, URLSearchParams as `+`. */
export function searchOf(params: URLSearchParams): string {
  return params.toString().replace(/\+/g, '%20');
}

function isStream(body: RequestBody | undefined): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}
