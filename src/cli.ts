#!/usr/bin/env node
/**
 * The `codegen` command: the process's argv and terminal → `runCli` → exit code.
 * Start-up is paid on every build that runs it, so this loads only the argument
 * parser; the generator (and prettier, the TypeScript compiler) load when a
 * command needs them.
 */
import { EXIT_INTERNAL } from './cli/exit-codes.js';
import { reportInternalError, runCli } from './cli/run.js';
import { processTerminal } from './report/terminal.js';

const terminal = processTerminal();
const args = process.argv.slice(2);

// A library that rejects a promise nobody awaits would otherwise end the process with exit 1.
process.on('unhandledRejection', (error) => {
  reportInternalError(terminal, error, args.includes('--debug'));
  process.exit(EXIT_INTERNAL);
});

// A reader that closes the pipe early (`codegen --help | head`) wants no more output.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });

process.exitCode = await runCli(terminal, args);
