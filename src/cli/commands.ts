/**
 * What each command does, once its arguments are parsed. Loaded only when a
 * command runs, so that `--help` and `--version` never load the generator.
 */
import { stat } from 'node:fs/promises';
import { loadConfig, type SdkConfig } from '../config.js';
import { CodegenError } from '../diagnostics.js';
import { generate, validate, type GenerateOptions } from '../generate.js';
import { generateInParallel } from '../generate-parallel.js';
import { mergeOptions, type SdkOptions } from '../options.js';
import {
  count,
  jsonReport,
  printError,
  printRun,
  printWarnings,
  printWatching,
  showProgress,
  shown,
  type ReportFlags,
  type SdkRun,
} from '../report/run-report.js';
import { pathIn, type Terminal } from '../report/terminal.js';
import { EXIT_DRIFT, EXIT_OK } from './exit-codes.js';

/** What a run is asked to do, beside the SDK options of `options.ts`. */
export interface RunFlags extends SdkOptions, ReportFlags {
  readonly watch?: boolean;
  readonly json?: boolean;
}

/** `codegen`, `codegen check`: every SDK of the config (found from here or a folder above). */
export async function runConfig(terminal: Terminal, flags: RunFlags): Promise<number> {
  const config = await loadConfig(terminal.cwd);
  // Watching, an edit of the config is a change too: it is read again before each run.
  const reload = async () => (await loadConfig(terminal.cwd)).sdks;
  return run(terminal, config.sdks, flags, { file: config.file, reload });
}

/** Where the SDKs came from, to read again when it changes (`--watch`). */
interface ConfigSource {
  readonly file: string;
  readonly reload: () => Promise<readonly SdkConfig[]>;
}

export async function runGenerate(
  terminal: Terminal,
  specs: readonly string[],
  flags: RunFlags & { output: string },
): Promise<number> {
  return run(terminal, [{ input: specs, output: flags.output }], flags);
}

export async function runValidate(
  terminal: Terminal,
  specs: readonly string[],
  flags: { allowExternalRefs?: boolean; maxWarnings?: number },
): Promise<number> {
  const { api, warnings } = await validate({
    input: specs.map((spec) => pathIn(terminal, spec)),
    allowExternalRefs: flags.allowExternalRefs,
    maxWarnings: flags.maxWarnings,
  });
  printWarnings(terminal, warnings, Infinity);
  terminal.stdout.write(
    `valid: ${api.operations.length} operations, ${api.schemas.length} types, ${count(warnings.length, 'warning')}\n`,
  );
  return EXIT_OK;
}

export async function runInit(
  terminal: Terminal,
  flags: {
    input?: string;
    output?: string;
    githubAction?: string;
    force?: boolean;
  },
): Promise<number> {
  const { githubAction } = flags;
  if (githubAction !== undefined && githubAction !== 'check' && githubAction !== 'commit')
    throw new CodegenError([
      { message: `--github-action must be "check" or "commit", not "${githubAction}"` },
    ]);
  const { init } = await import('../init.js');
  const { written, kept, missing } = await init({ cwd: terminal.cwd, ...flags, githubAction });
  for (const path of kept) terminal.stdout.write(`kept ${path}\n`);
  for (const path of written) terminal.stdout.write(`wrote ${path}\n`);
  for (const path of missing)
    terminal.stderr.write(`warning: the input ${path} is not there yet: codegen needs it to run\n`);
  return EXIT_OK;
}

async function run(
  terminal: Terminal,
  given: readonly SdkConfig[],
  givenFlags: RunFlags,
  config?: ConfigSource,
): Promise<number> {
  // --diff shows what --check found: on its own it must not write.
  const flags = { ...givenFlags, check: givenFlags.check === true || givenFlags.diff === true };
  const placed = (sdks: readonly SdkConfig[]) => sdks.map((sdk) => placedIn(terminal, sdk));
  return flags.watch
    ? watchAndRun(
        terminal,
        placed(given),
        flags,
        config && { file: config.file, reload: async () => placed(await config.reload()) },
      )
    : runOnce(terminal, placed(given), flags);
}

