/**
 * A server whose host is one for each user to replace (Jira's `your-domain.atlassian.net`) is no
 * default: a client given no baseUrl sent its basic credentials there, a name a stranger may own.
 */
import ts from 'typescript';
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const spec = (url: string) => ({
  openapi: '3.0.1',
  info: { title: 'Jira', version: '1' },
  servers: [{ url }],
  components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } } },
  security: [{ basicAuth: [] }],
  paths: {},
});

// ExaVault's `accountname.exavault.com`, "Replace accountname with your account name".
it('gives no default base URL for an account-name host', async () => {
  const { files, warnings } = await generateSpec(spec('https://accountname.exavault.com/api/v2'));
  expect(fileText(files, 'client.ts')).not.toContain("'https://accountname.exavault.com/api/v2'");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('is a placeholder'),
  );
});

// Mailchimp's `server.api.mailchimp.com`, its users' data centre: a client sent its key there.
it('gives no default base URL for a placeholder word before the API’s `api` label', async () => {
  const { files, warnings } = await generateSpec(spec('https://server.api.mailchimp.com/3.0'));
  expect(fileText(files, 'client.ts')).not.toContain("'https://server.api.mailchimp.com/3.0'");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('is a placeholder'),
  );
  // A host whose first label is such a word, and no more, is a host.
  const real = await generateSpec(spec('https://server.traccar.org/api'));
  expect(fileText(real.files, 'client.ts')).toContain("'https://server.traccar.org/api'");
});

it('gives no default base URL for a placeholder host, and warns', async () => {
  const { files, warnings, summary } = await generateSpec(
    spec('https://your-domain.atlassian.net'),
  );
  const client = fileText(files, 'client.ts');
  expect(client).toContain("defaultBaseUrl: options.baseUrl ?? readEnv('JIRA_BASE_URL') ?? ''");
  expect(summary.server).toBeUndefined();
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('"https://your-domain.atlassian.net" is a placeholder'),
  );
});

// New-user trial: Magento's only server, `https://example.com/rest/default`, took its admin token
// to example.com, which answers; Discourse's `discourse.example.com` is one too.
it.each([
  'https://example.com/rest/default',
  'https://discourse.example.org',
  'http://example.net',
])('gives no default base URL for %s, a name for documentation, and warns', async (url) => {
  const { files, warnings } = await generateSpec(spec(url));
  expect(fileText(files, 'client.ts')).toContain("readEnv('JIRA_BASE_URL') ?? ''");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining(`"${url}" is a placeholder`),
  );
});

// GitHub Enterprise Server's: `{protocol}://{hostname}/api/v3`, whose hostname is `HOSTNAME`.
it('gives no default base URL where a variable of the host only repeats its name', async () => {
  const { files } = await generateSpec({
    ...spec('{protocol}://{hostname}/api/v3'),
    servers: [
      {
        url: '{protocol}://{hostname}/api/v3',
        variables: { hostname: { default: 'HOSTNAME' }, protocol: { default: 'http' } },
      },
    ],
  });
  expect(fileText(files, 'client.ts')).toContain("readEnv('JIRA_BASE_URL') ?? ''");
});

// Red team: such a server made every call fail at run time, and nothing said so at generation.
it('warns of a first server with a query string', async () => {
  const { warnings } = await generateSpec(spec('https://api.acme.test/v1?api-version=2'));
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('has a query or fragment'),
  );
});

it.each([
  'https://api.yourmembership.com',
  'https://your.example',
  'https://api.acme.test',
  'https://accounts.acme.test',
])('keeps %s as the default: no placeholder word', async (url) => {
  const { files } = await generateSpec(spec(url));
  expect(fileText(files, 'client.ts')).toContain(`?? '${url}'`);
});

// The directory's `http://apigee.local` before Apigee's real server: a `.local` name is answered
// by multicast DNS, by any machine on the network, and the client had sent its credentials there.
it('passes over a .local server for the next real one, and says so', async () => {
  const { files, warnings } = await generateSpec({
    ...spec('http://apigee.local'),
    servers: [{ url: 'http://apigee.local' }, { url: 'https://apigeeregistry.googleapis.com' }],
  });
  expect(fileText(files, 'client.ts')).toContain(
    "readEnv('JIRA_BASE_URL') ?? 'https://apigeeregistry.googleapis.com'",
  );
  expect(warnings).toContainEqual(
    expect.objectContaining({
      pointer: '/servers/0/url',
      message: expect.stringContaining('"http://apigee.local" is a placeholder'),
    }),
  );
});

