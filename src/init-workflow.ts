/**
 * The GitHub Actions workflow `codegen init --github-action` writes: at the repository's root,
 * where GitHub reads workflows (a package of a monorepo runs its steps in its own folder), with
 * the repository's own package manager, the spec's folder, the config and the lockfile as its
 * triggers, and the push token kept from every step but the push.
 */
import { createHash } from 'node:crypto';
import { access, lstat, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { packagePath } from './package-root.js';
import type { SdkConfig } from './config.js';
import { CodegenError } from './diagnostics.js';
import { repositoryRoot } from './repository-root.js';

const WORKFLOWS_DIR = packagePath('templates/workflows/');

/** How a repository installs and runs its tools, by its lockfile. */
const PACKAGE_MANAGERS = [
  // `--` before the command: npx takes a flag after `--no codegen` for its own (team trial:
  // `npx --no codegen --check` had warned of an unknown npm config, and regenerated).
  { lockfile: 'package-lock.json', install: 'npm ci', run: 'npx --no -- codegen', cache: 'npm' },
  { lockfile: 'npm-shrinkwrap.json', install: 'npm ci', run: 'npx --no -- codegen', cache: 'npm' },
  // Through corepack, which takes the version `packageManager` names.
  {
    lockfile: 'pnpm-lock.yaml',
    install: 'pnpm install --frozen-lockfile',
    run: 'pnpm exec codegen',
  },
  { lockfile: 'yarn.lock', install: 'yarn install --frozen-lockfile', run: 'yarn codegen' },
] as const;
type PackageManager = (typeof PACKAGE_MANAGERS)[number];

export interface Workflow {
  /** Relative to the folder `init` runs in. */
  readonly path: string;
  readonly content: string;
}

export async function workflow(
  mode: 'check' | 'commit',
  sdks: readonly SdkConfig[],
  cwd: string,
): Promise<Workflow> {
  const root = await repositoryRoot(cwd);
  // The project's folder within the repository, as the workflow writes paths: `packages/api/`.
  const folder = relative(root, cwd).split(sep).join('/');
  const prefix = folder === '' ? '' : `${folder}/`;
  const own = packageSlug(folder);
  const found = await packageManager(cwd, root);
  const manager = found?.manager ?? PACKAGE_MANAGERS[0];
  const lockfile = found && relative(root, join(found.dir, manager.lockfile)).split(sep).join('/');
  const inputs = sdks.flatMap((sdk) => (typeof sdk.input === 'string' ? [sdk.input] : sdk.input));
  refuseUnsafeInWorkflow([folder, ...inputs, ...sdks.map((sdk) => sdk.output)]);
  // A spec's whole folder: the files it `$ref`s change it too. A codegen upgrade changes the lockfile.
  // A folder's own glob characters matched as themselves (red team: `c++`'s filter had matched
  // nothing, and the workflow never ran).
  const literal = (path: string) => path.replace(/[*?+[\]!]/g, '\\$&');
  const watched = [
    ...new Set([
      ...inputs.map((input) => `${literal(prefix)}${specGlob(input, literal)}`),
      `${literal(prefix)}codegen.config.*`,
      `${literal(prefix)}package.json`,
      ...(lockfile ? [literal(lockfile)] : []),
    ]),
  ];
  const template = await readFile(join(WORKFLOWS_DIR, `codegen-${mode}.yml`), 'utf8');
  const content = template
    .replace(/^.*__WATCHED__.*$/m, (line) =>
      watched.map((glob) => line.replace('__WATCHED__', yamlQuoted(glob))).join('\n'),
    )
    .replace(/^( *)# __DEFAULTS__\n/m, (_, indent: string) =>
      folder === ''
        ? ''
        : `${indent}defaults:\n${indent}  run:\n${indent}    working-directory: '${yamlQuoted(folder)}'\n`,
    )
    .replace(/^( *)# __SETUP__$/m, (_, indent: string) =>
      setupSteps(manager, lockfile, folder)
        .map((line) => indent + line)
        .join('\n'),
    )
    .replace(/__RUN__/g, manager.run)
    // Each package's runs apart, and named so: a shared group had let GitHub cancel one
    // package's waiting run for another's (red team).
    .replace('group: codegen-', `group: codegen${own}-`)
    .replace(/^name: (.*)$/m, (line, title: string) =>
      folder === '' ? line : `name: '${yamlQuoted(`${title} (${folder})`)}'`,
    )
    .replace("'__OUTPUT__'", () => sdks.map((sdk) => `'${shellQuoted(sdk.output)}'`).join(' '));
  const within = ['.github', 'workflows', `codegen-${mode}${own}.yml`];
  await refuseSymlinks(root, within);
  return { path: join(relative(cwd, root), ...within), content };
}

/**
 * A package's own part of its workflows' file names (`-packages-api`): a second package's had
 * replaced the first's (team trial). Where characters were replaced, or none are left, a short
 * hash of the folder keeps two apart (red team: `a.b` and `a-b`, `日本` and `中文`).
 */
function packageSlug(folder: string): string {
  if (folder === '') return '';
  const slug = folder.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (slug !== '' && slug.replace(/-/g, '/') === folder) return `-${slug}`;
  const hash = createHash('sha256').update(folder).digest('hex').slice(0, 6);
  return `-${slug === '' ? '' : `${slug}-`}${hash}`;
}

/**
 * Node, and the dependencies as the lockfile has them, installed where the lockfile is: a
 * workspace's folder installs only itself (team trial: the root's codegen had not been there).
 */
function setupSteps(
  manager: PackageManager,
  lockfile: string | undefined,
  folder: string,
): string[] {
  const node = ['- uses: actions/setup-node@v4', '  with:', '    node-version: lts/*'];
  const lockDir = lockfile === undefined ? folder : dirname(lockfile).replace(/^\.$/, '');
  const where = lockDir === folder ? [] : [`  working-directory: '${yamlQuoted(lockDir || '.')}'`];
  if (!('cache' in manager))
    return [
      ...node,
      `- run: corepack enable && ${manager.install}`,
      ...where,
      '  env:',
      "    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0'",
    ];
  return [
    ...node,
    // setup-node's cache needs the lockfile, which a repository without one has not got.
    ...(lockfile
      ? [`    cache: ${manager.cache}`, `    cache-dependency-path: '${yamlQuoted(lockfile)}'`]
      : []),
    `- run: ${lockfile ? manager.install : 'npm install'}`,
    ...where,
  ];
}

/** The spec's folder (`specs/**`), or the spec alone where it sits at the project's root. */
function specGlob(input: string, literal: (path: string) => string): string {
  if (!/\.[a-z]+$/i.test(input)) return `${literal(input.replace(/\/$/, ''))}/**`;
  const folder = dirname(input);
  return folder === '.' ? literal(input) : `${literal(folder)}/**`;
}

/**
 * Refuses a workflow path through a symlink (red team: a planted `.github` or workflow link had
 * had it written outside the repository), as the SDK's own writes refuse one.
 */
async function refuseSymlinks(root: string, path: readonly string[]): Promise<void> {
  for (let i = 1; i <= path.length; i++) {
    const at = join(root, ...path.slice(0, i));
    const entry = await lstat(at).catch(() => undefined);
    if (entry?.isSymbolicLink())
      throw new CodegenError([
        { message: `${at} is a symlink: codegen writes no workflow through one` },
      ]);
  }
}

/** The lockfile nearest `cwd`, up to the repository's root (a workspace's is at its root). */
async function packageManager(
  cwd: string,
  root: string,
): Promise<{ manager: PackageManager; dir: string } | undefined> {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const manager of PACKAGE_MANAGERS)
      if (await exists(join(dir, manager.lockfile))) return { manager, dir };
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}

/** Whether anything is at `path` (access allowing). */
export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * A path the workflow cannot carry as the text it is: a line break (NEL and the other C1 controls
 * too, which YAML 1.1 parsers break lines at) ends the YAML block it sits
 * in, where the next lines would be steps of their own, and Actions evaluates `${{ … }}` in a
 * `run:` script before the shell reads its quotes (red team: a config's output added a step
 * that sent the repository's secrets away).
 */
function refuseUnsafeInWorkflow(paths: readonly string[]): void {
  const unsafe = paths.filter((path) =>
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\$\{\{/.test(path),
  );
  if (unsafe.length > 0)
    throw new CodegenError(
      unsafe.map((path) => ({
        message: `The path ${JSON.stringify(path)} holds a line break, a control character or \`\${{\`, which a GitHub Actions workflow would read as more than a path`,
      })),
    );
}

// The values land inside single quotes: escape for those.
function yamlQuoted(text: string): string {
  return text.replace(/'/g, "''");
}

function shellQuoted(text: string): string {
  return text.replace(/'/g, "'\\''");
}
