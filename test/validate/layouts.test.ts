/**
 * `validate` in every layout: the schemas find the types wherever the layout
 * puts them (in one `index.ts` for `single`), recursive schemas and dates
 * included, and each SDK compiles strictly.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { typecheck } from '../helpers/typecheck.js';

const OUT = 'test/.tmp/validate-layouts';
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

it('compiles strictly in the single and resources layouts', { timeout: 120_000 }, async () => {
  rmSync(OUT, { recursive: true, force: true });
  const roots: string[] = [];
  for (const layout of ['single', 'resources'] as const) {
    for (const [name, spec] of [
      ['recursion', 'test/fixtures/constructs/recursion.yaml'],
      ['dates', 'test/fixtures/validate/dates.yaml'],
    ] as const) {
      const output = join(OUT, `${name}-${layout}`);
      await generate({ input: spec, output, layout, validate: true, dates: 'Date' });
      roots.push(join(output, 'index.ts'), join(output, 'schemas.ts'));
    }
  }
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
  expect(typecheck(roots)).toEqual([]);
});
