/**
 * `codegen.config.{json,yaml,yml,mjs,ts}` (or a "codegen" key in package.json) in
 * the working directory or the nearest folder above it within its project:
 * one SDK or a list of them. Paths are relative to the config file.
 */
import { statSync } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodegenError } from './diagnostics.js';
import { isProjectFolder } from './load/project-root.js';
import { parseSource } from './load/parse.js';
import { optionProblem, SDK_OPTIONS, type SdkOptions } from './options.js';

/** One SDK: where its spec is, where it goes, and the generate options for it (see `options.ts`). */
export interface SdkConfig extends SdkOptions {
  readonly input: string | readonly string[];
  readonly output: string;
}

/** What `codegen.config.ts` can `export default` with `satisfies ConfigFile` for typing. */
export type ConfigFile = SdkConfig | { readonly sdks: readonly SdkConfig[] };

export interface CodegenConfig {
  readonly file: string;
  readonly sdks: readonly SdkConfig[];
}

const NAMES = [
  'codegen.config.json',
  'codegen.config.yaml',
  'codegen.config.yml',
  'codegen.config.mjs',
  'codegen.config.ts',
];

/** Paths in the result are relative to `cwd`, so messages name files as the user sees them. */
export async function loadConfig(cwd: string = process.cwd()): Promise<CodegenConfig> {
  const top = projectRoot(resolve(cwd));
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const config = await configIn(dir, cwd);
    if (config !== undefined) return config;
    if (dir === top) break;
  }
  throw new CodegenError([
    {
      message: `No codegen.config.{json,yaml,mjs,ts} or "codegen" key in package.json in ${cwd}${top === resolve(cwd) ? '' : ` or a folder above it up to ${top}`} (the search stops at the project's folder, with its package.json or .git). Run \`codegen init\`, or \`codegen generate <spec> -o <dir>\`.`,
    },
  ]);
}

/**
 * Where the search for a config stops: the project's folder (package.json or .git).
 * A config above it belongs to something else; outside any project only the working
 * directory counts. The walk never enters a folder another user owns or anyone may
 * write to (a shared /tmp): a `.mjs` or `.ts` config runs as code, and there a stranger
 * could plant one, a package.json beside it to make it look like a project.
 */
function projectRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (isProjectFolder(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir || !isOwnFolder(parent)) return cwd;
  }
}

/** Owned by the user running codegen and not writable by everyone (where the platform tells). */
function isOwnFolder(dir: string): boolean {
  try {
    const { uid, mode } = statSync(dir);
    const own = process.getuid === undefined || uid === process.getuid();
    return own && (mode & 0o002) === 0;
  } catch {
    return false;
  }
}

/** The config in `dir` itself, if there is one. */
export async function configIn(
  dir: string,
  cwd: string = process.cwd(),
): Promise<CodegenConfig | undefined> {
  const present = (
    await Promise.all(
      NAMES.map((name) =>
        access(join(dir, name)).then(
          () => name,
          () => undefined,
        ),
      ),
    )
  ).filter((name) => name !== undefined);
  // Or a "codegen" key in package.json, as many tools allow.
  const pkgFile = join(dir, 'package.json');
  // A package.json that is no JSON is npm's to report, not the config's.
  const pkg = await readFile(pkgFile, 'utf8').then(
    (t) => {
      try {
        return JSON.parse(t) as { codegen?: unknown } | null;
      } catch {
        return undefined;
      }
    },
    () => undefined,
  );
  // GraphQL Code Generator's key has the same name (red team): ours names an input, an output or SDKs.
  const ours =
    typeof pkg?.codegen === 'object' &&
    pkg.codegen !== null &&
    ['sdks', 'input', 'output'].some((key) => Object.hasOwn(pkg.codegen as object, key));
  const keyed = ours ? ['package.json\'s "codegen" key'] : [];
  // Two configs in one folder: edits of the one not read would be lost without a word (team trial).
  if (present.length + keyed.length > 1)
    throw new CodegenError([
      {
        message: `Two configs in ${dir}: ${[...present, ...keyed].join(' and ')}; keep one (codegen reads one config a folder)`,
      },
    ]);
  for (const name of present) {
    const file = join(dir, name);
    const raw = await readConfigFile(file);
    const sdks = validateConfig(raw, file).map((sdk) => relativeTo(dir, cwd, sdk));
    refuseSharedOutputs(sdks, file, cwd);
    return { file, sdks };
  }
  if (ours) {
    const sdks = validateConfig(pkg.codegen, `${pkgFile} "codegen"`).map((sdk) =>
      relativeTo(dir, cwd, sdk),
    );
    refuseSharedOutputs(sdks, `${pkgFile} "codegen"`, cwd);
    return { file: pkgFile, sdks };
  }
  return undefined;
}

