/**
 * Where a plain relative path lands below a folder whose subfolders may be
 * symlinks. Existing parents are followed (lstat, then realpath) and must be
 * folders inside the folder's real path; missing ones are later created as
 * real folders. The last segment is not followed: a rename replaces, and a
 * removal removes, a symlink itself and never what it points to.
 */
import type { Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The real path of `folder`, or undefined when it does not exist yet (then nothing is inside it). */
export async function realFolder(folder: string): Promise<string | undefined> {
  return realpath(folder).catch(whenMissing);
}

/** Why writing or removing `path` below `root` (a real path) would reach outside it or fail halfway; undefined when safe. */
export async function whyNotInside(root: string, path: string): Promise<string | undefined> {
  const segments = path.split('/');
  let folder = root;
  for (const [index, segment] of segments.entries()) {
    const shown = segments.slice(0, index + 1).join('/');
    const entry = join(folder, segment);
    const stats = await lstatIfAny(entry);
    if (stats === undefined) return undefined;
    if (index === segments.length - 1)
      return stats.isDirectory() ? `${shown} is a folder, not a file` : undefined;
    if (stats.isDirectory()) {
      folder = entry;
      continue;
    }
    if (!stats.isSymbolicLink()) return `${shown} is not a folder`;
    const target = await realpath(entry).catch(() => undefined);
    if (target === undefined) return `${shown} is a symlink that leads nowhere`;
    if (!isWithin(root, target)) return `${shown} is a symlink to ${target}, outside the folder`;
    if (!(await stat(target)).isDirectory())
      return `${shown} is a symlink to something that is not a folder`;
    folder = target;
  }
  return undefined;
}

export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The entry itself (a symlink is not followed), or undefined when there is none. */
export async function lstatIfAny(path: string): Promise<Stats | undefined> {
  return lstat(path).catch(whenMissing);
}

function whenMissing(error: unknown): undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
  throw error;
}
