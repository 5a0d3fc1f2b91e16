/**
 * `--diff`'s patch: one git-style diff of every file a run would change, its
 * paths from the git repository's root as `git diff` writes them (from the
 * working directory outside one), so that `codegen check --diff | git apply`
 * turns the output folder into what the spec generates.
 */
import { join, relative, resolve, sep } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import type { FileChange } from '../write/write.js';
import { readOutputFile } from '../write/write.js';
import type { Colors } from './colors.js';

export interface PatchInput {
  readonly outDir: string;
  readonly cwd: string;
  readonly changes: readonly FileChange[];
  /** What the run would write, by path in the output folder. */
  readonly files: ReadonlyMap<string, string>;
}

export async function outputPatch(
  { outDir, cwd, changes, files }: PatchInput,
  colors: Colors,
): Promise<string> {
  // The diff library loads only for `--diff`: an up-to-date check never needs it.
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  const root = await repositoryRoot(resolve(cwd));
  const parts: string[] = [];
  for (const change of changes) {
    // Never through a symlink: a diff shows only what the output folder itself holds.
    const before = await readOutputFile(outDir, change.path);
    const after = change.change === 'removed' ? undefined : files.get(change.path);
    // Only files: a leftover journal is a folder, and a symlink no patch can carry (a run replaces both).
    if (before === null || (before === undefined && after === undefined)) continue;
    const path = relative(root, resolve(join(outDir, change.path)))
      .split(sep)
      .join('/');
    const header = [`diff --git a/${path} b/${path}`];
    if (before === undefined) header.push('new file mode 100644');
    if (after === undefined) header.push('deleted file mode 100644');
    const body = createTwoFilesPatch(
      before === undefined ? '/dev/null' : `a/${path}`,
      after === undefined ? '/dev/null' : `b/${path}`,
      before ?? '',
      after ?? '',
      undefined,
      undefined,
      { context: 3, headerOptions: FILE_HEADERS_ONLY },
    );
    parts.push(colorize(`${header.join('\n')}\n${body}`, colors));
  }
  return parts.join('');
}

function colorize(patch: string, colors: Colors): string {
  return patch
    .split('\n')
    .map((line) =>
      line.startsWith('+') && !line.startsWith('+++')
        ? colors.green(line)
        : line.startsWith('-') && !line.startsWith('---')
          ? colors.red(line)
          : line,
    )
    .join('\n');
}
