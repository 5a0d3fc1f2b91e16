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
  /** Per file, the hash of the text before and after formatting (see format/cache.ts). */
  readonly formatted: Readonly<Record<string, FormatRecord>>;
}

export interface FormatRecord {
  readonly printed: string;
  readonly formatted: string;
}

export function manifestContent(paths: readonly string[], api: ApiSummary, formatted: Readonly<Record<string, FormatRecord>>): string {
  const sortedFormats = Object.fromEntries(Object.entries(formatted).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ generator: 'codegen', files: [...paths].sort(), api, formatted: sortedFormats }, null, 2)}\n`;
}

const EMPTY: Manifest = { files: [], api: { operations: {}, types: {} }, formatted: {} };

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as Partial<Manifest> & { api?: Partial<ApiSummary> };
    const files = Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === 'string') : [];
    return {
      files,
      api: { operations: parsed.api?.operations ?? {}, types: parsed.api?.types ?? {} },
      formatted: typeof parsed.formatted === 'object' && parsed.formatted !== null ? parsed.formatted : {},
    };
  } catch {
    return EMPTY;
  }
}
