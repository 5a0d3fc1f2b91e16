/**
 * A spec that declares a security scheme and names it in no `security` requirement still sends
 * the credential the client is given: Files.com's and Cloudmersive's keys were options never
 * sent, and every call came back 401.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';

const fixture = useFixtureSdk(
  'test/fixtures/forgotten-security/openapi.yaml',
  'forgotten-security',
);
const SDK_PATH = './.tmp/forgotten-security/index.js';
const EVERY_REQUEST_PATH = './.tmp/every-request-key/index.js';
const everyRequest = useFixtureSdk(
  'test/fixtures/forgotten-security/every-request.yaml',
  'every-request-key',
);

interface FilesSdk {
  FilesClient: new (options: { baseUrl: string; apiKey?: string }) => unknown;
  listFolders(client: unknown): Promise<unknown>;
}

it('sends the key of a scheme no requirement names', async () => {
  const sdk = (await import(SDK_PATH)) as FilesSdk;
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  await sdk.listFolders(new sdk.FilesClient({ baseUrl: server.url, apiKey: 'files-key' }));
  // Without a key there is nothing to send, and the call still goes.
  await sdk.listFolders(new sdk.FilesClient({ baseUrl: server.url }));
  expect(server.received.map((r) => r.headers['x-filesapi-key'])).toEqual(['files-key', undefined]);
});

// Bungie's key was never sent, and its `apiKey` option filled the OAuth scheme instead.
it('sends a key no requirement names, beside named schemes, with every request', async () => {
  const sdk = (await import(EVERY_REQUEST_PATH)) as {
    GamesClient: new (options: { baseUrl: string; apiKey?: string; oauth2?: string }) => unknown;
    getManifest(client: unknown): Promise<unknown>;
    getMe(client: unknown): Promise<unknown>;
  };
  const server = everyRequest.serve(await startServer((_r, res) => res.writeHead(204).end()));
  const games = new sdk.GamesClient({ baseUrl: server.url, apiKey: 'app', oauth2: 'user' });
  await sdk.getManifest(games);
  await sdk.getMe(games);
  await sdk.getMe(new sdk.GamesClient({ baseUrl: server.url, apiKey: 'app' }));
  expect(server.received.map((r) => [r.headers['x-api-key'], r.headers.authorization])).toEqual([
    ['app', undefined],
    ['app', 'Bearer user'],
    ['app', undefined],
  ]);
  const client = readFileSync(`${everyRequest.out}/client.ts`, 'utf8');
  expect(client).not.toContain('legacyKey');
  // A key in the query is another way in (Orbit's, beside its bearer token): not sent with every request.
  expect(client).not.toContain('queryKey');
  expect(client).toContain('Sent as the `X-API-Key` header, with every request.');
});

const TWO_KEYS_PATH = './.tmp/forgotten-two-keys/index.js';
const twoKeys = useFixtureSdk(
  'test/fixtures/forgotten-security/two-keys.yaml',
  'forgotten-two-keys',
);

it('sends every credential given where no requirement names a scheme', async () => {
  const sdk = (await import(TWO_KEYS_PATH)) as {
    TransitClient: new (options: { baseUrl: string; appKey?: string; appId?: string }) => unknown;
    listLines(client: unknown): Promise<unknown>;
  };
  const server = twoKeys.serve(await startServer((_r, res) => res.writeHead(204).end()));
  await sdk.listLines(new sdk.TransitClient({ baseUrl: server.url, appKey: 'k', appId: 'i' }));
  await sdk.listLines(new sdk.TransitClient({ baseUrl: server.url, appId: 'i' }));
  await sdk.listLines(new sdk.TransitClient({ baseUrl: server.url }));
  expect(server.received.map((r) => r.url)).toEqual([
    '/lines?app_key=k&app_id=i',
    '/lines?app_id=i',
    '/lines',
  ]);
});

// New-user trial: ClickSend names its scheme on 19 of 205 calls, and the document on none: the
// other 186 had gone without the key and come back 401, without a word.
it('warns where most operations name no requirement beside some that name a scheme', async () => {
  const { generateSpec } = await import('./helpers/generate-spec.js');
  const op = (security?: object[]) => ({
    ...(security && { security }),
    responses: { 200: { description: 'ok' } },
  });
  const spec = (paths: object) => ({
    openapi: '3.0.3',
    info: { title: 'Send', version: '1' },
    components: { securitySchemes: { basic: { type: 'http', scheme: 'basic' } } },
    paths,
  });
  const warned = (paths: object) =>
    generateSpec(spec(paths)).then(({ warnings }) =>
      warnings.some((w) => w.message.includes('name no security requirement')),
    );
  expect(
    await warned({ '/a': { get: op() }, '/b': { get: op() }, '/c': { get: op([{ basic: [] }]) } }),
  ).toBe(true);
  // A few public calls beside the rest are the spec's meaning; `security: []` says so.
  expect(
    await warned({
      '/a': { get: op() },
      '/b': { get: op([{ basic: [] }]) },
      '/c': { get: op([{ basic: [] }]) },
    }),
  ).toBe(false);
  expect(
    await warned({
      '/a': { get: op([]) },
      '/b': { get: op([]) },
      '/c': { get: op([{ basic: [] }]) },
    }),
  ).toBe(false);
  // New-user trial: a spec that names its scheme nowhere sends it with every call, and had been
  // told "124 of 124 … go only with the 124 that name a scheme".
  expect(await warned({ '/a': { get: op() }, '/b': { get: op() } })).toBe(false);
  // The count is of the calls that name a scheme.
  const { warnings } = await generateSpec(
    spec({ '/a': { get: op() }, '/b': { get: op() }, '/c': { get: op([{ basic: [] }]) } }),
  );
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining(
      '2 of 3 operations (getA, getB) name no security requirement, nor does the document: they are sent without the credentials the other 1 name.',
    ),
  );
});
