/**
 * A `4XX` response is the body of every 4xx error class no status of its own says (Sakari's: a
 * 400 threw a `BadRequestError` whose body was `unknown`, the range typing `ApiStatusError` only).
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it("types every 4xx class a range covers with the range's body", async () => {
  const error = (name: string) => ({
    description: name,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
  });
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Sakari', version: '1' },
    servers: [{ url: 'https://sakari.example' }],
    components: {
      schemas: {
        ErrorResponse: { type: 'object', properties: { message: { type: 'string' } } },
        NotFound: { type: 'object', properties: { id: { type: 'string' } } },
        Outage: { type: 'object', properties: { retry: { type: 'integer' } } },
        Crash: { type: 'object', properties: { trace: { type: 'string' } } },
      },
    },
    paths: {
      '/messages': {
        get: {
          operationId: 'listMessages',
          responses: {
            '200': { description: 'ok' },
            '404': error('NotFound'),
            '4XX': error('ErrorResponse'),
            '500': error('Crash'),
            '5XX': error('Outage'),
          },
        },
      },
    },
  });
  const type = /export type ListMessagesError = OperationError<\{([^}]*)\}>/.exec(
    fileText(files, 'operations.ts').replace(/\s+/g, ' '),
  )?.[1];
  expect(type).toContain('NotFoundError: NotFound;');
  expect(type).toContain('BadRequestError: ErrorResponse;');
  expect(type).toContain('RateLimitError: ErrorResponse;');
  expect(type).toContain('ApiStatusError: ErrorResponse;');
  // One class for every 5xx: a 503's body beside the 500's.
  expect(type).toContain('InternalServerError: Crash | Outage');
  expect(type).not.toContain('NotFoundError: NotFound | ErrorResponse');
});
