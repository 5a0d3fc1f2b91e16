/**
 * `codegen init`: writes a config, and on request a GitHub Actions workflow
 * that checks (or regenerates and commits) the SDK when the spec changes.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodegenError } from './diagnostics.js';

export interface InitOptions {
  readonly cwd: string;
  readonly input: string;
  readonly output: string;
  /** `check` fails CI on drift; `commit` regenerates and commits. */
  readonly githubAction?: 'check' | 'commit' | undefined;
  readonly force?: boolean | undefined;
}

const WORKFLOWS_DIR = fileURLToPath(new URL('../templates/workflows/', import.meta.url));

/** Writes the files and returns their paths, relative to `cwd`. */
export async function init(options: InitOptions): Promise<string[]> {
  const files: Array<[string, string]> = [
    [
      'codegen.config.json',
      `${JSON.stringify({ sdks: [{ input: options.input, output: options.output }] }, null, 2)}\n`,
    ],
  ];
  if (options.githubAction) {
    const template = await readFile(
      join(WORKFLOWS_DIR, `codegen-${options.githubAction}.yml`),
      'utf8',
    );
    const inputGlob = /\.[a-z]+$/i.test(options.input)
      ? options.input
      : `${options.input.replace(/\/$/, '')}/**`;
    files.push([
      '.github/workflows/codegen.yml',
      template
        .replaceAll('__INPUT_GLOB__', yamlQuoted(inputGlob))
        .replaceAll('__OUTPUT__', shellQuoted(options.output)),
    ]);
  }
  if (!options.force) {
    const existing = (
      await Promise.all(
        files.map(async ([path]) => ((await exists(join(options.cwd, path))) ? path : undefined)),
      )
    ).filter(Boolean);
    if (existing.length > 0)
      throw new CodegenError([
        {
          message: `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`,
        },
      ]);
  }
  for (const [path, content] of files) {
    await mkdir(dirname(join(options.cwd, path)), { recursive: true });
    await writeFile(join(options.cwd, path), content);
  }
  return files.map(([path]) => path);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

// The values land inside quotes the templates already have: escape for those.
function yamlQuoted(text: string): string {
  return text.replace(/'/g, "''");
}

function shellQuoted(text: string): string {
  return text.replace(/'/g, "'\\''");
}
