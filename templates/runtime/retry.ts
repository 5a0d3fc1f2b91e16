/** When to retry a request and how long to wait before the next attempt. */

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
// A server may ask for a longer pause than our own backoff, but not forever.
const MAX_RETRY_AFTER_MS = 60_000;

/** 408, 409, 429 and 5xx are worth another try; other statuses are final. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Milliseconds to wait before retry number `attempt` (1-based): the server's
 * `retry-after-ms` or `Retry-After` (seconds or HTTP date) when present and sane,
 * else exponential backoff with jitter.
 */
export function retryDelay(attempt: number, headers?: Headers, now: number = Date.now()): number {
  const asked = headers ? serverDelay(headers, now) : undefined;
  if (asked !== undefined && asked >= 0 && asked <= MAX_RETRY_AFTER_MS) return asked;
  const backoff = Math.min(INITIAL_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
  // Full jitter between 75% and 100% keeps many clients from retrying in step.
  return backoff * (1 - Math.random() * 0.25);
}

function serverDelay(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Number(ms);
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  if (Number.isFinite(Number(after))) return Number(after) * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Resolves after `ms`, or rejects at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
