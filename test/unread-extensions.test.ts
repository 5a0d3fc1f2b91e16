/**
 * What a spec says in an extension the generator does not read is said, not dropped in silence:
 * Azure's Computer Vision declares its seven upload operations under `x-ms-paths`.
 */
import { expect, it } from 'vitest';
import { generateSpec } from './helpers/generate-spec.js';

it('says that x-ms-paths are not read', async () => {
  const { warnings } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Vision', version: '1' },
    paths: { '/analyze': { post: { responses: { 204: { description: 'ok' } } } } },
    'x-ms-paths': {
      '/analyze?overload=stream': { post: { responses: { 204: { description: 'ok' } } } },
    },
  });
  expect(warnings.filter((w) => w.pointer === '/x-ms-paths').map((w) => w.message)).toEqual([
    "The 1 path of x-ms-paths (Azure's overloads of a path) is not read: its operations are not in the SDK",
  ]);
});
