/**
 * `--validate`: for every schema of the construct fixtures, `z.infer` of its
 * zod schema and its TypeScript type are mutually assignable, in both views;
 * and again with `dates: 'Date'` for the fixtures that have dates.
 * (test/real-apis/zod.real.ts does the same for whole real APIs.)
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const input = join(FIXTURES, `${name}.yaml`);
    const withDates = /format: date/.test(readFileSync(input, 'utf8'));
    for (const dates of withDates ? (['string', 'Date'] as const) : (['string'] as const)) {
      const out = join(OUT, dates === 'Date' ? `${name}-dates` : name);
      await generate({ input, output: out, emit: 'types', validate: true, dates });
      checks.push(writeEquivalenceChecks(out));
    }
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
  it('covers every named type of every construct fixture, and those with dates twice', () => {
    expect(checks.every((c) => c.count > 0)).toBe(true);
    expect(checks.filter((c) => c.file.includes('-dates/'))).toHaveLength(3);
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
