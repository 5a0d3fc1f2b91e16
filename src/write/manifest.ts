/**
 * `<out>/.codegen-manifest.json` lists the files the generator wrote, so a later
 * run removes only its own stale files and never a file the user keeps there.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST = '.codegen-manifest.json';

export function manifestContent(paths: readonly string[]): string {
  return `${JSON.stringify({ generator: 'codegen', files: [...paths].sort() }, null, 2)}\n`;
}

export async function readManifest(outDir: string): Promise<string[]> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as { files?: unknown };
    return Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}
