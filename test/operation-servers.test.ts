/**
 * An operation (or path) that names a server of its own is sent there while the
 * client uses the API's default server, credentials included (it is the API's
 * own server); a base URL the user chose takes it too. GitHub uploads release
 * assets to uploads.github.com; Box uploads to upload.box.com. Through a
 * generated SDK, against servers on 127.0.0.1.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { normalizeDocument } from '../src/normalize/document.js';
import { carriesCredentials, operationServer } from '../src/normalize/servers.js';
import { json, startServer, type TestServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const OUT = 'test/.tmp/operation-servers';
let api: TestServer;
let uploads: TestServer;

interface FilesSdk {
  FilesClient: new (options?: { baseUrl?: string; apiKey?: string }) => {
    files: {
      get(id: string): Promise<unknown>;
      upload(params: { name: string }): Promise<unknown>;
    };
  };
}
const SDK_PATH = './.tmp/operation-servers/index.js';

beforeAll(async () => {
  api = await startServer((_r, res) => json(res, 200, { at: 'api' }));
  uploads = await startServer((_r, res) => json(res, 200, { at: 'uploads' }));
  mkdirSync(OUT, { recursive: true });
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Files', version: '1' },
    servers: [{ url: `${api.url}/v1` }],
    components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
    security: [{ key: [] }],
    paths: {
      '/files/{id}': {
        get: {
          operationId: 'files/get',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'ok', content: { 'application/json': {} } } },
        },
      },
      '/files': {
        servers: [{ url: '{origin}/up', variables: { origin: { default: uploads.url } } }],
        post: {
          operationId: 'files/upload',
          parameters: [{ name: 'name', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'ok', content: { 'application/json': {} } } },
        },
      },
    },
  };
  writeFileSync(`${OUT}.json`, JSON.stringify(spec));
  await generate({ input: `${OUT}.json`, output: OUT });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
});

afterAll(async () => {
  await Promise.all([api.close(), uploads.close()]);
  rmSync(OUT, { recursive: true, force: true });
  rmSync(`${OUT}.json`, { force: true });
});

describe('an operation with a server of its own', () => {
  it('compiles, and its docs name the server', () => {
    expect(typecheck([join(OUT, 'index.ts')])).toEqual([]);
    expect(readFileSync(join(OUT, 'client.ts'), 'utf8')).toContain(
      `\`POST ${uploads.url}/up/files\``,
    );
  });

  it('goes to its server, with the credentials; the others go to the base URL', async () => {
    const { FilesClient } = (await import(SDK_PATH)) as FilesSdk;
    const client = new FilesClient({ apiKey: 'k1' });
    expect(await client.files.upload({ name: 'a b' })).toEqual({ at: 'uploads' });
    expect(await client.files.get('f1')).toEqual({ at: 'api' });
    expect(uploads.received.map((r) => [r.method, r.url, r.headers['x-key']])).toEqual([
      ['POST', '/up/files?name=a%20b', 'k1'],
    ]);
    expect(api.received.map((r) => [r.method, r.url, r.headers['x-key']])).toEqual([
      ['GET', '/v1/files/f1', 'k1'],
    ]);
  });

  // Stripe's users write `https://api.stripe.com` where the spec says `https://api.stripe.com/`.
  it("still goes to its server when the user gives the API's own URL, slash or no slash", async () => {
    const { FilesClient } = (await import(SDK_PATH)) as FilesSdk;
    uploads.received.length = 0;
    await new FilesClient({ baseUrl: `${api.url}/v1/`, apiKey: 'k1' }).files.upload({ name: 'y' });
    expect(uploads.received.map((r) => r.url)).toEqual(['/up/files?name=y']);
  });

  it('goes to the base URL the user chose instead', async () => {
    const { FilesClient } = (await import(SDK_PATH)) as FilesSdk;
    api.received.length = 0;
    uploads.received.length = 0;
    const client = new FilesClient({ baseUrl: `${api.url}/proxy`, apiKey: 'k1' });
    expect(await client.files.upload({ name: 'x' })).toEqual({ at: 'api' });
    expect(api.received.map((r) => r.url)).toEqual(['/proxy/files?name=x']);
    expect(uploads.received).toEqual([]);
  });
});

describe('operationServer', () => {
  const API = 'https://api.example.com/v2';
  const op = (servers: unknown) => ({ servers });
  const url = (server: ReturnType<typeof operationServer>) =>
    server && 'url' in server ? server.url : server;

  // A protocol-relative operation server takes the API's scheme, http included.
  it('a protocol-relative server of its own takes the API server’s scheme', () => {
    expect(
      url(
        operationServer(op([{ url: '//uploads.example.com/v1' }]), {}, 'http://api.example.com/v1'),
      ),
    ).toBe('http://uploads.example.com/v1');
  });

  // As the API's own servers are ordered (red team: the upload went to http, then was refused).
  it('prefers the https twin of a plain-http server of its own', () => {
    const twins = op([{ url: 'http://up.example.com' }, { url: 'https://up.example.com' }]);
    expect(url(operationServer(twins, {}, API))).toBe('https://up.example.com');
  });

  it('is the operation’s first server, else its path’s, as an absolute URL', () => {
    expect(url(operationServer(op([{ url: 'https://up.example.com/' }]), {}, API))).toBe(
      'https://up.example.com',
    );
    expect(url(operationServer({}, op([{ url: 'https://a.example.com' }]), API))).toBe(
      'https://a.example.com',
    );
    expect(
      url(
        operationServer(
          op([{ url: 'https://o.example.com' }]),
          op([{ url: 'https://p.example.com' }]),
          API,
        ),
      ),
    ).toBe('https://o.example.com');
    // Relative to the API's server, as the Box spec's `/oauth2` sits beside `/2.0`.
    expect(url(operationServer(op([{ url: '/oauth2' }]), {}, API))).toBe(
      'https://api.example.com/oauth2',
    );
  });

  it('is nothing where it is the API’s server, or cannot be told, or is not http(s)', () => {
    expect(operationServer({}, {}, API)).toBeUndefined();
    expect(operationServer(op([]), {}, API)).toBeUndefined();
    expect(operationServer(op([{ url: `${API}/` }]), {}, API)).toBeUndefined();
    expect(operationServer(op([{ url: '/x' }]), {}, undefined)).toBeUndefined();
    expect(operationServer(op([{ url: '/x' }]), {}, '/relative')).toBeUndefined();
    expect(operationServer(op([{ url: 'javascript:alert(1)' }]), {}, API)).toBeUndefined();
    expect(operationServer(op([{ url: 'ftp://files.example.com' }]), {}, API)).toBeUndefined();
    expect(operationServer(op([{ url: 'https://{region}.example.com' }]), {}, API)).toBeUndefined();
  });

  // Its requests carry the API's credentials: only to the API's own site, over its scheme.
  it('is refused on another site, another scheme, or beside a server without a host', () => {
    for (const [server, api] of [
      ['https://attacker.example', API],
      ['http://up.example.com', API],
      ['https://b.github.io', 'https://a.github.io'],
      ['https://evil.co.uk', 'https://api.example.co.uk'],
      ['https://up.example.com', '/relative'],
    ] as const)
      expect(operationServer(op([{ url: server }]), {}, api), server).toMatchObject({
        refused: expect.stringContaining("is not of the API's own site"),
      });
    expect(
      url(
        operationServer(op([{ url: 'https://uploads.github.com' }]), {}, 'https://api.github.com'),
      ),
    ).toBe('https://uploads.github.com');
  });

  // Box's downloads come from dl.boxcloud.com and ask for no credential (`security: []`).
  it('is another site’s where the operation sends no credential', () => {
    const box = op([{ url: 'https://dl.boxcloud.com/2.0' }]);
    expect(url(operationServer(box, {}, 'https://api.box.com/2.0', false))).toBe(
      'https://dl.boxcloud.com/2.0',
    );
    expect(operationServer(box, {}, 'https://api.box.com/2.0', true)).toMatchObject({
      refused: expect.stringContaining("is not of the API's own site"),
    });
  });

  it('counts the credentials an operation sends: its own, or any a caller gives where no scheme is declared', () => {
    const bearer = [{ key: 'bearer' }];
    expect(carriesCredentials([], bearer)).toBe(false);
    expect(carriesCredentials([[]], bearer)).toBe(false);
    expect(carriesCredentials([[], ['bearer']], bearer)).toBe(true);
    expect(carriesCredentials([], [])).toBe(true);
  });

  // Pinecone's index host, whose defaults (`example`, `abcd1234`) only show its shape, had taken
  // the API key to someone else's index.
  it("is refused where its host is the user's to fill in, and it carries credentials", () => {
    const pinecone = op([
      {
        url: 'https://{index_name}-{project_id}.svc.{environment}.pinecone.io',
        variables: {
          index_name: { default: 'example' },
          project_id: { default: 'abcd1234' },
          environment: { default: 'us-east1-gcp' },
        },
      },
    ]);
    const controller = 'https://controller.us-east1-gcp.pinecone.io';
    expect(operationServer(pinecone, {}, controller)).toMatchObject({
      refused: expect.stringContaining('has its host to fill in'),
    });
    // Without credentials it goes there, as a download does.
    expect(url(operationServer(pinecone, {}, controller, false))).toBe(
      'https://example-abcd1234.svc.us-east1-gcp.pinecone.io',
    );
  });

  // eBay's disputes: a variable right after the host that stands for a path is no host to fill.
  it('goes to its host where the variable after it is a path', () => {
    const disputes = op([
      {
        url: 'https://apiz.ebay.com{basePath}',
        variables: { basePath: { default: '/sell/fulfillment/v1' } },
      },
    ]);
    expect(url(operationServer(disputes, {}, 'https://api.ebay.com/sell/fulfillment/v1'))).toBe(
      'https://apiz.ebay.com/sell/fulfillment/v1',
    );
    // Red team: only the variable right after a host written whole; one in the host is a host's,
    // whatever its default.
    for (const url of [
      'https://{idx}.svc.example.com{p}',
      'https://{p}.example.com{p}',
      // However its scheme is written (red team).
      '{scheme}://{idx}.svc.example.com',
      '//{idx}.svc.example.com',
      'https:\\{idx}.svc.example.com',
      'https:{idx}.svc.example.com',
    ]) {
      const hosted = op([
        {
          url,
          variables: {
            idx: { default: '/demo' },
            p: { default: '/v1' },
            scheme: { default: 'https' },
          },
        },
      ]);
      expect(operationServer(hosted, {}, 'https://api.example.com')).toMatchObject({
        refused: expect.stringContaining('has its host to fill in'),
      });
    }
    // A host's variable still is one, wherever it stands.
    const tenant = op([
      { url: 'https://api.ebay.com{region}', variables: { region: { default: '.de' } } },
    ]);
    expect(operationServer(tenant, {}, 'https://api.ebay.com')).toMatchObject({
      refused: expect.stringContaining('has its host to fill in'),
    });
  });

  // BBC's `http://rms.api.bbc.co.uk/` had been "not of the API's own site (rms.api.bbc.co.uk)".
  it('says so where it is the API’s host over another scheme', () => {
    expect(
      operationServer(op([{ url: 'http://rms.api.bbc.co.uk/' }]), {}, 'https://rms.api.bbc.co.uk'),
    ).toEqual({
      refused:
        "The operation's server http://rms.api.bbc.co.uk is the API's host over http, not https: its requests go to the API's server, https://rms.api.bbc.co.uk, with the rest",
    });
  });
});

it('a refused server is warned of at its URL, and its operation goes to the API’s server', async () => {
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Cross', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/x': {
        servers: [{ url: 'https://collector.attacker.example' }],
        get: { operationId: 'getX', responses: { 200: { description: 'ok' } } },
      },
    },
  };
  writeFileSync(`${OUT}-cross.json`, JSON.stringify(spec));
  try {
    const { files, warnings } = await generate({
      input: `${OUT}-cross.json`,
      output: 'unused',
      dryRun: true,
    });
    expect(
      warnings.filter((w) => w.pointer === '/paths/~1x/servers/0/url').map((w) => w.message),
    ).toEqual([
      "The operation's server collector.attacker.example is not of the API's own site (api.example.com): its requests would carry the API's credentials there, so they go to the API's server; give the client a baseUrl to send them elsewhere",
    ]);
    expect(files.find((f) => f.path === 'operations.ts')!.content).not.toContain('attacker');
  } finally {
    rmSync(`${OUT}-cross.json`, { force: true });
  }
});

// Box's zip downloads: `security: []` on dl.boxcloud.com had been refused, and sent to api.box.com.
it('an operation that sends no credential goes to its server on another site, unwarned', async () => {
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Box', version: '1' },
    servers: [{ url: 'https://api.box.com/2.0' }],
    components: { securitySchemes: { OAuth2: { type: 'http', scheme: 'bearer' } } },
    security: [{ OAuth2: [] }],
    paths: {
      '/zip_downloads/{id}/content': {
        get: {
          operationId: 'get_zip_downloads_id_content',
          security: [],
          servers: [{ url: 'https://dl.boxcloud.com/2.0' }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'ok' } },
        },
      },
      // Its own site, no credential: the run's report had named it among where they go.
      '/authorize': {
        get: {
          operationId: 'get_authorize',
          security: [],
          servers: [{ url: 'https://account.box.com/api/oauth2' }],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
  };
  writeFileSync(`${OUT}-box.json`, JSON.stringify(spec));
  try {
    const { warnings, files, summary } = await generate({
      input: `${OUT}-box.json`,
      output: 'unused',
      dryRun: true,
    });
    expect(warnings.filter((w) => w.message.includes('server'))).toEqual([]);
    expect(summary.operationServers).toBeUndefined();
    const call = files.find((f) => f.path === 'operations.ts')!.content;
    expect(call).toContain("'https://dl.boxcloud.com/2.0'");
    expect(call).not.toContain('OAuth2');
  } finally {
    rmSync(`${OUT}-box.json`, { force: true });
  }
});

// Postmark's `//api.postmarkapp.com` names its host, not its scheme: https.
it('a protocol-relative server is https', () => {
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Mail', version: '1' },
    servers: [{ url: '//api.postmark.example' }],
    paths: {},
  } as never);
  expect(api.servers[0]?.url).toBe('https://api.postmark.example');
});

// Petstore's `/api/v3`: the SDK cannot tell which host serves it.
it('a first server without a host is warned of, at its URL', async () => {
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Rel', version: '1' },
    servers: [{ url: '/api/v3' }],
    paths: { '/x': { get: { operationId: 'getX', responses: { 200: { description: 'ok' } } } } },
  };
  writeFileSync(`${OUT}-relative.json`, JSON.stringify(spec));
  try {
    const { warnings } = await generate({
      input: `${OUT}-relative.json`,
      output: 'unused',
      dryRun: true,
    });
    expect(warnings.filter((w) => w.pointer === '/servers/0/url').map((w) => w.message)).toEqual([
      'The first server\'s URL "/api/v3" has no host: outside a browser (which reads it against the page), every client of this SDK must be given a baseUrl',
    ]);
  } finally {
    rmSync(`${OUT}-relative.json`, { force: true });
  }
});

// SendGrid's spec names http://api.sendgrid.com/v3: its key would cross the network in the clear.
it('a plain-http first server of an API with credentials is warned of; localhost is not', async () => {
  const spec = (url: string) => ({
    openapi: '3.0.3',
    info: { title: 'Plain', version: '1' },
    servers: [{ url }],
    components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
    security: [{ key: [] }],
    paths: { '/x': { get: { operationId: 'getX', responses: { 200: { description: 'ok' } } } } },
  });
  const warned = async (url: string) => {
    writeFileSync(`${OUT}-plain.json`, JSON.stringify(spec(url)));
    const { warnings } = await generate({
      input: `${OUT}-plain.json`,
      output: 'unused',
      dryRun: true,
    });
    return warnings.filter((w) => w.pointer === '/servers/0/url').map((w) => w.message);
  };
  try {
    expect(await warned('http://api.sendgrid.example/v3')).toEqual([
      'The first server "http://api.sendgrid.example/v3" is plain http: credentials would be sent unencrypted; give clients an https baseUrl',
    ]);
    for (const local of ['http://localhost:8080', 'http://api.localhost', 'http://0.0.0.0:3000'])
      expect(await warned(local)).toEqual([]);
    expect(await warned('https://api.example')).toEqual([]);
  } finally {
    rmSync(`${OUT}-plain.json`, { force: true });
  }
});

// Red team: an operation's SwaggerHub mock before its upload host had been taken for its server.
it('passes over a mock among an operation’s servers', () => {
  expect(
    operationServer(
      {
        servers: [
          { url: 'https://virtserver.swaggerhub.com/acme/api/1.0.0' },
          { url: 'https://upload.acme.com' },
        ],
      },
      {},
      'https://api.acme.com',
    ),
  ).toEqual({ url: 'https://upload.acme.com' });
});

// Red team: a spec of no schemes sends its credential header to every server of its site, and
// the run's report had left the operation's server out.
it('the report names a same-site server that a credential header goes to', async () => {
  const token = {
    name: 'X-Postmark-Server-Token',
    in: 'header',
    required: true,
    schema: { type: 'string' },
  };
  const op = (operationId: string, extra: object = {}) => ({
    get: { operationId, parameters: [token], responses: { 200: { description: 'ok' } }, ...extra },
  });
  writeFileSync(
    `${OUT}-mail.json`,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Mail', version: '1' },
      servers: [{ url: 'https://api.mail.example' }],
      paths: {
        '/a': op('a'),
        '/b': op('b'),
        '/bounces': op('bounces', { servers: [{ url: 'https://bounces.mail.example' }] }),
      },
    }),
  );
  try {
    const { summary } = await generate({
      input: `${OUT}-mail.json`,
      output: 'unused',
      dryRun: true,
    });
    expect(summary.operationServers).toEqual(['https://bounces.mail.example']);
  } finally {
    rmSync(`${OUT}-mail.json`, { force: true });
  }
});
