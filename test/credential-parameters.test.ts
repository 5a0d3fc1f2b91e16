/**
 * A parameter that is also an API-key scheme the operation requires (Trello's `key` and
 * `token`) is the client's credential, not the caller's to pass on every call: it was
 * required in every signature, and a value given per call was overwritten by the client's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../src/normalize/document.js';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk(
  'test/fixtures/credential-parameters/openapi.yaml',
  'credential-parameters',
);
const SDK_PATH = './.tmp/credential-parameters/index.js';

interface BoardsSdk {
  BoardsClient: new (options: {
    baseUrl: string;
    apiKey: string;
    apiToken: string;
    headerKey: string;
  }) => unknown;
  getCard(client: unknown, id: string): Promise<unknown>;
  getBoard(client: unknown, id: string): Promise<unknown>;
  getStatus(client: unknown, params: { key: string }): Promise<unknown>;
  listReports(client: unknown): Promise<unknown>;
}

/** A client given the key, the token and the header key. */
function boards(BoardsClient: BoardsSdk['BoardsClient'], baseUrl: string): unknown {
  return new BoardsClient({
    baseUrl,
    apiKey: 'CLIENTKEY',
    apiToken: 'CLIENTTOK',
    headerKey: 'HEADERKEY',
  });
}

it('leaves the credentials out of the signature, where the operation requires their schemes', () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(
    /interface GetCardParams \{\s*(\/\*\*[^]*?\*\/\s*)?fields\?: string \| undefined;\s*\}/,
  );
  // An operation that requires no credential keeps its `key` parameter.
  expect(types).toMatch(
    /interface GetStatusParams \{\s*(\/\*\*[^]*?\*\/\s*)?key\?: string \| undefined;\s*\}/,
  );
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { BoardsClient, getCard, listReports } from './index.js';",
      "const client = new BoardsClient({ apiKey: 'k', apiToken: 't', headerKey: 'h' });",
      "export const card = getCard(client, 'abc');",
      'export const reports = listReports(client);',
    ].join('\n'),
  );
  expect(typecheck([join(fixture.out, 'index.ts'), usage])).toEqual([]);
});

it("sends the client's credentials once, in their places", async () => {
  const { BoardsClient, getCard, getStatus, listReports } = (await import(SDK_PATH)) as BoardsSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = boards(BoardsClient, server.url);
  await getCard(client, 'abc');
  await listReports(client);
  await getStatus(client, { key: 'public' });
  const [card, reports, status] = server.received;
  expect(card?.url).toBe('/cards/abc?key=CLIENTKEY&token=CLIENTTOK');
  expect(reports?.headers['x-api-key']).toBe('HEADERKEY');
  expect(status?.url).toBe('/status?key=public');
});

// Trello's `security: [{api_key}, {api_token}]` beside required `key` and `token` parameters:
// only the key had gone, and every call came back 401.
it('sends every credential whose parameter the operation requires, whatever its alternatives', async () => {
  const { BoardsClient, getBoard } = (await import(SDK_PATH)) as BoardsSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = boards(BoardsClient, server.url);
  await getBoard(client, 'b');
  expect(server.received.map((r) => r.url)).toEqual(['/boards/b?key=CLIENTKEY&token=CLIENTTOK']);
});

