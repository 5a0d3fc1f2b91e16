/**
 * The property, over many cases at once: every case either yields an SDK that
 * type-checks and runs nothing when imported, or a located CodegenError; never
 * anything else (see run-generate.ts for the rest). Cases are drawn with a
 * fixed seed, generated one by one, then type-checked in one program and
 * imported in one worker, which is what makes a few hundred cases fast. Each
 * distinct failure is then shrunk by fast-check, replaying its case by seed
 * and path, to the smallest case that still fails the same way.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SDK_COMPILER_OPTIONS } from '../helpers/typecheck.js';
import { blankVariableText, failure, type Failure, type FailureKind } from './failure.js';
import { fuzzCase, type FuzzCase } from './fuzz-case.js';
import { importSdks } from './import-sdks.js';
import { inputFiles } from './input-files.js';
import { runGenerate, type Pipeline } from './run-generate.js';
import { typecheckSdks, type TypecheckSettings } from './typecheck-sdks.js';

export interface FuzzConfig {
  readonly pipeline: Pipeline;
  readonly seed: number;
  readonly runs: number;
  /** Only the cases of the run in [from, to) are checked (test files share a run); paths stay the run's. */
  readonly only?: { readonly from: number; readonly to: number };
  /** Cases generated, type-checked and imported together. */
  readonly batch?: number;
  /** How many distinct failures to shrink, and for how long each. */
  readonly shrink: { readonly failures: number; readonly timeLimitMs: number };
  readonly generateTimeoutMs?: number;
  /** CPU time past which a run that settles is a failure of its own kind, 'slow' (10 s unless given). */
  readonly slowCpuMs?: number;
  readonly importTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export interface FoundFailure {
  readonly signature: string;
  readonly kind: FailureKind;
  /** How many cases failed this way. */
  readonly cases: number;
  /** The first such case, replayable with the seed and this path. */
  readonly path: string;
  /** The smallest case found that fails this way, and what happened to it. */
  readonly counterexample: FuzzCase;
  readonly detail: string;
  readonly shrunk: boolean;
}

export interface FuzzReport {
  readonly seed: number;
  readonly runs: number;
  readonly generated: number;
  readonly rejected: number;
  readonly failingCases: number;
  /** Why cases were rejected (messages with their spec text blanked) → how many. */
  readonly rejections: ReadonlyMap<string, number>;
  readonly failures: readonly FoundFailure[];
}

interface CaseResult {
  readonly generated: boolean;
  readonly rejection: string | undefined;
  readonly failures: readonly Failure[];
}

interface Phases {
  readonly typecheck: boolean;
  readonly import: boolean;
}

const ALL_PHASES: Phases = { typecheck: true, import: true };

