#!/usr/bin/env node
/**
 * What a user's bundle pays for an SDK: a small program that creates the client
 * and calls operations, bundled with esbuild (`--bundle --minify --format=esm`)
 * and compressed with gzip -9. Measured for the seed's SDK and GitHub's, with one
 * and with ten operations, as standalone functions on the lean core, as
 * methods of the client class and of one resource class on the core (what
 * hey-api's class style, a class per tag, compares with); beside hey-api's and openapi-fetch's output when
 * `--peers` installs them on demand into `.cache/bundle-peers` (never a dependency).
 *
 *   node scripts/bundle-size.mjs [--peers] [--json] [--analyze <name>]
 *
 * Also imported by scripts/bench.mjs and by the lean tests (`measureProgram`).
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { CACHE, OUR_CLI, ROOT, ensureCorpus, githubSpec } from './corpus-cache.mjs';
import { HEY_API_CLI, PEERS_DIR, ensurePeers } from './peers.mjs';

const WORK_DIR = join(CACHE, 'bundle-size');

/** Bundles `source` (an ES module whose imports resolve from `dir`); sizes in bytes. */
export async function measureProgram(source, dir, { metafile = false } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, sourcefile: 'program.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    text: new TextDecoder().decode(code),
    metafile: result.metafile,
  };
}

