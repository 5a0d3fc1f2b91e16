/**
 * A call's type is what the runtime gives back: JSON is parsed, a text response (XML, CSV)
 * is a string and a binary one a Blob, whatever schema the spec gives them. S3's XML
 * listings were typed as the object they describe and arrived as strings; eBay's
 * octet-stream evidence was typed `string[]` and arrived as a Blob.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../src/index.js';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

const LISTING = {
  type: 'object',
  properties: { KeyCount: { type: 'integer' }, Name: { type: 'string' } },
};

it('types a text response as a string and a binary one as a Blob', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-response-types-'));
  const ok = (media: string, schema: object) => ({
    '200': { description: 'ok', content: { [media]: { schema } } },
  });
  try {
    writeFileSync(
      join(dir, 'spec.json'),
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Store', version: '1' },
        servers: [{ url: 'https://store.example' }],
        components: {
          schemas: {
            S3Error: { type: 'object', properties: { Code: { type: 'string' } } },
            Deployment: { type: 'object', properties: { id: { type: 'string' } } },
            Job: { type: 'object', properties: { id: { type: 'string' } } },
          },
        },
        paths: {
          // S3 answers its errors in XML too: a string, as the runtime reads it.
          '/listing': {
            get: {
              operationId: 'listObjects',
              responses: {
                ...ok('application/xml', LISTING),
                '404': {
                  description: 'No such bucket',
                  content: {
                    'application/xml': { schema: { $ref: '#/components/schemas/S3Error' } },
                  },
                },
              },
            },
          },
          '/evidence': {
            get: {
              operationId: 'fetchEvidence',
              responses: ok('application/octet-stream', {
                type: 'array',
                items: { type: 'string' },
              }),
            },
          },
          '/status': {
            get: {
              operationId: 'getStatus',
              responses: ok('text/plain', { enum: ['up', 'down'] }),
            },
          },
          '/item': { get: { operationId: 'getItem', responses: ok('application/json', LISTING) } },
          // An OAuth token endpoint answering a form: not parsed, so a Blob.
          '/token': {
            post: {
              operationId: 'getToken',
              responses: ok('application/x-www-form-urlencoded', {
                type: 'object',
                properties: { access_token: { type: 'string' } },
              }),
            },
          },
          // SNS's XML listing with a next token: no page to walk in a string.
          '/numbers': {
            get: {
              operationId: 'listNumbers',
              parameters: [{ name: 'nextToken', in: 'query', schema: { type: 'string' } }],
              responses: ok('text/xml', {
                type: 'object',
                properties: {
                  phoneNumbers: { type: 'array', items: { type: 'string' } },
                  nextToken: { type: 'string' },
                },
              }),
            },
          },
          // A choice of an object or text, or a numeric enum, still arrives as text.
          '/rows': {
            get: {
              operationId: 'getRows',
              responses: ok('text/plain', { oneOf: [LISTING, { type: 'string' }] }),
            },
          },
          '/level': {
            get: { operationId: 'getLevel', responses: ok('text/plain', { enum: [1, 2] }) },
          },
          // Docker's build: a 200 with no content said, whatever comes; a 204 is nothing.
          '/build': {
            post: { operationId: 'build', responses: { '200': { description: 'progress' } } },
          },
          // Azure's long-running calls: a 202 the spec types beside a 200 it says nothing of
          // keeps its type (the empty one is `undefined`); without the 202's type it is
          // `unknown`, and the schema of no success is imported (noUnusedLocals).
          '/deploy': {
            post: {
              operationId: 'deploy',
              responses: {
                '200': { description: 'done' },
                '202': {
                  description: 'accepted',
                  content: {
                    'application/json': { schema: { $ref: '#/components/schemas/Deployment' } },
                  },
                },
              },
            },
          },
          // JSON of no schema beside a typed 202: `unknown`, and the 202's schema unimported.
          '/jobs': {
            post: {
              operationId: 'startJob',
              responses: {
                '200': { description: 'done', content: { 'application/json': {} } },
                '202': {
                  description: 'accepted',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } },
                },
              },
            },
          },
          '/ping': {
            post: { operationId: 'ping', responses: { '204': { description: 'none' } } },
          },
          // Azure's job output: text, though its schema says a file: a string, read as text.
          '/output': {
            get: {
              operationId: 'getOutput',
              responses: ok('text/plain', { type: 'string', format: 'binary' }),
            },
          },
        },
      }),
    );
    const { files } = await generate({
      input: join(dir, 'spec.json'),
      output: join(dir, 'out'),
      dryRun: true,
    });
    const operations = files.find((f) => f.path === 'operations.ts')!.content;
    expect(operations).toMatch(/function listObjects\([^)]*\): ApiPromise<string>/);
    // Read as text whatever the server labels it (Docker's logs came back a Blob).
    expect(operations).toMatch(/function listObjects[^]*?options,\s*readText,?\s*\);/);
    // No exported type describes an answer that arrives as a string.
    expect(files.find((f) => f.path === 'types.ts')!.content).not.toContain('ListObjectsResponse');
    expect(operations).toContain('ListObjectsError = OperationError<{ NotFoundError: string }>');
    // The XML error's schema is no import of the module (noUnusedLocals).
    expect(operations).not.toMatch(/import type \{[^}]*S3Error/);
    expect(operations).toMatch(/function fetchEvidence\([^)]*\): ApiPromise<Blob>/);
    expect(operations).toMatch(/options,\s*readBlob,\s*\)/);
    // Text that is an enum keeps its values.
    expect(operations).toMatch(/function getStatus\([^)]*\): ApiPromise<'up' \| 'down'>/);
    expect(operations).toMatch(/function getRows\([^)]*\): ApiPromise<string>/);
    expect(operations).toMatch(/function getLevel\([^)]*\): ApiPromise<string>/);
    expect(operations).toMatch(
      /function build\([^)]*\): ApiPromise<unknown> \{\s*return client\.request<unknown>\([^;]*options,\s*readAny,?\s*\);/,
    );
    expect(operations).toMatch(
      /function ping\([^)]*\): ApiPromise<void> \{\s*return client\.request<void>\(\{[^}]*\}, options\);/,
    );
    expect(operations).toMatch(/function deploy\([^)]*\): ApiPromise<undefined \| Deployment>/);
    expect(operations).toMatch(/function build\([^)]*\): ApiPromise<unknown>/);
    expect(operations).toMatch(/function startJob\([^)]*\): ApiPromise<unknown>/);
    expect(operations).not.toMatch(/import type \{[^}]*\bJob\b/);
    expect(operations).toMatch(/function getItem\([^)]*\): ApiPromise<GetItemResponse>/);
    expect(operations).toMatch(/function getToken\([^)]*\): ApiPromise<Blob>/);
    expect(operations).toMatch(/function listNumbers\([^)]*\): ApiPromise<string>/);
    expect(operations).toMatch(
      /function getOutput\([^)]*\): ApiPromise<string> \{\s*return client\.request<string>\(\{[^}]*\}, options, readText\);/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Zuora gives `application/json` an example only and the schema to its charset variant: 372 of
// its 515 calls were typed `unknown`, and their schemas "not used by any operation".
it('types a response by the JSON media type that has a schema', async () => {
  const { files, warnings } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Billing', version: '1' },
    components: {
      schemas: { Account: { type: 'object', properties: { id: { type: 'string' } } } },
    },
    paths: {
      // Jira's avatars: `*/*` first, beside a loose JSON schema and images: any answer.
      '/avatars/{id}': {
        get: {
          operationId: 'getAvatar',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'ok',
              content: {
                '*/*': {},
                'application/json': { schema: { type: 'object' } },
                'image/png': {},
              },
            },
          },
        },
      },
      '/accounts': {
        post: {
          operationId: 'createAccount',
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/json': { example: { id: 'A1' } },
                'application/json; charset=utf-8': {
                  schema: { $ref: '#/components/schemas/Account' },
                },
              },
            },
          },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toMatch(/function createAccount\([^)]*\): ApiPromise<Account>/);
  expect(operations).toMatch(/function getAvatar\([^)]*\): ApiPromise<unknown>/);
  expect(operations).toContain("accept: 'application/json; charset=utf-8, application/json;q=0.1'");
  expect(warnings.map((w) => w.message).filter((m) => m.includes('not used'))).toEqual([]);
});

// linqr.app's QR codes: the call reads a Blob whichever format the body asks for, so the
// Accept header asks for none of them over another, nor for the JSON error instead.
it('asks for every binary form of a success the call reads as a Blob alike', async () => {
  const file = { schema: { type: 'string', format: 'binary' } };
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'QR', version: '1' },
    paths: {
      '/qrcode': {
        post: {
          operationId: 'createQrCode',
          responses: {
            200: {
              description: 'ok',
              content: { 'application/pdf': file, 'image/png': file, 'image/svg+xml': file },
            },
            400: {
              description: 'bad',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toMatch(
    /function createQrCode\([^)]*\): ApiPromise<Blob> \{[^}]*accept: 'application\/pdf, image\/png, image\/svg\+xml, application\/json;q=0\.1',\s*\},\s*options,\s*readBlob,?\s*\);/,
  );
});

// Orthanc's "Download DICOM": the file first, then DICOMweb JSON of no type. The file had been
// asked for last, and the call typed `unknown`.
it('a file first, beside JSON of no type, is a download', async () => {
  const said = (description: string) => ({ schema: { description } });
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Orthanc', version: '1' },
    paths: {
      '/instances/{id}/file': {
        get: {
          operationId: 'getInstanceFile',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/dicom': said('The DICOM instance'),
                'application/dicom+json': said('The instance, in DICOMweb JSON'),
              },
            },
          },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toContain('): ApiPromise<Blob> {');
  expect(operations).toContain("accept: 'application/dicom, application/dicom+json',");
});
