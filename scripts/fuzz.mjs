#!/usr/bin/env node
/**
 * `npm run fuzz`: the fuzzer of test/fuzz (see docs/fuzz.md) at length,
 * against the built generator in dist/ (what users run, format workers
 * included). Prints each distinct failure with its shrunk counterexample,
 * then the counts. Exits 0 when nothing failed, 1 when something did, and 3
 * when the harness itself broke.
 *
 *   node scripts/fuzz.mjs [--runs <n>] [--seed <n>] [--batch <n>]
 *                         [--shrink <n>] [--shrink-time <s>] [--slow <s>]
 *
 * A case whose generation settles after more than `--slow` seconds of CPU time
 * (default 5) is a failure of its own kind, "slow", replayed by seed and path.
 *
 * FUZZ_RUNS and FUZZ_SEED stand in for --runs and --seed. Without a seed one
 * is picked and printed, so any run can be replayed.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { CodegenError, generate } from '../dist/index.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.FUZZ_RUNS ?? '1000' },
    seed: { type: 'string', default: process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31) },
    batch: { type: 'string', default: '200' },
    shrink: { type: 'string', default: '20' },
    'shrink-time': { type: 'string', default: '60' },
    slow: { type: 'string', default: '5' },
  },
});

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`fuzz: the harness broke: ${error?.stack ?? error}\n`);
  process.exitCode = 3;
}

async function main() {
  const seed = Number(args.seed);
  const runs = Number(args.runs);
  // The harness is TypeScript: loaded through vite, the way vitest loads it.
  const harness = fileURLToPath(new URL('../test/fuzz/fuzz-run.ts', import.meta.url));
  const { module } = await runnerImport(harness, {
    configFile: false,
    logLevel: 'error',
    root: fileURLToPath(new URL('..', import.meta.url)),
  });
  /** @type {typeof import('../test/fuzz/fuzz-run.ts')} */
  const { fuzz, describeFailure } = module;

  process.stderr.write(`fuzz: ${runs} cases, seed ${seed}\n`);
  const started = performance.now();
  const report = await fuzz({
    pipeline: { generate, CodegenError },
    seed,
    runs,
    batch: Number(args.batch),
    shrink: { failures: Number(args.shrink), timeLimitMs: Number(args['shrink-time']) * 1000 },
    slowCpuMs: Number(args.slow) * 1000,
    log: (line) => process.stderr.write(`fuzz: ${line}\n`),
  });

  for (const found of report.failures) process.stdout.write(`\n${describeFailure(found, seed)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `seed ${seed}: ${report.runs} cases run in ${seconds} s`,
      `  ${report.generated} generated an SDK, ${report.rejected} were rejected with a CodegenError`,
      `  ${report.failingCases} cases failed: ${report.failures.length} distinct failures`,
      ...(report.rejections.size > 0 ? ['  most common rejections:'] : []),
      ...[...report.rejections].slice(0, 5).map(([message, count]) => `    ${count}× ${message}`),
      '',
    ].join('\n'),
  );
  return report.failures.length === 0 ? 0 : 1;
}
