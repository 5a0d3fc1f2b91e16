/**
 * A header nearly every operation requires (Xero's `xero-tenant-id` on 224 calls, Apideck's
 * consumer and app ids) is an option of the client, given once: each call had to pass it. A
 * call may still give its own, which goes instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/client-headers/openapi.yaml', 'client-headers');
const SDK_PATH = './.tmp/client-headers/index.js';

interface LedgerSdk {
  LedgerClient: new (options: {
    baseUrl: string;
    xeroTenantId?: string;
    headers?: Record<string, string>;
  }) => {
    invoices: {
      list(params?: { xeroTenantId?: string }): Promise<unknown>;
      get(id: string, params: { xRequestNote: string; xeroTenantId?: string }): Promise<unknown>;
    };
    connections: { list(): Promise<unknown> };
  };
}

it('is an option of the client, and optional in each call that takes it', () => {
  const client = readFileSync(join(fixture.out, 'client.ts'), 'utf8');
  expect(client).toContain('xeroTenantId?: string | undefined;');
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(/xeroTenantId\?: string \| undefined;/);
  expect(types).toContain("Defaults to the client's `xeroTenantId` option.");
  // A header only one operation takes stays the call's, required.
  expect(types).toMatch(/xRequestNote: string;/);
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { LedgerClient, listInvoices, createInvoice } from './index.js';",
      "const client = new LedgerClient({ xeroTenantId: 't-1' });",
      'await listInvoices(client);',
      "await createInvoice(client, { body: { id: 'a' } });",
      "await client.invoices.get('a', { xRequestNote: 'n', xeroTenantId: 't-2' });",
      "await client.invoices.delete('a');",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

it("sends the client's value, a call's own instead, and the headers option last", async () => {
  const sdk = (await import(SDK_PATH)) as LedgerSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, [])));
  const client = new sdk.LedgerClient({ baseUrl: server.url, xeroTenantId: 't-1' });
  await client.invoices.list();
  await client.invoices.get('a', { xRequestNote: 'n', xeroTenantId: 't-2' });
  await new sdk.LedgerClient({
    baseUrl: server.url,
    xeroTenantId: 't-1',
    headers: { 'Xero-Tenant-Id': 't-3' },
  }).invoices.list();
  expect(server.received.map((r) => r.headers['xero-tenant-id'])).toEqual(['t-1', 't-2', 't-3']);
  // A call that takes it and has none is refused before anything is sent (Apideck's had gone
  // without its consumer id); one that takes none goes.
  const without = new sdk.LedgerClient({ baseUrl: server.url });
  await expect(without.invoices.list()).rejects.toThrow(
    /^The xero-tenant-id header is required: give the client its xeroTenantId option, or the call its own$/,
  );
  await without.connections.list();
  expect(server.received).toHaveLength(4);
});

const ledger = (operations: Record<string, unknown>) => ({
  openapi: '3.0.3',
  info: { title: 'Ledger', version: '1' },
  servers: [{ url: 'https://api.ledger.example' }],
  components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
  security: [{ key: [] }],
  paths: Object.fromEntries(
    Object.entries(operations).map(([id, extra]) => [
      `/${id}`,
      { get: { operationId: id, ...(extra as object), responses: { 204: { description: 'ok' } } } },
    ]),
  ),
});
const tenant = (name = 'X-Tenant') => ({
  name,
  in: 'header',
  required: true,
  schema: { type: 'string' },
});

// Red team: an operation on another site gets none of the client's headers (they stay on its
// own), so its header stays the call's to give, required; and one operation that declares the
// header twice (`X-Tenant`, `x-tenant`) counts once.
it("keeps another site's header the call's, and counts operations, not declarations", async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const onOwnSite = { parameters: [tenant()] };
  const upload = {
    parameters: [tenant()],
    security: [],
    servers: [{ url: 'https://uploads.other.example' }],
  };
  const { files } = await generateSpec(
    ledger({ a: onOwnSite, b: onOwnSite, c: onOwnSite, d: onOwnSite, e: upload }),
  );
  const types = fileText(files, 'types.ts');
  // Named without its `X-`, for the client's option and the call's alike.
  expect(/interface AParams \{[^}]*\}/.exec(types)?.[0]).toContain('tenant?: string | undefined;');
  expect(/interface EParams \{[^}]*\}/.exec(types)?.[0]).toContain('xTenant: string;');
  const twice = { parameters: [tenant('X-Tenant'), tenant('x-tenant')] };
  const none = {};
  const counted = await generateSpec(ledger({ a: twice, b: twice, c: none, d: none, e: none }));
  expect(fileText(counted.files, 'client.ts')).not.toContain('tenant?: string | undefined;');
});

// An idempotency key, a request id, a timestamp or a signature is each request's own: one
// value for every call would be wrong (the same idempotency key would have all but one dropped).
it("leaves a header whose value is each request's own the call's", async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const each = {
    parameters: [
      'Idempotency-Key',
      'Idempotency-Token',
      'X-Request-ID',
      'WM_QOS.CORRELATION_ID',
      'WM_SEC.TIMESTAMP',
    ].map((name) => tenant(name)),
  };
  const { files } = await generateSpec(ledger({ a: each, b: each, c: each }));
  const client = fileText(files, 'client.ts');
  expect(client).not.toMatch(/\?: string \| undefined;/);
});

// Postmark declares no security scheme: its `X-Postmark-Server-Token`, required by every call,
// had been an option with no variable, which the run's report and the README never named.
const tokenFixture = useFixtureSdk('test/fixtures/client-headers/token.yaml', 'client-token');
const TOKEN_SDK_PATH = './.tmp/client-token/index.js';

it("reads a credential's header, in a spec that declares no scheme, from its variable", async () => {
  const sdk = (await import(TOKEN_SDK_PATH)) as {
    LedgerClient: new (options: { baseUrl: string; serverToken?: string }) => {
      invoices: { list(): Promise<unknown> };
    };
  };
  const server = tokenFixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  process.env.LEDGER_SERVER_TOKEN_API_KEY = 'from-env';
  try {
    await new sdk.LedgerClient({ baseUrl: server.url }).invoices.list();
    await new sdk.LedgerClient({
      baseUrl: server.url,
      serverToken: 'given',
    }).invoices.list();
    await new sdk.LedgerClient({ baseUrl: server.url, serverToken: '' }).invoices.list();
  } finally {
    delete process.env.LEDGER_SERVER_TOKEN_API_KEY;
  }
  // The API's own name is no word of the option (`X-Ledger-Server-Token` is `serverToken`).
  await expect(new sdk.LedgerClient({ baseUrl: server.url }).invoices.list()).rejects.toThrow(
    'give the client its serverToken option',
  );
  expect(server.received.map((r) => r.headers['x-ledger-server-token'])).toEqual([
    'from-env',
    'given',
    'from-env',
  ]);
  const client = readFileSync(join(tokenFixture.out, 'client.ts'), 'utf8');
  expect(client).toContain('Defaults to the environment variable `LEDGER_SERVER_TOKEN_API_KEY`.');
});

it('reads no variable for a header beside a declared scheme, nor for one that is no credential', async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const token = { parameters: [tenant('X-Ledger-Token')] };
  const declared = await generateSpec(ledger({ a: token, b: token, c: token }));
  expect(fileText(declared.files, 'client.ts')).not.toContain('LEDGER_TOKEN');
  const { securitySchemes: _, ...undeclared } = ledger({}).components;
  const spec = {
    ...ledger({ a: token, b: token, c: token }),
    components: undeclared,
    security: [],
  };
  expect(fileText((await generateSpec(spec)).files, 'client.ts')).toContain(
    "readEnv('LEDGER_TOKEN_API_KEY')",
  );
  // Its words end the variable only at a host of the API's own name, and never as one that CI
  // runners set: a spec that calls itself GitHub must not read the runner's GITHUB_TOKEN.
  const at = (title: string, url: string) => ({
    ...spec,
    info: { title, version: '1' },
    servers: [{ url }],
  });
  expect(
    fileText((await generateSpec(at('Ledger', 'https://api.ledger.com'))).files, 'client.ts'),
  ).toContain("readEnv('LEDGER_TOKEN')");
  const github = {
    ...at('GitHub', 'https://api.github.com'),
    paths: ledger({
      a: { parameters: [tenant('X-Token')] },
      b: { parameters: [tenant('X-Token')] },
      c: { parameters: [tenant('X-Token')] },
    }).paths,
  };
  expect(fileText((await generateSpec(github)).files, 'client.ts')).toContain(
    "readEnv('GITHUB_TOKEN_API_KEY')",
  );
  const tenantOnly = {
    ...ledger({
      a: { parameters: [tenant()] },
      b: { parameters: [tenant()] },
      c: { parameters: [tenant()] },
    }),
    components: undeclared,
    security: [],
  };
  expect(fileText((await generateSpec(tenantOnly)).files, 'client.ts')).not.toContain(
    'LEDGER_TENANT',
  );
});

// ElevenLabs marks its `xi-api-key` optional (FastAPI's `Header(None)`): each of 18 calls had
// taken it, and a client could not be given it once.
it("takes a credential's header the spec marks optional as the client's, refusing no call without it", async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const { securitySchemes: _, ...undeclared } = ledger({}).components;
  const optional = (name: string, description: string) => ({
    ...tenant(name),
    required: false,
    description,
  });
  const each = {
    parameters: [optional('xi-api-key', 'Your API key.'), optional('X-Note', 'A note.')],
  };
  const { files } = await generateSpec({
    ...ledger({ a: each, b: each, c: each }),
    components: undeclared,
    security: [],
  });
  const client = fileText(files, 'client.ts');
  expect(client).toContain("'xi-api-key': options.xiApiKey || readEnv('LEDGER_XI_API_KEY')");
  expect(client).not.toContain('requireHeaders');
  // An optional header that is no credential stays each call's.
  expect(client).not.toContain('note?: string');
  expect(fileText(files, 'types.ts')).toMatch(/xNote\?: string/);
  // Nor does one named like a credential that is a page's, one no description calls a credential,
  // or one some calls require (red team).
  const said = (name: string, description: string, required = false) => ({
    ...tenant(name),
    required,
    description,
  });
  const others = {
    parameters: [
      said('X-Page-Token', 'The token of the next page.'),
      said('X-Ledger-Token', 'Which ledger.'),
      said('X-Tenant-Key', 'Your API key.'),
    ],
  };
  const required = { parameters: [said('X-Tenant-Key', 'Your API key.', true)] };
  const second = await generateSpec({
    ...ledger({
      a: others,
      b: others,
      c: others,
      d: { parameters: [...others.parameters.slice(0, 2), ...required.parameters] },
    }),
    components: undeclared,
    security: [],
  });
  const secondClient = fileText(second.files, 'client.ts');
  expect(secondClient).not.toMatch(/pageToken\?: string|ledgerToken\?: string|tenantKey\?: string/);
});

// New-user trial: Trakt's `trakt-api-key` and `trakt-api-version`, optional on 178 of its 183
// calls beside an OAuth scheme, which its server requires: each call had to be given both.
it('makes a key or a version nearly every call takes, though optional, the client’s', async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const optional = (name: string) => ({ ...tenant(name), required: false });
  const each = {
    parameters: [optional('ledger-api-key'), optional('ledger-api-version'), optional('X-Note')],
  };
  const { files } = await generateSpec(ledger({ a: each, b: each, c: each, d: each, e: {} }));
  const client = fileText(files, 'client.ts');
  expect(client).toContain("'ledger-api-key': options.ledgerApiKey,");
  expect(client).toContain("'ledger-api-version': options.apiVersion,");
  // Read from no variable: the spec's scheme is the credential that is.
  expect(client).not.toContain('LEDGER_LEDGER');
  // Another optional header stays each call's.
  expect(client).not.toContain("'X-Note': options");
  // Nearly every: one call in two is not.
  const half = await generateSpec(ledger({ a: each, b: each, c: {}, d: {} }));
  expect(fileText(half.files, 'client.ts')).not.toContain("'ledger-api-key': options");
});

// Red team: `X-Auth-Token` and `Auth-Token` had both read LEDGER_AUTH_TOKEN_API_KEY, and one
// secret went as both headers.
it("reads no variable another credential's header reads", async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const { securitySchemes: _, ...undeclared } = ledger({}).components;
  const token = (name: string) => ({ ...tenant(name), description: 'Your API token.' });
  const each = { parameters: [token('X-Auth-Token'), token('Auth-Token')] };
  const { files } = await generateSpec({
    ...ledger({ a: each, b: each, c: each }),
    components: undeclared,
    security: [],
  });
  const client = fileText(files, 'client.ts');
  expect(client.match(/readEnv\('LEDGER_AUTH_TOKEN_API_KEY'\)/g)).toHaveLength(1);
  expect(client).toMatch(/'Auth-Token': options\.\w+,/);
});

// Red team: `X-User-Id` of a User API had become `id`, saying not whose; `X-Acme-Api-Key` beside
// the scheme's `apiKey` `apiKey2`; `X-Base-Url` `baseUrlCredential`.
it("names an option by the header's words, whole where the short name says too little or is taken", async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const each = (...names: string[]) => ({ parameters: names.map((name) => tenant(name)) });
  const headers = each(
    'X-Ledger-Id',
    'X-Ledger-Api-Key',
    'X-Base-Url',
    'X-Ledger-Consumer-Id',
    'Timeout',
  );
  const { files } = await generateSpec(ledger({ a: headers, b: headers, c: headers }), {
    package: 'ledger',
  });
  const client = fileText(files, 'client.ts');
  // Never the credentials' suffix: `Timeout` had been `timeoutCredential`.
  for (const option of ['ledgerId', 'xLedgerApiKey', 'xBaseUrl', 'consumerId', 'timeoutHeader'])
    expect(client).toContain(`${option}?: string | undefined;`);
  // The set-up gives them: its calls are refused without.
  const readme = fileText(files, 'README.md');
  expect(readme).toMatch(/new LedgerClient\(\{[^}]*consumerId: '…',/);
  expect(client).toContain("consumerId: '…'");
  // So does the snippet of retries: a user copies it whole.
  expect(readme).toMatch(/new LedgerClient\(\{ [^}]*consumerId: '…', [^}]*maxRetries: 5/);
});

// Discourse declares no scheme: its `Api-Key` and `Api-Username`, required by 21 of its 84
// calls, had to be given to each of them, though the client's `headers` carried both.
it("makes a credential's header options of the client however few calls require it, with those they require beside it", async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const keyed = {
    parameters: [tenant('Api-Key'), tenant('Api-Username')],
  };
  const open = {};
  const { securitySchemes: _, ...undeclared } = ledger({}).components;
  const forum = (operations: Record<string, unknown>) => ({
    ...ledger(operations),
    components: undeclared,
    security: [],
  });
  const spec = forum({ a: keyed, b: keyed, c: keyed, d: open, e: open, f: open, g: open });
  const client = fileText((await generateSpec(spec)).files, 'client.ts');
  expect(client).toContain('apiKey?: string | undefined;');
  expect(client).toContain('apiUsername?: string | undefined;');
  // Beside a declared scheme, or where fewer than three calls require it, it stays the call's.
  const few = fileText(
    (await generateSpec(forum({ a: keyed, b: keyed, d: open, e: open }))).files,
    'client.ts',
  );
  expect(few).not.toContain('apiUsername?: string | undefined;');
  const declared = fileText(
    (await generateSpec(ledger({ a: keyed, b: keyed, c: keyed, d: open, e: open }))).files,
    'client.ts',
  );
  expect(declared).not.toContain('apiUsername?: string | undefined;');
});
