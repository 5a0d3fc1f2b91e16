import { describe, expect, it } from 'vitest';
import { eagerCycles } from '../../src/ir/alias-cycles.js';
import type { Schema } from '../../src/ir/schema.js';

const ref = (target: string): Schema => ({ kind: 'ref', target });

describe('eagerCycles', () => {
  it('finds a schema that is a union with itself, and a ref loop through two schemas', () => {
    const schemas = new Map<string, Schema>([
      ['A', { kind: 'union', variants: [ref('A'), { kind: 'string' }] }],
      ['B', ref('C')],
      ['C', { kind: 'intersection', parts: [ref('B')] }],
    ]);
    expect(eagerCycles(schemas)).toStrictEqual([['A'], ['B', 'C']]);
  });

  it('accepts recursion through arrays, tuples and objects', () => {
    const schemas = new Map<string, Schema>([
      ['List', { kind: 'array', items: ref('List') }],
      ['Pair', { kind: 'tuple', items: [ref('Pair')], rest: false }],
      [
        'Node',
        {
          kind: 'union',
          variants: [
            {
              kind: 'object',
              properties: [{ name: 'next', required: false, schema: ref('Node') }],
              additional: false,
            },
            { kind: 'null' },
          ],
        },
      ],
    ]);
    expect(eagerCycles(schemas)).toStrictEqual([]);
  });

  it('follows a chain of 100,000 aliases without overflowing the stack, and finds its loop', () => {
    const schemas = new Map<string, Schema>();
    for (let i = 0; i < 100_000; i++) schemas.set(`S${i}`, ref(`S${(i + 1) % 100_000}`));
    const cycles = eagerCycles(schemas);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(100_000);
  });
});
