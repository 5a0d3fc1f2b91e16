#!/usr/bin/env node
/**
 * What an SDK costs the project that uses it, on GitHub's spec: the generated
 * source's bytes, a consumer's `tsc` CPU time over a program that imports the
 * SDK and calls one operation, and the TypeScript language service's first
 * completion after `client.` (a cold editor). Ours beside hey-api's, which is
 * installed on demand into `.cache/consumer-peers` (never a dependency).
 * Each measurement runs in a fresh child process; the median of `--runs` is kept.
 *
 *   node scripts/consumer-bench.mjs [--runs <n>] [--json]
 *
 * Also run by `npm run bench`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE, OUR_CLI, ROOT, ensureCorpus, githubSpec } from './corpus-cache.mjs';
import { sourceBytes } from './bundle-size.mjs';
import { HEY_API_CLI, HEY_API_VERSION, ensurePeers } from './peers.mjs';

const WORK = join(CACHE, 'consumer-bench');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const COMPILER_OPTIONS = {
  target: 'es2022',
  module: 'nodenext',
  moduleResolution: 'nodenext',
  lib: ['es2022', 'dom', 'dom.iterable'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
};

export async function consumerBench({ runs = 3 } = {}) {
  ensureCorpus(['@octokit/openapi']);
  const spec = githubSpec();
  await rm(WORK, { recursive: true, force: true });
  const sdks = [await ours(spec), await heyApi(spec)];
  const rows = [];
  for (const sdk of sdks) {
    await writeFile(join(sdk.project, 'package.json'), '{ "type": "module" }\n');
    await writeFile(
      join(sdk.project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: ['program.ts'] }),
    );
    // tsc compiles the program without the unfinished line the editor completes.
    const compiled = sdk.program
      .split('\n')
      .filter((line) => !line.includes('/*|*/'))
      .join('\n');
    await writeFile(join(sdk.project, 'program.ts'), compiled);
    const tsc = median(Array.from({ length: runs }, () => tscCpuSeconds(sdk.project)));
    const completion = median(
      Array.from({ length: runs }, () => firstCompletionSeconds(sdk.project, sdk.program)),
    );
    rows.push({ name: sdk.name, bytes: await sourceBytes(sdk.sdkDir), tsc, completion });
  }
  return rows;
}

async function ours(spec) {
  const project = join(WORK, 'ours');
  const sdkDir = join(project, 'sdk');
  execFileSync(process.execPath, [OUR_CLI, 'generate', spec, '-o', sdkDir, '--quiet']);
  // The full client extends the lean core, which extends the runtime's BaseClient.
  const clientName = [
    ...readFileSync(join(sdkDir, 'client.ts'), 'utf8').matchAll(
      /export class (\w+) extends (\w+)/g,
    ),
  ].find((m) => m[2] !== 'BaseClient')?.[1];
  return {
    name: 'codegen (ours)',
    project,
    sdkDir,
    program: `import { ${clientName} } from './sdk/index.js';\nconst client = new ${clientName}({ baseUrl: 'https://x' });\nconsole.log(await client.repos.get('o', 'r'));\nclient./*|*/;\n`,
  };
}

/** hey-api's command (installed on demand into .cache/), its name, and a config for a spec. */
export async function heyApiTool() {
  ensurePeers();
  return {
    name: `hey-api ${HEY_API_VERSION}`,
    script: HEY_API_CLI,
    /** Writes the config that generates the whole SDK (types, client, functions) of `spec` into `output`. */
    writeConfig: (config, spec, output) =>
      writeFile(
        config,
        `export default ${JSON.stringify({
          input: spec,
          output,
          plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
        })};\n`,
      ),
  };
}

async function heyApi(spec) {
  const tool = await heyApiTool();
  const project = join(WORK, 'hey-api');
  const sdkDir = join(project, 'sdk');
  const config = join(WORK, 'hey-api.config.mjs');
  await tool.writeConfig(config, spec, sdkDir);
  execFileSync(process.execPath, [tool.script, '-f', config], { stdio: 'ignore', cwd: WORK });
  return {
    name: tool.name,
    project,
    sdkDir,
    program: `import * as sdk from './sdk/index.js';\nconsole.log(await sdk.reposGet({ path: { owner: 'o', repo: 'r' } }));\nsdk./*|*/;\n`,
  };
}

/** User plus system CPU seconds of one `tsc -p .` over the project, read as its process exits. */
function tscCpuSeconds(project) {
  const script = `
    process.on('exit', () => {
      const { user, system } = process.cpuUsage();
      require('node:fs').writeSync(2, '\\ncpu ' + (user + system) / 1e6 + '\\n');
    });
    process.argv = [process.argv[0], 'tsc', '-p', '.'];
    require(${JSON.stringify(TSC)});
  `;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`tsc failed in ${project}:\n${child.stdout}`);
  return Number(/cpu ([\d.]+)/.exec(child.stderr)?.[1]);
}

/** Seconds from a cold language service to its first completion list at the program's marker. */
function firstCompletionSeconds(project, program) {
  const position = program.indexOf('/*|*/');
  const source = program.replace('/*|*/', '');
  const script = `
    const ts = require(${JSON.stringify(join(ROOT, 'node_modules', 'typescript'))});
    const path = require('node:path');
    const fs = require('node:fs');
    const project = ${JSON.stringify(project)};
    const file = path.join(project, 'program.ts');
    const options = ts.convertCompilerOptionsFromJson(${JSON.stringify(COMPILER_OPTIONS)}, project).options;
    const started = performance.now();
    const host = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => {
        const text = name === file ? ${JSON.stringify(source)} : fs.existsSync(name) ? fs.readFileSync(name, 'utf8') : undefined;
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => project,
      getCompilationSettings: () => options,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    };
    const service = ts.createLanguageService(host, ts.createDocumentRegistry());
    const completions = service.getCompletionsAtPosition(file, ${position}, {});
    if (!completions || completions.entries.length === 0) throw new Error('no completions');
    console.log((performance.now() - started) / 1000);
  `;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function consumerTable(rows) {
  const [base] = rows;
  const ratio = (value, of) => `${(value / of).toFixed(2)}×`;
  return [
    '| SDK | generated source | consumer tsc CPU | first completion |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(r.bytes / 1e6).toFixed(2)} MB (${ratio(r.bytes, base.bytes)}) | ${r.tsc.toFixed(2)} s (${ratio(r.tsc, base.tsc)}) | ${r.completion.toFixed(2)} s (${ratio(r.completion, base.completion)}) |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
  });
  const rows = await consumerBench({ runs: Math.max(1, Number(values.runs) || 3) });
  process.stdout.write(
    values.json ? `${JSON.stringify(rows, null, 2)}\n` : `${consumerTable(rows)}\n`,
  );
}
