/**
 * An operation whose own server is another site's and that asks for no credential (Box's zip
 * downloads from dl.boxcloud.com) goes there with nothing of the client's: no credential, and
 * none of the headers given to the client (a token a user put there), as on a redirect there.
 * The client's other calls keep them. Through a generated SDK, its requests captured by `fetch`.
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { typecheck } from './helpers/typecheck.js';

const sdk = useFixtureSdk('test/fixtures/other-site-server.json', 'other-site-server');
const SDK_PATH = './.tmp/other-site-server/index.js';

interface BoxSdk {
  BoxClient: new (options: {
    apiKey: string;
    headers: Record<string, string>;
    fetch: (url: URL | string, init?: RequestInit) => Promise<Response>;
  }) => {
    zipDownloads: { getContent(id: string): Promise<unknown> };
    files: { get(id: string): Promise<unknown> };
  };
}

it('compiles', () => {
  expect(typecheck([`${sdk.out}/index.ts`])).toEqual([]);
});

it('sends nothing of the client’s to another site’s server, and everything to the API', async () => {
  const { BoxClient } = (await import(SDK_PATH)) as BoxSdk;
  const sent: Array<[string, Record<string, string>]> = [];
  const client = new BoxClient({
    apiKey: 'box-token',
    headers: { Authorization: 'Bearer user-token', 'X-Tenant': 'tenant-secret' },
    fetch: async (url, init) => {
      sent.push([String(url), Object.fromEntries(new Headers(init?.headers))]);
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    },
  });
  await client.zipDownloads.getContent('z1');
  await client.files.get('f1');
  expect(
    sent.map(([url, headers]) => [url, headers['authorization'], headers['x-tenant']]),
  ).toEqual([
    ['https://dl.boxcloud.example/2.0/zip_downloads/z1/content', undefined, undefined],
    ['https://api.box.example/2.0/files/f1', 'Bearer box-token', 'tenant-secret'],
  ]);
});
