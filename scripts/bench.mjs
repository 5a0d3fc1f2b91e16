#!/usr/bin/env node
/**
 * `npm run bench`: wall time and peak memory of our generator and of
 * openapi-typescript on GitHub's REST API description, side by side. Each run
 * is a fresh child process writing into a fresh temporary directory; the runs
 * alternate between the two tools and the median of each is reported. Not a
 * test: nothing runs it from `npm test`.
 *
 *   node scripts/bench.mjs [--runs <n>] [--spec <file>] [--ours <codegen.js>] [--launcher]
 *                          [--scale <n>] [--scale-runs <n>]
 *
 * Cost must grow linearly: the bench also runs a spec `--scale` (default 4)
 * times the size, built from the first by renaming (scripts/bench-spec.mjs;
 * 0 skips it), and reports time and memory per operation for both sizes.
 * One more run of ours with `--debug` per spec gives the time of each stage.
 *
 * Start-up, as a build step pays it: `codegen --help`, `--version` and
 * `codegen check` on this repository's own specs, beside openapi-typescript's
 * `--help` (`--startup-runs`, default 7; 0 skips it).
 *
 * Then the bundle sizes of the seed's and GitHub's SDKs (scripts/bundle-size.mjs;
 * --no-bundle skips them, --peers adds hey-api's and openapi-fetch's, installed
 * on demand into .cache/; it also times hey-api generating its whole SDK beside ours),
 * and what the GitHub SDK costs its user's project: source
 * bytes, a consumer's `tsc` CPU time and the editor's first completion, beside
 * hey-api's (scripts/consumer-bench.mjs; --no-consumer skips it).
 *
 * --ours runs another build of the generator (say, a copy of bin/ from another
 * branch) in place of bin/codegen.js.
 *
 * Peak RSS comes from `/usr/bin/time` (GNU time's %M) when it exists, else (or
 * with --launcher) from scripts/bench-launcher.mjs, which runs the CLI inside a
 * node process and reads `process.resourceUsage().maxRSS` as it exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSizes, formatRows } from './bundle-size.mjs';
import { consumerBench, consumerTable, heyApiTool } from './consumer-bench.mjs';
import { OUR_CLI, ROOT, ensureCorpus, githubSpec } from './corpus-cache.mjs';
import { operationCount, writeScaledSpec } from './bench-spec.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    spec: { type: 'string' },
    ours: { type: 'string' },
    launcher: { type: 'boolean', default: false },
    bundle: { type: 'boolean', default: true },
    consumer: { type: 'boolean', default: true },
    peers: { type: 'boolean', default: false },
    scale: { type: 'string', default: '4' },
    'scale-runs': { type: 'string', default: '1' },
    'startup-runs': { type: 'string', default: '7' },
  },
  allowNegative: true,
});

const TIME = '/usr/bin/time';
const NODE_FLAGS = ['--max-old-space-size=4096'];

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error?.stack ?? error}\n`);
  process.exit(1);
}

async function main() {
  const runs = Math.max(1, Number(args.runs) || 3);
  let spec = args.spec;
  if (spec === undefined) {
    ensureCorpus(['@octokit/openapi']);
    spec = githubSpec();
  }
  const oursCli = args.ours === undefined ? OUR_CLI : resolve(args.ours);
  if (!existsSync(oursCli))
    throw new Error(`${relative(process.cwd(), oursCli)} is missing: run \`npm run build\` first`);
  const method = !args.launcher && (await gnuTimeWorks()) ? 'gnu-time' : 'launcher';
  const theirsVersion = JSON.parse(
    await readFile(join(ROOT, 'node_modules', 'openapi-typescript', 'package.json'), 'utf8'),
  ).version;

  // hey-api makes a whole SDK too: beside ours when asked for (installed on demand).
  const heyApi = args.peers ? await heyApiTool() : undefined;
  const tools = (spec) => [
    {
      name: 'codegen (ours)',
      script: oursCli,
      args: (out) => ['generate', spec, '-o', out, '--quiet'],
    },
    // CI's common case: the SDK is committed and the spec unchanged.
    {
      name: 'codegen --check, up to date',
      script: oursCli,
      prepare: (out) => run([process.execPath, oursCli, 'generate', spec, '-o', out, '--quiet']),
      args: (out) => ['generate', spec, '-o', out, '--check', '--quiet'],
    },
    {
      name: `openapi-typescript ${theirsVersion}`,
      script: join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
      args: (out) => [spec, '-o', join(out, 'schema.d.ts')],
    },
    ...(heyApi
      ? [
          {
            name: heyApi.name,
            script: heyApi.script,
            prepare: (out) => heyApi.writeConfig(join(out, 'config.mjs'), spec, join(out, 'sdk')),
            args: (out) => ['-f', join(out, 'config.mjs')],
          },
        ]
      : []),
  ];
  const specs = [
    { label: basename(spec), file: spec, runs, operations: await operationCount(spec) },
  ];
  const scale = Number(args.scale) || 0;
  const scratch = await mkdtemp(join(tmpdir(), 'codegen-bench-spec-'));
  try {
    if (scale > 1) {
      const file = join(scratch, `x${scale}-${basename(spec)}`);
      const operations = await writeScaledSpec(spec, scale, file);
      specs.push({
        label: `${basename(spec)} ×${scale}`,
        file,
        runs: Math.max(1, Number(args['scale-runs']) || 1),
        operations,
      });
    }
    process.stdout.write(
      `peak RSS via ${method === 'gnu-time' ? TIME : 'bench-launcher.mjs'}; runs alternate between the tools\n`,
    );
    const startupRuns = Number(args['startup-runs']) || 0;
    if (startupRuns > 0) {
      const theirsCli = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
      process.stdout.write(`\nstart-up: median of ${startupRuns}\n`);
      printStartup(await sample(startupTools(oursCli, theirsCli), startupRuns, method));
    }
    const tables = [];
    for (const s of specs) tables.push(await benchSpec(s, tools(s.file), method));
    for (const [i, s] of specs.entries()) {
      process.stdout.write(`\n${s.label}: ${s.operations} operations, median of ${s.runs}\n`);
      printTable(tables[i], s);
      process.stdout.write(`stages of ours (--debug): ${await stageTimes(oursCli, s.file)}\n`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (args.bundle) {
    process.stdout.write('\nbundle sizes (esbuild --bundle --minify --format=esm, gzip -9):\n');
    process.stdout.write(`${formatRows(await bundleSizes({ peers: args.peers }))}\n`);
  }
  if (args.consumer) {
    process.stdout.write("\nwhat the SDK costs its user's project (GitHub):\n");
    process.stdout.write(`${consumerTable(await consumerBench({ runs }))}\n`);
  }
}

async function benchSpec({ label, file, runs }, tools, method) {
  const sizeMb = statSync(file).size / 1e6;
  process.stdout.write(`spec: ${label} (${sizeMb.toFixed(1)} MB); ${runs} runs each\n`);
  return sample(tools, runs, method);
}

/** The commands a build step pays for before any work (the check runs on this repository's config). */
function startupTools(oursCli, theirsCli) {
  return [
    { name: 'codegen --help', script: oursCli, args: () => ['--help'] },
    { name: 'codegen --version', script: oursCli, args: () => ['--version'] },
    { name: 'codegen check (this repo)', script: oursCli, args: () => ['check', '--quiet'] },
    { name: 'openapi-typescript --help', script: theirsCli, args: () => ['--help'] },
  ];
}

