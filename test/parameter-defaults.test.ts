/**
 * A parameter's default is in its docs, as a schema property's is: Giphy's `limit` (25) had said
 * nothing of what the server takes when none is given (new-user trial). Spec text stays inside
 * the comment.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it("documents a parameter's default, escaped", async () => {
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Gifs', version: '1' },
    servers: [{ url: 'https://api.gifs.example' }],
    paths: {
      '/gifs': {
        get: {
          operationId: 'searchGifs',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', default: 25 } },
            { name: 'rating', in: 'query', schema: { type: 'string', default: '*/ g' } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  });
  const types = fileText(files, 'types.ts');
  expect(types).toContain('/** @default 25 */\n  limit?: number | undefined;');
  expect(types).toContain('@default "*\\/ g"');
  expect(types).not.toContain('"*/ g"');
});
