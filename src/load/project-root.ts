/**
 * How far relative `$ref`s may reach: the project that holds the spec, that is
 * the nearest enclosing folder with a `package.json` or `.git`, else the working
 * directory (or the spec's own folder, for a spec outside the working directory).
 * Paths are compared after symlinks are resolved.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const PROJECT_MARKERS = ['package.json', '.git'];

export function projectRoot(specFile: string, cwd: string = process.cwd()): string {
  const specDir = realPath(dirname(resolve(specFile)));
  for (let dir = specDir; ; dir = dirname(dir)) {
    if (isProjectFolder(dir)) return dir;
    if (dirname(dir) === dir) break;
  }
  const workDir = realPath(resolve(cwd));
  return isInside(workDir, specDir) ? workDir : specDir;
}

/** Does `dir` hold a `package.json` or `.git`, the marks of a project's root? */
export function isProjectFolder(dir: string): boolean {
  return PROJECT_MARKERS.some((marker) => existsSync(join(dir, marker)));
}

/** Is `file` (after resolving symlinks) `dir` or below it? */
export function isInside(dir: string, file: string): boolean {
  const rel = relative(realPath(dir), realPath(file));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The path with symlinks resolved; for a path that does not exist, its nearest existing parent resolved. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
