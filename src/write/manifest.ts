/**
 * `<out>/.codegen-manifest.json` lists the files the generator wrote, so a later
 * run removes only its own stale files and never a file the user keeps there,
 * and fingerprints the API so `check` can report changes in its terms.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiSummary } from '../ir/api-summary.js';

export const MANIFEST = '.codegen-manifest.json';

export interface Manifest {
  readonly files: readonly string[];
  readonly api: ApiSummary;
}

export function manifestContent(paths: readonly string[], api: ApiSummary): string {
  return `${JSON.stringify({ generator: 'codegen', files: [...paths].sort(), api }, null, 2)}\n`;
}

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as { files?: unknown; api?: Partial<ApiSummary> };
    const files = Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === 'string') : [];
    return { files, api: { operations: parsed.api?.operations ?? {}, types: parsed.api?.types ?? {} } };
  } catch {
    return { files: [], api: { operations: {}, types: {} } };
  }
}
