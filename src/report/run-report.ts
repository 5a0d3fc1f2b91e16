/**
 * What a run prints: warnings, errors, the one-line summary of each SDK, the
 * drift report of `check`, and the `--json` document CI reads.
 */
import { relative, resolve } from 'node:path';
import { CodegenError, formatDiagnostic, printable, type Diagnostic } from '../diagnostics.js';
import type { GenerateResult } from '../generate.js';
import { colorsFor } from './colors.js';
import { diagnosticOut, type Terminal } from './terminal.js';

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

// Generating prints a few warnings; `validate` prints them all.
const WARNINGS_SHOWN = 10;

/** The output folder as the user names it: relative to the working directory. */
export function shown(terminal: Terminal, output: string): string {
  return relative(terminal.cwd, resolve(output)) || '.';
}

export function printWarnings(
  terminal: Terminal,
  warnings: readonly Diagnostic[],
  limit = WARNINGS_SHOWN,
): void {
  const { stderr } = terminal;
  const warning = colorsFor(stderr, terminal.env).yellow('warning:');
  for (const w of warnings.slice(0, limit))
    stderr.write(`${warning} ${formatDiagnostic(diagnosticOut(terminal, w))}\n`);
  const rest = warnings.length - limit;
  if (rest > 0)
    stderr.write(`${warning} … and ${rest} more (\`codegen validate\` lists them all)\n`);
}

/** Bad input: the warnings found before it, then every problem. */
export function printError(terminal: Terminal, error: CodegenError, quiet = false): void {
  if (!quiet) printWarnings(terminal, error.warnings);
  const shownDiagnostics = error.diagnostics.map((d) => diagnosticOut(terminal, d));
  const message = shownDiagnostics.every((d, i) => d === error.diagnostics[i])
    ? error.message
    : shownDiagnostics.map(formatDiagnostic).join('\n\n');
  terminal.stderr.write(`${message}\n`);
}

/** On a terminal, what is happening while a large spec takes seconds; returns the eraser. */
export function showProgress(
  terminal: Terminal,
  output: string,
  flags: ReportFlags & { json?: boolean },
): () => void {
  const { stderr } = terminal;
  if (stderr.isTTY !== true || flags.quiet || flags.json) return () => {};
  stderr.write(
    colorsFor(stderr, terminal.env).dim(
      `${flags.check ? 'checking' : 'generating'} ${shown(terminal, output)}…`,
    ),
  );
  return () => stderr.write('\r\x1b[K');
}

export function printWatching(terminal: Terminal): void {
  terminal.stdout.write(
    colorsFor(terminal.stdout, terminal.env).dim('watching for changes… (Ctrl+C to stop)\n'),
  );
}

