/**
 * The command as a test runs it: `runCli` in-process (its own terminal, working
 * directory and environment, output captured), `spawnCli` as a process of the
 * built command (bin/, bundled by `pretest`'s build) for what only a process shows.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli as runCommand } from '../../src/cli/run.js';

export const CLI = resolve('bin/codegen.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  args: readonly string[],
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await runCommand(
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: resolve(cwd),
      env: { ...process.env, NO_COLOR: '1', ...env },
    },
    args,
  );
  return { status, stdout, stderr };
}

export function spawnCli(
  args: readonly string[],
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
