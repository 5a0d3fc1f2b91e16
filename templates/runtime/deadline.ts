/**
 * One attempt's cancellation: the caller's signal and the timeout, both aborting
 * the same signal, kept alive until the body has been read (a server that sends
 * headers and then stalls must not hang the call). The caller's signal is the one to
 * ask why: when it has not aborted and the attempt's has, the time ran out.
 */

// What waits on each signal, behind one listener of its own: Node warns of a leak past ten
// listeners, and fifty calls sharing one signal (a `Promise.all`) would each add two.
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `onAbort` once `signal` aborts (at once if it has); returns what unlinks it. */
export function whenAborted(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  // A signal fires once: one that already has would never call a listener.
  if (signal?.aborted) onAbort();
  if (!signal || signal.aborted) return () => {};
  const all = waiting.get(signal) ?? new Set();
  if (!waiting.has(signal)) {
    waiting.set(signal, all);
    signal.addEventListener('abort', () => all.forEach((callback) => callback()));
  }
  all.add(onAbort);
  return () => all.delete(onAbort);
}

/**
 * The signal to hand to `fetch` (and so to the body it returns), what stops its clock and unlinks
 * `signal`, and what starts the clock again (a file's body, after each of its bytes: see
 * `buffered`).
 */
export function deadline(
  signal: AbortSignal | undefined,
  timeout: number,
): [signal: AbortSignal, release: () => void, rearm: () => void] {
  const controller = new AbortController();
  const abort = () => controller.abort();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let released = false;
  const rearm = () => {
    clearTimeout(timer);
    // Past 2^31 - 1 ms (Infinity too) a timer would fire at once: such a timeout never runs out.
    if (!released && timeout < 2 ** 31) timer = setTimeout(abort, timeout);
  };
  rearm();
  const unlink = whenAborted(signal, abort);
  return [
    controller.signal,
    () => {
      released = true;
      clearTimeout(timer);
      unlink();
    },
    rearm,
  ];
}
