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
  // The manifest's call names no requirement: the token the other calls name goes with it too.
  expect(server.received.map((r) => [r.headers['x-api-key'], r.headers.authorization])).toEqual([
    ['app', 'Bearer user'],
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

const SILENT_PATH = './.tmp/silent-security/index.js';
const silent = useFixtureSdk('test/fixtures/forgotten-security/silent.yaml', 'silent-security');

// New-user trials: PeerTube's video list names no requirement, nor does its document, and takes
// the token for private videos; ClickSend's 186 of 205 such calls had come back 401.
it('sends the credential the other calls name with a call that says nothing of security', async () => {
  const sdk = (await import(SILENT_PATH)) as {
    VideosClient: new (options: { baseUrl: string; apiKey?: string }) => unknown;
    listVideos(client: unknown): Promise<unknown>;
    uploadVideo(client: unknown): Promise<unknown>;
    getConfig(client: unknown): Promise<unknown>;
  };
  const server = silent.serve(await startServer((_r, res) => res.writeHead(204).end()));
  const client = new sdk.VideosClient({ baseUrl: server.url, apiKey: 'token' });
  await sdk.listVideos(client);
  await sdk.uploadVideo(client);
  // `security: []` says the call takes none.
  await sdk.getConfig(client);
  // Without a token the call still goes.
  await sdk.listVideos(new sdk.VideosClient({ baseUrl: server.url }));
  expect(server.received.map((r) => [r.url, r.headers.authorization])).toEqual([
    ['/videos', 'Bearer token'],
    ['/videos', 'Bearer token'],
    ['/config', undefined],
    ['/videos', undefined],
  ]);
  // A server of another site the call names for itself takes no credential, and stays its own.
  const operations = readFileSync(`${silent.out}/operations.ts`, 'utf8');
  expect(operations).toContain('https://downloads.elsewhere.net');
});

// Red team: a silent call's own parameter where the usual credential would go had been dropped
// from its signature and filled with the client's token: a token introspection's `token`, a
// partner's callback's `Authorization`, a lookup's `Key` beside a query key named `key`.
it('leaves a silent call the parameters of its own where the usual credential would go', async () => {
  const { normalizeDocument } = await import('../src/normalize/document.js');
  const ok = { 200: { description: 'ok' } };
  const secured = (scheme: string) => ({ security: [{ [scheme]: [] }], responses: ok });
  const own = (name: string, place: string, description?: string) => ({
    parameters: [{ name, in: place, required: true, description, schema: { type: 'string' } }],
    responses: ok,
  });
  const api = (schemes: object, paths: object) =>
    normalizeDocument({
      openapi: '3.0.3',
      info: { title: 'Shop', version: '1' },
      components: { securitySchemes: schemes },
      paths,
    } as never);
  const bearer = api(
    { oauth: { type: 'http', scheme: 'bearer' } },
    {
      '/me': { get: secured('oauth') },
      '/introspect': { get: own('token', 'query', 'The access token to inspect') },
      '/callback': { post: own('Authorization', 'header') },
      '/orders': { get: { responses: ok } },
    },
  );
  const keyed = api(
    { key: { type: 'apiKey', in: 'query', name: 'key' } },
    { '/me': { get: secured('key') }, '/lookup': { get: own('Key', 'query') } },
  );
  const of = (a: typeof bearer, path: string) => {
    const op = a.operations.find((o) => o.path === path)!;
    return [op.security, op.otherParameters.map((p) => p.name)];
  };
  expect(of(bearer, '/introspect')).toEqual([[], ['token']]);
  expect(of(bearer, '/callback')).toEqual([[], ['Authorization']]);
  expect(of(bearer, '/orders')).toEqual([[['oauth']], []]);
  expect(of(keyed, '/lookup')).toEqual([[], ['Key']]);
});

// Red team: a token function that fetched the API's own token had called itself, its call taking
// the token too, until the stack overflowed; a token request takes one client authentication.
it('sends no usual credential to a silent call that makes one', async () => {
  const { normalizeDocument } = await import('../src/normalize/document.js');
  const ok = { 200: { description: 'ok' } };
  const body = (properties: object) => ({
    requestBody: { content: { 'application/json': { schema: { type: 'object', properties } } } },
    responses: ok,
  });
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Shop', version: '1' },
    components: { securitySchemes: { auth: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/items': { get: { security: [{ auth: [] }], responses: ok } },
      '/oauth2/token': { post: body({ code: { type: 'string' } }) },
      '/v2/oauth/access_token': { post: body({}) },
      '/sessions': { post: body({ username: {}, password: {} }) },
      '/exchange': { post: body({ grant_type: { type: 'string' } }) },
      '/carts': { post: body({ sku: { type: 'string' } }) },
    },
  } as never);
  expect(api.operations.map((o) => [o.path, o.security.length > 0])).toEqual([
    ['/items', true],
    ['/oauth2/token', false],
    ['/v2/oauth/access_token', false],
    ['/sessions', false],
    ['/exchange', false],
    ['/carts', true],
  ]);
});