// Azure's `{Endpoint}/face/v1.0`, whose default `none` fills in no URL, after `https://azure.local`.
it('gives no default where no server is a URL a client can go to', async () => {
  const { files, warnings } = await generateSpec({
    ...spec('https://azure.local'),
    servers: [
      { url: 'https://azure.local' },
      { url: '{Endpoint}/face/v1.0', variables: { Endpoint: { default: 'none' } } },
    ],
  });
  expect(fileText(files, 'client.ts')).toContain("readEnv('JIRA_BASE_URL') ?? ''");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('"https://azure.local" is a placeholder'),
  );
});

it('keeps a localhost server as the default: self-hosted servers listen there', async () => {
  const { files } = await generateSpec(spec('http://localhost:8080/v1'));
  expect(fileText(files, 'client.ts')).toContain("?? 'http://localhost:8080/v1'");
});

// Red team: a placeholder followed by `http://attacker-demo.com` had made that the default.
// Etherpad's `http://pads.mro.name` is a stranger's pad server.
it('passes over a placeholder only for an https server or this machine’s', async () => {
  const { files } = await generateSpec({
    ...spec('https://{tenant}.saas.test/api'),
    servers: [
      { url: 'https://{tenant}.saas.test/api', variables: { tenant: { default: 'tenant' } } },
      { url: 'http://attacker-demo.com/api' },
    ],
  });
  expect(fileText(files, 'client.ts')).toContain("readEnv('JIRA_BASE_URL') ?? ''");
});

// Wealth Reader lists SwaggerHub's auto-mocking server first: its bank logins went there.
it('passes over a SwaggerHub mock server for the real one', async () => {
  const { files } = await generateSpec({
    ...spec('https://virtserver.swaggerhub.com/Wealth-Reader/api/1.0.0'),
    servers: [
      { url: 'https://virtserver.swaggerhub.com/Wealth-Reader/api/1.0.0' },
      { url: 'https://api.wealthreader.com/' },
    ],
  });
  expect(fileText(files, 'client.ts')).toContain("?? 'https://api.wealthreader.com/'");
});

// Red team: a spec with only the mock had been told its host is for each user to replace.
it('says a lone SwaggerHub mock is one', async () => {
  const { files, warnings } = await generateSpec(
    spec('https://virtserver.swaggerhub.com/acme/api/1.0.0'),
  );
  expect(fileText(files, 'client.ts')).toContain("readEnv('JIRA_BASE_URL') ?? ''");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining("is SwaggerHub's mock server"),
  );
});

// Okta's second server is `,`: it had been offered as a base URL, and the first, a `.local`
// name, said to be the default.
it('offers no server that is no URL, and says none is the default where the first is a placeholder', async () => {
  const { files } = await generateSpec({
    ...spec('http://okta.local'),
    servers: [{ url: 'http://okta.local' }, { url: ',' }, { url: '{Endpoint}/v1' }],
  });
  const client = fileText(files, 'client.ts');
  expect(client).toContain(
    'The servers of Jira, for the `baseUrl` option (one whose URL has variables to fill in is a function of them); none is the default, as the first is a placeholder or a mock.',
  );
  expect(client).not.toContain("',',");
  expect(client).toContain(
    "(variables: { readonly Endpoint: string }): string => variables.Endpoint + '/v1',",
  );
  const real = fileText(
    (
      await generateSpec({
        ...spec('https://api.acme.test'),
        servers: [{ url: 'https://api.acme.test' }, { url: 'https://eu.acme.test' }],
      })
    ).files,
    'client.ts',
  );
  expect(real).toContain('for the `baseUrl` option; the first is the default.');
});

// Kubernetes' spec names no server: the client's example, without a base URL, failed at its first call.
it("the client's example gives a base URL where the spec names no server of its own", async () => {
  const spec = (servers?: object[]) => ({
    openapi: '3.0.3',
    info: { title: 'Cluster', version: '1' },
    ...(servers && { servers }),
    paths: { '/a': { get: { operationId: 'getA', responses: { '204': { description: 'ok' } } } } },
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    security: [{ token: [] }],
  });
  const example = async (servers?: object[]) => {
    const { files } = await generateSpec(spec(servers));
    return /const client = (new ClusterClient\([^)]*\))/.exec(fileText(files, 'client.ts'))?.[1];
  };
  expect(await example()).toBe("new ClusterClient({ baseUrl: 'https://…', apiKey: '…' })");
  expect(await example([{ url: 'https://cluster.example' }])).toBe(
    "new ClusterClient({ apiKey: '…' })",
  );
});

