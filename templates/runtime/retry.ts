/** When to retry a request and how long to wait before the next attempt. */
import { whenAborted } from './deadline.js';

// A server may ask for a longer pause than our own backoff, but not forever.
const MAX_RETRY_AFTER_MS = 60_000;

/** What decides a retry: the request's method, the headers it was sent with, a key in its body. */
export interface Sent {
  readonly method: string;
  readonly headers: Headers;
  readonly keyed?: boolean | undefined;
}

/**
 * Whether the request may go again whatever became of it: it creates nothing (not a POST or a
 * PATCH), or it carries an idempotency key, which the server applies once. A POST that failed
 * with a 5xx, or whose connection dropped, may have taken effect: sent again, it had paid or
 * messaged twice (three new users: bunq's payments, WhatsApp's messages, dev.to's articles).
 */
export function resendable(sent: Sent): boolean {
  // As the server reads it: Amadeus' searches are POSTs that say they are GETs (red team: a PUT
  // said to be a POST had been sent three times).
  const meant = sent.headers.get('x-http-method-override') ?? sent.method;
  return keyed(sent) || !/^(POST|PATCH)$/i.test(meant);
}

/** An idempotency key in a header, or in the body (Square's payments, Plaid's transfers). */
function keyed({ headers, keyed: inBody }: Sent): boolean {
  let found = inBody === true;
  // `Headers` gives its names lowercased; an empty key keys nothing (red team).
  headers.forEach((value, name) => (found ||= /idempotency-key$/.test(name) && value !== ''));
  return found;
}

/**
 * 408, 429 and 503 say the request was not done: worth another try, and so is a 403 that says it
 * is a rate limit (GitHub's: `x-ratelimit-remaining: 0`, or a `Retry-After`; a new user's calls
 * had failed at once). So are the other 5xx, where the request may go again (`resendable`); and a
 * 409 of a request with an idempotency key (Stripe's: another request with the key is under way).
 * Any other 409 is a conflict no retry resolves (Svix's and Pinecone's name taken).
 */
export function isRetryableStatus(status: number, sent: Sent, received?: Headers): boolean {
  return status === 409
    ? keyed(sent)
    : status === 408 ||
        isRateLimit(status, received) ||
        status === 503 ||
        (status >= 500 && resendable(sent));
}

function isRateLimit(status: number, headers?: Headers): boolean {
  return (
    status === 429 ||
    (status === 403 &&
      (headers?.get('x-ratelimit-remaining') === '0' || headers?.has('retry-after') === true))
  );
}

/**
 * Milliseconds to wait before retry number `attempt` (1-based): the server's
 * `retry-after-ms` or `Retry-After` (seconds or HTTP date), or a rate limit's reset
 * (`x-ratelimit-reset`, GitHub's and Twitter's: the epoch second it lifts, Vimeo's: its date;
 * the IETF draft's `RateLimit-Reset`, Zuora's and DigitalOcean's: seconds from now or the epoch
 * second), when present and sane, else exponential backoff from 500 ms up to 8 s, with jitter.
 * None where the server asks for more than a minute: a retry sooner than it said is refused
 * again, and spends the limit (Twitter's 15-minute window had been tried twice in a second).
 */
export function retryDelay(
  attempt: number,
  headers?: Headers,
  status?: number,
  now: number = Date.now(),
): number | undefined {
  // A header that asks for no pause (0), or says nothing usable, leaves the pause to the
  // backoff below: NaN and a date in the past fail its bounds.
  const after = headers?.get('retry-after');
  const resetText =
    (isRateLimit(status ?? 0, headers) &&
      (headers?.get('x-ratelimit-reset') ??
        headers?.get('x-rate-limit-reset') ??
        headers?.get('ratelimit-reset'))) ||
    '';
  // Or the date it lifts (Vimeo's), as epoch milliseconds: a new user's retry had come too early.
  // Only a date of this century: V8 reads loose text (`5, 5`, a header sent twice) as 2001.
  const lifts = Date.parse(resetText);
  const reset = isNaN(+resetText) ? (lifts > 1e12 ? lifts : NaN) : +resetText;
  // A date past is none: `Retry-After: 0` had read as one, before the reset (red team).
  const date = Date.parse(after ?? '') - now;
  const asked =
    +(headers?.get('retry-after-ms') ?? NaN) ||
    +(after ?? NaN) * 1000 ||
    (date > 0 ? date : NaN) ||
    // Epoch milliseconds (LaunchDarkly's), epoch seconds, or seconds from now.
    // None is no pause asked for (red team: a `RateLimit-Reset: 0` had retried at once).
    (reset > 1e12
      ? reset - now
      : reset > 1e9
        ? reset * 1000 - now
        : reset > 0
          ? reset * 1000
          : NaN);
  if (asked > MAX_RETRY_AFTER_MS) return undefined;
  if (asked >= 0) return asked;
  // Full jitter between 75% and 100% keeps many clients from retrying in step.
  return Math.min(500 * 2 ** (attempt - 1), 8000) * (1 - Math.random() * 0.25);
}

/** Resolves after `ms`, or rejects at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unlink();
      resolve();
    }, ms);
    const unlink = whenAborted(signal, () => {
      clearTimeout(timer);
      reject(signal?.reason);
    });
  });
}
