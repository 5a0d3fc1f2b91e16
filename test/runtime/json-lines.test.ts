/** `JsonLines` as the runtime has it: lines across chunks, and a loop left early. */
import { expect, it } from 'vitest';
import { JsonLines } from '../../templates/runtime/json-lines.js';

function streamed(chunks: string[]): Response {
  const encoder = new TextEncoder();
  let i = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
        else controller.close();
      },
    }),
  );
}

it('joins a value split across chunks, and takes a last line without its newline', async () => {
  const values: unknown[] = [];
  for await (const value of new JsonLines(streamed(['{"a":', '1}\n\n[2', ',3]\n4'])))
    values.push(value);
  expect(values).toEqual([{ a: 1 }, [2, 3], 4]);
});

it('cancels the body when the loop is left early', async () => {
  let cancelled = false;
  // A stream that stays open, as a watch does.
  const open = new Response(
    new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('1\n2\n')),
      cancel: () => {
        cancelled = true;
      },
    }),
  );
  const lines = new JsonLines(open);
  for await (const value of lines) if (value === 1) break;
  // The cancel reaches the body through the text decoder's pipe, a turn later.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(cancelled).toBe(true);
});

it('refuses a line longer than the limit instead of buffering it', async () => {
  const lines = new JsonLines(streamed(['"', 'x'.repeat(20), 'y'.repeat(20)]), undefined, {
    maxLineLength: 30,
  });
  const error = await (async () => {
    for await (const _ of lines);
  })().catch((e: unknown) => e);
  expect((error as Error).message).toBe("A stream's line is longer than 30 characters");
});
