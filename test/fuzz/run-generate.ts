/**
 * Runs the generator on one case in its own folder and judges everything but
 * the SDK's code: it either writes an SDK or throws a CodegenError whose every
 * diagnostic says where; nothing else is thrown, it settles in time, no
 * built-in prototype changes, nothing outside the output folder changes, a
 * rejected run leaves the output folder as it was, and the user's own files
 * there survive.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { GenerateOptions } from '../../src/generate.js';
import { crashShape, failure, type Failure } from './failure.js';
import type { ExistingOutput, FuzzCase } from './fuzz-case.js';
import { inputFiles } from './input-files.js';
import { prototypeChanges, snapshotPrototypes } from './prototype-guard.js';
import { snapshotTree, treeChanges } from './tree-snapshot.js';

/** The generator under test: from src in the test, from the build in `npm run fuzz`. */
export interface Pipeline {
  readonly generate: (options: GenerateOptions) => Promise<unknown>;
  readonly CodegenError: abstract new (
    ...args: never[]
  ) => Error & { readonly diagnostics: readonly Diagnostic[] };
}

export interface GenerateRun {
  /** The SDK's folder when one was written. */
  readonly sdk: string | undefined;
  /** The first diagnostic of a CodegenError, when the run was rejected. */
  readonly rejection: string | undefined;
  readonly failures: readonly Failure[];
}

/** A file outside the output folder that planted manifests and journals aim at. */
const VICTIM = 'victim.txt';
const USER_FILES = ['keep.txt', 'notes/keep.md'] as const;

/** When a run is judged: `timeoutMs` of wall time it may take, `slowCpuMs` of CPU time it should. */
export interface RunLimits {
  readonly timeoutMs: number;
  /** CPU time, not wall time: other processes on a busy machine do not make a run slow. */
  readonly slowCpuMs: number;
}

export async function runGenerate(
  fuzz: FuzzCase,
  caseDir: string,
  pipeline: Pipeline,
  { timeoutMs, slowCpuMs }: RunLimits,
): Promise<GenerateRun> {
  const inputDir = join(caseDir, 'in');
  const output = join(caseDir, fuzz.output.name);
  const inputs = inputFiles(fuzz).map((file) => writeFile(join(inputDir, file.name), file.text));
  writeFile(join(caseDir, VICTIM), 'not the generator’s\n');
  if (fuzz.output.existing) plantOutput(output, fuzz.output.existing);

  const outside = snapshotTree(caseDir, output);
  const outputBefore = existsSync(output) ? snapshotTree(output) : undefined;
  const prototypes = snapshotPrototypes();
  const stray: unknown[] = [];
  const onStray = (reason: unknown): void => void stray.push(reason);
  process.on('unhandledRejection', onStray);
  let settled: Settled;
  const cpuBefore = process.cpuUsage();
  try {
    settled = await settle(
      pipeline.generate({ input: inputs, output, ...fuzz.options }),
      timeoutMs,
    );
    // A promise the run forgot is reported on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', onStray);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);

  const failures: Failure[] = stray.map((reason) =>
    failure(
      'crash',
      `unhandled rejection: ${describeError(reason)}`,
      `unhandled rejection ${crashShape(reason)}`,
    ),
  );
  const changedPrototypes = prototypeChanges(prototypes, snapshotPrototypes());
  if (changedPrototypes.length > 0)
    failures.push(failure('prototype', changedPrototypes.join(', ')));
  const changedOutside = treeChanges(outside, snapshotTree(caseDir, output));
  if (changedOutside.length > 0)
    failures.push(
      failure('outside', changedOutside.join('\n'), changedOutside.map(pathShape).join(' ')),
    );

  if (settled.kind !== 'timeout' && cpuMs > slowCpuMs)
    failures.push(
      failure('slow', `generate() took ${cpuMs} ms of CPU time, more than ${slowCpuMs} ms`),
    );
  if (settled.kind === 'timeout')
    return {
      sdk: undefined,
      rejection: undefined,
      failures: [...failures, failure('hang', `generate() did not settle in ${timeoutMs} ms`)],
    };
  if (settled.kind === 'value') {
    failures.push(...lostUserFiles(output, fuzz.output.existing));
    return { sdk: output, rejection: undefined, failures };
  }
  const error = settled.error;
  if (!(error instanceof pipeline.CodegenError)) {
    return {
      sdk: undefined,
      rejection: undefined,
      failures: [...failures, failure('crash', describeError(error), crashShape(error))],
    };
  }
  for (const d of error.diagnostics.filter((d) => d.location === undefined && !d.pointer)) {
    failures.push(failure('unlocated', d.message));
  }
  // A rejected run leaves the output folder as it was, absent included.
  const changedOutput = outputBefore
    ? treeChanges(outputBefore, snapshotTree(output))
    : existsSync(output)
      ? ['created the output folder']
      : [];
  if (changedOutput.length > 0)
    failures.push(
      failure('output-changed', changedOutput.join('\n'), changedOutput.map(pathShape).join(' ')),
    );
  return { sdk: undefined, rejection: error.diagnostics[0]?.message ?? error.message, failures };
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? String(error)) : String(error);
}

type Settled = { kind: 'value' } | { kind: 'error'; error: unknown } | { kind: 'timeout' };

async function settle(promise: Promise<unknown>, timeoutMs: number): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  try {
    return await Promise.race([
      promise.then(
        (): Settled => ({ kind: 'value' }),
        (error: unknown): Settled => ({ kind: 'error', error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a user or a killed earlier run left in the output folder. */
function plantOutput(output: string, existing: ExistingOutput): void {
  mkdirSync(output, { recursive: true });
  if (existing.userFiles)
    for (const file of USER_FILES) writeFile(join(output, file), `the user's ${file}\n`);
  if (existing.manifestFiles) {
    writeFile(
      join(output, '.codegen-manifest.json'),
      `${JSON.stringify({ generator: 'codegen', files: existing.manifestFiles, api: {} }, null, 2)}\n`,
    );
  }
  if (existing.journal) {
    const pending = join(output, '.codegen-pending');
    for (const move of existing.journal.moves)
      writeFile(join(pending, 'files', move), `staged ${move}\n`);
    writeFile(join(pending, 'journal.json'), JSON.stringify(existing.journal));
  }
}

/** The user's files must survive a run unless the manifest claims them. */
function lostUserFiles(output: string, existing: ExistingOutput | undefined): Failure[] {
  if (!existing?.userFiles) return [];
  const claimed = new Set([
    ...(existing.manifestFiles ?? []),
    ...(existing.journal?.removes ?? []),
  ]);
  return USER_FILES.filter((file) => !claimed.has(file))
    .filter((file) => readText(join(output, file)) !== `the user's ${file}\n`)
    .map((file) => failure('user-file', `${file} was changed or removed`));
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A changed path without its case-specific parts: `added out/x.ts` → `added …/x.ts`. */
function pathShape(change: string): string {
  return change.replace(/ .*\//, ' …/');
}

function writeFile(file: string, text: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