// Apideck's operations name only the key and require the headers of its application and
// consumer schemes: the client's options for them were never sent, and every call asked for both.
describe("a required parameter of a scheme the API's requirement names", () => {
  const apideck = useFixtureSdk(
    'test/fixtures/credential-parameters/apideck.yaml',
    'credential-parameters-apideck',
  );
  interface ContactsSdk {
    ContactsClient: new (options: Record<string, string>) => unknown;
    listContacts(client: unknown): Promise<unknown>;
    verifyEmail(client: unknown, params: { token: string }): Promise<unknown>;
  }
  const CONTACTS_PATH = './.tmp/credential-parameters-apideck/index.js';
  const options = { headerKey: 'HEADERKEY', appId: 'APP', consumerId: 'CONSUMER' };

  it('is filled from the client, where the operation names only another scheme', async () => {
    const { ContactsClient, listContacts } = (await import(CONTACTS_PATH)) as ContactsSdk;
    const server = apideck.serve(await startServer((_r, res) => json(res, 200, {})));
    await listContacts(new ContactsClient({ baseUrl: server.url, ...options }));
    expect(server.received[0]?.headers).toMatchObject({
      'x-api-key': 'HEADERKEY',
      'x-app-id': 'APP',
      'x-consumer-id': 'CONSUMER',
    });
    expect(readFileSync(join(apideck.out, 'operations.ts'), 'utf8')).toMatch(
      /export function listContacts\(\s*client: ContactsCore,\s*options\?: RequestOptions,\s*\)/,
    );
  });

  // Red team: a `token` the caller passes had been taken for another operation's credential.
  it("stays the caller's where only another operation names its scheme", async () => {
    const { ContactsClient, verifyEmail } = (await import(CONTACTS_PATH)) as ContactsSdk;
    const server = apideck.serve(await startServer((_r, res) => res.writeHead(204).end()));
    const client = new ContactsClient({ baseUrl: server.url, ...options, downloadToken: 'DL' });
    await verifyEmail(client, { token: 'from-the-email' });
    expect(server.received[0]?.url).toBe('/verify-email?token=from-the-email');
  });
});

// Trello's `/search` and 23 more say no requirement (nor does the API) and take `key` and `token`:
// the caller had to give them again on every call, and the client's went nowhere.
describe('an operation silent on security, whose parameters are every API-key scheme', () => {
  const schemes = {
    APIKey: { type: 'apiKey', in: 'query', name: 'key' },
    APIToken: { type: 'apiKey', in: 'query', name: 'token' },
  };
  const param = (name: string, required = true) => ({
    name,
    in: 'query',
    required,
    schema: { type: 'string' },
  });
  const get = (parameters: object[], security?: object[]) => ({
    get: {
      ...(security && { security }),
      parameters,
      responses: { '200': { description: 'ok' } },
    },
  });
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Boards', version: '1' },
    paths: {
      '/cards': get([param('key'), param('token')], [{ APIKey: [] }, { APIToken: [] }]),
      '/search': get([param('query'), param('key'), param('token')]),
      '/open': get([param('key')]),
      '/public': get([param('key'), param('token')], []),
    },
    components: { securitySchemes: schemes },
  } as never);
  const op = (path: string) => api.operations.find((o) => o.path === path)!;

  it("sends them as the client's credentials, both", () => {
    expect(op('/search').security).toEqual([['APIKey', 'APIToken']]);
    expect(op('/search').otherParameters.map((p) => p.name)).toEqual(['query']);
  });

  // Red team: a KV store's public lookup takes its own `key`; with one query key scheme, that
  // had become the API key, sent where no credential was asked for.
  it("not one query key alone, which may be a public call's own", () => {
    const api = normalizeDocument({
      openapi: '3.0.3',
      info: { title: 'KV', version: '1' },
      paths: { '/lookup': get([param('key')]), '/admin': get([], [{ APIKey: [] }]) },
      components: { securitySchemes: { APIKey: schemes.APIKey } },
    } as never);
    expect(api.operations[0]!.security).toEqual([]);
    expect(api.operations[0]!.otherParameters.map((p) => p.name)).toEqual(['key']);
  });

  it('not where only some of them are its parameters, nor where it says it needs none', () => {
    expect(op('/open').security).toEqual([]);
    expect(op('/open').otherParameters.map((p) => p.name)).toEqual(['key']);
    expect(op('/public').security).toEqual([]);
    expect(op('/public').otherParameters.map((p) => p.name)).toEqual(['key', 'token']);
  });
});
