/** allOf parts → one type a value can have (src/normalize/all-of.ts), asserted on the IR. */
import { describe, expect, it } from 'vitest';
import { normalizeContext, type NormalizeContext } from '../../src/normalize/context.js';
import { normalizeSchema } from '../../src/normalize/schema.js';

function context(schemas: Record<string, unknown> = {}, is30 = false): NormalizeContext {
  return normalizeContext({ components: { schemas } }, is30);
}

const STRINGS = { type: 'array', items: { type: 'string' } };

describe('allOf', () => {
  it('drops untyped properties beside an array: they say nothing about arrays', () => {
    const schema = normalizeSchema(context(), {
      allOf: [STRINGS, { properties: { total: { type: 'integer' } } }],
    });
    expect(schema).toStrictEqual({ kind: 'array', items: { kind: 'string' } });
  });

  it('keeps the first part’s type when explicit types cannot meet', () => {
    const schema = normalizeSchema(context(), {
      allOf: [STRINGS, { type: 'object', properties: { total: { type: 'integer' } } }],
    });
    expect(schema).toStrictEqual({ kind: 'array', items: { kind: 'string' } });
  });

  it('follows $refs to judge a part’s type', () => {
    const schema = normalizeSchema(context({ List: STRINGS }), {
      allOf: [{ $ref: '#/components/schemas/List' }, { required: ['x'], properties: {} }],
    });
    expect(schema).toStrictEqual({ kind: 'ref', target: 'List' });
  });

  it('intersects parts that can meet, as before', () => {
    const schema = normalizeSchema(context({ Base: { type: 'object' } }), {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        { type: 'object', properties: { id: { type: 'string' } } },
      ],
    });
    expect(schema).toStrictEqual({
      kind: 'intersection',
      parts: [
        { kind: 'ref', target: 'Base' },
        {
          kind: 'object',
          properties: [{ name: 'id', required: false, schema: { kind: 'string' } }],
          additional: false,
        },
      ],
    });
  });

  it('integer meets number; 3.0 nullable meets null', () => {
    expect(
      normalizeSchema(context(), { allOf: [{ type: 'number' }, { type: 'integer' }] }),
    ).toStrictEqual({ kind: 'intersection', parts: [{ kind: 'number' }, { kind: 'integer' }] });
    expect(
      normalizeSchema(context({}, true), {
        allOf: [{ type: 'string', nullable: true }, { type: 'null' }],
      }).kind,
    ).toBe('intersection');
  });
});

describe('discriminator', () => {
  it('does not pin a property on a variant that is an array', () => {
    const ctx = context({
      Directory: STRINGS,
      File: { type: 'object', properties: { type: { type: 'string' } } },
    });
    const schema = normalizeSchema(ctx, {
      oneOf: [{ $ref: '#/components/schemas/Directory' }, { $ref: '#/components/schemas/File' }],
      discriminator: {
        propertyName: 'type',
        mapping: { array: '#/components/schemas/Directory', file: '#/components/schemas/File' },
      },
    });
    expect(schema.kind === 'union' && schema.variants[0]).toStrictEqual({
      kind: 'ref',
      target: 'Directory',
    });
  });
});
