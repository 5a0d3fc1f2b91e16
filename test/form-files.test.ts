/**
 * A form body that holds a file goes as multipart: MotaWord's Swagger 2.0 uploads (`type: file`
 * without `consumes`) became form-urlencoded bodies, and the file went out as `file={}`.
 */
import { expect, it } from 'vitest';
import { InvalidArgumentError } from '../templates/runtime/errors.js';
import { formFields } from '../templates/runtime/form-body.js';
import { generate } from '../src/index.js';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { startServer } from './helpers/server.js';

const SPEC = 'test/fixtures/form-files/swagger.yaml';
const fixture = useFixtureSdk(SPEC, 'form-files');
const SDK_PATH = './.tmp/form-files/index.js';
const JSON_OR_MULTIPART_PATH = './.tmp/json-or-multipart/index.js';
const jsonOrMultipart = useFixtureSdk(
  'test/fixtures/form-files/json-or-multipart.yaml',
  'json-or-multipart',
);

interface UploadSdk {
  UploadClient: new (options: { baseUrl: string }) => unknown;
  uploadDoc(client: unknown, params: { body: { file: Blob; note?: string } }): Promise<unknown>;
}

it('sends the file in a multipart body, with a warning at the form it was declared as', async () => {
  const sdk = (await import(SDK_PATH)) as UploadSdk;
  const server = fixture.serve(
    await startServer((_r, res) => {
      res.statusCode = 200;
      res.end();
    }),
  );
  const client = new sdk.UploadClient({ baseUrl: server.url });
  const file = new File(['%PDF-1.7 bytes'], 'doc.pdf', { type: 'application/pdf' });
  await sdk.uploadDoc(client, { body: { file, note: 'first draft' } });
  const [request] = server.received;
  expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(request?.body).toContain('filename="doc.pdf"');
  expect(request?.body).toContain('%PDF-1.7 bytes');
  expect(request?.body).toContain('first draft');
  const { warnings } = await generate({ input: SPEC, output: 'unused', dryRun: true });
  expect(warnings.map((w) => w.message)).toContainEqual(
    'This application/x-www-form-urlencoded body holds a file, which a form-urlencoded body cannot carry: the SDK sends it as multipart/form-data',
  );
});

it('refuses a file in a form-urlencoded body, rather than sending `{}`', () => {
  expect(() => formFields({ file: new Blob(['x']) }, {})).toThrow(InvalidArgumentError);
});

it('reads a form body whose list holds itself without overflowing', async () => {
  const { files } = await generate({
    input: 'test/fixtures/form-files/cycle.yaml',
    output: 'unused',
    dryRun: true,
  });
  expect(files.some((f) => f.path === 'operations.ts')).toBe(true);
});

// MotaWord's picture went as `{"profile_picture":{}}`: JSON was the default, and has no file.
it('sends a body that holds a file as multipart where the spec offers it beside JSON', async () => {
  const sdk = (await import(JSON_OR_MULTIPART_PATH)) as {
    ProfileClient: new (options: { baseUrl: string }) => unknown;
    uploadProfilePicture(
      client: unknown,
      params: { body: { profile_picture: Blob } },
    ): Promise<unknown>;
  };
  const server = jsonOrMultipart.serve(
    await startServer((_r, res) => {
      res.statusCode = 204;
      res.end();
    }),
  );
  const client = new sdk.ProfileClient({ baseUrl: server.url });
  const picture = new File(['PNGDATA'], 'me.png', { type: 'image/png' });
  await sdk.uploadProfilePicture(client, { body: { profile_picture: picture } });
  const [request] = server.received;
  expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(request?.body).toContain('PNGDATA');
});

// Red team: beside a multipart of no schema, the typed JSON body had become `unknown`.
it('keeps the typed JSON body beside a multipart form that names no fields', async () => {
  const { files } = await generate({
    input: 'test/fixtures/form-files/json-or-untyped-multipart.yaml',
    output: 'unused',
    dryRun: true,
  });
  const types = files.find((f) => f.path === 'types.ts')!.content;
  expect(types).toMatch(/body\??: UploadBody/);
  expect(types).toContain('`application/json` when not given');
});
