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
