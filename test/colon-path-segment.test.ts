/**
 * Adafruit's `/webhooks/feed/:token` writes a parameter as an Express route does: the segment
 * goes as written and the call takes no token. `codegen` says so.
 */
import { expect, it } from 'vitest';
import { generateSpec } from './helpers/generate-spec.js';

it('warns of a path segment written as an Express parameter', async () => {
  const op = { responses: { '204': { description: 'ok' } } };
  const { warnings } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Adafruit', version: '1' },
    servers: [{ url: 'https://io.example' }],
    paths: {
      '/webhooks/feed/:token': { post: { operationId: 'createWebhookFeedData', ...op } },
      // A colon inside a segment is no parameter (Google's `/v1/{name}:cancel`).
      '/jobs/{name}:cancel': {
        post: {
          operationId: 'cancelJob',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          ...op,
        },
      },
    },
  });
  const messages = warnings.map((w) => w.message);
  expect(messages).toContainEqual(
    'The path segment ":token" looks like a parameter, which OpenAPI writes {token}: it is sent as written',
  );
  expect(messages.filter((m) => m.includes('looks like a parameter'))).toHaveLength(1);
});
