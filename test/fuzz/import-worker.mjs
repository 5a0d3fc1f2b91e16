/**
 * Imports SDK entry files one at a time for test/fuzz/import-sdks.ts and says
 * what each import did: set the sentinel, called process.exit or fetch, threw.
 * A worker, so that code that loops forever can be stopped.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { sentinel } = workerData;
const calls = [];
process.exit = (code) => {
  calls.push(`process.exit(${code})`);
  throw new Error(`process.exit(${code}) was called`);
};
globalThis.fetch = async (input) => {
  calls.push(`fetch(${String(input)})`);
  throw new Error('fetch was called');
};
const uncaught = [];
process.on('uncaughtException', (error) => uncaught.push(String(error)));
process.on('unhandledRejection', (error) => uncaught.push(String(error)));

parentPort.on('message', async ({ id, url }) => {
  delete globalThis[sentinel];
  calls.length = 0;
  uncaught.length = 0;
  let threw;
  try {
    await import(url);
  } catch (error) {
    threw = String(error?.stack ?? error).split('\n')[0];
  }
  // Let timers and promises that the import started run before judging.
  await new Promise((resolve) => setTimeout(resolve, 0));
  parentPort.postMessage({
    id,
    pwned: Object.hasOwn(globalThis, sentinel),
    calls: [...calls],
    threw,
    uncaught: [...uncaught],
  });
});
