/** One request to a worker thread and its reply, matched by id (a worker serves one caller at a time). */
import type { Worker } from 'node:worker_threads';

export function callWorker<Reply extends { id: number }>(
  worker: Worker,
  message: { id: number } & Record<string, unknown>,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply) => {
      if (reply.id !== message.id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage(message);
  });
}
