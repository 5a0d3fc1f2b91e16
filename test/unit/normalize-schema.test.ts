/** Version differences resolved in normalize: emit never asks which version a spec was. */
import { describe, expect, it } from 'vitest';
import { normalizeContext } from '../../src/normalize/context.js';
import { normalizeSchema } from '../../src/normalize/schema.js';

const v30 = normalizeContext({}, true);
const v31 = normalizeContext({}, false);

describe('normalizeSchema', () => {
  it('3.0 nullable, 3.1 type arrays and anyOf-with-null all become the same union', () => {
    const expected = { kind: 'union', variants: [{ kind: 'string' }, { kind: 'null' }] };
    expect(normalizeSchema(v30, { type: 'string', nullable: true })).toStrictEqual(expected);
    expect(normalizeSchema(v31, { type: ['string', 'null'] })).toStrictEqual(expected);
    expect(normalizeSchema(v31, { anyOf: [{ type: 'string' }, { type: 'null' }] })).toStrictEqual(
      expected,
    );
    // Swagger 2.0 tools' `x-nullable`, kept in specs converted from 2.0 (Presalytics').
    expect(normalizeSchema(v30, { type: 'string', 'x-nullable': true })).toStrictEqual(expected);
  });

  // Vercel's `aliasAssignedAt` had been `null & (number | boolean)`: never.
  it('`type: null` beside a composition is the composition or null', () => {
    const expected = {
      kind: 'union',
      variants: [
        { kind: 'union', variants: [{ kind: 'number' }, { kind: 'boolean' }] },
        { kind: 'null' },
      ],
    };
    const variants = [{ type: 'number' }, { type: 'boolean' }];
    expect(normalizeSchema(v31, { type: 'null', oneOf: variants })).toStrictEqual(expected);
    expect(normalizeSchema(v31, { type: 'null', anyOf: variants })).toStrictEqual(expected);
  });

  it('nullable is ignored in 3.1, where it is not a keyword', () => {
    expect(normalizeSchema(v31, { type: 'string', nullable: true })).toStrictEqual({
      kind: 'string',
    });
  });

  it('a nullable enum gains null among its values', () => {
    expect(
      normalizeSchema(v30, { type: 'string', enum: ['a', 'b'], nullable: true }),
    ).toStrictEqual({ kind: 'enum', values: ['a', 'b', null] });
  });

  // Swagger 2.0 conversions put an array's enum beside `type: array` (SimplyRETS' `status`).
  it("an enum beside `type: array` is its items' enum", () => {
    const expected = { kind: 'array', items: { kind: 'enum', values: ['Active', 'Pending'] } };
    const items = { type: 'string' };
    for (const schema of [
      { type: 'array', items, enum: ['Active', 'Pending'] },
      { type: 'array', enum: ['Active', 'Pending'] },
    ])
      expect(normalizeSchema(v30, schema)).toMatchObject(expected);
    // Red team: 3.1's `type: [array, 'null']` too; a `null` listed is the array's, not an item's;
    // a `$ref`'d item type keeps its name.
    const nullable = {
      kind: 'union',
      variants: [{ kind: 'array', items: { kind: 'enum', values: ['a', 'b'] } }, { kind: 'null' }],
    };
    expect(
      normalizeSchema(v31, { type: ['array', 'null'], items, enum: ['a', 'b', null] }),
    ).toEqual(nullable);
    expect(
      normalizeSchema(v30, { type: 'array', nullable: true, items, enum: ['a', 'b', null] }),
    ).toEqual(nullable);
    expect(
      normalizeSchema(v30, {
        type: 'array',
        items: { $ref: '#/components/schemas/Color' },
        enum: ['red'],
      }),
    ).toEqual({ kind: 'array', items: { kind: 'ref', target: 'Color' } });
    // An enum of arrays is what it says.
    expect(normalizeSchema(v30, { type: 'array', items, enum: [['a']] })).toMatchObject({
      kind: 'enum',
    });
  });

  it('refs to component schemas stay refs, with sibling docs', () => {
    expect(
      normalizeSchema(v31, { $ref: '#/components/schemas/Pet', description: 'the pet' }),
    ).toStrictEqual({
      kind: 'ref',
      target: 'Pet',
      description: 'the pet',
    });
  });

  it('const, binary, empty schema and open objects', () => {
    expect(normalizeSchema(v31, { const: 'x' })).toStrictEqual({ kind: 'enum', values: ['x'] });
    expect(normalizeSchema(v31, { type: 'string', format: 'binary' })).toStrictEqual({
      kind: 'binary',
    });
    expect(normalizeSchema(v31, {})).toStrictEqual({ kind: 'unknown' });
    expect(normalizeSchema(v31, { type: 'object' })).toStrictEqual({
      kind: 'object',
      properties: [],
      additional: true,
    });
    expect(
      normalizeSchema(v31, { type: 'object', additionalProperties: { type: 'integer' } }),
    ).toStrictEqual({
      kind: 'object',
      properties: [],
      additional: { kind: 'integer' },
    });
  });

  // A key no pattern matches may hold anything unless additionalProperties says otherwise.
  it('patternProperties stand for the extra keys only where additionalProperties closes the rest', () => {
    const patterns = { '^x-': { type: 'string' } };
    const name = { name: { type: 'string' } };
    expect(
      normalizeSchema(v31, { type: 'object', properties: name, patternProperties: patterns }),
    ).toStrictEqual({
      kind: 'object',
      properties: [{ name: 'name', required: false, schema: { kind: 'string' } }],
      additional: true,
    });
    expect(
      normalizeSchema(v31, {
        type: 'object',
        properties: name,
        patternProperties: patterns,
        additionalProperties: false,
      }),
    ).toMatchObject({ additional: { kind: 'string' } });
    expect(
      normalizeSchema(v31, {
        type: 'object',
        patternProperties: patterns,
        additionalProperties: { type: 'integer' },
      }),
    ).toMatchObject({
      additional: { kind: 'union', variants: [{ kind: 'string' }, { kind: 'integer' }] },
    });
  });

  it('a union keeps one of each variant equal to an earlier one, and every other', () => {
    const pet = { $ref: '#/components/schemas/Pet' };
    const named = (type: string) => ({ type: 'object', properties: { name: { type } } });
    expect(
      normalizeSchema(v31, {
        oneOf: [
          pet,
          named('string'),
          { ...pet, description: 'the pet' },
          named('integer'),
          pet,
          named('string'),
          { type: 'object', properties: { other: { type: 'string' } } },
          { type: 'string' },
          { type: 'string', description: 'a name' },
          { type: 'string' },
        ],
      }),
    ).toStrictEqual({
      kind: 'union',
      variants: [
        { kind: 'ref', target: 'Pet' },
        {
          kind: 'object',
          properties: [{ name: 'name', required: false, schema: { kind: 'string' } }],
          additional: false,
        },
        { kind: 'ref', target: 'Pet', description: 'the pet' },
        {
          kind: 'object',
          properties: [{ name: 'name', required: false, schema: { kind: 'integer' } }],
          additional: false,
        },
        {
          kind: 'object',
          properties: [{ name: 'other', required: false, schema: { kind: 'string' } }],
          additional: false,
        },
        { kind: 'string' },
        { kind: 'string', description: 'a name' },
      ],
    });
  });

  it('allOf becomes an intersection, oneOf a union', () => {
    expect(
      normalizeSchema(v31, {
        allOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }],
      }),
    ).toStrictEqual({
      kind: 'intersection',
      parts: [
        { kind: 'ref', target: 'A' },
        { kind: 'ref', target: 'B' },
      ],
    });
    expect(
      normalizeSchema(v31, { oneOf: [{ type: 'string' }, { type: 'integer' }] }),
    ).toStrictEqual({
      kind: 'union',
      variants: [{ kind: 'string' }, { kind: 'integer' }],
    });
  });

  it('keeps format, default, examples, deprecated and constraints as docs', () => {
    expect(
      normalizeSchema(v30, {
        type: 'string',
        format: 'date-time',
        default: 'now',
        example: '2020',
        deprecated: true,
        maxLength: 9,
      }),
    ).toStrictEqual({
      kind: 'string',
      format: 'date-time',
      default: { value: 'now' },
      examples: ['2020'],
      deprecated: true,
      constraints: [['maxLength', 9]],
    });
  });
});
