/**
 * A path item that is a `$ref` (3.1's `components.pathItems`) is read through: its operations
 * had been left out of the SDK without a word, and its path-level parameters with them.
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';
import { generate } from '../src/index.js';

const fixture = useFixtureSdk('test/fixtures/path-item-refs/openapi.yaml', 'path-item-refs');
const SDK_PATH = './.tmp/path-item-refs/index.js';

interface ShelvesSdk {
  ShelvesClient: new (options: { baseUrl: string; apiKey?: string }) => {
    shelves: {
      get(shelfId: string): Promise<{ id: string }>;
      delete(shelfId: string): Promise<void>;
    };
  };
}

it('generates the operations of a referenced path item, with its parameters and security', async () => {
  const { ShelvesClient } = (await import(SDK_PATH)) as ShelvesSdk;
  const server = fixture.serve(
    await startServer((request, response) =>
      request.method === 'GET' ? json(response, 200, { id: 'a/b' }) : response.writeHead(204).end(),
    ),
  );
  const client = new ShelvesClient({ baseUrl: server.url, apiKey: 'k' });
  expect(await client.shelves.get('a/b')).toEqual({ id: 'a/b' });
  await client.shelves.delete('a/b');
  expect(server.received.map((r) => [r.method, r.url, r.headers['x-key']])).toEqual([
    ['GET', '/shelves/a%2Fb', 'k'],
    ['DELETE', '/shelves/a%2Fb', undefined],
  ]);
});

it('type-checks strictly', () => {
  expect(typecheck([`${fixture.out}/index.ts`])).toEqual([]);
});

it('reads the operations where they are written: no warning that their operationId is missing', async () => {
  const { warnings } = await generate({
    input: 'test/fixtures/path-item-refs/openapi.yaml',
    output: 'unused',
    dryRun: true,
  });
  expect(warnings.map((w) => w.message).filter((m) => m.includes('operationId'))).toEqual([]);
  expect(warnings.filter((w) => w.message.includes('Host')).map((w) => w.pointer)).toEqual([
    '/components/pathItems/Stats/get/parameters/0',
  ]);
});
