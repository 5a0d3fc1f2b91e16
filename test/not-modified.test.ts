/**
 * A declared 304 (The Blue Alliance's and GitHub's, answering an `If-None-Match`) throws an
 * `ApiStatusError`, as every status outside 2xx the SDK does not follow: its types and docs
 * said nothing of it. The redirects the SDK follows are no error.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('names a declared 304 among what a call throws, and no redirect it follows', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Blue', version: '1' },
    servers: [{ url: 'https://blue.example' }],
    paths: {
      '/districts/{year}': {
        get: {
          operationId: 'getDistricts',
          parameters: [
            { name: 'year', in: 'path', required: true, schema: { type: 'integer' } },
            { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'array' } } },
            },
            '302': { description: 'moved' },
            '304': { description: 'Not Modified' },
            '401': { description: 'Unauthorized' },
          },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toMatch(
    /GetDistrictsError = OperationError<\{\s*ApiStatusError: unknown;\s*AuthenticationError: unknown;?\s*\}>/,
  );
  const client = fileText(files, 'client.ts');
  expect(client).toContain('@throws {ApiStatusError} 304: Not Modified');
  expect(client).not.toContain('302');
});
