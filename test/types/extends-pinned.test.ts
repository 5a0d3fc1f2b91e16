/**
 * A type that extends one whose parts declare a key twice (a parent's discriminator, pinned by
 * its child to a value the parent's enum does not list) is an intersection, not an interface:
 * `interface Service extends Variant` failed strict tsc (TS2312) on Azure's model management.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/pinned-base/openapi.yaml', 'pinned-base');

it('compiles, the grandchild an intersection of its pinned parent', () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
  expect(readFileSync(join(fixture.out, 'types.ts'), 'utf8')).toMatch(
    /export type Service = Variant & \{/,
  );
});

// Fuzz (seed 81): a child pinned by its parent's discriminator, where the parent is a closed
// empty object (`Record<string, never>`), had been `interface Pet extends A { kind: 'pet' }`,
// which strict tsc refuses (TS2411): no interface can add a key to it.
it('keeps a part that admits no key an intersection', async () => {
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'a', version: '1' },
    paths: {},
    components: {
      schemas: {
        pet: { allOf: [{ $ref: '#/components/schemas/a' }] },
        a: {
          oneOf: [{ type: 'object', properties: {}, additionalProperties: false }],
          discriminator: { propertyName: 'kind' },
        },
      },
    },
  });
  const types = fileText(files, 'types.ts');
  expect(types).not.toContain('interface Pet extends A');
  expect(types).toMatch(/export type Pet = A & \{/);
});
