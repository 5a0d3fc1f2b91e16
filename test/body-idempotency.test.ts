/**
 * A POST whose body holds an idempotency key (Square's payments, Plaid's transfers) is sent again
 * after a 5xx, as one with the key in a header is; without one, it is not, as it may have taken
 * effect. A new user's Square payment had not been retried after a 500 though it carried its key.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';

const fixture = useFixtureSdk('test/fixtures/body-idempotency/openapi.yaml', 'body-idempotency');
const SDK_PATH = './.tmp/body-idempotency/index.js';

interface SquareSdk {
  SquareClient: new (options: { baseUrl: string }) => unknown;
  createPayment(
    client: unknown,
    params: { body: { source_id: string; idempotency_key?: string } },
  ): Promise<unknown>;
}

it('sends a POST keyed in its body again after a 500, and one not keyed only once', async () => {
  const { SquareClient, createPayment } = (await import(SDK_PATH)) as SquareSdk;
  const server = fixture.serve(
    await startServer((_r, res, index) =>
      index % 2 === 0
        ? json(res, 500, { errors: [{ detail: 'boom' }] }, { 'retry-after-ms': '0' })
        : json(res, 200, {}),
    ),
  );
  const client = new SquareClient({ baseUrl: server.url });
  await createPayment(client, { body: { source_id: 'cnon', idempotency_key: 'k-1' } });
  expect(server.received).toHaveLength(2);
  // A blank key is no key.
  const error = await createPayment(client, {
    body: { source_id: 'cnon', idempotency_key: ' ' },
  }).catch((e: unknown) => e);
  expect((error as { status?: number }).status).toBe(500);
  expect(server.received).toHaveLength(3);
  expect(readFileSync(`${fixture.out}/operations.ts`, 'utf8')).toContain(
    'bodyKey: Object(params.body).idempotency_key',
  );
});

// Red team: an inline body's key had gone unseen, its new name being no component yet.
it('reads the key of an inline body too', async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Plaid', version: '1' },
    paths: {
      '/transfer/create': {
        post: {
          operationId: 'transferCreate',
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', properties: { idempotency_key: { type: 'string' } } },
              },
            },
          },
          responses: { 200: { description: 'ok' } },
        },
      },
    },
  });
  expect(fileText(files, 'operations.ts')).toContain(
    'bodyKey: Object(params?.body).idempotency_key',
  );
});