async function readConfigFile(file: string): Promise<unknown> {
  try {
    // A config that is code can fail as code does: that is the config's mistake, not ours.
    if (file.endsWith('.mjs') || file.endsWith('.ts')) return await importConfig(file);
    // Read as a spec is, so that a fault is placed by line and column with its lines (team trial:
    // the YAML parser's own words had ended in a bare colon).
    const text = await readFile(file, 'utf8');
    const language = file.endsWith('.json') ? 'json' : 'yaml';
    return parseSource({ file, fileText: text, text, language, firstLine: 1 }).value;
  } catch (error) {
    if (error instanceof CodegenError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CodegenError([{ message: `Invalid config ${file}: ${reason.split('\n')[0]}` }]);
  }
}

async function importConfig(file: string): Promise<unknown> {
  // As it is now: `--watch` reads it again after an edit, which an import of the same URL would not.
  if (file.endsWith('.mjs')) {
    const version = (await stat(file)).mtimeMs;
    return ((await import(`${pathToFileURL(file).href}?v=${version}`)) as { default?: unknown })
      .default;
  }
  // A TypeScript config is transpiled in memory (types only are stripped) and imported.
  const { default: ts } = await import('typescript');
  const js = ts.transpileModule(await readFile(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const url = `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`;
  return ((await import(url)) as { default?: unknown }).default;
}

function validateConfig(raw: unknown, file: string): SdkConfig[] {
  const fail = (pointer: string, message: string): never => {
    throw new CodegenError([{ message: `Invalid config ${file}: ${message}`, pointer }]);
  };
  if (typeof raw !== 'object' || raw === null) return fail('/', 'expected an object');
  const list = 'sdks' in raw ? (raw as { sdks: unknown }).sdks : [raw];
  if (!Array.isArray(list) || list.length === 0)
    return fail('/sdks', 'expected a non-empty list of SDKs');
  // Beside `sdks`, an option is each SDK's (team trial: a top-level `maxWarnings` had been
  // ignored, and CI had passed on warnings).
  if ('sdks' in raw)
    for (const key of Object.keys(raw).filter((k) => k !== 'sdks' && k !== '$schema'))
      return fail(
        `/${key}`,
        SDK_OPTIONS.some((row) => row.key === key) || key === 'input' || key === 'output'
          ? `"${key}" beside "sdks" is read by no SDK: give it to each entry of "sdks"`
          : `unknown key "${key}" beside "sdks"`,
      );
  const sdks = list.map((sdk: unknown, i) => {
    const at = 'sdks' in raw ? `/sdks/${i}` : '';
    if (typeof sdk !== 'object' || sdk === null) return fail(at || '/', 'expected an object');
    const { input, output, ...options } = sdk as Record<string, unknown>;
    const rows = new Map<string, (typeof SDK_OPTIONS)[number]>(
      SDK_OPTIONS.map((row) => [row.key, row]),
    );
    // Before what is missing: `outptu` is why `output` is (new-team trial).
    for (const key of Object.keys(options))
      if (!rows.has(key)) {
        const near = nearest(key, ['input', 'output', ...rows.keys()]);
        return fail(
          `${at}/${key}`,
          `unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}`,
        );
      }
    const inputs = typeof input === 'string' ? [input] : input;
    if (
      !Array.isArray(inputs) ||
      inputs.length === 0 ||
      !inputs.every((x) => typeof x === 'string')
    ) {
      return fail(`${at}/input`, '"input" must be a path or a list of paths');
    }
    if (typeof output !== 'string')
      return fail(`${at}/output`, '"output" must be a directory path');
    for (const [key, value] of Object.entries(options)) {
      const row = rows.get(key)!;
      const problem = value === undefined ? undefined : optionProblem(row, value);
      if (problem !== undefined) return fail(`${at}/${key}`, problem);
    }
    return { ...(options as SdkOptions), input: inputs as string[], output };
  });
  return sdks;
}

/**
 * Two SDKs in one folder, or one inside the other, overwrite each other on every run, and
 * `--check` never passes: refused, folders compared as absolute paths (a config may name one
 * relative to itself and one absolute).
 */
function refuseSharedOutputs(sdks: readonly SdkConfig[], file: string, cwd: string): void {
  const folders = sdks.map((sdk) => resolve(cwd, sdk.output));
  folders.forEach((folder, i) => {
    const other = folders.findIndex(
      (o, j) =>
        j < i &&
        (o === folder || folder.startsWith(`${o}${sep}`) || o.startsWith(`${folder}${sep}`)),
    );
    if (other !== -1)
      throw new CodegenError([
        {
          message: `Invalid config ${file}: SDKs ${other + 1} and ${i + 1} write into the same folder ("${sdks[other]!.output}", "${sdks[i]!.output}"): give each its own`,
          pointer: `/sdks/${i}/output`,
        },
      ]);
  });
}

/** The name within two edits of `key` (a typo's), if one is. */
function nearest(key: string, names: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein's distance, a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  return rows[a.length]![b.length]!;
}

function relativeTo(dir: string, cwd: string, sdk: SdkConfig): SdkConfig {
  const inputs = typeof sdk.input === 'string' ? [sdk.input] : sdk.input;
  // A config written on Windows (`src\sdk`) names the same folder here: a backslash in a
  // path had made a folder of that name (new-team trial).
  const portable = (p: string) => (sep === '/' ? p.replace(/\\/g, '/') : p);
  const fromCwd = (p: string) => relative(cwd, resolve(dir, portable(p))) || '.';
  return { ...sdk, input: inputs.map(fromCwd), output: fromCwd(sdk.output) };
}
