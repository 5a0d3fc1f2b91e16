/**
 * The command run in-process, as the tests run it: each run has its own working
 * directory and output, and nothing of one run reaches another, even at once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-in-process-'));
  for (const name of ['a', 'b'])
    cpSync('specs/meibel', join(work, name, 'api'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

it('runs at once in two directories, each reading, writing and printing its own', async () => {
  const [a, b] = await Promise.all([
    runCli(['init', '-i', 'api', '-o', 'sdk-a'], join(work, 'a')),
    runCli(['init', '-i', 'api', '-o', 'sdk-b'], join(work, 'b')),
  ]);
  expect([a, b]).toEqual([
    { status: 0, stdout: 'wrote codegen.config.json\n', stderr: '' },
    { status: 0, stdout: 'wrote codegen.config.json\n', stderr: '' },
  ]);
  expect(readFileSync(join(work, 'b', 'codegen.config.json'), 'utf8')).toContain('sdk-b');

  const [checkA, badB] = await Promise.all([
    runCli(['validate', 'api'], join(work, 'a')),
    runCli(['validate', 'missing.yaml'], join(work, 'b')),
  ]);
  expect(checkA).toMatchObject({
    status: 0,
    stdout: expect.stringMatching(/^valid: 1 operations?, 5 types/),
    stderr: '',
  });
  expect(badB).toMatchObject({ status: 2, stdout: '' });
  expect(badB.stderr).toContain('missing.yaml: file not found');
});

it("a usage error and --help answer on the run's own streams with exit 2 and 0", async () => {
  expect(await runCli(['--bogus'], work)).toEqual({
    status: 2,
    stdout: '',
    stderr: "error: unknown option '--bogus'\n",
  });
  const help = await runCli(['generate', '--help'], work);
  expect(help).toMatchObject({ status: 0, stderr: '' });
  expect(help.stdout).toContain('Usage: codegen generate [options] <spec...>');
});
