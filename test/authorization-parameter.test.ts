/**
 * Telstra declares a required `Authorization` header parameter on every operation beside its
 * bearer scheme: every call had to pass one, and the client's token overwrote it. The client's
 * credential fills it, as it fills an API key's parameter.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('leaves out an Authorization parameter that a scheme of the operation writes', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Messaging', version: '1' },
    servers: [{ url: 'https://messaging.example' }],
    security: [{ bearer_auth: [] }],
    components: {
      securitySchemes: {
        bearer_auth: { type: 'http', scheme: 'bearer' },
        key: { type: 'apiKey', in: 'query', name: 'key' },
      },
    },
    paths: {
      '/messages': {
        get: {
          operationId: 'listMessages',
          parameters: [
            { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
      '/keys': {
        get: {
          operationId: 'listKeys',
          security: [{ key: [] }, { bearer_auth: [] }],
          parameters: [
            { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
      '/health': {
        get: {
          operationId: 'getHealth',
          security: [],
          parameters: [
            { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  });
  const types = fileText(files, 'types.ts');
  expect(/interface ListMessagesParams \{[^}]*\}/.exec(types)?.[0]).not.toMatch(/authorization/);
  // Where no scheme writes it, it stays the caller's.
  expect(/interface GetHealthParams \{[^}]*\}/.exec(types)?.[0]).toMatch(/authorization: string/);
  // Red team: beside an alternative that does not send it, the caller's may be the only one.
  expect(/interface ListKeysParams \{[^}]*\}/.exec(types)?.[0]).toMatch(/authorization: string/);
});
