/**
 * The package as users get it: `npm pack`, installed as a devDependency of a
 * fresh project with npm, pnpm or yarn, run as a `prebuild` step and as
 * `codegen check`, and the SDK it writes compiled by the project's own `tsc`.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

// Installed by its published name; the bin it puts on the path is `codegen`.
const PACKAGE = (JSON.parse(readFileSync('package.json', 'utf8')) as { name: string }).name;
const work = mkdtempSync(join(tmpdir(), 'codegen-pack-'));
let tarball = '';
const env = { ...process.env, npm_config_update_notifier: 'false', CI: 'true' };
const run = promisify(execFile);
const exec = async (file: string, args: string[], cwd: string) =>
  (await run(file, args, { cwd, encoding: 'utf8', env })).stdout;
const { version: typescriptVersion } = JSON.parse(
  readFileSync('node_modules/typescript/package.json', 'utf8'),
) as { version: string };

beforeAll(async () => {
  // dist/ is built by `pretest` (the same `npm run build` that prepack runs): packed as it is,
  // with the manifest prepack and postpack ship (scripts/pack-manifest.mjs).
  await exec('node', ['scripts/pack-manifest.mjs', 'strip'], '.');
  try {
    await exec('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], '.');
  } finally {
    await exec('node', ['scripts/pack-manifest.mjs', 'restore'], '.');
  }
  tarball = readdirSync(work).find((f) => f.endsWith('.tgz')) ?? '';
}, 120_000);
// Three projects' node_modules: slow to remove on a busy disk.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

// Installing it builds nothing, so it has no install script for a package manager to warn of;
// the repository's own package.json is back as it was.
it('ships no install script, and leaves package.json as it was', async () => {
  const shipped = JSON.parse(
    await exec('tar', ['-xzOf', join(work, tarball), 'package/package.json'], '.'),
  ) as { scripts: Record<string, string> };
  const own = JSON.parse(readFileSync('package.json', 'utf8')) as typeof shipped;
  expect(Object.keys(shipped.scripts)).not.toContain('prepare');
  expect(own.scripts.prepare).toBeDefined();
  expect({ ...shipped.scripts, prepare: own.scripts.prepare }).toEqual(own.scripts);
});

// Pinned versions of the other package managers, run through npx; every one prefers
// its cache to the registry (the network is needed once, to fill the caches).
const PNPM = ['--prefer-offline', '-y', 'pnpm@9.15.9'];
const YARN = ['--prefer-offline', '-y', 'yarn@1.22.22'];
const MANAGERS = {
  npm: {
    install: ['npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']],
    run: ['npm', ['run']],
    bin: ['npx', []],
  },
  pnpm: {
    install: ['npx', [...PNPM, 'install', '--prefer-offline']],
    run: ['npx', [...PNPM, 'run']],
    bin: ['npx', [...PNPM, 'exec']],
  },
  yarn: {
    install: ['npx', [...YARN, 'install', '--non-interactive', '--prefer-offline']],
    run: ['npx', [...YARN, 'run']],
    bin: ['npx', [...YARN, 'run', '--silent']],
  },
} as const;

// The three round trips wait on their package managers: run at once.
it.concurrent.for(Object.keys(MANAGERS) as Array<keyof typeof MANAGERS>)(
  '%s: installs from the packed tarball, runs as a prebuild step and as codegen check',
  { timeout: 240_000 },
  async (manager, { expect }) => {
    const pm = MANAGERS[manager];
    const project = join(work, manager);
    cpSync('specs/meibel', join(project, 'docs'), { recursive: true });
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: `app-${manager}`,
        private: true,
        type: 'module',
        scripts: { prebuild: 'codegen', build: 'tsc -p .' },
        codegen: { input: 'docs', output: 'src/sdk' },
        devDependencies: { [PACKAGE]: `file:../${tarball}`, typescript: typescriptVersion },
      }),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          lib: ['ES2022', 'DOM'],
          types: [],
          noEmit: true,
        },
        include: ['src'],
      }),
    );
    await exec(pm.install[0], [...pm.install[1]], project);

    const build = await exec(pm.run[0], [...pm.run[1], 'build'], project); // prebuild generates, build compiles
    expect(build).toMatch(/generated 1 operation, 5 types in src\/sdk/);
    expect(readdirSync(join(project, 'src/sdk')).sort()).toEqual([
      '.codegen-manifest.json',
      'client.ts',
      'index.ts',
      'operations.ts',
      'runtime',
      'types.ts',
    ]);
    expect(await exec(pm.bin[0], [...pm.bin[1], 'codegen', 'check'], project)).toContain(
      'src/sdk is up to date',
    );
    expect((await exec(pm.bin[0], [...pm.bin[1], 'codegen', '--version'], project)).trim()).toMatch(
      /\d+\.\d+\.\d+$/,
    );
  },
);
