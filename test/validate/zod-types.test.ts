/**
 * `--validate`: for every schema of the construct fixtures, `z.infer` of its
 * zod schema and its TypeScript type are mutually assignable, in both views.
 * (test/real-apis/zod.real.ts does the same for whole real APIs.)
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';
import { SAME, writeEquivalenceChecks } from '../helpers/zod-equivalence.js';

const FIXTURES = 'test/fixtures/constructs';
const OUT = 'test/.tmp/zod-types';
const specs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const checks: Array<{ file: string; count: number }> = [];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  for (const name of specs) {
    const out = join(OUT, name);
    await generate({
      input: join(FIXTURES, `${name}.yaml`),
      output: out,
      emit: 'types',
      validate: true,
    });
    checks.push(writeEquivalenceChecks(out));
  }
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
  // A control: `?: T | undefined` (what plain `.optional()` infers) is not `?: T` under exact optional types.
  writeFileSync(
    join(OUT, 'control.ts'),
    `${SAME}\nexport const loose: Same<{ a?: string | undefined }, { a?: string }> = true;\n`,
  );
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('zod schemas match the types', () => {
  it('covers every named type of every construct fixture', () => {
    expect(checks.every((c) => c.count > 0)).toBe(true);
  });

  it(
    'z.infer of each schema and its type are mutually assignable (strict, exact optional)',
    {
      timeout: 120_000,
    },
    () => {
      const errors = typecheck([...checks.map((c) => c.file), join(OUT, 'control.ts')], {
        ...SDK_COMPILER_OPTIONS,
        noUnusedLocals: false,
      });
      expect(errors).toEqual([
        expect.stringMatching(/control\.ts:2:\d+ Type 'true' is not assignable/),
      ]);
    },
  );
});
