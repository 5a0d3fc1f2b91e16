/**
 * Imports each SDK the way a program would and checks that importing runs
 * nothing: the hostile text in a spec tries to set a sentinel, exit or throw.
 * The TypeScript is stripped to JavaScript beside the SDK (the output folder
 * itself is left alone) by the transform vitest itself uses, and imported in a worker thread, which can be stopped
 * when an import never finishes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { transformWithOxc } from 'vite';
import { failure, type Failure } from './failure.js';
import { SENTINEL } from './hostile-text.js';

interface ImportReport {
  readonly id: number;
  readonly pwned: boolean;
  readonly calls: readonly string[];
  readonly threw: string | undefined;
  readonly uncaught: readonly string[];
}

const WORKER = new URL('./import-worker.mjs', import.meta.url);

/** Each SDK folder → what importing it did wrong (empty when nothing). */
export async function importSdks(
  sdks: ReadonlyArray<{ readonly sdk: string; readonly scratch: string }>,
  timeoutMs: number,
): Promise<Map<string, Failure[]>> {
  const results = new Map<string, Failure[]>();
  const pending = await Promise.all(
    sdks.map(async ({ sdk, scratch }) => ({
      sdk,
      entry: pathToFileURL(await stripTypes(sdk, scratch)).href,
    })),
  );
  let worker: Worker | undefined;
  try {
    for (const [id, { sdk, entry }] of pending.entries()) {
      worker ??= new Worker(WORKER, {
        workerData: { sentinel: SENTINEL },
        stdout: true,
        stderr: true,
      });
      const report = await importIn(worker, id, entry, timeoutMs);
      if (report === undefined) {
        await worker.terminate();
        worker = undefined;
        results.set(sdk, [
          failure('import', `importing the SDK did not finish in ${timeoutMs} ms`),
        ]);
        continue;
      }
      results.set(sdk, judge(report));
    }
  } finally {
    await worker?.terminate();
  }
  return results;
}

function judge(report: ImportReport): Failure[] {
  const found: Failure[] = [];
  if (report.pwned) found.push(failure('import', `importing the SDK set globalThis.${SENTINEL}`));
  for (const call of report.calls)
    found.push(failure('import', `importing the SDK called ${call}`));
  if (report.threw !== undefined)
    found.push(failure('import', `importing the SDK threw ${report.threw}`));
  for (const error of report.uncaught)
    found.push(failure('import', `importing the SDK left an uncaught ${error}`));
  return found;
}

function importIn(
  worker: Worker,
  id: number,
  url: string,
  timeoutMs: number,
): Promise<ImportReport | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const onMessage = (report: ImportReport): void => {
      if (report.id === id) done(report);
    };
    const onExit = (): void => done(undefined);
    function done(report: ImportReport | undefined): void {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      resolve(report);
    }
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.postMessage({ id, url });
  });
}

// The runtime files are the same in every SDK: stripped once.
const transpiledRuntime = new Map<string, string>();

/** The SDK's .ts files as .js under `scratch`; returns the entry file. */
async function stripTypes(sdk: string, scratch: string): Promise<string> {
  for (const file of readdirSync(sdk, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(join(sdk, file), 'utf8');
    const cache = file.startsWith('runtime') ? transpiledRuntime : undefined;
    const js = cache?.get(source) ?? (await stripFile(source, file));
    // Not TypeScript (a user's file, a half-written one): importing it would fail, and tsc says why.
    if (js === undefined) continue;
    cache?.set(source, js);
    const target = join(scratch, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
  writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
  return join(scratch, 'index.js');
}

async function stripFile(source: string, file: string): Promise<string | undefined> {
  let code: string;
  try {
    code = (await transformWithOxc(source, file, { lang: 'ts', target: 'esnext' })).code;
  } catch {
    return undefined;
  }
  // oxc rewrites a tagged template holding `</script` with a helper package this project does
  // not install; TypeScript's slower transpiler keeps it as written.
  if (!code.includes('@oxc-project/runtime')) return code;
  return ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  }).outputText;
}
