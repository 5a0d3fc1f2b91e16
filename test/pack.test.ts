/**
 * The package as users get it: `npm pack`, installed as a devDependency of a
 * fresh project, run as `npx codegen` and as a `prebuild` step, and the SDK it
 * writes compiled by the project's own `tsc`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'codegen-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

it('installs from the packed tarball and runs as npx codegen and as a prebuild step', { timeout: 240_000 }, () => {
  npm(['pack', '--silent', '--pack-destination', work], resolve('.'));
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  expect(tarball).toBeDefined();

  const project = join(work, 'app');
  cpSync('specs/meibel', join(project, 'docs'), { recursive: true });
  const typescriptVersion = (JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("typescript/package.json"))'], { encoding: 'utf8' })) as { version: string }).version;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'app',
      private: true,
      type: 'module',
      scripts: { prebuild: 'codegen', build: 'tsc -p .' },
      codegen: { input: 'docs', output: 'src/sdk' },
      devDependencies: { codegen: `file:../${tarball}`, typescript: typescriptVersion },
    }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, lib: ['ES2022', 'DOM'], types: [], noEmit: true },
      include: ['src'],
    }),
  );
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], project);

  expect(execFileSync('npx', ['codegen', '--version'], { cwd: project, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  const build = npm(['run', 'build'], project); // prebuild generates, build compiles
  expect(build).toMatch(/generated 1 operation, 5 types in src\/sdk/);
  expect(readdirSync(join(project, 'src/sdk')).sort()).toEqual(['.codegen-manifest.json', 'client.ts', 'index.ts', 'operations.ts', 'runtime', 'types.ts']);
  expect(execFileSync('npx', ['codegen', 'check'], { cwd: project, encoding: 'utf8' })).toContain('src/sdk is up to date');
});
