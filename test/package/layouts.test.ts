/**
 * `--package` with `emit: functions` or `emit: types`: the README set up the client class and
 * called its methods, which such a package does not have. With functions it sets up the core and
 * calls a function, and api.md lists the functions; with types it shows a type, and no api.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-layouts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// An example need not use all it declares.
const EXAMPLES = { ...SDK_COMPILER_OPTIONS, noUnusedLocals: false };

/** The README's TypeScript blocks as one module, importing the SDK from where it was written. */
function readmeProgram(sdk: string): string {
  const readme = readFileSync(join(sdk, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => b.split('\n'));
  const imports = new Set(lines.filter((l) => l.startsWith('import ')));
  const bodies = blocks.map((b) =>
    b
      .split('\n')
      .filter((l) => !l.startsWith('import '))
      .join('\n'),
  );
  const file = join(sdk, 'readme.ts');
  writeFileSync(
    file,
    [
      ...[...imports].map((l) => l.replace('"@pets/sdk"', "'./index.js'")),
      bodies[0],
      ...bodies.slice(1).map((b) => `{\n${b}}`),
      'export {};',
    ].join('\n'),
  );
  return file;
}

/** The pets package generated with `emit`, and its README. */
async function packaged(emit: 'functions' | 'types'): Promise<{ sdk: string; readme: string }> {
  const sdk = join(work, emit);
  await generate({
    input: 'test/swagger2/fixtures/pets.yaml',
    output: sdk,
    package: '@pets/sdk',
    emit,
  });
  return { sdk, readme: readFileSync(join(sdk, 'README.md'), 'utf8') };
}

it('with functions, sets up the core and calls a function, as it compiles; api.md lists functions', async () => {
  const { sdk, readme } = await packaged('functions');
  expect(readme).toContain('const client = new PetShopCore(');
  expect(readme).not.toContain('PetShopClient');
  expect(readme).not.toMatch(/client\.\w+\.\w+\(/);
  expect(typecheck([readmeProgram(sdk)], EXAMPLES)).toEqual([]);
  const api = readFileSync(join(sdk, 'api.md'), 'utf8');
  expect(api).toContain(
    'getPet(client: PetShopCore, petId: string, options?: RequestOptions): ApiPromise<Pet>',
  );
  expect(api).not.toContain('PetShopClient');
});

it('with types, shows a type and sends nothing', async () => {
  const { sdk, readme } = await packaged('types');
  expect(readme).not.toMatch(/new \w+\(|client/);
  expect(typecheck([readmeProgram(sdk)], EXAMPLES)).toEqual([]);
  expect(() => readFileSync(join(sdk, 'api.md'))).toThrow();
});