function printStartup(rows) {
  const theirs = rows[rows.length - 1];
  for (const r of rows)
    process.stdout.write(
      `  ${r.name.padEnd(28)} ${r.seconds.toFixed(2).padStart(6)} s ${r.peakMb.toFixed(0).padStart(5)} MB  ${(r.seconds / theirs.seconds).toFixed(2)}× theirs${r.failures > 0 ? `  (${r.failures} failed)` : ''}\n`,
    );
}

/** Each tool `runs` times, alternating, each run in a fresh process: the median of each. */
async function sample(tools, runs, method) {
  const samples = tools.map(() => []);
  for (let run = 1; run <= runs; run++) {
    for (const [i, tool] of tools.entries()) {
      const sample = await measure(tool, method);
      samples[i].push(sample);
      const status = sample.code === 0 ? 'ok' : `exit ${sample.code}`;
      process.stdout.write(
        `  run ${run} ${tool.name.padEnd(28)} ${sample.seconds.toFixed(2).padStart(7)} s ${sample.peakMb.toFixed(0).padStart(6)} MB  ${status}\n`,
      );
      if (sample.code !== 0) process.stdout.write(`      ${firstErrorLine(sample.stderr)}\n`);
    }
  }
  return tools.map((tool, i) => ({
    name: tool.name,
    seconds: median(samples[i].map((s) => s.seconds)),
    peakMb: median(samples[i].map((s) => s.peakMb)),
    failures: samples[i].filter((s) => s.code !== 0).length,
  }));
}

