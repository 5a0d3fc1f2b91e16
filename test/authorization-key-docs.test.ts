/**
 * An API key sent as the `Authorization` header goes as it is given: Mist wants `Token <key>`
 * and Storecove `Bearer <key>`, which their specs say only in prose. The option says so.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const spec = (name: string) => ({
  openapi: '3.0.0',
  info: { title: 'Mist', version: '1' },
  servers: [{ url: 'https://api.mist.example' }],
  security: [{ apiToken: [] }],
  components: { securitySchemes: { apiToken: { type: 'apiKey', in: 'header', name } } },
  paths: {
    '/self': { get: { operationId: 'getSelf', responses: { '204': { description: 'ok' } } } },
  },
});

it("tells that a key in Authorization goes as it is given, with the API's word before it", async () => {
  const { files } = await generateSpec(spec('Authorization'));
  expect(fileText(files, 'client.ts')).toContain(
    'Sent as the `Authorization` header, as it is given: with the word the API puts before it, if any (`Token …`).',
  );
  const other = await generateSpec(spec('X-Api-Key'));
  expect(fileText(other.files, 'client.ts')).toContain('Sent as the `X-Api-Key` header.');
});
