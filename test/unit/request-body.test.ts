/** An inline request body is named once, and the name is what the signature uses. */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { typesFile } from '../../src/emit/types-file.js';
import { normalizeDocument } from '../../src/normalize/document.js';
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
    expect(text).toMatch(/body: CreateBody \| string;/);
  });
});