export async function fuzz(config: FuzzConfig): Promise<FuzzReport> {
  const log = config.log ?? (() => {});
  const from = config.only?.from ?? 0;
  const cases = fc
    .sample(fuzzCase, { seed: config.seed, numRuns: config.runs })
    .slice(from, config.only?.to);
  const batch = config.batch ?? cases.length;
  const results: CaseResult[] = [];
  for (let start = 0; start < cases.length; start += batch) {
    const root = makeRoot();
    try {
      results.push(
        ...(await checkCases(cases.slice(start, start + batch), root, config, ALL_PHASES)).results,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    log(
      `${results.length}/${cases.length} cases, ${results.filter((r) => r.failures.length > 0).length} failing`,
    );
  }

  const found: FoundFailure[] = [];
  for (const [signature, { first, count }] of bySignature(results)) {
    const original = results[first]!.failures.find((f) => f.signature === signature)!;
    // A slow case is replayed by its seed and path: shrinking would rerun it slowly many times.
    const shrink = found.length < config.shrink.failures && original.kind !== 'slow';
    if (shrink) log(`shrinking: ${signature}`);
    const smallest = shrink ? await shrinkFailure(config, from + first, signature) : undefined;
    found.push({
      signature,
      kind: original.kind,
      cases: count,
      path: String(from + first),
      counterexample: smallest?.fuzz ?? cases[first]!,
      detail: smallest?.detail ?? original.detail,
      shrunk: smallest !== undefined,
    });
  }
  return {
    seed: config.seed,
    runs: cases.length,
    generated: results.filter((r) => r.generated).length,
    rejected: results.filter((r) => r.rejection !== undefined).length,
    failingCases: results.filter((r) => r.failures.length > 0).length,
    rejections: tally(
      results.flatMap((r) => (r.rejection === undefined ? [] : [blankVariableText(r.rejection)])),
    ),
    failures: found,
  };
}

/** Generates every case, then type-checks and imports the SDKs written. */
async function checkCases(
  cases: readonly FuzzCase[],
  root: string,
  config: FuzzConfig,
  phases: Phases,
  compiler: TypecheckSettings = { options: SDK_COMPILER_OPTIONS },
): Promise<{ results: CaseResult[]; program: TypecheckSettings['oldProgram'] }> {
  const runs = [];
  for (const [i, fuzz] of cases.entries()) {
    const caseDir = join(root, `case-${i}`);
    mkdirSync(caseDir);
    runs.push({
      caseDir,
      run: await runGenerate(fuzz, caseDir, config.pipeline, {
        timeoutMs: config.generateTimeoutMs ?? 20_000,
        slowCpuMs: config.slowCpuMs ?? 10_000,
      }),
    });
  }
  const written = runs.flatMap(({ run }) => (run.sdk === undefined ? [] : [run.sdk]));
  const withIndex = written.filter((sdk) => existsSync(join(sdk, 'index.ts')));
  const checked =
    phases.typecheck && withIndex.length > 0 ? typecheckSdks(withIndex, compiler) : undefined;
  const imported = phases.import
    ? await importSdks(
        runs.flatMap(({ caseDir, run }) =>
          run.sdk !== undefined && withIndex.includes(run.sdk)
            ? [{ sdk: run.sdk, scratch: join(caseDir, 'stripped') }]
            : [],
        ),
        config.importTimeoutMs ?? 10_000,
      )
    : undefined;
  const results = runs.map(({ run }): CaseResult => {
    const sdk = run.sdk;
    const later =
      sdk === undefined
        ? []
        : withIndex.includes(sdk)
          ? [...(checked?.failures.get(sdk) ?? []), ...(imported?.get(sdk) ?? [])]
          : [failure('tsc', 'the SDK has no index.ts')];
    return {
      generated: sdk !== undefined,
      rejection: run.rejection,
      failures: [...run.failures, ...later],
    };
  });
  return { results, program: checked?.program };
}

function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

/** Signature → the first case that failed that way and how many did. */
function bySignature(
  results: readonly CaseResult[],
): Map<string, { first: number; count: number }> {
  const groups = new Map<string, { first: number; count: number }>();
  results.forEach((result, index) => {
    for (const signature of new Set(result.failures.map((f) => f.signature))) {
      const group = groups.get(signature);
      if (group) group.count++;
      else groups.set(signature, { first: index, count: 1 });
    }
  });
  return groups;
}

/** Replays case `path` of the run and lets fast-check shrink it while it keeps failing with `signature`. */
async function shrinkFailure(
  config: FuzzConfig,
  path: number,
  signature: string,
): Promise<{ fuzz: FuzzCase; detail: string } | undefined> {
  const kind = signature.slice(0, signature.indexOf(':'));
  const phases: Phases = { typecheck: kind === 'tsc', import: kind === 'import' };
  // Library and runtime files are the same for every case: checked in the run, skipped while shrinking.
  let compiler: TypecheckSettings = {
    options: { ...SDK_COMPILER_OPTIONS, skipLibCheck: true },
    skipRuntime: true,
  };
  let smallest: { fuzz: FuzzCase; detail: string } | undefined;
  const property = fc.asyncProperty(fuzzCase, async (fuzz) => {
    const root = makeRoot();
    try {
      const { results, program } = await checkCases([fuzz], root, config, phases, compiler);
      compiler = { ...compiler, oldProgram: program ?? compiler.oldProgram };
      const same = results[0]!.failures.find((f) => f.signature === signature);
      if (same) smallest = { fuzz, detail: same.detail };
      return same === undefined;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  await fc.check(property, {
    seed: config.seed,
    path: String(path),
    interruptAfterTimeLimit: config.shrink.timeLimitMs,
  });
  return smallest;
}

function makeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'codegen-fuzz-'));
  // The SDKs are ES modules, for the type-checker and for import.
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  return root;
}

/** A failure as a reader wants it: what broke, the smallest spec that breaks it, and how to replay the original. */
export function describeFailure(found: FoundFailure, seed: number): string {
  const { counterexample: c } = found;
  const existing = c.output.existing
    ? `; the folder already holds ${JSON.stringify(c.output.existing)}`
    : '';
  const files = inputFiles(c).map((file) => `--- ${file.name} ---\n${file.text.trimEnd()}`);
  return [
    `✗ ${found.signature}`,
    `  ${found.cases} case(s); first: seed ${seed}, path ${found.path}${found.shrunk ? '; shrunk to:' : ' (not shrunk):'}`,
    `  options ${JSON.stringify(c.options)}; output folder ${JSON.stringify(c.output.name)}${existing}`,
    ...files,
    '--- what happened ---',
    found.detail,
  ].join('\n');
}
