/**
 * One attempt's cancellation: the caller's signal and the timeout, both aborting
 * the same signal, kept alive until the body has been read (a server that sends
 * headers and then stalls must not hang the call). The caller's signal is the one to
 * ask why: when it has not aborted and the attempt's has, the time ran out.
 */

/** Calls `onAbort` once `signal` aborts (at once if it has); returns what unlinks it. */
export function whenAborted(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  // A signal fires once: one that already has would never call a listener.
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  return () => signal?.removeEventListener('abort', onAbort);
}

/** The signal to hand to `fetch` (and so to the body it returns), and what stops its clock and unlinks `signal`. */
export function deadline(
  signal: AbortSignal | undefined,
  timeout: number,
): [signal: AbortSignal, release: () => void] {
  const controller = new AbortController();
  const abort = () => controller.abort();
  // Past 2^31 - 1 ms (Infinity too) a timer would fire at once: such a timeout never runs out.
  const timer = timeout < 2 ** 31 ? setTimeout(abort, timeout) : undefined;
  const unlink = whenAborted(signal, abort);
  return [
    controller.signal,
    () => {
      clearTimeout(timer);
      unlink();
    },
  ];
}
