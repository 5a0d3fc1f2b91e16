/**
 * `codegen init`: writes a config, and on request a GitHub Actions workflow
 * that checks (or regenerates and commits) the SDK when the spec changes.
 * A workflow asked for beside an existing config is written for that config,
 * which is kept: only `-i`/`-o` (or a plain `init`) ask for a new config.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { packagePath } from './package-root.js';
import { configIn, type SdkConfig } from './config.js';
import { CodegenError } from './diagnostics.js';

export interface InitOptions {
  readonly cwd: string;
  /** The spec (default `openapi.yaml`); giving it asks for a new config. */
  readonly input?: string | undefined;
  /** The SDK's folder (default `src/sdk`); giving it asks for a new config. */
  readonly output?: string | undefined;
  /** `check` fails CI on drift; `commit` regenerates and commits. */
  readonly githubAction?: 'check' | 'commit' | undefined;
  /** Overwrite the files this run writes. */
  readonly force?: boolean | undefined;
}

export interface InitResult {
  /** Paths relative to `cwd`. */
  readonly written: readonly string[];
  /** The existing config the workflow was written for. */
  readonly kept: readonly string[];
}

const CONFIG = 'codegen.config.json';
const WORKFLOW = '.github/workflows/codegen.yml';
const WORKFLOWS_DIR = packagePath('templates/workflows/');

export async function init(options: InitOptions): Promise<InitResult> {
  const existing = await configIn(options.cwd, options.cwd);
  const newConfig =
    existing === undefined ||
    options.githubAction === undefined ||
    options.input !== undefined ||
    options.output !== undefined;
  const sdks: readonly SdkConfig[] = newConfig
    ? [{ input: options.input ?? 'openapi.yaml', output: options.output ?? 'src/sdk' }]
    : existing.sdks;
  const files: Array<[string, string]> = [];
  if (newConfig) files.push([CONFIG, `${JSON.stringify({ sdks }, null, 2)}\n`]);
  if (options.githubAction) files.push([WORKFLOW, await workflow(options.githubAction, sdks)]);

  if (!options.force) {
    const taken = await Promise.all(
      files.map(async ([path]) =>
        path === CONFIG
          ? existing && basename(existing.file)
          : (await exists(join(options.cwd, path)))
            ? path
            : undefined,
      ),
    );
    const clashes = taken.filter((path) => path !== undefined);
    if (clashes.length > 0)
      throw new CodegenError([
        {
          message: `${clashes.join(' and ')} already exist${clashes.length === 1 ? 's' : ''}; pass --force to overwrite`,
        },
      ]);
  }
  for (const [path, content] of files) {
    await mkdir(dirname(join(options.cwd, path)), { recursive: true });
    await writeFile(join(options.cwd, path), content);
  }
  return {
    written: files.map(([path]) => path),
    kept: !newConfig && existing ? [basename(existing.file)] : [],
  };
}

async function workflow(mode: 'check' | 'commit', sdks: readonly SdkConfig[]): Promise<string> {
  const template = await readFile(join(WORKFLOWS_DIR, `codegen-${mode}.yml`), 'utf8');
  const inputs = sdks.flatMap((sdk) => (typeof sdk.input === 'string' ? [sdk.input] : sdk.input));
  refuseUnsafeInWorkflow([...inputs, ...sdks.map((sdk) => sdk.output)]);
  const globs = inputs.map((input) =>
    /\.[a-z]+$/i.test(input) ? input : `${input.replace(/\/$/, '')}/**`,
  );
  return (
    template
      // The line naming the spec is repeated for each input.
      .replace(/^.*__INPUT_GLOB__.*$/m, (line) =>
        globs.map((glob) => line.replace('__INPUT_GLOB__', yamlQuoted(glob))).join('\n'),
      )
      .replace("'__OUTPUT__'", () => sdks.map((sdk) => `'${shellQuoted(sdk.output)}'`).join(' '))
  );
}

async function exists(path: string): Promise<boolean> {
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
