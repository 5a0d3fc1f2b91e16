#!/usr/bin/env node
/**
 * The `codegen` command: argv → a command → exit code. Start-up is paid on every
 * build that runs it, so this file loads only the argument parser; the generator
 * (and prettier, the TypeScript compiler) load when a command needs them.
 */
import { CodegenError } from './diagnostics.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL } from './cli/exit-codes.js';
import { packageVersion } from './version.js';

let reported = false;

/** Never 1 (that means drift) and never a bare stack: one line, the stack only with --debug. */
function reportInternalError(error: unknown): void {
  // A module that fails to load rejects every import of it: one report is enough.
  if (reported) return;
  reported = true;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `internal error (a bug in codegen; please report it with the spec that caused it): ${message.split('\n')[0]}\n`,
  );
  if (process.argv.includes('--debug') && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
}

// A library that rejects a promise nobody awaits would otherwise end the process with exit 1.
process.on('unhandledRejection', (error) => {
  reportInternalError(error);
  process.exit(EXIT_INTERNAL);
});

const args = process.argv.slice(2);
try {
  // The one answer that needs no parser at all.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V'))
    process.stdout.write(`${packageVersion()}\n`);
  else {
    const { program } = await import('./cli/program.js');
    await program(packageVersion()).parseAsync(process.argv);
  }
} catch (error) {
  if (error instanceof CodegenError) {
    const { printError } = await import('./report/run-report.js');
    printError(error, args.includes('--quiet') || args.includes('-q'));
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    reportInternalError(error);
    process.exitCode = EXIT_INTERNAL;
  }
}
