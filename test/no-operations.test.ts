/**
 * Zenoti's spec says its paths moved elsewhere (`paths: {}`): its SDK, a client with nothing to
 * call, came without a word. It still generates (its types may be what a user wants), and says so.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('warns of a spec without operations, and still generates its types', async () => {
  const { files, warnings } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Zenoti', version: '1' },
    servers: [{ url: 'https://api.zenoti.example' }],
    paths: {},
    components: { schemas: { Guest: { type: 'object', properties: { id: { type: 'string' } } } } },
  });
  expect(warnings).toContainEqual(
    expect.objectContaining({
      message: expect.stringMatching(/^The spec declares no operations/),
    }),
  );
  expect(fileText(files, 'types.ts')).toContain('export interface Guest');
});

it('says nothing of it where there are operations', async () => {
  const { warnings } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Pets', version: '1' },
    servers: [{ url: 'https://pets.example' }],
    paths: {
      '/pets': { get: { operationId: 'listPets', responses: { '204': { description: 'ok' } } } },
    },
  });
  expect(warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/no operations/));
});
