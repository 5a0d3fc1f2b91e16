/**
 * An operation that declares no success, only a `default`, means the `default` as its success
 * (Springfox's "Success": XTRF's 183 such operations resolved to `unknown` and typed every
 * error's body as the DTO). A `default` that says it is an error stays one.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const INVOICE = { $ref: '#/components/schemas/Invoice' };

it('reads a lone `default` as the success unless it says it is an error', async () => {
  const only = (description: string, schema: object) => ({
    default: { description, content: { 'application/json': { schema } } },
  });
  const { files } = await generateSpec({
    openapi: '3.0.1',
    info: { title: 'Home Portal', version: '1' },
    servers: [{ url: 'https://xtrf.example' }],
    components: {
      schemas: {
        Invoice: { type: 'object', properties: { id: { type: 'integer' } } },
        Problem: { type: 'object', properties: { message: { type: 'string' } } },
        ErrorModel: { type: 'object', properties: { code: { type: 'integer' } } },
        InvalidationList: { type: 'array', items: { type: 'string' } },
      },
    },
    paths: {
      '/invoices/{id}': {
        get: {
          operationId: 'getById',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: only('Success', INVOICE),
        },
        delete: {
          operationId: 'deleteById',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: only('Unexpected error', { $ref: '#/components/schemas/Problem' }),
        },
      },
      // Red team: a `default` said in other words, or whose body is an error, is one.
      '/invoices/{id}/pdf': {
        get: {
          operationId: 'getPdf',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: only('', { $ref: '#/components/schemas/ErrorModel' }),
        },
        post: {
          operationId: 'renderPdf',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: only('Bad request or server exception', INVOICE),
        },
      },
      // Words, not letters: an `InvalidationList` is no error.
      '/invalidations': {
        get: {
          operationId: 'listInvalidations',
          responses: only('The list', { $ref: '#/components/schemas/InvalidationList' }),
        },
      },
      // Beside a declared success, `default` is every other status: an error.
      '/invoices': {
        get: {
          operationId: 'listInvoices',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'array', items: INVOICE } } },
            },
            ...only('Success', { $ref: '#/components/schemas/Problem' }),
          },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toMatch(/export function getById\([^)]*\): ApiPromise<Invoice>/);
  expect(operations).toMatch(/GetByIdError = OperationError;/);
  expect(operations).toMatch(/DeleteByIdError = OperationError<\{\}, Problem>;/);
  expect(operations).toMatch(/ListInvoicesError = OperationError<\{\}, Problem>;/);
  expect(operations).toMatch(/GetPdfError = OperationError<\{\}, ErrorModel>;/);
  expect(operations).toMatch(/RenderPdfError = OperationError<\{\}, Invoice>;/);
  expect(operations).toMatch(
    /export function listInvalidations\([^)]*\): ApiPromise<InvalidationList>/,
  );
});
