/** `--check`, determinism, unchanged files left alone, and the manifest that protects user files. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { dirState } from './helpers/dir-state.js';

const SPEC = resolve('specs/meibel/get-ingest-status.md');
let work: string;
let out: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-check-'));
  out = join(work, 'sdk');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('generate and --check', () => {
  it('regenerating gives the same bytes and rewrites nothing', async () => {
    expect((await runCli(['generate', SPEC, '-o', out])).status).toBe(0);
    const first = dirState(out);
    const again = await runCli(['generate', SPEC, '-o', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('(0 files changed)');
    expect(dirState(out)).toEqual(first); // same content and same mtimes
  });

  // Git's `autocrlf` on Windows checks every file out with CRLF (new-team trial: all were drift).
  it('takes a file checked out with CRLF line endings for the same file', async () => {
    await runCli(['generate', SPEC, '-o', out]);
    const types = join(out, 'types.ts');
    writeFileSync(types, readFileSync(types, 'utf8').replace(/\n/g, '\r\n'));
    expect((await runCli(['generate', SPEC, '-o', out, '--check'])).status).toBe(0);
    // A change beside the line endings is still one.
    writeFileSync(types, readFileSync(types, 'utf8').replace('export', 'export '));
    expect((await runCli(['generate', SPEC, '-o', out, '--check'])).status).toBe(1);
  });

  it('the committed generated/meibel is what the spec produces', async () => {
    expect(
      (await runCli(['generate', 'specs/meibel', '-o', 'generated/meibel', '--check'])).status,
    ).toBe(0);
  });

  it('--check exits 1 and lists the files that differ, writing nothing', async () => {
    await runCli(['generate', SPEC, '-o', out]);
    writeFileSync(join(out, 'types.ts'), '// edited by hand\n');
    rmSync(join(out, 'client.ts'));
    const before = dirState(out);
    const result = await runCli(['generate', SPEC, '-o', out, '--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing  client.ts');
    expect(result.stderr).toContain('changed  types.ts');
    expect(dirState(out)).toEqual(before);
  });

  it('--check says what changed in the API: operations and types added, removed, changed; --diff shows the lines', async () => {
    await runCli(['generate', SPEC, '-o', out]);
    const result = await runCli([
      'generate',
      'test/fixtures/pages',
      '-o',
      out,
      '--check',
      '--diff',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  operations added: listDatasources');
    expect(result.stderr).toContain('  types added: Datasource');
    expect(result.stdout).toMatch(/^\+export interface Datasource \{$/m);
    expect(result.stdout).toMatch(/^--- a\/.*sdk\/types\.ts$/m);
  });

  it('--json prints a summary CI can read', async () => {
    await runCli(['generate', SPEC, '-o', out]);
    const result = await runCli(['generate', SPEC, '-o', out, '--check', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      upToDate: true,
      sdks: [{ operations: 1, types: 5, upToDate: true, changedFiles: [], warnings: [] }],
    });
  });

  it('removes its own stale files but never a file the user keeps in the output directory', async () => {
    await runCli(['generate', SPEC, '-o', out]);
    const manifest = JSON.parse(readFileSync(join(out, '.codegen-manifest.json'), 'utf8')) as {
      files: string[];
    };
    writeFileSync(
      join(out, '.codegen-manifest.json'),
      JSON.stringify({ files: [...manifest.files, 'old-resource.ts'] }),
    );
    writeFileSync(join(out, 'old-resource.ts'), 'export {};\n');
    writeFileSync(join(out, 'my-notes.md'), 'mine\n');
    expect((await runCli(['generate', SPEC, '-o', out, '--check'])).stderr).toContain(
      'removed  old-resource.ts',
    );
    expect((await runCli(['generate', SPEC, '-o', out])).status).toBe(0);
    expect(existsSync(join(out, 'old-resource.ts'))).toBe(false);
    expect(readFileSync(join(out, 'my-notes.md'), 'utf8')).toBe('mine\n');
  });

  it('with no arguments reads codegen.config.json from the working directory', async () => {
    cpSync('specs', join(work, 'specs'), { recursive: true });
    writeFileSync(
      join(work, 'codegen.config.json'),
      JSON.stringify({ sdks: [{ input: 'specs/meibel', output: 'out/meibel' }] }),
    );
    const result = await runCli([], work);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/generated 1 operation, 5 types in out\/meibel/);
    expect((await runCli(['--check'], work)).status).toBe(0);
    expect((await runCli(['check'], work)).status).toBe(0);
  });

  it('without a config, says how to proceed and exits 2', async () => {
    const result = await runCli([], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'No codegen.config.{json,yaml,mjs,ts} or "codegen" key in package.json',
    );
  });
});
