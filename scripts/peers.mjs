/**
 * The generators and clients the benches compare ours with, pinned, installed on
 * demand into .cache/peers/ (never dev dependencies: only the benches use them).
 * hey-api 0.92.2 is the last that runs on Node 20, with the TypeScript 5 it needs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE } from './corpus-cache.mjs';

export const HEY_API_VERSION = '0.92.2';
const PACKAGES = [
  `@hey-api/openapi-ts@${HEY_API_VERSION}`,
  'openapi-fetch@0.17.0',
  'typescript@5.9.3',
];

export const PEERS_DIR = join(CACHE, 'peers');
export const HEY_API_CLI = join(
  PEERS_DIR,
  'node_modules',
  '@hey-api',
  'openapi-ts',
  'bin',
  'run.js',
);

/** Installs the pinned peers once; nothing when they are there. */
export function ensurePeers() {
  if (existsSync(HEY_API_CLI) && existsSync(join(PEERS_DIR, 'node_modules', 'openapi-fetch')))
    return;
  mkdirSync(PEERS_DIR, { recursive: true });
  if (!existsSync(join(PEERS_DIR, 'package.json')))
    writeFileSync(join(PEERS_DIR, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['i', '-E', '--no-audit', '--no-fund', ...PACKAGES], {
    cwd: PEERS_DIR,
    stdio: 'ignore',
  });
}
