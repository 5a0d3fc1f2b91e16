/**
 * `<out>/.codegen-manifest.json` lists the files the generator wrote, so a later
 * run removes only its own stale files and never a file the user keeps there,
 * and fingerprints the API so `check` can report changes in its terms. It
 * vouches for nothing else: file contents are always compared with what the
 * spec generates. Being in the output folder, it is not trusted: every path it
 * lists must be plain and inside the folder, or the run stops.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CodegenError } from '../diagnostics.js';
import type { ApiSummary } from '../ir/api-summary.js';
import { refuseUnsafeListedPaths } from './path-guard.js';

export const MANIFEST = '.codegen-manifest.json';

export interface Manifest {
  readonly files: readonly string[];
  readonly api: ApiSummary;
}

export function manifestContent(paths: readonly string[], api: ApiSummary): string {
  return `${JSON.stringify({ generator: 'codegen', files: [...paths].sort(), api }, null, 2)}\n`;
}

const EMPTY: Manifest = { files: [], api: { operations: {}, types: {} } };

/** The manifest of `outDir`, or an empty one when there is none; throws when it lists a path that is not safe. */
export async function readManifest(outDir: string): Promise<Manifest> {
  return (await readManifestFile(join(outDir, MANIFEST), outDir)) ?? EMPTY;
}

/**
 * A manifest at `file` that lists paths relative to `outDir` (the one in place,
 * or one a pending write is about to move in), checked whole; undefined when absent.
 */
export async function readManifestFile(
  file: string,
  outDir: string,
): Promise<Manifest | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  // Not JSON (a bad merge, say): it vouches for no file, so none is removed as stale.
  if (!isRecord(parsed)) return EMPTY;
  const listed = parsed['files'] ?? [];
  if (!Array.isArray(listed)) {
    throw new CodegenError([
      {
        message: `${file}: "files" must be a list of paths. Nothing was changed; fix or remove the file.`,
        pointer: '/files',
      },
    ]);
  }
  const files: unknown[] = listed;
  await refuseUnsafeListedPaths(
    { file, text },
    files.map((value, index) => ({ value, at: ['files', index], folder: outDir })),
  );
  const api = isRecord(parsed['api']) ? parsed['api'] : {};
  return {
    files: files as string[],
    api: { operations: fingerprints(api['operations']), types: fingerprints(api['types']) },
  };
}

/**
 * The paths a manifest lists, read leniently (none when it cannot be read): enough to tell
 * what codegen wrote from a spec beside it, never to remove anything (`readManifestFile`).
 */
export async function listedFiles(file: string): Promise<string[]> {
  const parsed = parseJson(await readFile(file, 'utf8').catch(() => ''));
  const listed = isRecord(parsed) ? parsed['files'] : undefined;
  return Array.isArray(listed) ? listed.filter((p): p is string => typeof p === 'string') : [];
}

/** Name → fingerprint, keyed by names from a spec, so without a prototype. */
function fingerprints(value: unknown): Record<string, string> {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!isRecord(value)) return record;
  for (const [name, fingerprint] of Object.entries(value))
    if (typeof fingerprint === 'string') record[name] = fingerprint;
  return record;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
