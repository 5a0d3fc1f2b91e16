#!/usr/bin/env node
/**
 * `npm pack` ships package.json as it stands, and its `prepare` (which builds this
 * repository after `npm ci`) reads to every user's npm as an install script ("1
 * package has install scripts not yet covered by allowScripts"), though the
 * package builds nothing when installed. `prepack` runs `strip`, which keeps
 * package.json aside and takes `prepare` out; `postpack` runs `restore`.
 *
 *   node scripts/pack-manifest.mjs strip|restore
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const MANIFEST = join(ROOT, 'package.json');
const KEPT = join(ROOT, '.package.json.prepack');

/**
 * Writes package.json whole or not at all: a reader (a test runner resolving modules while the
 * pack test packs) must never see it half written, which `writeFileSync` alone allows.
 */
function writeManifest(text) {
  const next = `${MANIFEST}.next`;
  writeFileSync(next, text);
  renameSync(next, MANIFEST);
}

const mode = process.argv[2];
if (mode !== 'strip' && mode !== 'restore') {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
if (mode === 'restore') {
  if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
} else {
  // A pack that failed after prepack left the original aside and package.json without its
  // prepare, perhaps edited since (npm pkg set, npm install): only the prepare comes back.
  if (existsSync(KEPT)) {
    const kept = JSON.parse(readFileSync(KEPT, 'utf8'));
    const current = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    if (current.scripts.prepare === undefined && kept.scripts.prepare !== undefined) {
      current.scripts.prepare = kept.scripts.prepare;
      writeManifest(`${JSON.stringify(current, null, 2)}\n`);
    }
    rmSync(KEPT);
  }
  const text = readFileSync(MANIFEST, 'utf8');
  writeFileSync(KEPT, text);
  const manifest = JSON.parse(text);
  delete manifest.scripts.prepare;
  writeManifest(`${JSON.stringify(manifest, null, 2)}\n`);
}
