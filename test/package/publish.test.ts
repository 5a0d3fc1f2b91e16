/**
 * `--package`: the output directory as a publishable npm package. Generated
 * from a Swagger 2.0 spec, built by its own `build` script (through `npm
 * pack`'s prepack), packed, installed into a fresh project, type-checked there
 * by name, and called against a node:http server.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { json, startServer } from '../helpers/server.js';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'codegen-publish-'));
const sdk = join(work, 'sdk');
const app = join(work, 'app');
// The repository's own TypeScript stands in for the package's devDependency, so nothing is downloaded.
const env = {
  ...process.env,
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};
const npm = (args: string[], cwd: string) => run('npm', args, { cwd, env, encoding: 'utf8' });
let packed: string[] = [];

beforeAll(async () => {
  await generate({
    input: 'test/swagger2/fixtures/pets.yaml',
    output: sdk,
    package: '@pets/sdk',
  });
  const { stdout } = await npm(['pack', '--json', '--pack-destination', work], sdk);
  packed = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map(
    (f) => f.path,
  );
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'app',
      private: true,
      type: 'module',
      dependencies: { '@pets/sdk': `file:../${tarball}` },
    }),
  );
  await npm(['install', '--offline'], app);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('package.json is ESM with exports, types, sideEffects false, engines and no runtime dependency', () => {
  const manifest = JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(manifest).toMatchObject({
    name: '@pets/sdk',
    // info.version 1.0 is not semver, which npm requires: a first release instead.
    version: '0.1.0',
    type: 'module',
    types: './dist/index.d.ts',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './package.json': './package.json',
    },
    sideEffects: false,
    engines: { node: '>=20' },
    scripts: { build: 'tsc -p tsconfig.json' },
  });
  expect(manifest).not.toHaveProperty('dependencies');
});

it('the tarball holds the built JavaScript and declarations, README.md and api.md, not the sources', () => {
  expect(packed).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'api.md',
      'dist/index.js',
      'dist/index.d.ts',
    ]),
  );
  expect(packed.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
});

it('installed by name, it type-checks in the project and calls the API', async () => {
  writeFileSync(
    join(app, 'main.ts'),
    [
      "import { PetShopClient, NotFoundError, type Pet } from '@pets/sdk';",
      'const client = new PetShopClient({ baseUrl: process.argv[2] ?? "", apiKey: "k", maxRetries: 0 });',
      "const pet: Pet = await client.pets.get('p 1');",
      'const missing = await client.pets.get("gone").catch((e: unknown) => e);',
      'console.log(JSON.stringify({ pet, notFound: missing instanceof NotFoundError }));',
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        strict: true,
        lib: ['ES2022', 'DOM'],
        types: [],
        outDir: 'out',
        skipLibCheck: false,
      },
      files: ['main.ts', 'globals.d.ts'],
    }),
  );
  // process.argv without @types/node: declared where it is used.
  writeFileSync(join(app, 'globals.d.ts'), 'declare const process: { argv: string[] };\n');
  await run(
    process.execPath,
    [resolve('node_modules/typescript/bin/tsc'), '-p', '.', '--listEmittedFiles'],
    {
      cwd: app,
      env,
    },
  ).catch((error: { stdout?: string }) => {
    throw new Error(`tsc failed in the project:\n${error.stdout ?? String(error)}`);
  });
  const server = await startServer((request, res) =>
    request.url.endsWith('/gone')
      ? json(res, 404, { message: 'no' })
      : json(res, 200, { id: '1', name: 'Rex' }),
  );
  try {
    const { stdout } = await run(process.execPath, ['out/main.js', server.url], { cwd: app, env });
    expect(JSON.parse(stdout)).toEqual({ pet: { id: '1', name: 'Rex' }, notFound: true });
    expect(server.received[0]?.url).toBe('/pets/p%201');
    expect(server.received[0]?.headers['x-api-key']).toBe('k');
  } finally {
    await server.close();
  }
}, 120_000);

it('README.md shows install, set-up, auth, errors, retries and an example per resource; api.md every method', () => {
  const readme = readFileSync(join(sdk, 'README.md'), 'utf8');
  for (const heading of [
    '## Install',
    '## Set up the client',
    '## Authentication',
    '## Errors',
    '## Retries and timeouts',
    '### client.pets',
  ])
    expect(readme).toContain(heading);
  expect(readme).toContain('npm install @pets/sdk');
  expect(readme).toContain('PET_SHOP_API_KEY');
  const api = readFileSync(join(sdk, 'api.md'), 'utf8');
  expect(api).toContain(
    'client.pets.get(petId: string, options?: RequestOptions): ApiPromise<Pet>',
  );
  expect(api).toContain(
    'client.pets.uploadPhoto(petId: string, params: UploadPhotoParams, options?: RequestOptions): ApiPromise<Photo>',
  );
  expect(api.match(/^### client\./gm)).toHaveLength(6);
});

// A consumer trial: README examples passed `"assignmentId"` for a number, and imports named
// another package. The set-up and each example compile as shown.
it("README's set-up and examples compile against the installed package", async () => {
  const readme = readFileSync(join(sdk, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const setup = blocks.find((b) => b.includes('new PetShopClient('))!;
  const examples = blocks.filter((b) => b.includes('await client.'));
  expect(examples.length).toBeGreaterThan(0);
  // Each example in a block of its own, its imports (an error class) at the top.
  const isImport = (line: string) => line.startsWith('import ');
  const lines = (block: string) => block.split('\n');
  const imports = new Set([setup, ...examples].flatMap(lines).filter(isImport));
  const bodies = [setup, ...examples].map((b) =>
    lines(b)
      .filter((l) => !isImport(l))
      .join('\n'),
  );
  writeFileSync(
    join(app, 'readme.ts'),
    [...imports, bodies[0], ...bodies.slice(1).map((b) => `{\n${b}}`), 'export {};'].join('\n'),
  );
  writeFileSync(
    join(app, 'tsconfig.readme.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { noEmit: true },
      files: ['readme.ts'],
    }),
  );
  await run(
    process.execPath,
    [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.readme.json'],
    { cwd: app, env },
  ).catch((error: { stdout?: string }) => {
    throw new Error(`README examples fail to compile:\n${error.stdout ?? String(error)}`);
  });
}, 120_000);
