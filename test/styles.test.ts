/** Path styles, array headers and multipart `encoding`, through a generated SDK, on the wire. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { startServer, type TestServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const OUT = 'test/.tmp/styles';
let server: TestServer | undefined;
beforeAll(async () => {
  await generate({ input: 'test/fixtures/styles/openapi.yaml', output: OUT });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The SDK exists only once generated, so it is imported by a path tsc does not follow;
// its types are checked by the first test instead.
interface StylesSdk {
  StylesClient: new (options: { baseUrl: string }) => unknown;
  getColors: (client: unknown, ...args: unknown[]) => Promise<void>;
  uploadDocument: (client: unknown, params: unknown) => Promise<void>;
}
const SDK_PATH = './.tmp/styles/index.js';
const sdk = (): Promise<StylesSdk> => import(SDK_PATH) as Promise<StylesSdk>;

it('compiles', () => {
  expect(typecheck([join(OUT, 'index.ts')])).toEqual([]);
});

it('sends label, matrix and simple path parameters, and an array header, as the spec styles them', async () => {
  const { StylesClient, getColors } = await sdk();
  server = await startServer((_r, res) => res.writeHead(204).end());
  await getColors(
    new StylesClient({ baseUrl: `${server.url}/api` }),
    ['blue', 'a/b'],
    { R: 100, G: 200 },
    [1, 2],
    { xTags: ['x', 'y'] },
  );
  expect(server.received[0]?.url).toBe('/api/colors/.blue.a%2Fb/;matrix=R,100,G,200/1,2');
  expect(server.received[0]?.headers['x-tags']).toBe('x,y');
});

it("sends a multipart file part and a JSON part typed by the spec's encoding", async () => {
  const { StylesClient, uploadDocument } = await sdk();
  server = await startServer((_r, res) => res.writeHead(204).end());
  const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
  await uploadDocument(new StylesClient({ baseUrl: server.url }), {
    body: { file, metadata: { title: 'Q3' } },
  });
  const body = server.received[0]?.body ?? '';
  expect(server.received[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(body).toMatch(/name="file"[^\r\n]*\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1\.7/);
  expect(body).toMatch(
    /name="metadata"[^\r\n]*\r\nContent-Type: application\/json\r\n\r\n\{"title":"Q3"\}/,
  );
});