// VTEX's `https://{accountName}.{environment}.com.br`, whose defaults are themselves: as a URL in
// the servers const, it had sent the client to the host `{accountname}.{environment}.com.br`.
it('gives a server whose variables are left to fill in as a function of them', async () => {
  const { files } = await generateSpec({
    ...spec('https://vtex.local'),
    servers: [
      { url: 'https://vtex.local' },
      {
        url: "https://{accountName}.{env'}.com.br",
        description: 'VTEX server URL.',
        variables: {
          accountName: { default: '{accountName}' },
          "env'": { default: "{env'}" },
        },
      },
    ],
  });
  const client = fileText(files, 'client.ts');
  const servers = /export const JiraServers = [^]*? as const;/.exec(client)![0];
  expect(servers).toContain(
    "vtexServerURL: (variables: { readonly accountName: string; readonly \"env'\": string }): string =>\n    'https://' + variables.accountName + '.' + variables[\"env'\"] + '.com.br',",
  );
  const js = ts.transpileModule(servers, { compilerOptions: { module: ts.ModuleKind.ESNext } });
  const { JiraServers } = (await import(
    `data:text/javascript,${encodeURIComponent(js.outputText)}`
  )) as { JiraServers: { vtexServerURL: (v: object) => string } };
  expect(JiraServers.vtexServerURL({ accountName: 'shop', "env'": 'stable' })).toBe(
    'https://shop.stable.com.br',
  );
});

it('takes no server with a variable left to fill in as the default (red team)', async () => {
  const { files } = await generateSpec({
    ...spec('https://{tenant}.acme.test/v1'),
    servers: [{ url: 'https://{tenant}.acme.test/v1' }, { url: 'https://api.acme.test/v1' }],
  });
  expect(fileText(files, 'client.ts')).toContain(
    "defaultBaseUrl: options.baseUrl ?? readEnv('JIRA_BASE_URL') ?? 'https://api.acme.test/v1'",
  );
});

// Telegram's `https://api.telegram.org/bot{token}`: its default, the docs' example token, had been
// the default base URL, sent with every call, and the run had said to give a token in `headers`.
it('fills no credential of a server URL from its example, and says where the credential goes', async () => {
  const { files, warnings, summary } = await generateSpec({
    ...spec('https://api.telegram.org/bot{token}'),
    servers: [
      {
        url: 'https://api.telegram.org/bot{token}',
        variables: { token: { default: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11' } },
      },
    ],
    components: {},
    security: [],
    paths: {
      '/getMe': { get: { operationId: 'getMe', responses: { '200': { description: 'Me.' } } } },
    },
  });
  const client = fileText(files, 'client.ts');
  expect(files.map((f) => f.content).join('\n')).not.toContain('ABC-DEF1234');
  expect(client).toContain("defaultBaseUrl: options.baseUrl ?? readEnv('JIRA_BASE_URL') ?? ''");
  expect(client).toContain("new JiraClient({ baseUrl: 'https://api.telegram.org/bot…' })");
  // A relative one's path is on a host to fill in (red team: `/bot…` is no URL).
  const relative = await generateSpec({
    ...spec('/bot{token}'),
    servers: [{ url: '/bot{token}', variables: { token: { default: '1:ABC' } } }],
    components: {},
    security: [],
  });
  expect(fileText(relative.files, 'client.ts')).toContain("baseUrl: 'https://…/bot…'");
  expect(summary).toMatchObject({ serverWithCredential: 'https://api.telegram.org/bot{token}' });
  expect(summary.server).toBeUndefined();
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('"https://api.telegram.org/bot{token}" holds a credential, {token}'),
  );
});

// Red team: `keyspace` and `authorId` had been taken for credentials, and their servers given no
// default; so had a variable of listed values.
it('takes a variable for a credential by its last word, and never one of listed values', async () => {
  for (const [url, variables] of [
    ['https://api.acme.test/{keyspace}', { keyspace: { default: 'main' } }],
    ['https://api.acme.test/{authorId}/v1', { authorId: { default: 'public' } }],
    ['https://api.acme.test/{token}', { token: { default: 'v1', enum: ['v1', 'v2'] } }],
    ['https://api.acme.test/{tokenId}', { tokenId: { default: '7' } }],
  ] as const) {
    const { summary, warnings } = await generateSpec({
      ...spec(url),
      servers: [{ url, variables }],
    });
    expect(summary.server).toBeDefined();
    expect(warnings.map((w) => w.message).join('\n')).not.toContain('holds a credential');
  }
});

// Red team: `apitoken`, `BOTTOKEN`, `accessKey` and their kin had had their defaults sent.
it.each([
  'apitoken',
  'BOTTOKEN',
  'accessKey',
  'subscriptionKey',
  'key',
  'jwt',
  'passwd',
  'sessionId',
])('takes a variable named %s for a credential', async (name) => {
  const url = `https://api.acme.test/u/{${name}}`;
  const { files, summary } = await generateSpec({
    ...spec(url),
    servers: [{ url, variables: { [name]: { default: 'REALSECRET123456' } } }],
  });
  expect(summary.server).toBeUndefined();
  expect(files.map((f) => f.content).join('\n')).not.toContain('REALSECRET123456');
});
