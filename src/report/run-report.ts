/**
 * What a run prints: warnings, errors, the one-line summary of each SDK, the
 * drift report of `check`, and the `--json` document CI reads.
 */
import { relative } from 'node:path';
import { CodegenError, formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { GenerateResult } from '../generate.js';
import { checkReport } from './check-report.js';
import { colorsFor } from './colors.js';

export interface ReportFlags {
  readonly check?: boolean | undefined;
  readonly diff?: boolean | undefined;
  readonly debug?: boolean | undefined;
  readonly quiet?: boolean | undefined;
}

/** One SDK's run: where it went, what came out, how long it took. */
export interface SdkRun {
  readonly output: string;
  readonly result: GenerateResult;
  readonly ms: number;
}

const stderrColors = colorsFor(process.stderr);
const stdoutColors = colorsFor(process.stdout);

// Generating prints a few warnings; `validate` prints them all.
const WARNINGS_SHOWN = 10;

/** The output folder as the user names it: relative to the working directory. */
export function shown(output: string): string {
  return relative(process.cwd(), output) || '.';
}

export function printWarnings(warnings: readonly Diagnostic[], limit = WARNINGS_SHOWN): void {
  for (const w of warnings.slice(0, limit))
    process.stderr.write(`${stderrColors.yellow('warning:')} ${formatDiagnostic(w)}\n`);
  const rest = warnings.length - limit;
  if (rest > 0)
    process.stderr.write(
      `${stderrColors.yellow('warning:')} … and ${rest} more (\`codegen validate\` lists them all)\n`,
    );
}

/** Bad input: the warnings found before it, then every problem. */
export function printError(error: CodegenError, quiet = false): void {
  if (!quiet) printWarnings(error.warnings);
  process.stderr.write(`${error.message}\n`);
}

/** On a terminal, what is happening while a large spec takes seconds; returns the eraser. */
export function showProgress(output: string, flags: ReportFlags & { json?: boolean }): () => void {
  if (process.stderr.isTTY !== true || flags.quiet || flags.json) return () => {};
  process.stderr.write(
    stderrColors.dim(`${flags.check ? 'checking' : 'generating'} ${shown(output)}…`),
  );
  return () => process.stderr.write('\r\x1b[K');
}

export function printWatching(): void {
  process.stdout.write(stdoutColors.dim('watching for changes… (Ctrl+C to stop)\n'));
}

export async function printRun(run: SdkRun, flags: ReportFlags): Promise<void> {
  const { result, ms } = run;
  const out = shown(run.output);
  if (!flags.quiet) printWarnings(result.warnings);
  if (flags.debug) {
    for (const [stage, t] of Object.entries(result.timings))
      process.stderr.write(`  ${stage.padEnd(10)} ${t} ms\n`);
  }
  if (flags.check) {
    if (result.changes.length > 0)
      process.stderr.write(
        await checkReport(result, run.output, out, stderrColors, flags.diff === true),
      );
    else if (!flags.quiet) process.stdout.write(`${out} is up to date\n`);
    return;
  }
  if (flags.quiet) return;
  const { operations, types, envVars } = result.summary;
  process.stdout.write(
    `generated ${count(operations, 'operation')}, ${count(types, 'type')} in ${out} ` +
      `(${count(result.changes.length, 'file')} changed) in ${(ms / 1000).toFixed(2)} s\n`,
  );
  // Which secrets the SDK will pick up by itself is worth seeing at every generation.
  if (envVars.length > 0)
    process.stdout.write(
      `  credentials default to the environment variables ${envVars.join(', ')}\n`,
    );
}

/**
 * For CI: one shape however many SDKs the config has. `upToDate` is whether the
 * output matched the spec before the run (with --check, nothing was written).
 */
export function jsonReport(runs: readonly SdkRun[]): string {
  const sdks = runs.map(({ output, result, ms }) => ({
    output: shown(output),
    ...result.summary,
    ms: Math.round(ms),
    upToDate: result.changes.length === 0,
    changedFiles: result.changes,
    api: result.apiChanges,
    warnings: result.warnings.map((w) => ({
      message: w.message,
      pointer: w.pointer,
      location: w.location,
    })),
  }));
  return `${JSON.stringify({ upToDate: sdks.every((s) => s.upToDate), sdks }, null, 2)}\n`;
}

/** `1 operation`, `1,223 operations`. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
