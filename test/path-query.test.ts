/**
 * Medium, ClickSend, icons8 and EcoTaco put a query in a path key (`/search/articles?query=
 * {query}`), which no OpenAPI path does: their whole SDKs were refused. The query's names go as
 * query parameters, declared or not; a name declared in the path stays in it (Weatherbit's).
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { generateSpec } from './helpers/generate-spec.js';
import { typecheck } from './helpers/typecheck.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SPEC = 'test/fixtures/path-query/openapi.yaml';
const fixture = useFixtureSdk(SPEC, 'path-query');
const SDK_PATH = './.tmp/path-query/index.js';

interface SearchSdk {
  SearchClient: new (options: { baseUrl: string }) => unknown;
  searchArticles(client: unknown, params: { query: string }): Promise<unknown>;
  uploadFile(client: unknown, params: { convert: string }): Promise<unknown>;
  currentByPosition(client: unknown, lat: number, lon: number): Promise<unknown>;
}

it('sends the names of a query in a path key as query parameters', async () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
  const sdk = (await import(SDK_PATH)) as SearchSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const client = new sdk.SearchClient({ baseUrl: server.url });
  await sdk.searchArticles(client, { query: 'a b&c' });
  await sdk.uploadFile(client, { convert: 'fax' });
  await sdk.currentByPosition(client, 51.5, -0.1);
  expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
    'GET /search/articles?query=a%20b%26c',
    'POST /uploads?convert=fax',
    'GET /current?lat=51.5&lon=-0.1',
  ]);
});

it('warns of the query at its path', async () => {
  const { warnings } = await generateSpec(parse(readFileSync(SPEC, 'utf8')) as object);
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    '/paths/~1search~1articles?query={query} This path holds a query (?query={query}), which no OpenAPI path does: the names no path parameter declares go as query parameters',
  );
});

// Red team: `x={y}`, `y` declared in the query, had made a second parameter, a required `x`.
it('adds no parameter for a name the query declares', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Q', version: '1' },
    paths: {
      '/b?x={y}': {
        get: {
          operationId: 'getB',
          parameters: [{ name: 'y', in: 'query', schema: { type: 'string' } }],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  });
  const types = files.find((f) => f.path === 'types.ts')!.content;
  expect(/interface GetBParams \{[^}]*\}/.exec(types)?.[0]).not.toMatch(/\bx\b/);
});
