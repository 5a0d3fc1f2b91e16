#!/usr/bin/env node
/** argv → options → `generate()`. No logic of its own beyond exit codes and printing. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Command, Option } from 'commander';
import { loadConfig, type SdkConfig } from './config.js';
import { mergeOptions, parseList, SDK_OPTIONS, type SdkOptions } from './options.js';
import { CodegenError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
import { generate, validate, type GenerateOptions, type GenerateResult } from './generate.js';
import { generateInParallel } from './generate-parallel.js';
import { init } from './init.js';
import { watchPaths } from './watch.js';
import { checkReport } from './report/check-report.js';
import { colorsFor } from './report/colors.js';

/** What a run is asked to do, beside the SDK options of `options.ts`. */
interface RunFlags extends SdkOptions {
  watch?: boolean;
  check?: boolean;
  diff?: boolean;
  json?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const EXIT_DRIFT = 1;
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 3;

const stderrColors = colorsFor(process.stderr);
const stdoutColors = colorsFor(process.stdout);

async function run(sdks: readonly SdkConfig[], flags: RunFlags): Promise<number> {
  return flags.watch ? watchAndRun(sdks, flags) : runOnce(sdks, flags);
}

/** Regenerates on every change of an input until interrupted; errors are printed, never fatal. */
async function watchAndRun(sdks: readonly SdkConfig[], flags: RunFlags): Promise<number> {
  const watched = new Set(
    sdks.flatMap((sdk) => (typeof sdk.input === 'string' ? [sdk.input] : sdk.input)),
  );
  const attempt = async () => {
    try {
      for (const sdk of sdks) {
        const { result, ms } = await generateSdk(sdk, flags);
        await report(sdk, result, flags, ms);
        result.inputFiles.forEach((f) => watched.add(f));
      }
    } catch (error) {
      if (!(error instanceof CodegenError)) throw error;
      process.stderr.write(`${error.message}\n`);
    }
    if (!flags.quiet)
      process.stdout.write(stdoutColors.dim('watching for changes… (Ctrl+C to stop)\n'));
  };
  await attempt();
  await watchPaths({ paths: () => [...watched], onChange: attempt });
  return 0;
}

async function runOnce(sdks: readonly SdkConfig[], flags: RunFlags): Promise<number> {
  let drift = false;
  const summaries: object[] = [];
  // Several SDKs: generated at once on the cores there are, reported in order.
  const parallel = generateInParallel(sdks.map((sdk) => sdkOptions(sdk, flags)));
  for (const [i, sdk] of sdks.entries()) {
    const { result, ms } = await (parallel?.[i] ?? generateSdk(sdk, flags));
    const drifted = flags.check === true && result.changes.length > 0;
    drift ||= drifted;
    if (flags.json) summaries.push(jsonSummary(sdk, result, ms, drifted));
    else await report(sdk, result, flags, ms);
  }
  if (flags.json)
    process.stdout.write(
      `${JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2)}\n`,
    );
  return drift ? EXIT_DRIFT : 0;
}

async function generateSdk(
  sdk: SdkConfig,
  flags: RunFlags,
): Promise<{ result: GenerateResult; ms: number }> {
  const started = performance.now();
  // On a terminal, say what is happening while a large spec takes seconds; the line is erased after.
  const progress = process.stderr.isTTY === true && !flags.quiet && !flags.json;
  if (progress)
    process.stderr.write(
      stderrColors.dim(
        `${flags.check ? 'checking' : 'generating'} ${relative(process.cwd(), sdk.output) || '.'}…`,
      ),
    );
  try {
    // Flags override the config, option by option.
    const result = await generate(sdkOptions(sdk, flags));
    return { result, ms: performance.now() - started };
  } finally {
    if (progress) process.stderr.write('\r\x1b[K');
  }
}

function sdkOptions(sdk: SdkConfig, flags: RunFlags): GenerateOptions {
  return {
    ...mergeOptions(sdk, flags as Record<string, unknown>),
    input: sdk.input,
    output: sdk.output,
    check: flags.check,
  };
}

/** For CI: one object per SDK. */
function jsonSummary(sdk: SdkConfig, result: GenerateResult, ms: number, drifted: boolean): object {
  return {
    output: relative(process.cwd(), sdk.output) || '.',
    ...result.summary,
    ms: Math.round(ms),
    upToDate: !drifted,
    changedFiles: result.changes,
    api: result.apiChanges,
    warnings: result.warnings.map((w) => ({
      message: w.message,
      pointer: w.pointer,
      location: w.location,
    })),
  };
}

// Generating prints a few warnings; `validate` prints them all.
const WARNINGS_SHOWN = 10;

function printWarnings(warnings: readonly Diagnostic[], limit = WARNINGS_SHOWN): void {
  for (const w of warnings.slice(0, limit))
    process.stderr.write(`${stderrColors.yellow('warning:')} ${formatDiagnostic(w)}\n`);
  const rest = warnings.length - limit;
  if (rest > 0)
    process.stderr.write(
      `${stderrColors.yellow('warning:')} … and ${rest} more (\`codegen validate\` lists them all)\n`,
    );
}

async function report(
  sdk: SdkConfig,
  result: GenerateResult,
  flags: RunFlags,
  ms: number,
): Promise<void> {
  const out = relative(process.cwd(), sdk.output) || '.';
  if (!flags.quiet) printWarnings(result.warnings);
  if (flags.debug) {
    for (const [stage, t] of Object.entries(result.timings))
      process.stderr.write(`  ${stage.padEnd(10)} ${t} ms\n`);
  }
  if (flags.check) {
    if (result.changes.length > 0)
      process.stderr.write(
        await checkReport(result, sdk.output, out, stderrColors, flags.diff === true),
      );
    else if (!flags.quiet) process.stdout.write(`${out} is up to date\n`);
    return;
  }
  if (!flags.quiet) {
    const { operations, types } = result.summary;
    process.stdout.write(
      `generated ${count(operations, 'operation')}, ${count(types, 'type')} in ${out} ` +
        `(${count(result.changes.length, 'file')} changed) in ${(ms / 1000).toFixed(2)} s\n`,
    );
    // Which secrets the SDK will pick up by itself is worth seeing at every generation.
    const { envVars } = result.summary;
    if (envVars.length > 0)
      process.stdout.write(
        `  credentials default to the environment variables ${envVars.join(', ')}\n`,
      );
  }
}

/** `1 operation`, `1,223 operations`. */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** The command-line flags of the SDK options, from their table. */
function sdkOptionFlags(): Option[] {
  return SDK_OPTIONS.flatMap((row) => {
    if (!('flag' in row)) return [];
    const option = new Option(row.flag, row.help);
    if ('choices' in row) option.choices(row.choices);
    if (row.value === 'list') option.argParser(parseList);
    return [option];
  });
}

function program(): Command {
  const cli = new Command('codegen')
    .description('Generate a typed TypeScript SDK from OpenAPI 3.0/3.1 specs and docs pages.')
    .version(VERSION)
    // Options after a subcommand belong to it (`generate x --check`), not to the root.
    .enablePositionalOptions()
    .option('--check', 'write nothing; exit 1 if generated files differ from the specs')
    .option('-w, --watch', 'regenerate whenever an input (or a file it $refs) changes')
    .option('--diff', 'with --check, print a unified diff of each file that differs')
    .option('--json', 'print a machine-readable summary (for CI)')
    .option('--debug', 'print the time of each stage')
    .option('-q, --quiet', 'print only errors')
    // Set before the subcommands are added, so that they inherit it.
    .exitOverride((error) => {
      // Usage errors are bad input (2); --help and --version are success.
      process.exit(error.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
    })
    .addHelpText(
      'after',
      '\nExamples:\n  codegen                 regenerate every SDK in codegen.config.*\n  codegen --check --diff  in CI: fail with a diff when generated files drift\n  codegen --watch         regenerate on every save of a spec\n',
    )
    .action(async (flags: RunFlags) => {
      process.exitCode = await run((await loadConfig()).sdks, flags);
    });
  const generateCommand = cli
    .command('generate')
    .description('generate one SDK from one or more specs (YAML, JSON or markdown docs pages)')
    .argument(
      '<spec...>',
      'spec files, docs pages or directories of them, merged into one API; - reads stdin',
    )
    .requiredOption('-o, --output <dir>', 'the SDK directory');
  for (const option of sdkOptionFlags()) generateCommand.addOption(option);
  generateCommand
    .option('--check', 'write nothing; exit 1 if the files on disk differ')
    .option('-w, --watch', 'regenerate whenever an input (or a file it $refs) changes')
    .option('--diff', 'with --check, print a unified diff of each file that differs')
    .option('--json', 'print a machine-readable summary (for CI)')
    .option('--debug', 'print the time of each stage')
    .option('-q, --quiet', 'print only errors')
    .addHelpText(
      'after',
      '\nExamples:\n  codegen generate openapi.yaml -o src/sdk\n  codegen generate docs/api-reference -o sdk --check\n',
    )
    .action(async (specs: string[], flags: RunFlags & { output: string }) => {
      process.exitCode = await run([{ input: specs, output: flags.output }], flags);
    });
  cli
    .command('validate')
    .description('report every error and warning of the specs without generating')
    .argument('<spec...>', 'spec files, docs pages or directories of them; - reads stdin')
    .option(
      '--allow-external-refs',
      'follow $refs to files outside the project (URLs are never fetched)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  codegen validate openapi.yaml\n  codegen validate docs/api-reference\n  cat openapi.json | codegen validate -\n',
    )
    .action(async (specs: string[], flags: { allowExternalRefs?: boolean }) => {
      const { api, warnings } = await validate({
        input: specs,
        allowExternalRefs: flags.allowExternalRefs,
      });
      printWarnings(warnings, Infinity);
      process.stdout.write(
        `valid: ${api.operations.length} operations, ${api.schemas.length} types, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}\n`,
      );
    });
  cli
    .command('init')
    .description('write codegen.config.json and, on request, a GitHub Actions workflow')
    .option('-i, --input <spec>', 'the spec, docs page or folder of them', 'openapi.yaml')
    .option('-o, --output <dir>', 'where the SDK goes', 'src/sdk')
    .option(
      '--github-action <mode>',
      'also write .github/workflows/codegen.yml: "check" fails CI on drift, "commit" regenerates and commits',
    )
    .option('--force', 'overwrite existing files')
    .addHelpText(
      'after',
      '\nExample:\n  codegen init -i specs/api.yaml -o src/sdk --github-action check\n',
    )
    .action(
      async (flags: { input: string; output: string; githubAction?: string; force?: boolean }) => {
        if (
          flags.githubAction !== undefined &&
          flags.githubAction !== 'check' &&
          flags.githubAction !== 'commit'
        ) {
          throw new CodegenError([
            { message: `--github-action must be "check" or "commit", not "${flags.githubAction}"` },
          ]);
        }
        const written = await init({
          cwd: process.cwd(),
          ...flags,
          githubAction: flags.githubAction,
        });
        for (const path of written) process.stdout.write(`wrote ${path}\n`);
      },
    );
  cli
    .command('check')
    .description(
      'the same as `codegen --check`: exit 1 when generated/ drifts from the specs in the config',
    )
    .option('--diff', 'print a unified diff of each file that differs')
    .option('--json', 'print a machine-readable summary')
    .addHelpText(
      'after',
      '\nExamples:\n  codegen check\n  codegen check --diff\n  codegen check --json > drift.json\n',
    )
    .action(async (flags: RunFlags) => {
      process.exitCode = await run((await loadConfig()).sdks, { ...flags, check: true });
    });
  return cli;
}

/** Never 1 (that means drift) and never a bare stack: one line, the stack only with --debug. */
function reportInternalError(error: unknown): void {
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

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CodegenError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    reportInternalError(error);
    process.exitCode = EXIT_INTERNAL;
  }
}
