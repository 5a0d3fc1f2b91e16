/**
 * The format stage. Large outputs are cut into pieces at declaration
 * boundaries (see chunks.ts) and formatted on worker threads, one per core,
 * largest piece first; small ones in-process (a worker costs ~200 ms to load
 * prettier). Without the built worker (tests run from source) it all happens
 * in-process, with identical results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PrintedFile } from '../print/print.js';
import { joinFormatted, splitAtDeclarations } from './chunks.js';
import { formatText } from './prettier.js';

const WORKER = fileURLToPath(new URL('./format-worker.js', import.meta.url));
// Below this much text, starting workers costs more than it saves.
const PARALLEL_THRESHOLD = 1_000_000;
// Pieces of about this size keep every core busy to the end.
const PIECE_SIZE = 250_000;

export async function formatFiles(files: readonly PrintedFile[]): Promise<PrintedFile[]> {
  const total = files.reduce((n, f) => n + f.content.length, 0);
  const workers = Math.min(availableParallelism(), files.length);
  if (total < PARALLEL_THRESHOLD || workers < 2 || !existsSync(WORKER)) {
    return Promise.all(
      files.map(async (file) => ({ path: file.path, content: await formatText(file.content) })),
    );
  }
  return formatInWorkers(files, workers);
}

async function formatInWorkers(
  files: readonly PrintedFile[],
  count: number,
): Promise<PrintedFile[]> {
  const pieces = files.map((file) => splitAtDeclarations(file.content, PIECE_SIZE));
  const formatted = pieces.map((p) => new Array<string>(p.length));
  const queue = pieces
    .flatMap((list, file) => list.map((text, piece) => ({ file, piece, text })))
    .sort((a, b) => b.text.length - a.text.length);
  const pool = Array.from({ length: count }, () => new Worker(WORKER));
  let id = 0;
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          formatted[job.file]![job.piece] = await formatOn(worker, id++, job.text);
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return files.map((file, i) => ({ path: file.path, content: joinFormatted(formatted[i]!) }));
}

function formatOn(worker: Worker, id: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; text?: string; error?: string }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? '');
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, text });
  });
}
