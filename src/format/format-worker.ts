/** A worker thread that formats files with the same options as the main thread. */
import { parentPort } from 'node:worker_threads';
import { formatText } from './prettier.js';

parentPort?.on('message', async ({ id, text }: { id: number; text: string }) => {
  try {
    parentPort?.postMessage({ id, text: await formatText(text) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
