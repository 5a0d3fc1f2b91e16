/**
 * Objects with declared properties and typed extra keys (GitHub's permissions
 * maps) get the extra keys' type, widened only by the declared properties —
 * and that must compile for users with and without exactOptionalPropertyTypes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-index-signatures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const USAGE = `import type { EmptyClosed, PatternedWithProps, Permissions } from './sdk/index.js';

export const permissions: Permissions = { admin: true, pull: 'read' };
declare const read: Permissions;
// Extra keys read as their declared type (or undefined, under noUncheckedIndexedAccess).
export const pull: string | boolean | undefined = read['pull'];
// @ts-expect-error extra keys hold strings or the declared properties' types, not numbers
export const bad: Permissions = { admin: true, pull: 1 };
export const patterned: PatternedWithProps = { id: 1, 'x-trace': 'abc' };
export const empty: EmptyClosed = {};
// @ts-expect-error a closed empty object admits no key
export const notEmpty: EmptyClosed = { a: 1 };
`;

beforeAll(async () => {
  await generate({
    input: 'test/fixtures/constructs/objects.yaml',
    output: join(work, 'sdk'),
    emit: 'types',
  });
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(work, 'usage.ts'), USAGE);
});

describe.each([true, false])('exactOptionalPropertyTypes: %s', (exact) => {
  it('the SDK and its usage compile; the wrong values are rejected', () => {
    const options = { ...SDK_COMPILER_OPTIONS, exactOptionalPropertyTypes: exact };
    expect(typecheck([join(work, 'sdk', 'index.ts'), join(work, 'usage.ts')], options)).toEqual([]);
  });
});
