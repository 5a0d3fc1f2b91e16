/**
 * A body declared as `application/*+json` (ASP.NET's, VSOnline's) goes as `application/json`,
 * and its docs say so: they had named the wildcard as the type sent.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it("names the type a wildcard JSON body goes as in the `contentType` option's docs", async () => {
  const schema = { type: 'object', properties: { name: { type: 'string' } } };
  const { files } = await generateSpec({
    openapi: '3.0.1',
    info: { title: 'Codespaces', version: '1' },
    servers: [{ url: 'https://codespaces.example' }],
    paths: {
      '/environments': {
        post: {
          operationId: 'createEnvironment',
          requestBody: {
            content: {
              'application/*+json': { schema },
              'application/xml': { schema },
            },
          },
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  });
  const types = fileText(files, 'types.ts');
  expect(types).toContain('`application/json` when not given');
  expect(types).not.toContain('`application/*+json` when not given');
  expect(fileText(files, 'operations.ts')).toContain('jsonBody(');
});
