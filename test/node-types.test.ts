/**
 * The README promises the SDK compiles with the DOM lib or with `@types/node`
 * alone. Checked here without the DOM lib, against @types/node 20, 22 and 24,
 * on the committed SDKs (every media kind, streams and pages among them).
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SDK_COMPILER_OPTIONS, typecheck } from './helpers/typecheck.js';

const ROOT = resolve('test/.tmp/node-types');
const VERSIONS: Record<string, string> = {
  '20': 'node_modules/@types/node',
  '22': 'node_modules/types-node-22',
  '24': 'node_modules/types-node-24',
};
const SDKS = ['generated/conformance/index.ts', 'generated/meibel/index.ts'];

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

/** A type root holding `node` → the given @types/node, so `types: ['node']` finds that version. */
function typeRoot(version: string): string {
  const dir = join(ROOT, version);
  mkdirSync(dir, { recursive: true });
  symlinkSync(resolve(VERSIONS[version]!), join(dir, 'node'), 'dir');
  return dir;
}

it('the SDKs type-check with @types/node 20, 22 and 24 and no DOM lib', () => {
  rmSync(ROOT, { recursive: true, force: true });
  const results = Object.fromEntries(
    Object.keys(VERSIONS).map((version) => [
      version,
      typecheck(SDKS, {
        ...SDK_COMPILER_OPTIONS,
        lib: ['lib.es2022.d.ts'],
        types: ['node'],
        typeRoots: [typeRoot(version)],
        // The SDK's own files are checked in full; @types/node's declarations are not ours to check.
        skipLibCheck: true,
      }),
    ]),
  );
  expect(results).toEqual({ '20': [], '22': [], '24': [] });
});
