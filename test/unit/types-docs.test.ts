/**
 * The docs of `types.ts` say each thing once and no more than it needs: a short line
 * on one line, where a parameter is sent only when its key does not say it, and the
 * media type of a body only when it is not JSON.
 */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { typesFile } from '../../src/emit/types-file.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { printFile } from '../../src/print/print.js';

const LONG = 'A description long enough that it would no longer read well squeezed onto one line.';

const document = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [
          { name: 'type', in: 'query', schema: { type: 'string' }, description: 'The kind.' },
          { name: 'per_page', in: 'query', schema: { type: 'integer' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          { name: 'note', in: 'query', schema: { type: 'string' }, description: LONG },
        ],
        responses: { 204: { description: 'none' } },
      },
      post: {
        operationId: 'createItem',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
        },
        responses: { 204: { description: 'none' } },
      },
      put: {
        operationId: 'uploadItem',
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Item' } },
          },
        },
        responses: { 204: { description: 'none' } },
      },
    },
  },
  components: {
    schemas: {
      Item: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'The name.' },
          tagged: { type: 'string', description: 'Tagged.', format: 'uri' },
          inline: {
            type: 'object',
            properties: {
              deep: { type: 'string', description: 'Deep inside.' },
              // HTML with no text: nothing to say, so no comment at all.
              blank: { type: 'string', description: '<p></p>' },
            },
          },
          blank: { type: 'string', description: '<p> </p>' },
        },
      },
    },
  },
} as unknown as OpenAPI3;

describe('the docs of types.ts', () => {
  const types = printFile(typesFile(normalizeDocument(document))).content;

  it('a short line alone is one line; a long one, or one with tags, keeps three', () => {
    expect(types).toContain('  /** The name. */\n  name?: string;');
    expect(types).toContain('    /** Deep inside. */\n    deep?: string;');
    expect(types).toContain('  /**\n   * Tagged.\n   * @format uri\n   */\n  tagged?: string;');
    expect(types).toContain(`  /**\n   * ${LONG}\n   */\n  note?: string | undefined;`);
  });

  it('a description with no text once its HTML is read makes no comment', () => {
    expect(types).toContain('    deep?: string;\n    blank?: string;');
    expect(types).toMatch(/\n {2}blank\?: string;/);
    expect(types).not.toMatch(/\/\*\* *\*\//);
  });

  it('a query parameter sent under its own key has no note of where it goes', () => {
    expect(types).toContain('  /** The kind. */\n  type?: string | undefined;');
    expect(types).toContain(
      '  /** @remarks query parameter `per_page` */\n  perPage?: number | undefined;',
    );
    expect(types).toContain(
      '  /** @remarks header parameter `X-Trace` */\n  xTrace?: string | undefined;',
    );
  });

  it('a JSON body goes without a media type; another kind names it', () => {
    expect(types).toContain('  /** The request body. */\n  body: Item;');
    expect(types).toContain(
      '  /**\n   * The request body.\n   * @remarks sent as application/x-www-form-urlencoded\n   */\n  body: Item;',
    );
  });
});
