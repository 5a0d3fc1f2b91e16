/** How the command answers slips of the hand: exit 2 in one line, never a stack; a bug is exit 3. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as runCommand } from '../../src/cli/run.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const SPEC = resolve('specs/meibel');
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-usage-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function expectOneLine(result: CliResult, status: number, text: string): void {
  expect(result.status).toBe(status);
  expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(text)]);
}

describe('the command line', () => {
  it('--version prints the package version; --help lists every command', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
    const help = await runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['generate', 'check', 'validate', 'init'])
      expect(help.stdout).toContain(command);
  });

  it('an unknown command or flag is exit 2 in one line', async () => {
    expectOneLine(
      await runCli(['genrate'], work),
      2,
      'Unknown command "genrate": the commands are',
    );
    expectOneLine(await runCli(['check', '--bogus'], work), 2, "unknown option '--bogus'");
    // A misspelt -o is told as what it is, not as -o missing.
    const misspelt = await runCli(['generate', 'spec.yaml', '--outptu', 'sdk'], work);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toBe("error: unknown option '--outptu'\n(Did you mean --output?)\n");
    expectOneLine(
      await runCli(['generate', 'spec.yaml'], work),
      2,
      "required option '-o, --output <dir>' not specified",
    );
  });

  // Read while judging the folder (ENAMETOOLONG, EACCES): bad input, not a bug of codegen.
  it('an output folder that cannot be read is exit 2 in one line', async () => {
    const result = await runCli(['generate', SPEC, '-o', join(work, 'x'.repeat(300))]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Cannot write the SDK to .*ENAMETOOLONG/);
  });

  it('-o naming a file is exit 2 in one line, and the file is left alone', async () => {
    const file = join(work, 'openapi.yaml');
    writeFileSync(file, 'mine\n');
    expectOneLine(
      await runCli(['generate', SPEC, '-o', file]),
      2,
      'is a file; the SDK needs a directory',
    );
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });

  it('--client-name that is no identifier is exit 2 in one line', async () => {
    const result = await runCli([
      'generate',
      SPEC,
      '-o',
      join(work, 'sdk'),
      '--client-name',
      'my-client',
    ]);
    expectOneLine(result, 2, '"clientName" must be a TypeScript identifier');
    expect(result.stderr).toContain("'my-client'");
  });

  it('a bug is exit 3 in one line saying so; --debug adds the stack', async () => {
    // Simulated: printing the summary throws.
    const run = async (args: readonly string[]): Promise<CliResult> => {
      let stderr = '';
      const status = await runCommand(
        {
          stdout: {
            write: (text: string) => {
              if (text.startsWith('generated')) throw new TypeError('simulated bug');
            },
          },
          stderr: { write: (text: string) => (stderr += text) },
          cwd: work,
          env: {},
        },
        args,
      );
      return { status, stdout: '', stderr };
    };
    const args = ['generate', SPEC, '-o', join(work, 'sdk')];
    expectOneLine(await run(args), 3, 'a bug in codegen');
    const debug = await run([...args, '--debug']);
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/TypeError: simulated bug\n\s+at /);
  });
});
