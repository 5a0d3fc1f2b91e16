/**
 * A Content-Type header parameter says what a raw body is: S3's putObject with
 * `contentType: 'image/png'` went out as the declared `application/octet-stream`, and the
 * object would have been stored with the wrong type.
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk(
  'test/fixtures/content-type-parameter/openapi.yaml',
  'content-type-parameter',
);
const SDK_PATH = './.tmp/content-type-parameter/index.js';

interface StoreSdk {
  StoreClient: new (options: { baseUrl: string }) => unknown;
  putObject(
    client: unknown,
    bucket: string,
    key: string,
    // Its own name: with one media type, the params object has no `contentType` of its own.
    params: { contentType?: string; body: Blob | string },
  ): Promise<unknown>;
  imageBuild(client: unknown, params: { body: string }): Promise<unknown>;
  upload(client: unknown, params: { body: string; contentType?: string }): Promise<unknown>;
  respondToClaim(
    client: unknown,
    id: string,
    params: { contentType?: string; body: { decision: string } },
  ): Promise<unknown>;
  createItem(client: unknown, params: { body: { name: string } }): Promise<unknown>;
  putMenu(
    client: unknown,
    params: { contentType?: string; body?: { name: string } },
  ): Promise<unknown>;
  query(
    client: unknown,
    params: { contentType: 'application/vnd.flux'; body: string } | { body: { query: string } },
  ): Promise<unknown>;
}

it('sends the body as the type the parameter gives, else as the declared one', async () => {
  const sdk = (await import(SDK_PATH)) as StoreSdk;
  const server = fixture.serve(
    await startServer((_r, res) => {
      res.statusCode = 200;
      res.end();
    }),
  );
  const client = new sdk.StoreClient({ baseUrl: server.url });
  await sdk.putObject(client, 'b', 'cat.png', { contentType: 'image/png', body: 'PNG…' });
  await sdk.putObject(client, 'b', 'blob', { body: 'bytes' });
  // Docker's build sent `application/octet-stream` where its parameter declares a tar.
  await sdk.imageBuild(client, { body: 'tar' });
  await sdk.upload(client, { body: 'hello', contentType: 'text/plain' });
  await sdk.upload(client, { body: 'tar' });
  await sdk.query(client, { contentType: 'application/vnd.flux', body: 'from(bucket: "b")' });
  await sdk.query(client, { body: { query: 'q' } });
  await sdk.respondToClaim(client, 'c1', { body: { decision: 'accepted' } });
  await sdk.respondToClaim(client, 'c1', {
    contentType: 'application/json;v=2',
    body: { decision: 'accepted' },
  });
  await sdk.createItem(client, { body: { name: 'n' } });
  await sdk.putMenu(client, { contentType: 'application/json;v=2', body: { name: 'm' } });
  expect(server.received.map((r) => r.headers['content-type'])).toEqual([
    'image/png',
    'application/octet-stream',
    'application/x-tar',
    'text/plain',
    'application/x-tar',
    'application/vnd.flux',
    'application/json',
    'application/json;v=1',
    'application/json;v=2',
    'application/json',
    'application/json;v=2',
  ]);
  expect(server.received.at(-3)?.body).toBe('{"decision":"accepted"}');
});

it("leaves out a Content-Type parameter whose values are the body's media types", () => {
  const source = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  // Webflow's required `application/json` is no argument of a call (red team: 32 calls).
  expect(source).not.toMatch(/interface CreateItemParams \{[^}]*contentType/);
  const params = source.slice(source.indexOf('export type QueryParams ')).split('\nexport ')[0];
  expect(params).toContain('contentType');
  expect(params).not.toContain('contentType_');
});

// Red team: a Content-Type parameter that is nullable, untyped, or lists other values than
// strings had not compiled where the body takes its type.
const typed = useFixtureSdk(
  'test/fixtures/content-type-parameter/typed.yaml',
  'typed-content-type',
);

it('types a Content-Type parameter as text, whatever its schema says', () => {
  expect(typecheck([join(typed.out, 'index.ts')])).toEqual([]);
});
