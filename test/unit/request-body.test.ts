/** An inline request body is named once, and the name is what the signature uses; GET and HEAD carry none. */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { typesFile } from '../../src/emit/types-file.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { collectWarnings } from '../../src/normalize/warnings.js';
import { printFile } from '../../src/print/print.js';

const document = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/items': {
      post: {
        operationId: 'create',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { name: { type: 'string' } } },
            },
            'text/plain': { schema: { type: 'string' } },
          },
        },
        responses: { 204: { description: 'ok' } },
      },
    },
  },
} as unknown as OpenAPI3;

describe('request bodies', () => {
  it('one copy: the default media type refers to <Op>Body, the others keep their schemas', () => {
    const api = normalizeDocument(document);
    const preferred = {
      mediaType: { type: 'application/json', kind: 'json' },
      schema: { kind: 'ref', target: '#derived/CreateBody' },
    };
    const body = api.operations[0]!.body!;
    expect(body).toStrictEqual({
      preferred,
      required: true,
      alternatives: [
        preferred,
        { mediaType: { type: 'text/plain', kind: 'text' }, schema: { kind: 'string' } },
      ],
    });
    // The preferred alternative is one of the alternatives, not a copy of it.
    expect(body.alternatives[0]).toBe(body.preferred);
  });

  it('the params type names the body type it exports', () => {
    const text = printFile(typesFile(normalizeDocument(document))).content;
    expect(text).toContain('export interface CreateBody');
    // One body per media type (`contentType` says which).
    expect(text).toMatch(
      /body: CreateBody;[^]*?\| \{\s*\/\*\* The request body\. \*\/\s*body: string;/,
    );
  });
});

// DigitalOcean's `droplets_create`: one droplet or several, an inline `oneOf` of objects.
it('an inline composition of objects is named <Op>Body too, and the params use it', () => {
  const composed = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/droplets': {
        post: {
          operationId: 'droplets_create',
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      required: ['name'],
                      properties: { name: { type: 'string' } },
                    },
                    {
                      type: 'object',
                      required: ['names'],
                      properties: { names: { type: 'array', items: { type: 'string' } } },
                    },
                  ],
                },
              },
            },
          },
          responses: { 202: { description: 'ok' } },
        },
      },
    },
  } as unknown as OpenAPI3;
  const text = printFile(typesFile(normalizeDocument(composed))).content;
  expect(text).toMatch(/export type DropletsCreateBody =\s*\|?\s*\{/);
  expect(text).toMatch(/body\?: DropletsCreateBody \| undefined;/);
});

// Stripe declares a form body on its GETs; fetch refuses to send one (TypeError), so the SDK must not offer it.
describe('a body on GET or HEAD', () => {
  const body = {
    content: {
      'application/x-www-form-urlencoded': {
        schema: { type: 'object', properties: { q: { type: 'string' } } },
      },
    },
  };
  // Stripe's 213 GET bodies are this: nothing anyone could send, so nothing to warn of
  // (`additionalProperties: false` says no more: a new-user trial had seen 10 such warnings).
  const empty = {
    content: {
      'application/x-www-form-urlencoded': {
        schema: { type: 'object', properties: {}, additionalProperties: false },
      },
    },
  };
  const withBodies = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/items': {
        get: { operationId: 'list', requestBody: body, responses: { 204: { description: 'ok' } } },
        head: { operationId: 'peek', requestBody: body, responses: { 204: { description: 'ok' } } },
      },
      '/empty': {
        get: { operationId: 'look', requestBody: empty, responses: { 204: { description: 'ok' } } },
        delete: {
          operationId: 'drop',
          requestBody: body,
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  } as unknown as OpenAPI3;

  it('is left out, with a warning at it; other methods keep theirs', () => {
    const api = normalizeDocument(withBodies);
    expect(api.operations.map((op) => [op.method, op.body !== undefined])).toEqual([
      ['GET', false],
      ['HEAD', false],
      ['GET', false],
      ['DELETE', true],
    ]);
    expect(
      collectWarnings(withBodies as never, api)
        .filter((w) => w.pointer?.endsWith('/requestBody'))
        .map((w) => [w.pointer, w.message]),
    ).toEqual([
      [
        '/paths/~1items/get/requestBody',
        'A GET request cannot carry a body (fetch refuses one); this requestBody is left out',
      ],
      [
        '/paths/~1items/head/requestBody',
        'A HEAD request cannot carry a body (fetch refuses one); this requestBody is left out',
      ],
    ]);
  });
});
