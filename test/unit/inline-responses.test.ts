/** An inline response is written once, in types.ts: signatures name it, and page items index it. */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { emitSdk } from '../../src/emit/index.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { printFile } from '../../src/print/print.js';

const thing = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'integer', description: 'Its id.' },
    owner: { $ref: '#/components/schemas/Owner' },
  },
};
const linkHeader = { Link: { schema: { type: 'string' } } };

const document = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        responses: {
          200: {
            description: 'ok',
            headers: linkHeader,
            content: { 'application/json': { schema: { type: 'array', items: thing } } },
          },
        },
      },
    },
    '/runs': {
      get: {
        operationId: 'listRuns',
        parameters: [{ name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data'],
                  properties: {
                    data: { type: 'array', items: thing },
                    next_cursor: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    // Mailchimp's pages: the items array is optional.
    '/members': {
      get: {
        operationId: 'listMembers',
        parameters: [{ name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    members: { type: 'array', items: thing },
                    next_cursor: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    // DigitalOcean's cluster list: the page an allOf, its items in one part.
    '/clusters': {
      get: {
        operationId: 'listClusters',
        parameters: [{ name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { type: 'object', properties: { clusters: { type: 'array', items: thing } } },
                    { $ref: '#/components/schemas/Paging' },
                  ],
                },
              },
            },
          },
        },
      },
    },
    '/things/{id}': {
      patch: {
        operationId: 'updateThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: { anyOf: [{ $ref: '#/components/schemas/Base' }, thing] },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Base: { type: 'object', properties: { at: { type: 'string' } } },
      Owner: { type: 'object', properties: { name: { type: 'string' } } },
      Paging: { type: 'object', properties: { next_cursor: { type: 'string' } } },
    },
  },
} as unknown as OpenAPI3;

describe('inline responses', async () => {
  const files = (await emitSdk(normalizeDocument(document))).map(printFile);
  const text = (path: string) => files.find((f) => f.path === path)!.content;

  it('an array or union holding an inline object gets the <Op>Response name', () => {
    expect(text('types.ts')).toContain('export type ListThingsResponse = {');
    expect(text('types.ts')).toContain('export type UpdateThingResponse =');
    expect(text('operations.ts')).toContain('ApiPromise<UpdateThingResponse>');
  });

  it("a page's inline item is the part of the page type it is", () => {
    for (const file of ['operations.ts', 'client.ts']) {
      expect(text(file)).toContain('PagePromise<ListThingsResponse, ListThingsResponse[number]>');
      // The item's own references are the page's business: the signatures import none of them.
      expect(text(file)).not.toMatch(/\bOwner\b/);
      // Quoted as the printer or prettier quotes it.
      expect(text(file)).toMatch(
        /PagePromise<ListRunsResponse, ListRunsResponse\[['"]data['"]\]\[number\]>/,
      );
      // An optional array: the item of its non-null type (was spelled out in each signature).
      expect(text(file)).toMatch(
        /ListMembersResponse,\s*NonNullable<ListMembersResponse\[['"]members['"]\]>\[number\]\s*>/,
      );
      // A part of an allOf: spelled out twice, the two copies did not even compile as one type.
      expect(text(file)).toMatch(
        /ListClustersResponse,\s*NonNullable<ListClustersResponse\[['"]clusters['"]\]>\[number\]\s*>/,
      );
    }
  });
});
