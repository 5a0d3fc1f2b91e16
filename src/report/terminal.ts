/**
 * Where a run of the command prints, and where it runs from: the process's own
 * streams and working directory, or those a caller gives (the tests run the
 * command in-process, many at once, each with its own).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

export interface Terminal {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The working directory: relative paths given to the command, and shown by it, are from here. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function processTerminal(): Terminal {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

// The generator resolves paths from the process's working directory; a terminal with
// another one has its paths rebased on the way in and shown from it on the way out.
// With the process's own directory both directions leave a path exactly as it is.

/** A path as given to the command → the same file for the generator. */
export function pathIn(terminal: Terminal, path: string): string {
  if (terminal.cwd === process.cwd() || isAbsolute(path) || path === '-') return path;
  return relative(process.cwd(), resolve(terminal.cwd, path)) || '.';
}

/** A path the generator used → as the command shows it: from the terminal's directory. */
export function pathOut(terminal: Terminal, path: string): string {
  if (terminal.cwd === process.cwd()) return path;
  if (isAbsolute(path) || path === '<stdin>') return path;
  return relative(terminal.cwd, resolve(path)) || '.';
}

/** A diagnostic whose file is shown from the terminal's directory. */
export function diagnosticOut(terminal: Terminal, diagnostic: Diagnostic): Diagnostic {
  const { location } = diagnostic;
  if (location === undefined) return diagnostic;
  const file = pathOut(terminal, location.file);
  return file === location.file ? diagnostic : { ...diagnostic, location: { ...location, file } };
}
