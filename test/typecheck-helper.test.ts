/** The shared type-check helper still finds every error, with its libraries cached and runtime copies shared. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { typecheck } from './helpers/typecheck.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-typecheck-helper-'));
writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

it('reports errors of its own files in every program, lib files cached or not', () => {
  const good = file('good.ts', 'export const n: number = 1;\n');
  const bad = file('bad.ts', 'export const n: number = "one";\n');
  expect(typecheck([good])).toEqual([]);
  // The second and third programs reuse the parsed and checked lib files.
  expect(typecheck([bad])).toEqual([
    expect.stringMatching(/bad\.ts:1:14 Type 'string' is not assignable to type 'number'/),
  ]);
  expect(typecheck([good, bad])).toHaveLength(1);
});

it('reports a clash with a lib declaration in the file that makes it', () => {
  // Redeclared globals: the lib file, checked already, must not hide the error.
  const clash = file('clash.ts', 'declare global {\n  var location: number;\n}\nexport {};\n');
  expect(typecheck([clash])).toEqual([
    expect.stringMatching(/clash\.ts:2:7 Subsequent variable declarations must have the same type/),
  ]);
});

it('checks identical runtime copies once, and a copy that differs on its own', () => {
  const sdk = (name: string, runtime: string, own: string) => {
    mkdirSync(join(work, name, 'runtime'), { recursive: true });
    file(`${name}/runtime/core.ts`, runtime);
    return file(`${name}/index.ts`, `import { core } from './runtime/core.js';\n${own}`);
  };
  const runtime = 'export const core: number = 1;\n';
  const a = sdk('a', runtime, 'export const a: number = core;\n');
  const b = sdk('b', runtime, 'export const b: string = core;\n');
  const c = sdk('c', 'export const core: number = "1";\n', 'export const c = core;\n');
  expect(typecheck([a, b, c])).toEqual([
    expect.stringMatching(/b[/\\]index\.ts:2:14 Type 'number' is not assignable to type 'string'/),
    expect.stringMatching(/c[/\\]runtime[/\\]core\.ts:1:14 Type 'string' is not assignable/),
  ]);
});