export async function printRun(terminal: Terminal, run: SdkRun, flags: ReportFlags): Promise<void> {
  const { stdout, stderr } = terminal;
  const { result, ms } = run;
  const out = shown(terminal, run.output);
  if (!flags.quiet) printWarnings(terminal, result.warnings);
  if (flags.debug) {
    for (const [stage, t] of Object.entries(result.timings))
      stderr.write(`  ${stage.padEnd(10)} ${t} ms\n`);
  }
  if (flags.check) {
    if (result.changes.length > 0) {
      // The drift report loads only when there is drift to report.
      const { checkReport } = await import('./check-report.js');
      stderr.write(await checkReport(result, run.output, out, colorsFor(stderr, terminal.env)));
      // The patch alone on stdout: `codegen check --diff | git apply` regenerates without codegen.
      if (flags.diff === true) {
        const { outputPatch } = await import('./patch.js');
        const files = new Map(result.files.map((f) => [f.path, f.content]));
        stdout.write(
          await outputPatch(
            { outDir: run.output, cwd: terminal.cwd, changes: result.changes, files },
            colorsFor(stdout, terminal.env),
          ),
        );
      }
    } else if (!flags.quiet) stdout.write(`${out} is up to date\n`);
    return;
  }
  if (flags.quiet) return;
  const {
    operations,
    types,
    envVars,
    securitySchemes,
    credentialParameters,
    someCallsTakeNone,
    server,
    serverWithCredential,
    dependencies,
    operationServers = [],
    typesOnly,
  } = result.summary;
  stdout.write(
    `generated ${count(operations, 'operation')}, ${count(types, 'type')} in ${out} ` +
      `(${count(result.changes.length, 'file')} changed) in ${(ms / 1000).toFixed(2)} s\n`,
  );
  // Without them the SDK does not compile (new-team trial: nothing had said so).
  if (dependencies !== undefined)
    stdout.write(
      `  the SDK imports ${Object.entries(dependencies)
        .map(([name, range]) => `${name} ${range}`)
        .join(', ')}: add it to the project's dependencies\n`,
    );
  // Types alone send nothing (consumer trial: `--emit types` had named the variables it reads).
  if (typesOnly) return;
  // Which secrets the SDK will pick up by itself, and where they go, is worth seeing at every
  // generation: the names come from the spec (a spec that calls itself OpenAI reads OPENAI_API_KEY).
  if (envVars.length > 0)
    stdout.write(
      `  credentials default to the environment variables ${envVars.join(', ')}, sent to ${[...new Set([server, ...operationServers].map(hostOf))].join(' and ')}\n`,
    );
  // Telegram's token is in its server's path: `headers` is no place for it.
  else if (serverWithCredential !== undefined)
    stdout.write(
      `  the credential goes in the base URL: give each client \`baseUrl\` as ${printable(serverWithCredential)}, filled in\n`,
    );
  // OpenAI's spec declares none: its users had been told nothing of where the key goes.
  // ClearBlade's takes its tokens as each call's headers, which override the client's.
  else if (securitySchemes === 0 && operations > 0)
    stdout.write(
      credentialParameters === 0
        ? "  the spec declares no credentials: give an API's key or token in the client's `headers` option (or `query`, for one the API takes in the URL)\n"
        : // GitHub's: a few app calls take a secret as a parameter, the rest a token nowhere said.
          someCallsTakeNone
          ? "  the spec declares no security scheme: some calls take their credentials as parameters; give the others' key or token in the client's `headers` option\n"
          : '  the spec declares no security scheme: its calls take their credentials as parameters\n',
    );
}

/**
 * For CI: one shape however many SDKs the config has. `upToDate` is whether the
 * output matched the spec before the run (with --check, nothing was written).
 */
export function jsonReport(terminal: Terminal, runs: readonly SdkRun[]): string {
  const sdks = runs.map(({ output, result, ms }) => ({
    output: shown(terminal, output),
    ...result.summary,
    ms: Math.round(ms),
    upToDate: result.changes.length === 0,
    changedFiles: result.changes,
    api: result.apiChanges,
    warnings: diagnosticsJson(terminal, result.warnings),
  }));
  return `${JSON.stringify({ upToDate: sdks.every((s) => s.upToDate), sdks }, null, 2)}\n`;
}

/**
 * For CI, what `--json` prints when the run fails on bad input: the errors in the warnings'
 * shape (new-team trial: `codegen check --json | jq` had read nothing).
 */
export function jsonError(terminal: Terminal, error: CodegenError): string {
  const errors = diagnosticsJson(terminal, error.diagnostics);
  // The warnings too: `--max-warnings` fails on them (team trial: CI's annotator had none to show).
  const warnings = diagnosticsJson(terminal, error.warnings);
  const report = { exitCode: error.exitCode, errors, ...(warnings.length > 0 && { warnings }) };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Errors and warnings as `--json` gives them: message, pointer and location, paths as shown. */
function diagnosticsJson(terminal: Terminal, list: readonly Diagnostic[]) {
  return list
    .map((d) => diagnosticOut(terminal, d))
    .map((d) => ({ message: d.message, pointer: d.pointer, location: d.location }));
}

/** `1 operation`, `1,223 operations`. */
export function count(n: number, noun: string): string {
  // Grouped by hand: the first toLocaleString loads ICU's number formats (~13 ms of every run).
  const grouped = String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${grouped} ${noun}${n === 1 ? '' : 's'}`;
}

/** The host a server URL names (ASCII, as a URL serializes it), or what stands in for it. */
function hostOf(server: string | undefined): string {
  return server !== undefined && URL.canParse(server)
    ? new URL(server).host
    : 'the baseUrl the client is given';
}
