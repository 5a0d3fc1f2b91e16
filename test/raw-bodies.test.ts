/**
 * A raw body is what goes on the wire, whatever its schema describes: an octet-stream body
 * takes bytes, a text body a string. Typed as the object, it compiled and went out as
 * `[object Object]` (Google Storage's `objects.insert`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/raw-bodies/openapi.yaml', 'raw-bodies');
const SDK_PATH = './.tmp/raw-bodies/index.js';

it('types an octet-stream body as bytes and a text body as a string', () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(
    /interface InsertObjectParams \{[^}]*body\?: Blob \| ArrayBuffer \| ArrayBufferView \| ReadableStream<Uint8Array> \| string \| undefined;/,
  );
  expect(types).toMatch(/interface PutNoteParams \{[^}]*body\?: string \| undefined;/);
  expect(types).toMatch(/interface SetLevelParams \{[^}]*body\?: string \| undefined;/);
});

// Ably's publish took `Msg | Blob | … | string` beside an optional `contentType`: a Blob went
// out as JSON `{}`, a string double-encoded, and Kubernetes' YAML patch object as
// `[object Object]`.
it('ties each body type to its media type: a Blob needs a contentType that takes bytes', () => {
  const program = join(fixture.out, 'publish-program.ts');
  writeFileSync(
    program,
    [
      `import { MediaClient } from './index.js';`,
      `const client = new MediaClient();`,
      `void client.channels.messages.publish('c', { body: { name: 'x' }, dryRun: true });`,
      `void client.channels.messages.publish('c', { body: new Blob([]), contentType: 'application/x-msgpack' });`,
      `void client.channels.messages.publish('c', { body: 'hi', contentType: 'text/plain' });`,
      `// @ts-expect-error a Blob is no JSON body`,
      `void client.channels.messages.publish('c', { body: new Blob([]) });`,
      `// @ts-expect-error an object is no YAML text`,
      `void client.channels.messages.publish('c', { body: { name: 'x' }, contentType: 'application/apply-patch+yaml' });`,
    ].join('\n'),
  );
  expect(typecheck([program])).toEqual([]);
});

it('sends each body as its media type says, and refuses an object as raw bytes', async () => {
  const sdk = (await import(SDK_PATH)) as {
    MediaClient: new (options: { baseUrl: string }) => unknown;
    publish(client: unknown, id: string, params: unknown): Promise<unknown>;
    uploadFile(client: unknown, params: unknown, options?: unknown): Promise<unknown>;
    InvalidArgumentError: new (...args: never[]) => Error;
  };
  const server = fixture.serve(await startServer((_r, res) => res.writeHead(204).end()));
  const client = new sdk.MediaClient({ baseUrl: server.url });
  await sdk.publish(client, 'c', { body: { name: 'x' } });
  await sdk.publish(client, 'c', {
    body: new Blob([new Uint8Array([1, 2])]),
    contentType: 'application/x-msgpack',
  });
  await sdk.publish(client, 'c', { body: '{"a":1}', contentType: 'text/plain' });
  const refused = await sdk
    .publish(client, 'c', { body: { name: 'x' }, contentType: 'application/apply-patch+yaml' })
    .catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(sdk.InvalidArgumentError);
  // A Blob given as the JSON body (a loose schema would take it) is refused, not sent as `{}`.
  const bytesAsJson = await sdk
    .publish(client, 'c', { body: new Blob(['BYTES']) })
    .catch((e: unknown) => e);
  expect(bytesAsJson).toBeInstanceOf(sdk.InvalidArgumentError);
  await sdk.uploadFile(client, { body: new Blob(['FILE']) });
  // GitHub's release asset (declared octet-stream) is a ZIP where the Blob says so, or the call.
  await sdk.uploadFile(client, { body: new Blob(['ZIP'], { type: 'application/zip' }) });
  await sdk.uploadFile(
    client,
    { body: new Blob(['TAR']) },
    { headers: { 'Content-Type': 'application/x-tar' } },
  );
  expect(server.received.map((r) => [r.headers['content-type'], r.body])).toEqual([
    ['application/json', '{"name":"x"}'],
    ['application/x-msgpack', '\u0001\u0002'],
    ['text/plain', '{"a":1}'],
    ['application/octet-stream', 'FILE'],
    ['application/zip', 'ZIP'],
    ['application/x-tar', 'TAR'],
  ]);
});

// Of Gmail's 20 `message/*` types, `message/cpim` came first, and every message sent went as it.
it('sends an Internet message as message/rfc822 where the spec offers it among others', async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const bytes = { schema: { type: 'string', format: 'binary' } };
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Mail', version: '1' },
    servers: [{ url: 'https://mail.example' }],
    paths: {
      '/send': {
        post: {
          operationId: 'sendMessage',
          requestBody: { content: { 'message/cpim': bytes, 'message/rfc822': bytes } },
          responses: { '204': { description: 'sent' } },
        },
      },
    },
  });
  expect(fileText(files, 'client.ts')).toContain(
    "rawBody(params?.body, params?.contentType, 'message/rfc822')",
  );
});
