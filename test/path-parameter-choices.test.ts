/**
 * A path parameter that is a choice of scalars (DigitalOcean's image: an id or a slug) takes
 * any of them: typed `string`, `client.images.get(62137902)` had not compiled.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const SDK_PATH = './.tmp/path-choices/index.js';
const sdk = useFixtureSdk('test/fixtures/path-choices.yaml', 'path-choices');

interface DropletsSdk {
  DropletsClient: new (options: { baseUrl: string }) => {
    images: { get(id: number | string): Promise<unknown> };
    videos: { get(id: number | string): Promise<unknown> };
    keys: { get(key: string): Promise<unknown> };
  };
}

it('takes a number or a string, and sends either in the path', async () => {
  const usage = join(sdk.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { DropletsClient } from './index.js';",
      'const client = new DropletsClient();',
      'await client.images.get(62137902);',
      "await client.images.get('ubuntu-20-04-x64');",
      '// @ts-expect-error: neither',
      'await client.images.get(true);',
      'await client.videos.get(7);',
      "await client.videos.get('9c9de5e8-0a1e-484a-b099-e80766180a6d');",
      '// @ts-expect-error: neither',
      'await client.videos.get(true);',
      "await client.keys.get('k');",
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);

  const server = sdk.serve(await startServer((_request, response) => json(response, 200, {})));
  const { DropletsClient } = (await import(SDK_PATH)) as DropletsSdk;
  const client = new DropletsClient({ baseUrl: server.url });
  await client.images.get(62137902);
  await client.images.get('ubuntu 20');
  await client.videos.get(7);
  expect(server.received.map((r) => r.url)).toEqual([
    '/v2/images/62137902',
    '/v2/images/ubuntu%2020',
    '/v2/videos/7',
  ]);
});
