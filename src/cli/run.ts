/**
 * The command as a function: argv → exit status, printing to the terminal it is
 * given and reading paths from its working directory. Never exits the process and
 * keeps nothing between runs, so that tests run it in-process, many at once;
 * `src/cli.ts` runs it on the process's own terminal. Like that file, it loads
 * only what the command needs.
 */
import { CodegenError } from '../diagnostics.js';
import type { Terminal } from '../report/terminal.js';
import { packageVersion } from '../version.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export async function runCli(terminal: Terminal, args: readonly string[]): Promise<number> {
  try {
    // The one answer that needs no parser at all.
    if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
      terminal.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    const { runProgram } = await import('./program.js');
    return await runProgram(terminal, args, packageVersion());
  } catch (error) {
    if (!(error instanceof CodegenError)) {
      reportInternalError(terminal, error, args.includes('--debug'));
      return EXIT_INTERNAL;
    }
    const { jsonError, printError } = await import('../report/run-report.js');
    printError(terminal, error, args.includes('--quiet') || args.includes('-q'));
    if (args.includes('--json')) terminal.stdout.write(jsonError(terminal, error));
    return EXIT_BAD_INPUT;
  }
}

// A module that fails to load rejects every import of it: one report per terminal is enough.
const reported = new WeakSet<Terminal>();

/** Never 1 (that means drift) and never a bare stack: one line, the stack only with --debug. */
export function reportInternalError(terminal: Terminal, error: unknown, debug: boolean): void {
  if (reported.has(terminal)) return;
  reported.add(terminal);
  const message = error instanceof Error ? error.message : String(error);
  terminal.stderr.write(
    `internal error (a bug in codegen; please report it with the spec that caused it): ${message.split('\n')[0]}\n`,
  );
  if (debug && error instanceof Error && error.stack) terminal.stderr.write(`${error.stack}\n`);
}
