/**
 * `codegen init`: writes a config, and on request a GitHub Actions workflow
 * that checks (or regenerates and commits) the SDK when the spec changes.
 * A workflow asked for beside an existing config is written for that config,
 * which is kept: only `-i`/`-o` (or a plain `init`) ask for a new config.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { configIn, type SdkConfig } from './config.js';
import { CodegenError } from './diagnostics.js';
import { exists, workflow } from './init-workflow.js';

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
  /** The new config's inputs that are not there yet (relative to `cwd`). */
  readonly missing: readonly string[];
}

const CONFIG = 'codegen.config.json';

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
  if (options.githubAction) {
    const { path, content } = await workflow(options.githubAction, sdks, options.cwd);
    files.push([path, content]);
  }

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
  // Said, not refused: a config may come before its spec (team trial: `-i nope.yaml` had been
  // written without a word, and its workflow watched a folder of nothing).
  const inputs = newConfig ? sdks.flatMap((sdk) => sdk.input) : [];
  const missing = [];
  for (const input of inputs) if (!(await exists(join(options.cwd, input)))) missing.push(input);
  return {
    written: files.map(([path]) => path),
    kept: !newConfig && existing ? [basename(existing.file)] : [],
    missing,
  };
}
