/**
 * Adafruit's `/webhooks/feed/:token` and Clever Cloud's `/logs/{appId}/drains/:idOrUrl` write a
 * parameter as an Express route does: the segment had gone as written, and the call took no
 * value to put there. It is the path parameter it says, and `codegen` says so.
 */
import { expect, it } from 'vitest';
import { generateSpec } from './helpers/generate-spec.js';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';

const op = { responses: { '204': { description: 'ok' } } };

it('takes a path segment written as an Express parameter as the parameter, and warns', async () => {
  const { warnings, files } = await generateSpec({
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
    'The path segment ":token" is an Express route\'s parameter, which OpenAPI writes {token}: it is taken as the path parameter token, which each call of this path takes',
  );
  expect(messages.filter((m) => m.includes("Express route's parameter"))).toHaveLength(1);
  // Red team: its path, rewritten, had also been warned of as one holding a query.
  expect(messages.filter((m) => m.includes('holds a query'))).toEqual([]);
  const operations = files.find((f) => f.path === 'operations.ts')!.content;
  expect(operations).toContain('token: string');
});

const fixture = useFixtureSdk('test/fixtures/colon-path/openapi.yaml', 'colon-path');
const SDK_PATH = './.tmp/colon-path/index.js';

it('sends the value given for it, encoded, in its place', async () => {
  const sdk = (await import(SDK_PATH)) as {
    LogsClient: new (options: { baseUrl: string }) => {
      drains: { delete(appId: string, idOrUrl: string): Promise<void> };
    };
  };
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  await new sdk.LogsClient({ baseUrl: server.url }).drains.delete('app_1', 'https://d/x');
  expect(server.received.map((r) => r.url)).toEqual(['/logs/app_1/drains/https%3A%2F%2Fd%2Fx']);
});