/** The names a program needs, read from a generated SDK's sources. */
export async function sdkNames(sdkDir) {
  const client = await readFile(join(sdkDir, 'client.ts'), 'utf8');
  const operations = await readFile(join(sdkDir, 'operations.ts'), 'utf8');
  const coreName = /export class (\w+) extends BaseClient/.exec(client)?.[1];
  const clientName = new RegExp(`export class (\\w+) extends ${coreName}\\b`).exec(client)?.[1];
  const functions = [...operations.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  // The first resource and its first method: hey-api's class style is a class per tag.
  const [, resource, method] =
    /^export class (\w+Resource) \{[^]*?\n {2}(?!constructor)(\w+)\(/m.exec(client) ?? [];
  return { coreName, clientName, functions, resource: resource && { name: resource, method } };
}

/** The programs measured for one SDK: `functions` on the core, and the client `class`. */
export function programs({ coreName, clientName, functions, resource }, count) {
  const picked = functions.slice(0, count);
  const core = coreName ?? clientName;
  return {
    functions: [
      `import { ${core}, ${picked.join(', ')} } from './index.js';`,
      `const core = new ${core}();`,
      ...picked.map((f) => `console.log(${f}(core as any, 'x' as any));`),
    ].join('\n'),
    // Every method of a class is reachable from it: calling one or ten adds no code.
    class: [
      `import { ${clientName} } from './index.js';`,
      `const client = new ${clientName}();`,
      `console.log(client);`,
    ].join('\n'),
    // One resource class on the core: what hey-api's class style (a class per tag) compares with.
    resource:
      resource &&
      [
        `import { ${core}, ${resource.name} } from './index.js';`,
        `const resource = new ${resource.name}(new ${core}());`,
        `console.log(resource.${resource.method}('x' as any));`,
      ].join('\n'),
  };
}

/** Our SDK for a spec, generated into `.cache/bundle-size/<name>`. */
async function generateOurs(name, spec) {
  const out = join(WORK_DIR, name);
  await rm(out, { recursive: true, force: true });
  execFileSync(process.execPath, [OUR_CLI, 'generate', spec, '-o', out, '--quiet'], {
    stdio: 'inherit',
  });
  return out;
}

/** Bytes of every file under `dir`: the source a user's editor and `tsc` read. */
/** The TypeScript a consumer compiles: our manifest (JSON) and any README are not source. */
export async function sourceBytes(dir) {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    files
      .filter((f) => f.isFile() && f.name.endsWith('.ts'))
      .map(async (f) => (await stat(join(f.parentPath, f.name))).size),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

export async function measureOurs(name, spec) {
  const dir = await generateOurs(name, spec);
  const names = await sdkNames(dir);
  process.stdout.write(`${name}: generated source ${(await sourceBytes(dir)) / 1e6} MB\n`);
  const rows = [];
  for (const count of [1, 10]) {
    const { functions, class: classProgram, resource } = programs(names, count);
    rows.push({
      sdk: name,
      style: 'functions',
      ops: count,
      ...(await measureProgram(functions, dir)),
    });
    if (count === 1)
      rows.push({
        sdk: name,
        style: 'class',
        ops: 'any',
        ...(await measureProgram(classProgram, dir)),
      });
    if (count === 1 && resource)
      rows.push({
        sdk: name,
        style: `class ${names.resource.name}`,
        ops: 'any',
        ...(await measureProgram(resource, dir)),
      });
  }
  return rows;
}

/** hey-api's and openapi-fetch's output for the same spec, installed on demand. */
async function measurePeers(name, spec) {
  ensurePeers();
  const rows = [];
  for (const asClass of [false, true]) {
    const out = join(WORK_DIR, `${name}-hey-api${asClass ? '-class' : ''}`);
    await rm(out, { recursive: true, force: true });
    const config = join(WORK_DIR, `${name}-hey-api${asClass ? '-class' : ''}.config.mjs`);
    await writeFile(
      config,
      `export default ${JSON.stringify({
        input: spec,
        output: out,
        plugins: ['@hey-api/typescript', { name: '@hey-api/sdk', asClass }],
      })};\n`,
    );
    execFileSync(process.execPath, [HEY_API_CLI, '-f', config], {
      cwd: PEERS_DIR,
      stdio: 'ignore',
    });
    const sdk = await readFile(join(out, 'sdk.gen.ts'), 'utf8');
    if (asClass) {
      const cls = /export class (\w+)/.exec(sdk)?.[1];
      const method = new RegExp(`class ${cls}[^]*?\\n\\s+public static (\\w+)`).exec(sdk)?.[1];
      const source = `import { ${cls} } from './sdk.gen.js';\nconsole.log(${cls}.${method}({} as any));`;
      rows.push({
        sdk: name,
        style: `hey-api class ${cls}`,
        ops: 1,
        ...(await measureProgram(source, out)),
      });
    } else {
      const fns = [...sdk.matchAll(/^export const (\w+) = /gm)].map((m) => m[1]);
      for (const count of [1, 10]) {
        const picked = fns.slice(0, count);
        const source = `import { ${picked.join(', ')} } from './sdk.gen.js';\n${picked.map((f) => `console.log(${f}({} as any));`).join('\n')}`;
        rows.push({
          sdk: name,
          style: 'hey-api functions',
          ops: count,
          ...(await measureProgram(source, out)),
        });
      }
    }
  }
  const fetchProgram = `import createClient from 'openapi-fetch';\nconst client = createClient({ baseUrl: 'https://x' });\nconsole.log(client.GET('/x' as never, {} as never));`;
  rows.push({
    sdk: name,
    style: 'openapi-fetch',
    ops: 'any',
    ...(await measureProgram(fetchProgram, PEERS_DIR)),
  });
  return rows;
}

/** The rows of the report: every SDK and style, in bytes. */
export async function bundleSizes({ peers = false } = {}) {
  ensureCorpus(['@octokit/openapi']);
  const specs = [
    ['seed', join(ROOT, 'specs', 'meibel')],
    ['github', githubSpec()],
  ];
  const rows = [];
  for (const [name, spec] of specs) {
    rows.push(...(await measureOurs(name, spec)));
    // The peers read OpenAPI files, not the seed's docs pages.
    if (peers && name !== 'seed') rows.push(...(await measurePeers(name, spec)));
  }
  return rows;
}

export function formatRows(rows) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const table = [
    ['sdk', 'style', 'ops', 'min', 'min+gz'],
    ...rows.map((r) => [r.sdk, r.style, String(r.ops), kb(r.minified), kb(r.gzip)]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  return table
    .map((row) =>
      row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '),
    )
    .join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      peers: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      analyze: { type: 'string' },
    },
  });
  if (values.analyze !== undefined) {
    const [name, style = 'functions'] = values.analyze.split(':');
    const dir = join(WORK_DIR, name);
    const program = programs(await sdkNames(dir), 1)[style];
    const { metafile } = await measureProgram(program, dir, { metafile: true });
    const { analyzeMetafile } = await import('esbuild');
    process.stdout.write(await analyzeMetafile(metafile, { verbose: false }));
  } else {
    const rows = await bundleSizes({ peers: values.peers });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(
            rows.map(({ text: _t, metafile: _m, ...r }) => r),
            null,
            2,
          )}\n`
        : `${formatRows(rows)}\n`,
    );
  }
}
