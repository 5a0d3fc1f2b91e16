/**
 * The Swagger 2.0 examples @readme/oas-examples publishes (petstores, a
 * circular schema, external docs): each generates, and all type-check under
 * the strict options.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { typecheck } from '../helpers/typecheck.js';

const require = createRequire(import.meta.url);
const EXAMPLES = join(dirname(require.resolve('@readme/oas-examples/package.json')), '2.0', 'json');
const OUT = 'test/.tmp/swagger2-examples';
const names = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

it('the package still ships its 2.0 examples', () => {
  expect(names.length).toBeGreaterThanOrEqual(7);
});

it('each generates an SDK with an operation per 2.0 operation, and all type-check', async () => {
  const indexes: string[] = [];
  for (const name of names) {
    const out = join(OUT, name.replace(/\.json$/, ''));
    const { summary } = await generate({ input: join(EXAMPLES, name), output: out, format: false });
    expect(summary.operations, name).toBe(operationsIn(join(EXAMPLES, name)));
    indexes.push(join(out, 'index.ts'));
  }
  expect(typecheck(indexes)).toEqual([]);
}, 120_000);

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

function operationsIn(file: string): number {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, object> };
  return Object.values(doc.paths).flatMap((item) => Object.keys(item).filter((k) => METHODS.has(k)))
    .length;
}
