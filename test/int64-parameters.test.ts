/**
 * A 64-bit integer parameter takes its digits as a string too: as a number, Bungie's membership
 * id 4611686018467284386 went out as 4611686018467284000, another member.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('types int64 path and query parameters as number | string, bodies as number', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Games', version: '1' },
    paths: {
      '/profiles/{membershipId}': {
        get: {
          operationId: 'getProfile',
          parameters: [
            {
              name: 'membershipId',
              in: 'path',
              required: true,
              schema: { type: 'integer', format: 'int64' },
            },
            {
              name: 'components',
              in: 'query',
              schema: { type: 'array', items: { type: 'integer', format: 'int64' } },
            },
            { name: 'count', in: 'query', schema: { type: 'integer', format: 'int32' } },
          ],
          responses: { '204': { description: 'none' } },
        },
        put: {
          operationId: 'putProfile',
          parameters: [
            {
              name: 'membershipId',
              in: 'path',
              required: true,
              schema: { type: 'integer', format: 'int64' },
            },
          ],
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { id: { type: 'integer', format: 'int64' } },
                },
              },
            },
          },
          responses: { '204': { description: 'none' } },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toMatch(/getProfile\(\s*client: GamesCore,\s*membershipId: number \| string,/);
  const types = fileText(files, 'types.ts');
  expect(types).toContain('components?: Array<number | string> | undefined;');
  expect(types).toContain('count?: number | undefined;');
  expect(types).toMatch(/id\?: number;/);
});
