/**
 * Type tests for `--validate`: beside an SDK, a file with one line per schema
 * of `schemas.ts` that compiles only when `z.infer` of the schema and the type
 * of the same name in `types.ts` are assignable both ways.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EQUIVALENCE_FILE = 'equivalence.ts';

/** `Same<A, B>` is `true` only when each is assignable to the other. */
export const SAME = 'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;';

/**
 * The names `schemas.ts` exports beside each operation's checks (`getPetResponse`, camelCase as
 * function names are): one per type of `types.ts`, PascalCase as type names are.
 */
export function schemaNames(dir: string): string[] {
  const text = readFileSync(join(dir, 'schemas.ts'), 'utf8');
  return [...text.matchAll(/^export const (\w+) =/gm)]
    .map((m) => m[1]!)
    .filter((name) => /^[A-Z]/.test(name));
}

/** Writes the equivalence file beside the SDK in `dir`; returns its path and how many schemas it checks. */
export function writeEquivalenceChecks(dir: string): { file: string; count: number } {
  const names = schemaNames(dir);
  const file = join(dir, EQUIVALENCE_FILE);
  writeFileSync(
    file,
    [
      "import type { z } from 'zod';",
      "import type * as s from './schemas.js';",
      "import type * as t from './types.js';",
      SAME,
      ...names.map((n) => `export const ${n}: Same<z.infer<typeof s.${n}>, t.${n}> = true;`),
    ].join('\n'),
  );
  return { file, count: names.length };
}
