/**
 * Start-up is paid on every build that runs the generator: a run loads only
 * the modules its input needs. Generating this repository's specs must load
 * neither ts-morph (nor the TypeScript compiler), prettier, swagger2openapi,
 * turndown, tinyglobby nor the JSONPath engine; each loads when its input
 * asks for it. Runs the built generator in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HEAVY = [
  'ts-morph',
  'typescript',
  'prettier',
  'swagger2openapi',
  'turndown',
  'tinyglobby',
  'jsonpath-rfc9535',
];

/** The heavy packages a child process loaded while generating an SDK from each input (dry run). */
function packagesLoadedBy(inputs: string[]): string[] {
  return packagesLoadedRunning(
    `const { generate } = await import('./dist/generate.js');
    for (const input of ${JSON.stringify(inputs)}) await generate({ input, output: 'unused', dryRun: true });`,
  ).filter((name) => HEAVY.includes(name));
}

/** Every package a child process loaded while running `body` (an ES module's statements). */
function packagesLoadedRunning(body: string): string[] {
  const script = `
    import { createRequire, register } from 'node:module';
    const seen = new Set();
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (url) => seen.add(url));
    port1.unref();
    register('data:text/javascript,' + encodeURIComponent(\`
      let port;
      export function initialize(data) { port = data.port; }
      export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
    \`), { data: { port: port2 }, transferList: [port2] });
    ${body}
    await new Promise((resolve) => setTimeout(resolve, 50));
    const urls = [...seen, ...Object.keys(createRequire(import.meta.url).cache)];
    const names = urls.map((u) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(u)?.[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(names)]));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as string[];
}

// GitHub's spec, when the corpus is installed (`node scripts/corpus-ensure.mjs`).
const GITHUB = '.cache/corpus/node_modules/@octokit/openapi/generated/api.github.com.json';

describe('modules load when an input needs them', () => {
  it('generating this repo’s specs loads none of the heavy ones', () => {
    expect(packagesLoadedBy(['specs/meibel', 'specs/nasty', 'specs/conformance'])).toEqual([]);
  });

  // CI's case: a check that finds every file up to date has no diff to show nor a listing to locate in.
  it('an up-to-date `codegen check` loads neither the diff library nor the JSON position parser', () => {
    const loaded = packagesLoadedRunning(
      `const { runCli } = await import('./dist/cli/run.js');
      const quiet = { write() {}, isTTY: false };
      const terminal = { cwd: process.cwd(), env: {}, stdout: quiet, stderr: quiet };
      const code = await runCli(terminal, ['check', '--quiet']);
      if (code !== 0) throw new Error('check exited ' + code);`,
    );
    expect(loaded).toContain('yaml');
    expect(loaded.filter((name) => ['diff', 'jsonc-parser', ...HEAVY].includes(name))).toEqual([]);
  });

  // The command users run is bundled (scripts/bundle-cli.mjs): its chunks must keep these lazy too.
  it('the bundled command’s up-to-date `check` loads none of them either', () => {
    const loaded = packagesLoadedRunning(
      `process.argv.push('check', '--quiet');
      await import('./bin/codegen.js');
      if (process.exitCode !== 0) throw new Error('check exited ' + process.exitCode);`,
    );
    expect(loaded).toContain('ajv');
    expect(loaded).not.toContain('yaml');
    expect(loaded.filter((name) => ['diff', 'jsonc-parser', ...HEAVY].includes(name))).toEqual([]);
  });

  it('a quoted glob loads the glob matcher, and works', () => {
    expect(packagesLoadedBy(['specs/nas*/openapi.yaml'])).toEqual(['tinyglobby']);
  });

  // Every statement of a large real spec is printed in prettier's form directly: no prettier.
  it.skipIf(!existsSync(GITHUB))(
    'generating GitHub’s spec loads none of the heavy ones',
    () => {
      expect(packagesLoadedBy([GITHUB])).toEqual([]);
    },
    60_000,
  );
});
