/**
 * One small spec per schema construct (test/fixtures/constructs/*.yaml): the
 * SDK compiles, its types accept what the schema allows and reject what it
 * forbids (`@ts-expect-error` lines in test/fixtures/constructs/usage/), and
 * openapi-typescript agrees with our types except where a documented rule
 * makes ours stricter.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { writeOracle, type Difference } from './helpers/oracle.js';
import { SDK_COMPILER_OPTIONS, typecheck } from './helpers/typecheck.js';

const FIXTURES = 'test/fixtures/constructs';
const OUT = 'test/.tmp/constructs';
const specs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

// Where our types differ from openapi-typescript's on purpose, and why.
const DIFFERENCES: Record<string, Difference> = {
  // Binary strings are Blobs in our SDK (the contract); openapi-typescript says `string`.
  Primitives: { kind: 'differ', why: 'format: binary is Blob' },
  // openapi-typescript rewrites the variant schemas themselves (Cat.kind becomes 'Cat');
  // we pin the discriminator in the union only, so Cat stays usable elsewhere.
  Cat: { kind: 'differ', why: 'discriminator pinned in the union, not in the variant' },
  Dog: { kind: 'differ', why: 'discriminator pinned in the union, not in the variant' },
  PetMapped: { kind: 'differ', why: 'discriminator values from the mapping' },
  PetImplicit: { kind: 'differ', why: 'discriminator values from the component names' },
  // openapi-typescript's own output for this recursive union does not compile (TS2502); ours does.
  Json: { kind: 'differ', why: 'the oracle fails to compile' },
  // Responses leave out writeOnly properties (password); openapi-typescript keeps every property.
  User: { kind: 'differ', why: 'readOnly/writeOnly split' },
  Team: { kind: 'differ', why: 'readOnly/writeOnly split (through User)' },
  Account: { kind: 'differ', why: 'readOnly/writeOnly split' },
  // The oracle pins the discriminator inside Cat, which Directory holds (as Cat above).
  Directory: { kind: 'differ', why: 'discriminator pinned in the union, not in the variant' },
  Content: { kind: 'differ', why: 'discriminator pinned in the union, not in the variant' },
  // A closed empty object admits only {}; emptyObjectsUnknown makes the oracle's any object.
  EmptyClosed: { kind: 'narrower', why: 'additionalProperties: false with no properties' },
  // The oracle intersects the declared properties with the extra keys' type (admin: boolean & string).
  Permissions: { kind: 'differ', why: 'index signature widened by the declared properties' },
  PatternedWithProps: { kind: 'differ', why: 'index signature widened by the declared properties' },
  // openapi-typescript drops the `items` that follow `prefixItems`.
  Header: { kind: 'differ', why: 'prefixItems followed by items is [string, ...number[]]' },
};

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  for (const name of specs)
    await generate({
      input: join(FIXTURES, `${name}.yaml`),
      output: join(OUT, name),
      emit: 'types',
    });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
});
afterAll(() => {
  if (!process.env.KEEP_ORACLE) rmSync(OUT, { recursive: true, force: true });
});

describe('schema constructs', () => {
  it('every construct SDK compiles, and each usage file accepts and rejects what it should', () => {
    const usage = readdirSync(join(FIXTURES, 'usage')).map((f) => join(FIXTURES, 'usage', f));
    expect(typecheck([...specs.map((n) => join(OUT, n, 'index.ts')), ...usage])).toEqual([]);
  });

  it.each(specs)('%s: openapi-typescript agrees', async (name) => {
    const { checkFile } = await writeOracle(
      [join(FIXTURES, `${name}.yaml`)],
      join(OUT, name),
      join(OUT, `${name}-oracle`),
      DIFFERENCES,
    );
    const problems = typecheck([checkFile], { ...SDK_COMPILER_OPTIONS, noUnusedLocals: false });
    // The oracle's own file may not compile (see Json above); only our comparisons count.
    expect(problems.filter((p) => !p.includes('oracle.ts:'))).toEqual([]);
  });
});
