/**
 * Reads a spec file, refusing anything that is not a regular file: a FIFO
 * would block the read forever and a device (`/dev/zero`) never ends.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Thrown for a path that exists but is a FIFO, a device, a socket or a directory. */
export class NotRegularFileError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

// Opening a FIFO without O_NONBLOCK waits for a writer; with it, open returns and fstat tells what it is.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readRegularFile(path: string): Promise<string> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    // Judged on the opened file, so a file swapped for a FIFO after a check cannot slip through.
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(path);
    // One decode of the whole buffer: a text read decodes chunk by chunk, slower on a large spec.
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}
