#!/usr/bin/env node
/**
 * The `codegen` command as users run it: src/cli.ts and the two worker entries
 * bundled by esbuild into bin/ (ES modules, split so that what a command loads
 * lazily stays in chunks of its own). Starting a process that loads ~150 small
 * modules one by one costs more than the work of a `codegen check` on a few
 * small specs; one file per stage loads ~15% faster (`npm run bench`).
 *
 * The small libraries every run needs (yaml, commander, picocolors) are bundled
 * in; every other dependency is heavy or loads only when an input asks for it,
 * and stays an import of the installed package. Run by `npm run build`.
 */
import { chmod, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bin');
const INLINED = ['yaml', 'commander', 'picocolors'];

const { dependencies } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
await rm(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  // Each entry keeps the name its importers look for beside them (see src/package-root.ts).
  entryPoints: {
    codegen: 'src/cli.ts',
    'generate-worker': 'src/generate-worker.ts',
    'format-worker': 'src/format/format-worker.ts',
  },
  outdir: OUT,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => !INLINED.includes(name)),
  // The bundled CommonJS libraries call `require` for Node's built-ins.
  banner: {
    js: "import { createRequire as __bundledRequire } from 'node:module'; const require = __bundledRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await chmod(join(OUT, 'codegen.js'), 0o755);
