/**
 * Sending a request, and its redirects, followed by the SDK rather than by fetch
 * wherever the platform shows them (Node, Deno, Bun), so that nothing meant for the
 * API reaches another origin: fetch itself strips only `Authorization` and `Cookie`,
 * not an API-key header, a query-string key or the caller's headers.
 * https://fetch.spec.whatwg.org/#http-redirect-fetch
 */
import { isStream, type RequestBody } from './body.js';
import type { Fetch } from './client.js';
import { ApiConnectionError } from './errors.js';

/** One request as it goes out: what a redirect may change. */
export interface Outgoing {
  url: URL;
  method: string;
  headers: Headers;
  body: RequestBody | undefined;
  /** It carries an idempotency key in its body. */
  keyed?: boolean | undefined;
}

// The fetch functions that answer `redirect: 'manual'` with an opaque response (browsers):
// they cannot show the SDK a redirect, so they are left to follow it themselves.
const followsOnItsOwn = new WeakSet<Fetch>();

/**
 * A page or a worker, where fetch shows no redirect and follows it itself from the first call:
 * an opaque answer comes after the server took the request, and a POST is not sent twice.
 */
const inBrowser = () =>
  ('document' in globalThis || 'importScripts' in globalThis) &&
  !(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;

/**
 * Sends `outgoing` (its URL changed as it goes) and follows its redirects, as many as
 * fetch would (20); resolves to the first response that is not one. A redirect that turns the
 * request into a GET, or one the platform followed out of sight, writes `GET` as its `method`:
 * the server may have acted on it, and it is not sent again. Every hop bound
 * for an origin other than the API's `origin` carries only `Accept` and `Content-Type`:
 * credentials (headers, cookies, the query-string keys `credentialParams`) and every
 * custom header are left out, and once dropped they stay dropped along the chain.
 */
export async function send(
  fetchImpl: Fetch,
  outgoing: Outgoing,
  signal: AbortSignal,
  origin: string,
  credentialParams: readonly string[],
): Promise<Response> {
  let { url, method, headers, body } = outgoing;
  for (let redirects = 0; ;) {
    if (url.origin !== origin) {
      const kept = new Headers();
      for (const name of ['accept', 'content-type']) {
        const value = headers.get(name);
        if (value !== null) kept.set(name, value);
      }
      headers = kept;
      // Only where a key was taken out: a signed download link must go exactly as it came.
      for (const name of credentialParams)
        if (url.searchParams.has(name)) url.search = withoutParam(url.search, name);
    }
    const response = await fetchImpl(url, {
      method,
      headers,
      signal,
      body: body ?? null,
      redirect: followsOnItsOwn.has(fetchImpl) || inBrowser() ? 'follow' : 'manual',
      // What a stream body must say to fetch; other bodies ignore it.
      duplex: 'half',
    } as RequestInit);
    // Sent again, for the platform to follow: only a request that may be sent twice (an
    // idempotent one), since the server may have acted on it (a POST answered 303).
    if (response.type === 'opaqueredirect') {
      followsOnItsOwn.add(fetchImpl);
      if (/^(GET|HEAD|PUT|DELETE|OPTIONS)$/.test(method)) continue;
      throw new ApiConnectionError(
        `Redirected where fetch hides it: the ${method} is not sent again`,
      );
    }
    // What fetch followed itself never ends in a redirect status with a Location. Where it went
    // is hidden (a browser's): a request that does more than read may have been acted on.
    if (response.redirected) outgoing.method = 'GET';
    const { status } = response;
    const location = response.headers.get('location');
    if (!/^30[12378]$/.test(String(status)) || location === null) return response;
    // As fetch would: 303 turns anything but GET and HEAD into a GET, 301 and 302 turn a
    // POST into one, without the body and the headers that describe it; 307 and 308 keep both.
    const toGet = status === 303 ? !/^(GET|HEAD)$/.test(method) : status < 303 && method === 'POST';
    // A stream is spent once sent: the redirect itself is then the answer, as an error status.
    if (!toGet && isStream(body)) return response;
    let next: URL | undefined;
    try {
      next = new URL(location, url);
    } catch {}
    if (!/^https?:$/.test(next?.protocol ?? ''))
      throw new ApiConnectionError('A redirect to a URL that is not http(s)');
    if (++redirects > 20) throw new ApiConnectionError('Too many redirects');
    if (toGet) {
      method = outgoing.method = 'GET';
      body = undefined;
      for (const name of ['type', 'encoding', 'language', 'location'])
        headers.delete(`content-${name}`);
    }
    await response.body?.cancel().catch(() => undefined);
    url = next!;
  }
}

/**
 * A query without the pairs of one name, the others exactly as they are: written again through
 * `searchParams`, a list's delimiters would be encoded (`ids=a,b%2Cc`, two ids, as three).
 */
export function withoutParam(search: string, name: string): string {
  return search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !new URLSearchParams(pair).has(name))
    .join('&');
}
