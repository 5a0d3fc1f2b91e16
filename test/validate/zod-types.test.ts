/**
 * `--validate`: for every schema of the construct fixtures, `z.infer` of its
 * zod schema and its TypeScript type are mutually assignable, in both views.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';

const FIXTURES = 'test/fixtures/constructs';
const OUT = 'test/.tmp/zod-types';
const specs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** The names `schemas.ts` exports besides `responses`: one per type of `types.ts`. */
function schemaNames(dir: string): string[] {
  const text = readFileSync(join(dir, 'schemas.ts'), 'utf8');
  return [...text.matchAll(/^export const (\w+) =/gm)]
    .map((m) => m[1]!)
    .filter((name) => name !== 'responses');
}

/** One line per schema that compiles only when the two types agree both ways. */
const SAME = 'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;';

function equivalenceChecks(names: readonly string[]): string {
  return [
    "import type { z } from 'zod';",
    "import type * as s from './schemas.js';",
    "import type * as t from './types.js';",
    SAME,
    ...names.map((n) => `export const ${n}: Same<z.infer<typeof s.${n}>, t.${n}> = true;`),
  ].join('\n');
}

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
    writeFileSync(join(out, 'equivalence.ts'), equivalenceChecks(schemaNames(out)));
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
    for (const name of specs) expect(schemaNames(join(OUT, name)).length).toBeGreaterThan(0);
  });

  it('z.infer of each schema and its type are mutually assignable (strict, exact optional)', () => {
    const roots = specs.map((n) => join(OUT, n, 'equivalence.ts'));
    const errors = typecheck([...roots, join(OUT, 'control.ts')], {
      ...SDK_COMPILER_OPTIONS,
      noUnusedLocals: false,
    });
    expect(errors).toEqual([
      expect.stringMatching(/control\.ts:2:\d+ Type 'true' is not assignable/),
    ]);
  });
});
