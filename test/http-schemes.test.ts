/**
 * An HTTP security scheme other than basic and bearer is sent under its own name: Twitter's
 * `OAuth` credential went out as `Authorization: Bearer …`, which no server reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/http-schemes/openapi.yaml', 'http-schemes');
const SDK_PATH = './.tmp/http-schemes/index.js';

interface SchemesSdk {
  SchemesClient: new (options: Record<string, string>) => unknown;
  getWithToken(client: unknown): Promise<unknown>;
  getWithOAuth(client: unknown): Promise<unknown>;
  getWithOdd(client: unknown): Promise<unknown>;
}

it('compiles, reading each credential from a variable that says what it holds', () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
  const client = readFileSync(join(fixture.out, 'client.ts'), 'utf8');
  expect(client).toContain("DjangoToken: httpAuth('Token')");
  expect(client).toContain("readEnv('SCHEMES_DJANGO_TOKEN_CREDENTIALS')");
  expect(client).toContain('Odd: bearerAuth');
});

it('sends `Authorization: <scheme> <credential>`', async () => {
  const sdk = (await import(SDK_PATH)) as SchemesSdk;
  const server = fixture.serve(
    await startServer((_r, res) => {
      res.statusCode = 204;
      res.end();
    }),
  );
  const client = new sdk.SchemesClient({
    baseUrl: server.url,
    djangoToken: 'abc',
    userToken: 'oauth_token="t", oauth_signature="s"',
    odd: 'plain',
  });
  await sdk.getWithToken(client);
  await sdk.getWithOAuth(client);
  await sdk.getWithOdd(client);
  expect(server.received.map((r) => r.headers['authorization'])).toEqual([
    'Token abc',
    'OAuth oauth_token="t", oauth_signature="s"',
    'Bearer plain',
  ]);
});
