/**
 * A parameter declared with a JSON `content` (instead of a `schema`) goes as JSON
 * text: `?filter={"a":1}`, `X-Obj: {"a":2}`, not exploded in a style. Through a
 * generated SDK, against a server on 127.0.0.1.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { json, startServer, type TestServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const OUT = 'test/.tmp/content-parameters';
const object = { type: 'object', properties: { a: { type: 'integer' } } };
const jsonContent = { 'application/json': { schema: object } };

interface ParamsSdk {
  ParamsClient: new (options: { baseUrl: string }) => unknown;
  search(
    client: unknown,
    params?: {
      filter?: { a?: number };
      xObj?: { a?: number; name?: string };
      plain?: { a?: number };
    },
  ): Promise<unknown>;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_r, res) => json(res, 200, {}));
  writeFileSync(
    `${OUT}.json`,
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Params', version: '1' },
      paths: {
        '/search': {
          get: {
            operationId: 'search',
            parameters: [
              { name: 'filter', in: 'query', content: jsonContent },
              { name: 'X-Obj', in: 'header', content: jsonContent },
              { name: 'plain', in: 'query', style: 'deepObject', schema: object },
            ],
            responses: { 200: { description: 'ok', content: { 'application/json': {} } } },
          },
        },
      },
    }),
  );
  await generate({ input: `${OUT}.json`, output: OUT });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
});
afterAll(async () => {
  await server.close();
  rmSync(OUT, { recursive: true, force: true });
  rmSync(`${OUT}.json`, { force: true });
});

it('compiles', () => {
  expect(typecheck([join(OUT, 'index.ts')])).toEqual([]);
});

it('sends JSON content parameters as JSON text, and schema ones in their style', async () => {
  const sdk = (await import('./.tmp/content-parameters/index.js' as string)) as ParamsSdk;
  const client = new sdk.ParamsClient({ baseUrl: server.url });
  await sdk.search(client, { filter: { a: 1 }, xObj: { a: 2 }, plain: { a: 3 } });
  await sdk.search(client, { filter: { a: 0 } });
  await sdk.search(client);
  const [all, one, none] = server.received;
  expect([...new URL(all!.url, 'http://x').searchParams]).toEqual([
    ['filter', '{"a":1}'],
    ['plain[a]', '3'],
  ]);
  expect(all!.headers['x-obj']).toBe('{"a":2}');
  expect(new URL(one!.url, 'http://x').searchParams.get('filter')).toBe('{"a":0}');
  expect(one!.headers['x-obj']).toBeUndefined();
  expect(none!.url).toBe('/search');
});

it('sends a JSON header past ASCII escaped, which reads back the same', async () => {
  const sdk = (await import('./.tmp/content-parameters/index.js' as string)) as ParamsSdk;
  const client = new sdk.ParamsClient({ baseUrl: server.url });
  const value = { name: 'résumé ☃ 😀', a: 1 };
  await sdk.search(client, { xObj: value });
  const sent = server.received.at(-1)!.headers['x-obj'] as string;
  expect(sent).toBe('{"name":"r\\u00e9sum\\u00e9 \\u2603 \\ud83d\\ude00","a":1}');
  expect(JSON.parse(sent)).toEqual(value);
});