/** An SDK's paths as the terminal's working directory reads them. */
function placedIn(terminal: Terminal, sdk: SdkConfig): SdkConfig {
  return {
    ...sdk,
    input:
      typeof sdk.input === 'string'
        ? pathIn(terminal, sdk.input)
        : sdk.input.map((p) => pathIn(terminal, p)),
    output: pathIn(terminal, sdk.output),
  };
}

async function runOnce(
  terminal: Terminal,
  sdks: readonly SdkConfig[],
  flags: RunFlags,
): Promise<number> {
  const runs: SdkRun[] = [];
  // Several SDKs: generated at once on the cores there are, reported in order.
  const parallel = generateInParallel(sdks.map((sdk) => sdkOptions(sdk, flags)));
  for (const [i, sdk] of sdks.entries()) {
    const started = parallel?.[i];
    const done =
      started === undefined
        ? await generateSdk(terminal, sdk, flags)
        : { output: sdk.output, ...(await started) };
    runs.push(done);
    if (!flags.json) await printRun(terminal, done, flags);
  }
  if (flags.json) terminal.stdout.write(jsonReport(terminal, runs));
  const drift = flags.check === true && runs.some((r) => r.result.changes.length > 0);
  return drift ? EXIT_DRIFT : EXIT_OK;
}

/**
 * Regenerates on every change of an input, or of the config, until interrupted; errors are
 * printed, never fatal (new-team trial: an edit of the config had been ignored until a restart).
 */
async function watchAndRun(
  terminal: Terminal,
  given: readonly SdkConfig[],
  flags: RunFlags,
  config?: ConfigSource,
): Promise<number> {
  let sdks = given;
  const inputsOf = (list: readonly SdkConfig[]) =>
    list.flatMap((sdk) => (typeof sdk.input === 'string' ? [sdk.input] : sdk.input));
  const watched = new Set([...(config ? [config.file] : []), ...inputsOf(sdks)]);
  let first = true;
  const attempt = async () => {
    try {
      // The config as it is now: a bad edit is printed, and nothing runs until it is mended.
      if (config && !first) sdks = await config.reload();
      first = false;
      inputsOf(sdks).forEach((input) => watched.add(input));
      for (const sdk of sdks) {
        const done = await generateSdk(terminal, sdk, flags);
        await printRun(terminal, done, flags);
        done.result.inputFiles.forEach((f) => watched.add(f));
      }
    } catch (error) {
      if (!(error instanceof CodegenError)) throw error;
      printError(terminal, error, flags.quiet);
    }
  };
  await attempt();
  const { watchPaths } = await import('../watch.js');
  // "watching" once the watcher knows the files as they are: a save made after the words is a
  // change (under load, a save between the words and the watcher's first look was lost).
  await watchPaths({
    paths: () => [...watched],
    onChange: attempt,
    onReady: () => {
      if (!flags.quiet) printWatching(terminal);
    },
  });
  return EXIT_OK;
}

async function generateSdk(terminal: Terminal, sdk: SdkConfig, flags: RunFlags): Promise<SdkRun> {
  await refuseFileAsOutput(terminal, sdk.output);
  const started = performance.now();
  const erase = showProgress(terminal, sdk.output, flags);
  try {
    const result = await generate(sdkOptions(sdk, flags));
    return { output: sdk.output, result, ms: performance.now() - started };
  } finally {
    erase();
  }
}

/** Flags override the config, option by option. */
function sdkOptions(sdk: SdkConfig, flags: RunFlags): GenerateOptions {
  return {
    ...mergeOptions(sdk, flags as Record<string, unknown>),
    input: sdk.input,
    output: sdk.output,
    check: flags.check,
  };
}

/** `-o openapi.yaml` is a slip of the hand: say so before the spec is even read. */
async function refuseFileAsOutput(terminal: Terminal, output: string): Promise<void> {
  const info = await stat(output).catch(() => undefined);
  if (info !== undefined && !info.isDirectory())
    throw new CodegenError([
      { message: `The output ${shown(terminal, output)} is a file; the SDK needs a directory` },
    ]);
}
