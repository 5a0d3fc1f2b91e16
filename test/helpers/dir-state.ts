/** Every file below a directory with its bytes and mtime, to prove nothing was touched. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function dirState(dir: string): Record<string, { content: string; mtimeMs: number }> {
  const state: Record<string, { content: string; mtimeMs: number }> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    state[relative(dir, full)] = {
      content: readFileSync(full, 'utf8'),
      mtimeMs: statSync(full).mtimeMs,
    };
  }
  return state;
}
