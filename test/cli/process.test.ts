/**
 * What only a process of the built command shows; everything else runs the
 * command in-process (test/helpers/cli.ts). Exit statuses are the process's own,
 * `--version` answers before the parser loads, and a bug found by no code path
 * of ours (a preload breaks the stream) still exits 3 in one line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-process-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the built command, as a process', () => {
  it('--version prints the package version and exits 0', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const result = spawnCli(['--version'], work);
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('bad input exits 2 with the message on stderr', () => {
    const result = spawnCli(['generate', 'nope.yaml', '-o', 'sdk'], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('Cannot read nope.yaml: file not found\n');
  });

  it('a bug exits 3 in one line saying so; --debug adds the stack', () => {
    const preload = join(work, 'bug.mjs');
    writeFileSync(
      preload,
      `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).startsWith('generated')) throw new TypeError('simulated bug');
  return write(chunk, ...rest);
};
`,
    );
    const env = { NODE_OPTIONS: `--import=${preload}` };
    const result = spawnCli(
      ['generate', resolve('specs/meibel'), '-o', 'sdk', '--debug', '--no-format'],
      work,
      env,
    );
    expect(result.status).toBe(3);
    // --debug prints the stage times first.
    expect(result.stderr).toMatch(
      /^internal error \(a bug in codegen; please report it with the spec that caused it\): simulated bug\nTypeError: simulated bug\n\s+at /m,
    );
  });
});
