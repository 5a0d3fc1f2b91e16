/**
 * A multipart body whose schema is one value (Jira's attachment: a binary string)
 * names no part to send it under: the caller builds the FormData, which goes as it is.
 * Before, its entries were sent as fields: a File as an empty form, a string a part per character.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { generate } from '../src/index.js';
import { normalizeDocument } from '../src/normalize/document.js';
import { InvalidArgumentError } from '../templates/runtime/errors.js';
import { multipartParts } from '../templates/runtime/multipart-body.js';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const SPEC = 'test/fixtures/multipart-file/openapi.yaml';
const fixture = useFixtureSdk(SPEC, 'multipart-file');
const SDK_PATH = './.tmp/multipart-file/index.js';

interface AttachmentsSdk {
  AttachmentsClient: new (options: { baseUrl: string }) => unknown;
  addAttachment: (client: unknown, key: string, params: { body: FormData }) => Promise<unknown>;
}

it('types the body as a FormData, with a warning at its schema', async () => {
  expect(readFileSync(join(fixture.out, 'types.ts'), 'utf8')).toMatch(/body: FormData;/);
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
  const { warnings } = await generate({ input: SPEC, output: join(fixture.out, 'again') });
  expect(warnings.map((w) => `${w.location?.line}: ${w.message}`)).toContainEqual(
    expect.stringMatching(/^15: This multipart\/form-data body is one value, not fields/),
  );
});

it('sends the FormData the caller built, its file under the name it chose', async () => {
  const { AttachmentsClient, addAttachment } = (await import(SDK_PATH)) as AttachmentsSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  const form = new FormData();
  form.append('file', new File(['hello world'], 'hello.txt', { type: 'text/plain' }));
  await addAttachment(new AttachmentsClient({ baseUrl: server.url }), 'ED-24', { body: form });
  const received = server.received[0]!;
  expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(received.body).toContain('name="file"; filename="hello.txt"');
  expect(received.body).toContain('hello world');
});

it('a schema without a type is one value too when it is a binary, or a choice of such', () => {
  const upload = (schema: unknown) => ({
    post: {
      requestBody: { content: { 'multipart/form-data': { schema } } },
      responses: { 204: { description: 'ok' } },
    },
  });
  const api = normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/binary': upload({ format: 'binary' }),
      '/choice': upload({ oneOf: [{ type: 'string', format: 'binary' }, { type: 'string' }] }),
      '/fields': upload({
        allOf: [{ properties: { file: { type: 'string', format: 'binary' } } }],
      }),
      '/nothing': upload({}),
    },
  } as unknown as OpenAPI3);
  expect(api.operations.map((op) => op.body?.preferred.formData ?? false)).toEqual([
    true,
    true,
    false,
    false,
  ]);
});

it('a file or text given where fields go is refused, not sent as an empty form', () => {
  for (const value of [new Blob(['x']), 'abc', new Uint8Array([1])])
    expect(() => multipartParts(value, {})).toThrow(InvalidArgumentError);
  expect(multipartParts({ a: 'b' }, {}).get('a')).toBe('b');
});

it('a shared body of one value is warned of once, at its component', async () => {
  const { warnings } = await generate({
    input: 'test/fixtures/multipart-file/shared.yaml',
    output: 'unused',
    dryRun: true,
  });
  expect(
    warnings.filter((w) => /one value/.test(w.message)).map((w) => [w.pointer, w.location?.line]),
  ).toEqual([['/components/requestBodies/Upload/content/multipart~1form-data/schema', 21]]);
});

// Stripe's `files.create`: `expand` and `file_link_data` are deepObject, read as `expand[]`
// and `file_link_data[create]`; as one JSON part and repeated `expand` parts Stripe ignored them.
it('writes a field whose encoding has a style as form fields of that style', () => {
  const file = new File(['%PDF'], 'a.pdf', { type: 'application/pdf' });
  const form = multipartParts(
    {
      file,
      purpose: 'dispute_evidence',
      expand: ['link', 'owner'],
      file_link_data: { create: true, metadata: { order: '7' } },
    },
    {
      expand: { style: 'deepObject', explode: true },
      file_link_data: { style: 'deepObject', explode: true },
    },
  );
  expect([...form.entries()].filter(([, v]) => typeof v === 'string')).toEqual([
    ['purpose', 'dispute_evidence'],
    ['expand[]', 'link'],
    ['expand[]', 'owner'],
    ['file_link_data[create]', 'true'],
    ['file_link_data[metadata][order]', '7'],
  ]);
  expect((form.get('file') as File).name).toBe('a.pdf');
});

// MotaWord's Swagger 2.0 `custom` (`collectionFormat: csv`) is one part of its items; Swashbuckle's
// `style: form` alone (exploded) keeps a part per item.
it('writes a list that is not exploded as one part of its delimited items', () => {
  const form = multipartParts(
    { custom: ['a', 'b'], tags: ['x', 'y'], ids: [1, 2], files: [new File(['1'], 'f.txt')] },
    {
      custom: { style: 'form', explode: false },
      tags: { style: 'form' },
      ids: { style: 'pipeDelimited', explode: false },
      files: { style: 'form', explode: false },
    },
  );
  expect(form.getAll('custom')).toEqual(['a,b']);
  expect(form.getAll('tags')).toEqual(['x', 'y']);
  expect(form.getAll('ids')).toEqual(['1|2']);
  expect(form.getAll('files')).toHaveLength(1);
  // Objects stay a JSON part each (red team: joined, they were no JSON).
  const objects = multipartParts(
    { items: [{ a: 1 }, { a: 2 }] },
    { items: { style: 'form', explode: false } },
  );
  expect(objects.getAll('items')).toEqual(['{"a":1}', '{"a":2}']);
});

// facecheck.id's Swashbuckle spec writes `style: form` on every multipart field, files included.
it('sends files as file parts whatever the style, and a typed field as its type', () => {
  const photo = new File(['jpeg'], 'me.jpg', { type: 'image/jpeg' });
  const form = multipartParts(
    { images: [photo, photo], one: photo, meta: { title: 'x' } },
    {
      images: { style: 'form', explode: true },
      one: { style: 'deepObject', explode: true },
      meta: { style: 'deepObject', explode: true, contentType: 'application/json' },
    },
  );
  expect(form.getAll('images').map((f) => (f as File).name)).toEqual(['me.jpg', 'me.jpg']);
  // A file nested in a deepObject field is not written as `doc[file]={}`.
  const nested = multipartParts(
    { doc: { file: photo } },
    { doc: { style: 'deepObject', explode: true } },
  );
  expect(nested.has('doc[file]')).toBe(false);
  expect((form.get('one') as File).name).toBe('me.jpg');
  const meta = form.get('meta') as Blob;
  expect(meta.type).toBe('application/json');
});

// Red team: the spec's `encoding.contentType` is tested on every request; `a/` and 60,000 slashes
// had blocked the caller's event loop for 2.5 s. A type with more than one slash labels nothing.
it("a part's content type from the spec is read in linear time, and one of many slashes labels nothing", async () => {
  const hostile = `a/${'/'.repeat(200_000)},`;
  const start = performance.now();
  const form = multipartParts({ meta: 'x' }, { meta: { contentType: hostile } });
  expect(performance.now() - start).toBeLessThan(1_000);
  const part = form.get('meta');
  expect(part).toBe('x');
  const labelled = multipartParts({ meta: 'x' }, { meta: { contentType: 'text/csv' } }).get('meta');
  expect(labelled).toBeInstanceOf(Blob);
  expect((labelled as Blob).type).toBe('text/csv');
});
