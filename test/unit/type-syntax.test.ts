/** Emit: schema IR → type text, asserted as short expected strings. */
import { describe, expect, it } from 'vitest';
import { typeText, type TypeContext } from '../../src/emit/type-syntax.js';
import type { Schema } from '../../src/ir/schema.js';

const ctx: TypeContext = { view: 'response', nameOf: (t) => `T${t}`, schemaOf: () => undefined };
const text = (schema: Schema) => typeText(schema, ctx);

describe('typeText', () => {
  it('primitives, binary, unknown', () => {
    expect(
      [
        { kind: 'string' },
        { kind: 'integer' },
        { kind: 'boolean' },
        { kind: 'null' },
        { kind: 'binary' },
        { kind: 'unknown' },
      ].map((s) => text(s as Schema)),
    ).toEqual(['string', 'number', 'boolean', 'null', 'Blob', 'unknown']);
  });

  it('enums quote strings safely and keep numbers, booleans and null', () => {
    expect(text({ kind: 'enum', values: ["it's", 'a"b', 1, true, null] })).toBe(
      '"it\'s" | "a\\"b" | 1 | true | null',
    );
    expect(text({ kind: 'enum', values: [] })).toBe('never');
  });

  it('arrays parenthesize unions; tuples close or rest', () => {
    expect(
      text({
        kind: 'array',
        items: { kind: 'union', variants: [{ kind: 'string' }, { kind: 'null' }] },
      }),
    ).toBe('(string | null)[]');
    expect(text({ kind: 'array', items: { kind: 'ref', target: 'Pet' } })).toBe('TPet[]');
    expect(
      text({ kind: 'tuple', items: [{ kind: 'string' }, { kind: 'number' }], rest: false }),
    ).toBe('[string, number]');
    expect(text({ kind: 'tuple', items: [{ kind: 'string' }], rest: { kind: 'number' } })).toBe(
      '[string, ...number[]]',
    );
  });

  it('intersections parenthesize unions', () => {
    const union: Schema = {
      kind: 'union',
      variants: [
        { kind: 'ref', target: 'A' },
        { kind: 'ref', target: 'B' },
      ],
    };
    expect(text({ kind: 'intersection', parts: [union, { kind: 'ref', target: 'C' }] })).toBe(
      '(TA | TB) & TC',
    );
  });

  it('objects quote keys that are not identifiers, mark optional ones, document members and escape comment ends', () => {
    const schema: Schema = {
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'string' } },
        {
          name: 'content-type',
          required: false,
          schema: { kind: 'string', description: 'ends */ early' },
        },
      ],
      additional: false,
    };
    expect(text(schema)).toBe(
      '{\nid: string;\n/** ends *\\/ early */\n"content-type"?: string;\n}',
    );
  });

  it('open objects get an index signature that admits their declared properties', () => {
    expect(text({ kind: 'object', properties: [], additional: { kind: 'integer' } })).toBe(
      '{\n[key: string]: number;\n}',
    );
    expect(
      text({
        kind: 'object',
        properties: [{ name: 'a', required: true, schema: { kind: 'string' } }],
        additional: { kind: 'integer' },
      }),
    ).toBe('{\na: string;\n[key: string]: number | string;\n}');
  });

  it('the request view leaves out readOnly members, the response view writeOnly ones', () => {
    const schema: Schema = {
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'string', readOnly: true } },
        { name: 'secret', required: true, schema: { kind: 'string', writeOnly: true } },
      ],
      additional: false,
    };
    expect(text(schema)).toBe('{\n/** @readonly */\nid: string;\n}');
    expect(typeText(schema, { ...ctx, view: 'request' })).toBe(
      '{\n/** @writeonly */\nsecret: string;\n}',
    );
  });
});
