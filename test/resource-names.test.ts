/**
 * Google's resource names keep their slashes, each segment encoded: Vertex AI's
 * `projects%2Fp1%2Flocations%2Fl1` had gone to a path Google does not serve. Any other path
 * parameter is encoded whole, and no segment of a name may be `.`, `..` or empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/resource-names/openapi.yaml', 'resource-names');
const SDK_PATH = './.tmp/resource-names/index.js';

type Call = (client: unknown, name: string) => Promise<unknown>;

it('keeps the slashes of a name after the version, encodes the rest, refuses dot segments', async () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
  expect(readFileSync(join(fixture.out, 'client.ts'), 'utf8')).toContain('its slashes kept');
  const sdk = (await import(SDK_PATH)) as Record<string, unknown> & {
    VertexClient: new (options: { baseUrl: string; maxRetries: number }) => unknown;
  };
  const [list, generate, items] = [
    'aiplatformProjectsLocationsEndpointsList',
    'aiplatformProjectsLocationsPublishersModelsGenerateContent',
    'itemsList',
  ].map((name) => sdk[name] as Call);
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = new sdk.VertexClient({ baseUrl: server.url, maxRetries: 0 });
  await list!(client, 'projects/p 1/locations/us-central1');
  await generate!(client, 'projects/p1/locations/l1/publishers/google/models/gemini?x');
  await items!(client, 'a/b');
  expect(server.received.map((r) => r.url)).toEqual([
    '/v1/projects/p%201/locations/us-central1/endpoints',
    '/v1/projects/p1/locations/l1/publishers/google/models/gemini%3Fx:generateContent',
    '/v1/projects/a%2Fb/items',
  ]);
  for (const name of ['projects/../secrets', 'projects//x', 'projects/.'])
    await expect(list!(client, name)).rejects.toThrow(/makes the path segment/);
  expect(server.received).toHaveLength(3);
  // A leading slash is the name's own: the path already has one.
  await list!(client, '/projects/p1/locations/l1');
  expect(server.received[3]?.url).toBe('/v1/projects/p1/locations/l1/endpoints');
});

// New-user trial: Gitea's `docs%2FREADME.md` goes to a path a proxy that refuses encoded slashes
// (Apache's default) does not pass on.
it("keeps the slashes of a file's path at the end of a path, not where the spec says it is encoded", async () => {
  expect(readFileSync(join(fixture.out, 'client.ts'), 'utf8')).toContain(
    "A file's path, its slashes kept",
  );
  const sdk = (await import(SDK_PATH)) as Record<string, unknown> & {
    VertexClient: new (options: { baseUrl: string; maxRetries: number }) => unknown;
  };
  const contents = sdk['repoGetContents'] as (c: unknown, ...a: string[]) => Promise<unknown>;
  const file = sdk['getRepositoryFile'] as (c: unknown, ...a: string[]) => Promise<unknown>;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = new sdk.VertexClient({ baseUrl: server.url, maxRetries: 0 });
  await contents(client, 'o', 'my repo', 'docs/a b/README.md');
  await contents(client, 'o', 'r', '/docs/x?.md');
  await file(client, 'group/p', 'lib/class.rb');
  expect(server.received.map((r) => r.url)).toEqual([
    '/repos/o/my%20repo/contents/docs/a%20b/README.md',
    '/repos/o/r/contents/docs/x%3F.md',
    '/projects/group%2Fp/repository/files/lib%2Fclass.rb',
  ]);
  for (const path of ['docs/../../admin', 'docs//x', '..', 'docs/'])
    await expect(contents(client, 'o', 'r', path)).rejects.toThrow(/makes the path segment/);
  expect(server.received).toHaveLength(3);
});

it("refuses a name's dot or empty segment before a `:verb`, and keeps the names after the first", async () => {
  const sdk = (await import(SDK_PATH)) as Record<string, unknown> & {
    VertexClient: new (options: { baseUrl: string; maxRetries: number }) => unknown;
  };
  const generate = sdk['aiplatformProjectsLocationsPublishersModelsGenerateContent'] as Call;
  const inject = sdk['dataprocProjectsRegionsClustersInjectCredentials'] as (
    client: unknown,
    ...names: string[]
  ) => Promise<unknown>;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = new sdk.VertexClient({ baseUrl: server.url, maxRetries: 0 });
  // Red team: `..:doIt` and `:doIt` had gone.
  for (const name of ['', '.', '..', 'projects/p/', 'projects/p/..'])
    await expect(generate(client, name)).rejects.toThrow(/makes the path segment/);
  await expect(generate(client, 'projects/\uD800')).rejects.toThrow(/no valid text/);
  await inject(client, 'projects/p1', 'regions/r1', 'clusters/c 1');
  expect(server.received.map((r) => r.url)).toEqual([
    '/v1/projects/p1/regions/r1/clusters/c%201:injectCredentials',
  ]);
});

// New-user trial: Open Build Service's `Request` tag is `client.request_`, beside the client's own
// `request` method; only the compiler had said so.
it("warns of a resource told apart from the client's own member", async () => {
  const { generateSpec } = await import('./helpers/generate-spec.js');
  const { warnings } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Build', version: '1' },
    paths: {
      '/request': {
        post: {
          operationId: 'createRequest',
          tags: ['Request'],
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  });
  expect(warnings.map((w) => [w.pointer, w.message])).toContainEqual([
    '/paths/~1request/post',
    'The resource request is client.request_, as the client has a request of its own',
  ]);
});
