/**
 * The git repository a folder is in: where `init` writes its workflows, and
 * what `--diff`'s paths are relative to (as `git diff` and `git apply` take them).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * The nearest folder up from `cwd` that is a git repository's: its `.git` a folder with a `HEAD`,
 * or a worktree's file naming one (red team: an empty `.git` planted in a shared `/tmp` had taken
 * the workflow there); else `cwd`.
 */
export async function repositoryRoot(cwd: string): Promise<string> {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (await isGitDirectory(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/**
 * A git directory: one whose `HEAD` names a branch or a commit, or a worktree's `.git` file naming
 * one (red team: an empty `HEAD`, or a `gitdir:` to nowhere, planted above had been taken).
 */
async function isGitDirectory(git: string, depth = 0): Promise<boolean> {
  const read = (path: string) => readFile(path, 'utf8').catch(() => undefined);
  const head = await read(join(git, 'HEAD'));
  if (head !== undefined) return /^(?:ref: refs\/|[\da-f]{40})/.test(head);
  const pointer = /^gitdir: (.+)$/m.exec((await read(git)) ?? '')?.[1]?.trim();
  return depth === 0 && pointer !== undefined && isGitDirectory(resolve(dirname(git), pointer), 1);
}
