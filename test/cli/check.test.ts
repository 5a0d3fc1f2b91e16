/** `--diff` and `--json` as CI uses them: nothing written, real diffs only, one JSON shape. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { dirState } from '../helpers/dir-state.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-check-flags-'));
  cpSync('specs/meibel', join(work, 'meibel'), { recursive: true });
  cpSync('generated/meibel', join(work, 'sdk'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('check flags', () => {
  it('--diff without --check writes nothing, shows the file diffs but not the manifest, exits 1', async () => {
    writeFileSync(join(work, 'sdk/types.ts'), '// edited by hand\n');
    const before = dirState(join(work, 'sdk'));
    const result = await runCli(['generate', 'meibel', '-o', 'sdk', '--diff'], work);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('--- a/sdk/types.ts');
    expect(result.stdout).toContain('-// edited by hand');
    expect(result.stderr).toContain('changed  types.ts');
    expect(result.stderr).not.toContain('.codegen-manifest.json');
    expect(dirState(join(work, 'sdk'))).toEqual(before);
  });

  // New-team trial: the diff had gone to stderr, its paths from the output folder and a new file's
  // from `a/`, so no tool could apply it; a deleted file had shown as "added".
  it('--diff prints a patch `git apply` takes, from the repository root, files deleted or edited', async () => {
    execFileSync('git', ['init', '-q'], { cwd: work });
    const project = join(work, 'packages/api');
    mkdirSync(project, { recursive: true });
    renameSync(join(work, 'meibel'), join(project, 'meibel'));
    renameSync(join(work, 'sdk'), join(project, 'sdk'));
    writeFileSync(join(project, 'sdk/types.ts'), '// edited by hand\n');
    rmSync(join(project, 'sdk/client.ts'));
    const args = ['generate', 'meibel', '-o', 'sdk', '--emit', 'functions', '--diff'];
    const drift = await runCli(args, project);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('missing  client.ts');
    expect(drift.stdout).toContain('--- a/packages/api/sdk/types.ts');
    execFileSync('git', ['apply'], { cwd: work, input: drift.stdout });
    expect((await runCli(args, project)).status).toBe(0);
  });

  it('--json is one object, { upToDate, sdks }, for several SDKs as for one', async () => {
    writeFileSync(
      join(work, 'codegen.config.json'),
      JSON.stringify({
        sdks: [
          { input: 'meibel', output: 'sdk' },
          { input: 'meibel', output: 'fresh' },
        ],
      }),
    );
    const result = await runCli(['check', '--json'], work);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      upToDate: boolean;
      sdks: Array<{ output: string; upToDate: boolean }>;
    };
    expect(report.upToDate).toBe(false);
    expect(report.sdks.map((s) => [s.output, s.upToDate])).toEqual([
      ['sdk', true],
      ['fresh', false],
    ]);
  });

  // New-team trial: on bad input `--json` had printed nothing, and `| jq` read no input.
  it('--json prints the errors of bad input as JSON too', async () => {
    writeFileSync(join(work, 'broken.yaml'), 'openapi: 3.1.0\ninfo: [\n');
    const result = await runCli(
      ['generate', 'broken.yaml', '-o', 'sdk', '--check', '--json'],
      work,
    );
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout) as {
      exitCode: number;
      errors: Array<{ message: string; location?: { file: string; line: number } }>;
    };
    expect(report.exitCode).toBe(2);
    expect(report.errors[0]).toMatchObject({
      location: { file: expect.stringContaining('broken.yaml') },
    });
  });
});
