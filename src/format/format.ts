/**
 * The format stage: prettier over the statements the printer could not print
 * in prettier's form itself (see src/print/print.ts), in batches (see
 * batches.ts). Large amounts go to worker threads, one per core, largest
 * batch first; small ones are formatted in-process (a worker costs ~200 ms to
 * load prettier). Without the built worker (tests run from source) it all
 * happens in-process, with identical results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PrintedDraft, PrintedFile } from '../print/print.js';
import { makeBatches, separator, splitBatch, type Batch } from './batches.js';
import { callWorker } from '../worker-call.js';

const WORKER = fileURLToPath(new URL('./format-worker.js', import.meta.url));
// Below this much text, starting workers costs more than it saves.
const PARALLEL_THRESHOLD = 1_000_000;
// Batches of about this size keep every core busy to the end.
const BATCH_SIZE = 250_000;

export async function formatFiles(drafts: readonly PrintedDraft[]): Promise<PrintedFile[]> {
  const mark = separator();
  const pieces = drafts.map((d) => d.pieces.map((p) => p.text));
  const files = drafts.map((d) => d.pieces);
  const batches = makeBatches(files, mark, BATCH_SIZE);
  const total = batches.reduce((n, b) => n + b.text.length, 0);
  const workers = Math.min(availableParallelism(), batches.length);
  let formatted: string[] = [];
  if (batches.length === 0) {
    // Everything was printed in its final form: prettier is not even loaded.
  } else if (total < PARALLEL_THRESHOLD || workers < 2 || !existsSync(WORKER)) {
    const { formatText } = await import('./prettier.js');
    formatted = await Promise.all(batches.map((b) => formatText(b.text)));
  } else formatted = await formatInWorkers(batches, workers);
  batches.forEach((batch, i) =>
    splitBatch(formatted[i]!, mark, batch, files).forEach((text, j) => {
      const [file, piece] = batch.slots[j]!;
      pieces[file]![piece] = text;
    }),
  );
  return drafts.map((draft, i) => ({ path: draft.path, content: pieces[i]!.join('') }));
}

async function formatInWorkers(batches: readonly Batch[], count: number): Promise<string[]> {
  const formatted = new Array<string>(batches.length);
  const queue = batches.map((batch, i) => ({ i, text: batch.text }));
  queue.sort((a, b) => b.text.length - a.text.length);
  const pool = Array.from({ length: count }, () => new Worker(WORKER));
  let id = 0;
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (let job = queue.shift(); job; job = queue.shift())
          formatted[job.i] = await formatOn(worker, id++, job.text);
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return formatted;
}

async function formatOn(worker: Worker, id: number, text: string): Promise<string> {
  const reply = await callWorker<{ id: number; text?: string; error?: string }>(worker, {
    id,
    text,
  });
  if (reply.error !== undefined) throw new Error(reply.error);
  return reply.text ?? '';
}
