/**
 * The format stage. Large outputs are formatted on worker threads, one per
 * core, largest file first; small ones in-process (a worker costs ~200 ms to
 * load prettier). Without the built worker (tests run from source) it all
 * happens in-process, with identical results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PrintedFile } from '../print/print.js';
import { formatText } from './prettier.js';

const WORKER = fileURLToPath(new URL('./format-worker.js', import.meta.url));
// Below this much text, starting workers costs more than it saves.
const PARALLEL_THRESHOLD = 1_000_000;

export async function formatFiles(files: readonly PrintedFile[]): Promise<PrintedFile[]> {
  const total = files.reduce((n, f) => n + f.content.length, 0);
  const workers = Math.min(availableParallelism(), files.length);
  if (total < PARALLEL_THRESHOLD || workers < 2 || !existsSync(WORKER)) {
    return Promise.all(files.map(async (file) => ({ path: file.path, content: await formatText(file.content) })));
  }
  return formatInWorkers(files, workers);
}

async function formatInWorkers(files: readonly PrintedFile[], count: number): Promise<PrintedFile[]> {
  const queue = files.map((file, index) => ({ file, index })).sort((a, b) => b.file.content.length - a.file.content.length);
  const results: PrintedFile[] = new Array(files.length);
  const pool = Array.from({ length: count }, () => new Worker(WORKER));
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const content = await formatOn(worker, job.index, job.file.content);
          results[job.index] = { path: job.file.path, content };
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
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
