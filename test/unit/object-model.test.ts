/**
 * The object model's walk: references only where OpenAPI allows one, in the
 * model's order of fields (whatever order the spec wrote its keys in), each
 * shared object entered once.
 */
import { describe, expect, it } from 'vitest';
import { referenceSites, slotsOf } from '../../src/load/object-model.js';

describe('the references of a document', () => {
  it('lists references in the model order of fields, whatever the order of keys', () => {
    const schema = {
      oneOf: [{ $ref: '#/c' }],
      properties: { b: { $ref: '#/b' } },
      items: { $ref: '#/a' },
      default: { $ref: '#/not-a-reference' },
      'x-extension': { $ref: '#/not-either' },
    };
    const document = { components: { schemas: { S: schema } } };
    expect(referenceSites(document).map((site) => [site.ref, site.at.join('/')])).toEqual([
      ['#/a', 'components/schemas/S/items'],
      ['#/b', 'components/schemas/S/properties/b'],
      ['#/c', 'components/schemas/S/oneOf/0'],
    ]);
  });

  it('enters an object reached twice once', () => {
    const shared = { schema: { $ref: '#/components/schemas/X' } };
    const document = {
      paths: { '/a': { parameters: [shared] }, '/b': { parameters: [shared] } },
    };
    expect(referenceSites(document).map((site) => site.at.join('/'))).toEqual([
      'paths//a/parameters/0/schema',
    ]);
  });

  it('reads a tuple of items, and only own fields', () => {
    const inherited = Object.create({ items: { $ref: '#/inherited' } }) as object;
    expect(
      referenceSites({
        components: { schemas: { T: { items: [{ $ref: '#/0' }] }, I: inherited } },
      }),
    ).toEqual([{ ref: '#/0', kind: 'schema', at: ['components', 'schemas', 'T', 'items', 0] }]);
    expect(slotsOf('schema', inherited)).toEqual([]);
  });
});
