/**
 * A redirect is followed, so where no 2xx says what a call answers, its result is what the
 * Location serves: `unknown`. Box's download (202 while the file is not ready, else 302 to
 * the bytes) was typed `void` and resolved to a Blob.
 */
import { expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILE = { type: 'object', properties: { id: { type: 'string' } } };

it('is unknown beside an empty 202, the 2xx body where one has, and void beside an empty 204', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-redirect-'));
  try {
    const input = join(dir, 'spec.json');
    writeFileSync(
      input,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Files', version: '1' },
        servers: [{ url: 'https://files.example' }],
        paths: {
          '/files/{id}/content': {
            get: {
              operationId: 'downloadFile',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: {
                '202': { description: 'Not ready yet' },
                '302': { description: 'A redirect to the file' },
              },
            },
          },
          '/files/{id}': {
            get: {
              operationId: 'getFile',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: {
                '200': { description: 'ok', content: { 'application/json': { schema: FILE } } },
                '301': { description: 'Moved' },
              },
            },
            // GitHub's: a 307 where the repository moved, answered by the same empty 204.
            delete: {
              operationId: 'deleteFile',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: { '204': { description: 'Deleted' }, '307': { description: 'Moved' } },
            },
          },
        },
      }),
    );
    const { files } = await generate({ input, output: join(dir, 'out'), dryRun: true });
    const operations = files.find((f) => f.path === 'operations.ts')!.content;
    expect(operations).toMatch(/function downloadFile\([^)]*\): ApiPromise<unknown>/);
    const client = files.find((f) => f.path === 'client.ts')!.content;
    expect(client).toMatch(/@returns A redirect to the file/);
    expect(operations).toMatch(/function getFile\([^)]*\): ApiPromise<GetFileResponse>/);
    expect(operations).toMatch(/function deleteFile\([^)]*\): ApiPromise<void>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
