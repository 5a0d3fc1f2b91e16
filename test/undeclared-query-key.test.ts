/**
 * A spec that takes its API key as a query parameter and declares no scheme for it (Ideal
 * Postcodes', Flickr's, Open States'): the key is the client's, given once or read from its
 * variable, and sent as that parameter; each call had taken it as an argument.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';

const fixture = useFixtureSdk('test/fixtures/undeclared-query-key/openapi.yaml', 'query-key');
const SDK_PATH = './.tmp/query-key/index.js';

interface PostcodesSdk {
  PostcodesClient: new (options: { baseUrl: string; apiKey?: string }) => {
    postcodes: { get(postcode: string): Promise<unknown> };
    autocomplete: { get(params: { q: string }): Promise<unknown> };
    keys: {
      check(key: string): Promise<unknown>;
      revoke(params: { apiKey: string }): Promise<unknown>;
    };
  };
}

it('takes the key once, as a client option, and sends it as the query parameter', async () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).not.toMatch(/interface (?:GetPostcode|Autocomplete)Params \{[^}]*apiKey/);
  const client = readFileSync(join(fixture.out, 'client.ts'), 'utf8');
  expect(client).toContain("readEnv('POSTCODES_API_KEY')");
  const sdk = (await import(SDK_PATH)) as PostcodesSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const api = new sdk.PostcodesClient({ baseUrl: server.url, apiKey: 'ak_test' });
  await api.postcodes.get('SW1A 2AA');
  await api.autocomplete.get({ q: 'downing' });
  // Only where the operation takes it (red team: Flickr's signed OAuth calls), and a key the call
  // acts on is the call's.
  await api.keys.check('k1');
  await api.keys.revoke({ apiKey: 'ak_old' });
  expect(server.received.map((r) => r.url)).toEqual([
    '/postcodes/SW1A%202AA?api_key=ak_test',
    '/autocomplete?q=downing&api_key=ak_test',
    '/keys/k1',
    '/keys/revoke?api_key=ak_old',
  ]);
});