function printTable(rows, { label, runs, operations }) {
  // The ratios are to openapi-typescript's run: the issue's yardstick.
  const theirs = rows.find((r) => r.name.startsWith('openapi-typescript'));
  const table = [
    ['', 'wall s', 'peak MB', 'ms/op', 'KB/op', 'failed runs'],
    ...rows.map((r) => [
      r.name,
      r.seconds.toFixed(2),
      r.peakMb.toFixed(0),
      ((r.seconds * 1000) / operations).toFixed(2),
      ((r.peakMb * 1024) / operations).toFixed(0),
      `${r.failures}/${runs}`,
    ]),
    ...rows
      .filter((r) => r !== theirs)
      .map((r) => [
        `${r.name} / theirs`,
        `${(r.seconds / theirs.seconds).toFixed(2)}×`,
        `${(r.peakMb / theirs.peakMb).toFixed(2)}×`,
        '',
        '',
        '',
      ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table)
    process.stdout.write(
      `${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}\n`,
    );
  for (const row of rows.filter((r) => r.failures > 0)) {
    process.stdout.write(
      `note: ${row.name} failed on ${label} in ${row.failures} of ${runs} runs: its numbers are the time and memory until it failed.\n`,
    );
  }
}

/** One untimed run of ours with `--debug`: `load 410 ms, normalize …`. */
async function stageTimes(cli, spec) {
  const out = await mkdtemp(join(tmpdir(), 'codegen-bench-'));
  try {
    const { stderr } = await run([
      process.execPath,
      ...NODE_FLAGS,
      cli,
      'generate',
      spec,
      '-o',
      out,
      '--debug',
      '--quiet',
    ]);
    const stages = [...stderr.matchAll(/^ {2}(\w+) +([\d.]+) ms$/gm)].map(
      ([, stage, ms]) => `${stage} ${Math.round(Number(ms))} ms`,
    );
    return stages.join(', ') || '(none printed)';
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** One run of one tool in a fresh child process and a fresh output directory. */
async function measure(tool, method) {
  const out = await mkdtemp(join(tmpdir(), 'codegen-bench-'));
  const stats = join(out, '.stats');
  if (tool.prepare) await tool.prepare(out);
  const command =
    method === 'gnu-time'
      ? [
          TIME,
          '-f',
          '%e %M',
          '-o',
          stats,
          process.execPath,
          ...NODE_FLAGS,
          tool.script,
          ...tool.args(out),
        ]
      : [
          process.execPath,
          ...NODE_FLAGS,
          join(ROOT, 'scripts', 'bench-launcher.mjs'),
          stats,
          tool.script,
          ...tool.args(out),
        ];
  try {
    const started = process.hrtime.bigint();
    const { code, stderr } = await run(command);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const text = await readFile(stats, 'utf8');
    let maxRssKb;
    if (method === 'gnu-time') {
      // With a failing command GNU time writes "Command exited with non-zero status N" first.
      const last = text.trim().split('\n').at(-1) ?? '';
      maxRssKb = Number(last.split(' ')[1]);
    } else {
      maxRssKb = JSON.parse(text).maxRssKb;
    }
    if (!Number.isFinite(maxRssKb))
      throw new Error(`cannot read peak RSS from ${JSON.stringify(text)}`);
    return { seconds, peakMb: maxRssKb / 1024, code, stderr };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function run([file, ...argv]) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stderr }));
  });
}

async function gnuTimeWorks() {
  if (!existsSync(TIME)) return false;
  const out = await mkdtemp(join(tmpdir(), 'codegen-bench-'));
  try {
    const { code } = await run([
      TIME,
      '-f',
      '%e %M',
      '-o',
      join(out, 'probe'),
      process.execPath,
      '-e',
      '',
    ]);
    const [, rss] = (await readFile(join(out, 'probe'), 'utf8')).trim().split(' ');
    return code === 0 && Number(rss) > 0;
  } catch {
    return false;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function firstErrorLine(stderr) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line =
    lines.find((l) => /^[\w.]*Error\b/.test(l)) ??
    lines.find((l) => /error/i.test(l) && !l.startsWith('at ') && !l.startsWith('throw ')) ??
    lines[0] ??
    '(no output)';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
