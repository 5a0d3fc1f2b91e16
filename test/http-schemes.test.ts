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
  expect(client).toContain("readEnv('SCHEMES_DJANGO_TOKEN_HTTP_CREDENTIALS')");
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

// A spec named Google with a scheme keyed `Application_Credentials` must not read
// GOOGLE_APPLICATION_CREDENTIALS (a service account's key) and send it to its server.
it('reads no variable that holds a cloud secret', async () => {
  const { generate } = await import('../src/index.js');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'codegen-http-env-'));
  try {
    writeFileSync(
      join(dir, 'spec.json'),
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Google', version: '1' },
        servers: [{ url: 'https://api.example.com' }],
        components: {
          securitySchemes: {
            credentials: { type: 'http', scheme: 'Token' },
            Application_Credentials: { type: 'http', scheme: 'Token' },
          },
        },
        security: [{ credentials: [] }, { Application_Credentials: [] }],
        paths: {
          '/x': { get: { operationId: 'getX', responses: { 204: { description: 'ok' } } } },
        },
      }),
    );
    const { files } = await generate({
      input: join(dir, 'spec.json'),
      output: join(dir, 'out'),
      dryRun: true,
    });
    const read = [
      ...files.find((f) => f.path === 'client.ts')!.content.matchAll(/readEnv\('(\w+)'\)/g),
    ].map((m) => m[1]);
    expect(read).toEqual([
      'GOOGLE_BASE_URL',
      'GOOGLE_CREDENTIALS_HTTP_CREDENTIALS',
      'GOOGLE_APPLICATION_CREDENTIALS_HTTP_CREDENTIALS',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
