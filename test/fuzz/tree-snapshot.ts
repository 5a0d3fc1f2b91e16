/** Every file and folder below a directory (one subfolder left out), to prove a run touched nothing else. */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Relative path → what is there: a folder, a link's target, or a file's bytes and mtime. */
export type TreeSnapshot = ReadonlyMap<string, string>;

export function snapshotTree(dir: string, leaveOut?: string): TreeSnapshot {
  const entries = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (full === leaveOut) continue;
      const info = lstatSync(full);
      const key = relative(dir, full).split(sep).join('/');
      if (info.isDirectory()) {
        entries.set(key, 'folder');
        walk(full);
      } else if (info.isSymbolicLink()) {
        entries.set(key, `link → ${readlinkSync(full)}`);
      } else {
        entries.set(key, `${info.mtimeMs} ${readFileSync(full, 'base64')}`);
      }
    }
  };
  walk(dir);
  return entries;
}

/** Paths added, removed or changed between two snapshots. */
export function treeChanges(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const changes: string[] = [];
  for (const [path, state] of after) {
    if (!before.has(path)) changes.push(`added ${path}`);
    else if (before.get(path) !== state) changes.push(`changed ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`removed ${path}`);
  return changes.sort();
}
