/** An inline object with a component's exact shape is that component, written by its name. */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { typesFile } from '../../src/emit/types-file.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { printFile } from '../../src/print/print.js';

const user = {
  type: 'object',
  required: ['login'],
  properties: { login: { type: 'string', description: 'The handle.' }, id: { type: 'integer' } },
};

const document = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/events': {
      get: {
        operationId: 'listEvents',
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    // A bundled copy of User, with a description of its own.
                    actor: { ...user, description: 'Who acted.' },
                    // Not a copy: one property's docs differ.
                    other: {
                      ...user,
                      properties: { ...user.properties, login: { type: 'string' } },
                    },
                    // A copy whose examples differ is one (Hetzner's, by a millisecond).
                    example: {
                      ...user,
                      properties: {
                        ...user.properties,
                        login: { ...user.properties.login, example: 'octocat' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      User: user,
      Nullable: { anyOf: [user, { type: 'null' }] },
      // The copy second: the walk once took a variant's index for "is a root" and kept it.
      NullFirst: { anyOf: [{ type: 'null' }, user] },
    },
  },
} as unknown as OpenAPI3;

describe('inline copies of components', () => {
  const api = normalizeDocument(document);
  const types = printFile(typesFile(api)).content;

  it('an exact copy refers to the component and keeps its own docs on the reference', () => {
    const response = api.schemas.find((s) => s.typeName === 'ListEventsResponse')!.schema;
    expect(response.kind === 'object' && response.properties[0]!.schema).toStrictEqual({
      description: 'Who acted.',
      kind: 'ref',
      target: 'User',
    });
    expect(types).toContain('  /** Who acted. */\n  actor?: User;');
  });

  it('a copy inside another component is written by name too', () => {
    expect(types).toContain('export type Nullable = User | null;');
    expect(types).toContain('export type NullFirst = null | User;');
  });

  it('a shape whose docs differ stays spelled out', () => {
    expect(types).toMatch(/other\?: \{\n/);
  });

  it('a copy whose examples alone differ is the component', () => {
    expect(types).toContain('  example?: User;');
  });
});
