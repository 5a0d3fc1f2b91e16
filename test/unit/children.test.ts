import { describe, expect, it } from 'vitest';
import { children, isLeaf, mapChildren } from '../../src/ir/children.js';
import { directRefs } from '../../src/ir/refs.js';
import { schemasWithTwoViews } from '../../src/ir/visibility.js';
import type { Schema } from '../../src/ir/schema.js';

const ref = (target: string): Schema => ({ kind: 'ref', target });

describe('children: the one walker over schema kinds', () => {
  it.each<[string, Schema, Schema[]]>([
    ['a leaf', { kind: 'string' }, []],
    ['an enum', { kind: 'enum', values: ['a'] }, []],
    ['an array', { kind: 'array', items: ref('A') }, [ref('A')]],
    ['a closed tuple', { kind: 'tuple', items: [ref('A')], rest: false }, [ref('A')]],
    ['an open tuple', { kind: 'tuple', items: [ref('A')], rest: ref('B') }, [ref('A'), ref('B')]],
    [
      'an object with extra keys',
      {
        kind: 'object',
        properties: [{ name: 'a', required: true, schema: ref('A') }],
        additional: ref('B'),
      },
      [ref('A'), ref('B')],
    ],
    ['an object closed', { kind: 'object', properties: [], additional: false }, []],
    [
      'a union',
      { kind: 'union', variants: [ref('A'), { kind: 'null' }] },
      [ref('A'), { kind: 'null' }],
    ],
    [
      'an intersection',
      { kind: 'intersection', parts: [ref('A'), ref('B')] },
      [ref('A'), ref('B')],
    ],
  ])('%s', (_name, schema, expected) => {
    expect(children(schema)).toStrictEqual(expected);
    // A leaf kind never has children; every other kind may.
    if (isLeaf(schema)) expect(expected).toEqual([]);
    // Mapping every child to itself gives the schema itself; changing one gives a copy.
    expect(mapChildren(schema, (child) => child)).toBe(schema);
    if (expected.length > 0) {
      const first = children(schema)[0];
      const mapped = mapChildren(schema, (child) => (child === first ? ref('Z') : child));
      expect(mapped).not.toBe(schema);
      expect(children(mapped)).toStrictEqual([ref('Z'), ...expected.slice(1)]);
    }
  });

  it('only arrays, tuples, objects, unions and intersections are not leaves', () => {
    const kinds = [
      'unknown',
      'ref',
      'string',
      'number',
      'integer',
      'boolean',
      'null',
      'binary',
      'enum',
    ];
    for (const kind of kinds) expect(isLeaf({ kind } as Schema), kind).toBe(true);
    expect(isLeaf({ kind: 'object', properties: [], additional: false })).toBe(false);
  });

  it('refs are found at any depth, through every kind', () => {
    const schema: Schema = {
      kind: 'object',
      properties: [
        {
          name: 'a',
          required: false,
          schema: { kind: 'tuple', items: [], rest: { kind: 'union', variants: [ref('Deep')] } },
        },
      ],
      additional: { kind: 'intersection', parts: [{ kind: 'array', items: ref('Extra') }] },
    };
    expect([...directRefs(schema)]).toStrictEqual(['Deep', 'Extra']);
  });

  it('a readOnly property inside a tuple rest gives its schema two views', () => {
    const schemas = new Map<string, Schema>([
      ['A', { kind: 'tuple', items: [], rest: { kind: 'string', readOnly: true } }],
      ['B', ref('A')],
      ['C', { kind: 'string' }],
    ]);
    expect([...schemasWithTwoViews(schemas)].sort()).toStrictEqual(['A', 'B']);
  });

  it('two views reach through chains and cycles of refs, and only to what reaches a match', () => {
    const readOnly: Schema = { kind: 'string', readOnly: true };
    const schemas = new Map<string, Schema>([
      // A → B → C, whose own schema is readOnly; the chain is listed before its end.
      ['A', { kind: 'array', items: ref('B') }],
      ['B', { kind: 'union', variants: [{ kind: 'null' }, ref('C')] }],
      ['C', readOnly],
      // A cycle with nothing readOnly in it, and one that refers out to a match.
      ['D', ref('E')],
      ['E', { kind: 'array', items: ref('D') }],
      ['F', ref('G')],
      ['G', { kind: 'union', variants: [ref('F'), ref('C')] }],
      // A ref to a key that is not a schema reaches nothing; a readOnly ref is a match itself.
      ['H', ref('Missing')],
      ['I', { kind: 'ref', target: 'D', writeOnly: true }],
    ]);
    expect([...schemasWithTwoViews(schemas)].sort()).toStrictEqual(['A', 'B', 'C', 'F', 'G', 'I']);
  });
});
