/**
 * A response's body as text, chunk by chunk as it arrives: what a stream of events and a
 * stream of JSON lines both read. Aborted, it rejects with the signal's reason, as every call
 * does; a connection dropped mid-stream is a network failure, as the contract names it.
 */
import { connectionError } from './errors.js';
import { whenAborted } from './deadline.js';
import type { Scrub } from './redact.js';

/**
 * The longest line a stream's reader takes, in UTF-16 code units, and the most data one event
 * may gather: past it the stream errors instead of buffering without bound.
 */
export const MAX_LINE_LENGTH = 1_048_576; // 1 MiB; a constant expression would stay in every bundle

export async function* textChunks(
  response: Response,
  signal: AbortSignal | undefined,
  scrub: Scrub | undefined,
): AsyncGenerator<string> {
  const body = response.body;
  if (!body || signal?.aborted) {
    await body?.cancel().catch(() => undefined);
    signal?.throwIfAborted();
    return;
  }
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const unlink = whenAborted(signal, () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { value, done } = await reader.read().catch((cause: unknown) => {
        signal?.throwIfAborted();
        throw connectionError(cause, scrub);
      });
      signal?.throwIfAborted();
      if (done) return;
      yield value;
    }
  } finally {
    unlink();
    await reader.cancel().catch(() => undefined);
  }
}
