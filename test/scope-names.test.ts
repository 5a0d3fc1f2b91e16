/**
 * Every name the emitter writes is unique in its scope: a parameter named like
 * the function its method delegates to, and query or header parameters named
 * like the params object's own `body` and `contentType`, still compile and
 * still go out under the names the spec gave them.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/scopes/openapi.yaml', 'scopes');

interface ScopesSdk {
  PostcodesClient: new (options: { baseUrl: string }) => {
    udprn: { get: (udprn: string) => Promise<unknown> };
  };
  createSub: (client: unknown, params: Record<string, unknown>) => Promise<unknown>;
}
const SDK_PATH = './.tmp/scopes/index.js';
const sdk = (): Promise<ScopesSdk> => import(SDK_PATH) as Promise<ScopesSdk>;

it('compiles', () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
});

it('a method whose parameter is named like its function still calls the function', async () => {
  const { PostcodesClient } = await sdk();
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, { ok: true })));
  const client = new PostcodesClient({ baseUrl: server.url });
  // `client.udprn.get(udprn)` calls the function `udprn`, which its argument must not shadow.
  expect(await client.udprn.get('123')).toEqual({ ok: true });
  expect(server.received[0]?.url).toBe('/udprn/123');
});

it('parameters named content-type, contentType and body keep their wire names beside the body and its contentType', async () => {
  const { PostcodesClient, createSub } = await sdk();
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  await createSub(new PostcodesClient({ baseUrl: server.url }), {
    contentType: 'text/plain',
    body: 'hello',
    // The header spelled `contentType` comes before the query's `content-type` for the name.
    contentType_: 'h-value',
    contentType_2: 'q-value',
    body_: 'b',
  });
  const [r] = server.received;
  expect(r?.url).toBe('/subs?content-type=q-value&body=b');
  expect(r?.headers['contenttype']).toBe('h-value');
  expect(r?.headers['content-type']).toBe('text/plain');
  expect(r?.body).toBe('hello');
});
