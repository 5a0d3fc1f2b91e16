/**
 * One attempt's cancellation: the caller's signal and the timeout, both
 * aborting the same controller, kept alive until the body has been read (a
 * server that sends headers and then stalls must not hang the call).
 */
import { ApiConnectionError, ApiTimeoutError } from './errors.js';
import { redactError, type Redact } from './redact.js';

export class Deadline {
  readonly #controller = new AbortController();
  readonly #signal: AbortSignal | undefined;
  readonly #timeout: number;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #onAbort = () => this.#controller.abort(this.#signal?.reason);
  #timedOut = false;

  constructor(signal: AbortSignal | undefined, timeout: number) {
    this.#signal = signal;
    this.#timeout = timeout;
    // A signal that has already fired never fires again: a listener alone would miss it.
    if (signal?.aborted) this.#controller.abort(signal.reason);
    else signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort();
    }, timeout);
  }

  /** The signal to hand to `fetch` (and so to the body it returns). */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Stops the clock and unlinks the caller's signal. */
  release(): void {
    clearTimeout(this.#timer);
    this.#signal?.removeEventListener('abort', this.#onAbort);
  }

  /**
   * The error a failure during this attempt stands for: a timeout, the caller's abort, or the connection.
   * `redact` keeps credentials out: a platform's message may quote the URL with its query-string key.
   */
  explain(cause: unknown, redact: Redact = (text) => text): Error {
    const safeCause = redactError(cause, redact);
    if (this.#timedOut)
      return new ApiTimeoutError(`Request timed out after ${this.#timeout} ms`, {
        cause: safeCause,
      });
    if (this.#signal?.aborted) return abortError(this.#signal.reason);
    return new ApiConnectionError(
      `Connection error: ${redact(cause instanceof Error ? cause.message : String(cause))}`,
      { cause: safeCause },
    );
  }

  /** Whether a failure happened because the attempt was cancelled (rather than, say, bad JSON). */
  get cancelled(): boolean {
    return this.#timedOut || this.#signal?.aborted === true;
  }
}

function abortError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  return error;
}
