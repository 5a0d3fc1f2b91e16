/**
 * The write stage. Everything is generated in memory first, so an error never
 * touches the output. Changed files are written to a temporary directory on the
 * same filesystem and renamed into place; unchanged files are left alone (their
 * mtime kept); stale files are removed only when our manifest says we wrote them.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PrintedFile } from '../print/print.js';
import type { ApiSummary } from '../ir/api-summary.js';
import { MANIFEST, manifestContent, readManifest, type FormatRecord } from './manifest.js';

export interface FileChange {
  readonly path: string;
  readonly change: 'added' | 'changed' | 'removed';
}

/** The files to write, with the manifest that lists them. */
export function withManifest(files: readonly PrintedFile[], api: ApiSummary, formatted: Readonly<Record<string, FormatRecord>>): PrintedFile[] {
  return [...files, { path: MANIFEST, content: manifestContent(files.map((f) => f.path), api, formatted) }];
}

/** How the output directory differs from `files`. */
export async function diffOutput(outDir: string, files: readonly PrintedFile[]): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  for (const file of files) {
    const current = await readFile(join(outDir, file.path), 'utf8').catch(() => undefined);
    if (current === undefined) changes.push({ path: file.path, change: 'added' });
    else if (current !== file.content) changes.push({ path: file.path, change: 'changed' });
  }
  const wanted = new Set(files.map((f) => f.path));
  for (const path of (await readManifest(outDir)).files) {
    if (!wanted.has(path)) changes.push({ path, change: 'removed' });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

export async function writeOutput(outDir: string, files: readonly PrintedFile[], changes: readonly FileChange[]): Promise<void> {
  if (changes.length === 0) return;
  const out = resolve(outDir);
  await mkdir(dirname(out), { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `.${basename(out)}.codegen-`));
  try {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const written = changes.filter((c) => c.change !== 'removed');
    for (const { path } of written) {
      const target = join(staging, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, byPath.get(path)!.content);
    }
    // Every file is complete on disk before the first one moves into place.
    for (const { path } of written) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await rename(join(staging, path), join(out, path));
    }
    for (const { path } of changes.filter((c) => c.change === 'removed')) await rm(join(out, path), { force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
