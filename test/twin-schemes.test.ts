/**
 * Schemes that put the same credential in the same place are one credential: Telnyx declares
 * `BearerAuth` and `bearerAuth`, and a token given as `bearerAuth` (filling `BearerAuth`) went
 * without the 18 calls that name the other.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { fileText, generateSpec } from './helpers/generate-spec.js';
import { startServer } from './helpers/server.js';

const fixture = useFixtureSdk('test/fixtures/twin-schemes/openapi.yaml', 'twin-schemes');
const SDK_PATH = './.tmp/twin-schemes/index.js';

it('one option fills both schemes, and every call sends it', async () => {
  const client = readFileSync(`${fixture.out}/client.ts`, 'utf8');
  expect(client.match(/\?: Credential \| undefined;/g)).toHaveLength(1);
  const sdk = (await import(SDK_PATH)) as {
    CallsClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
    getA(client: unknown): Promise<unknown>;
    getB(client: unknown): Promise<unknown>;
  };
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  const calls = new sdk.CallsClient({ baseUrl: server.url, apiKey: 'tok' });
  await sdk.getA(calls);
  await sdk.getB(calls);
  expect(server.received.map((r) => r.headers.authorization)).toEqual(['Bearer tok', 'Bearer tok']);
});

// Red team: a user's and an admin's bearer tokens are alike in kind, and not one credential.
it('keeps schemes of other names apart, alike or not', async () => {
  const { files } = await generateSpec({
    openapi: '3.1.0',
    info: { title: 'S', version: '1' },
    components: {
      securitySchemes: {
        userToken: { type: 'http', scheme: 'bearer' },
        adminToken: { type: 'http', scheme: 'bearer' },
      },
    },
    paths: {
      '/me': { get: { security: [{ userToken: [] }], responses: { 204: { description: 'ok' } } } },
      '/admin': {
        get: { security: [{ adminToken: [] }], responses: { 204: { description: 'ok' } } },
      },
    },
  });
  const client = fileText(files, 'client.ts');
  expect(client).toContain('userToken: options.userToken');
  expect(client).toContain('adminToken: options.adminToken');
});

// A new user: the run's report had named TELNYX_API_KEY twice.
it('names their one variable once in the run summary', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'twin-')), 'out');
  const result = await generate({
    input: 'test/fixtures/twin-schemes/openapi.yaml',
    output: out,
    check: true,
    format: false,
  });
  expect(result.summary.envVars).toEqual(['CALLS_API_KEY']);
});
