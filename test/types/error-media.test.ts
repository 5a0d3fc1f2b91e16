/**
 * An error the spec declares as an object under a binary media type is typed by its schema: it
 * arrives as JSON and is parsed by its actual type. DocuSign's document downloads had typed their
 * 400 as a `Blob` (new-user trial).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { json, startServer } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/error-media/openapi.yaml', 'error-media');
const SDK = '../.tmp/error-media/index.js';

it('types the error by its schema, as the runtime reads it', async () => {
  const operations = readFileSync(join(fixture.out, 'operations.ts'), 'utf8');
  expect(operations).toContain(
    'export type GetDocumentError = OperationError<{ BadRequestError: ErrorDetails }>;',
  );
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { BadRequestError, type GetDocumentError } from './index.js';",
      'export const code = (e: GetDocumentError): string | undefined =>',
      '  e instanceof BadRequestError ? e.body.errorCode : undefined;',
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
  const server = fixture.serve(
    await startServer((_r, res) => json(res, 400, { errorCode: 'INVALID', message: 'No.' })),
  );
  const sdk = (await import(SDK)) as {
    DocumentsClient: new (o: object) => { documents: { get(id: string): Promise<unknown> } };
  };
  const client = new sdk.DocumentsClient({ baseUrl: server.url, maxRetries: 0 });
  await expect(client.documents.get('d1')).rejects.toMatchObject({
    status: 400,
    body: { errorCode: 'INVALID' },
  });
});
