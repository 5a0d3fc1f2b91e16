/**
 * An error body is read by the Content-Type it comes with. DocuSign declares its documents'
 * 400 as `application/pdf` with `errorDetails`: typed `Blob`, it arrived as that JSON.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

it('types an error declared as bytes, with a schema of data, by that schema', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Docs', version: '1' },
    paths: {
      '/documents/{id}': {
        get: {
          operationId: 'getDocument',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'the PDF',
              content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
            '400': {
              description: 'error',
              content: {
                'application/pdf': { schema: { $ref: '#/components/schemas/ErrorDetails' } },
              },
            },
            '404': {
              description: 'bytes',
              content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: { ErrorDetails: { type: 'object', properties: { errorCode: { type: 'string' } } } },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toContain('BadRequestError: ErrorDetails');
  expect(operations).toContain('NotFoundError: Blob');
  expect(operations).toMatch(/ApiPromise<Blob>/);
});
