/**
 * One attempt's cancellation: the caller's signal and the timeout, both
 * aborting the same controller, kept alive until the body has been read (a
 * server that sends headers and then stalls must not hang the call).
 */
import { ApiConnectionError, ApiTimeoutError } from './errors.js';
import { redactError, type Redact } from './redact.js';

export interface Deadline {
  /** The signal to hand to `fetch` (and so to the body it returns). */
  readonly signal: AbortSignal;
  /** Stops the clock and unlinks the caller's signal. */
  release(): void;
  /** Whether a failure happened because the attempt was cancelled (rather than, say, bad JSON). */
  cancelled(): boolean;
  /**
   * The error a failure during this attempt stands for: a timeout, the caller's abort, or the connection.
   * `redact` keeps credentials out: a platform's message may quote the URL with its query-string key.
   */
  explain(cause: unknown, redact: Redact): Error;
}

export function deadline(signal: AbortSignal | undefined, timeout: number): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  // A signal that has already fired never fires again: a listener alone would miss it.
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
    cancelled: () => timedOut || !!signal?.aborted,
    explain(cause, redact) {
      const options = { cause: redactError(cause, redact) };
      if (timedOut) return new ApiTimeoutError(`Timed out after ${timeout} ms`, options);
      if (signal?.aborted) return abortError(signal.reason);
      const said = cause instanceof Error ? cause.message : String(cause);
      return new ApiConnectionError(`Connection error: ${redact(said)}`, options);
    },
  };
}

function abortError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  const error = new Error('Aborted');
  error.name = 'AbortError';
  return error;
}
