/**
 * Spoonacular declares bodies under an empty media type (`content: { "": … }`): the SDK sent
 * `Content-Type: ` and said nothing. Such an entry is left out, with a warning at it.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const spec = (content: object) => ({
  openapi: '3.0.0',
  info: { title: 'Meals', version: '1' },
  servers: [{ url: 'https://meals.example' }],
  paths: {
    '/items': {
      post: {
        operationId: 'addItem',
        requestBody: { content },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});
const ITEM = { schema: { type: 'object', properties: { name: { type: 'string' } } } };

it('leaves out an empty media type beside a real one, and warns', async () => {
  const { files, warnings } = await generateSpec(spec({ '': ITEM, 'application/json': ITEM }));
  const operations = fileText(files, 'operations.ts');
  expect(operations).not.toContain("contentType: ''");
  expect(operations).toContain('jsonBody');
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    "/paths/~1items/post/requestBody/content/ This body's media type is empty: it is left out",
  );
});

it('leaves out a body that has only an empty media type, and says so', async () => {
  const { files, warnings } = await generateSpec(spec({ '': ITEM }));
  expect(fileText(files, 'operations.ts')).not.toMatch(/Body\(|params/);
  expect(warnings.map((w) => w.message)).toContainEqual(
    "This body's media type is empty: it is left out, and so is the body",
  );
});

// Akeneo's responses hold an example's fields where media types go: `Accept` had become
// `application/json, code;q=0.1, message;q=0.1`.
it('leaves out of Accept a content key that is no media type, and warns', async () => {
  const document = spec({ 'application/json': ITEM });
  document.paths['/items'].post.responses = {
    '200': {
      description: 'ok',
      content: { 'application/json': ITEM, code: { example: 400 }, message: { example: 'x' } },
    },
  } as never;
  const { files, warnings } = await generateSpec(document);
  const operations = fileText(files, 'operations.ts');
  expect(operations).not.toMatch(/code;q|message;q/);
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    '/paths/~1items/post/responses/200/content/code This response\'s "code" is no media type (type/subtype) (nor 1 more: "message"): left out of what the call accepts',
  );
});

it('leaves out a body under a key that is no media type', async () => {
  const { files, warnings } = await generateSpec(
    spec({ 'form-data': ITEM, 'application/json': ITEM }),
  );
  expect(fileText(files, 'operations.ts')).not.toContain("'form-data'");
  expect(warnings.map((w) => w.message)).toContainEqual(
    'This body\'s "form-data" is no media type (type/subtype): it is left out',
  );
});

// Red team: Truora's `PDF`, Telnyx's `*` and Loket's `applicationjson` are the only keys there
// are: dropping them lost Truora's download type and Loket's request bodies.
it('keeps keys that are all no media type: they are all the spec says', async () => {
  const document = spec({ applicationjson: ITEM });
  document.paths['/items'].post.responses = {
    '200': {
      description: 'ok',
      content: { PDF: { schema: { type: 'string', format: 'binary' } } },
    },
  } as never;
  const { files, warnings } = await generateSpec(document);
  const operations = fileText(files, 'operations.ts');
  expect(operations).toContain('ApiPromise<Blob>');
  expect(operations).toMatch(/body: \w+Body\(params\??\.body/);
  expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/no media type/);
  // Accepted as the range that admits them: Telnyx's `Accept: *` is none, and a strict server
  // answers it 406.
  expect(operations).toContain("accept: '*/*'");
  expect(operations).not.toContain("accept: 'PDF'");
  // Nor a key that only looks like one (`/json`), said once (red team: `*/*, */*;q=0.1`).
  document.paths['/items'].post.responses = {
    '200': { description: 'ok', content: { '/json': {} } },
    '404': { description: 'gone', content: { PDF: {} } },
  } as never;
  const once = fileText((await generateSpec(document)).files, 'operations.ts');
  expect(once).toContain("accept: '*/*'");
  expect(once).not.toContain('q=0.1');
});
