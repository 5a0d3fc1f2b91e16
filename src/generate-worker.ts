/** A worker thread that generates SDKs for generate-parallel.ts, one job per message. */
import { parentPort } from 'node:worker_threads';
import { CodegenError } from './diagnostics.js';
import { generate, type GenerateOptions } from './generate.js';

parentPort?.on('message', async ({ id, options }: { id: number; options: GenerateOptions }) => {
  const started = performance.now();
  try {
    const result = await generate(options);
    parentPort?.postMessage({ id, result, ms: performance.now() - started });
  } catch (error) {
    parentPort?.postMessage({
      id,
      error:
        error instanceof CodegenError
          ? { diagnostics: error.diagnostics }
          : { message: String((error as Error)?.message ?? error), stack: (error as Error)?.stack },
    });
  }
});
