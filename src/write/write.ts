/**
 * The write stage. Everything is generated in memory first, so an error never
 * touches the output. Changed files are written to a temporary directory on the
 * same filesystem and renamed into place; unchanged files are left alone (their
 * mtime kept); stale files are removed only when our manifest says we wrote them.
 * Nothing found in the output folder is trusted (see path-guard.ts, journal.ts).
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CodegenError } from '../diagnostics.js';
import { readFileSync } from 'node:fs';
import { GENERATED_HEADER, type PrintedFile } from '../print/print.js';
import type { ApiSummary } from '../ir/api-summary.js';
import { lstatIfAny } from './containment.js';
import {
  JOURNAL,
  journalContent,
  journalFile,
  PENDING,
  readPendingWrite,
  STAGED,
  type Journal,
} from './journal.js';
import { MANIFEST, manifestContent, readManifest, type Manifest } from './manifest.js';
import { refuseUnsafeTargets } from './path-guard.js';

export { PENDING } from './journal.js';

export interface FileChange {
  readonly path: string;
  readonly change: 'added' | 'changed' | 'removed';
}

/** The files to write, with the manifest that lists them. */
export function withManifest(files: readonly PrintedFile[], api: ApiSummary): PrintedFile[] {
  return [
    ...files,
    {
      path: MANIFEST,
      content: manifestContent(
        files.map((f) => f.path),
        api,
      ),
    },
  ];
}

/**
 * Everything in the output folder a run would act on - a pending write, the
 * manifest, the folders the files go into - checked before anything changes
 * (a pending write's completion included), so a refused run changes nothing.
 * Returns the manifest the run starts from, or undefined when a pending write
 * is there to be completed first (it brings its own).
 */
export async function refuseUntrustedOutput(
  outDir: string,
  paths: readonly string[],
): Promise<Manifest | undefined> {
  const pending = await readPendingWrite(outDir);
  await refuseUnsafeTargets(outDir, paths);
  const manifest = await readManifest(outDir);
  return pending === undefined ? manifest : undefined;
}

/**
 * A file the run would replace that codegen did not write (its manifest does not list it,
 * or there is none): a user's own `src/client.ts` is never overwritten. Only files listed
 * by the manifest are ever replaced or removed.
 */
export function refuseForeignFiles(
  outDir: string,
  changes: readonly FileChange[],
  manifest: Manifest,
): void {
  const ours = new Set(manifest.files);
  // The manifest lists every file but itself.
  const foreign = changes.filter(
    (c) => c.change === 'changed' && c.path !== MANIFEST && !ours.has(c.path),
  );
  if (foreign.length === 0) return;
  // A folder whose manifest is gone lists nothing: say so, not only that this file is unlisted
  // (new-team trial: a git-ignored manifest had left no way on but deleting the folder).
  const lost = ours.size === 0 && foreign.some((c) => wroteByCodegen(join(outDir, c.path)));
  const message = lost
    ? `The file says codegen wrote it, but the folder has no ${MANIFEST} to list what codegen wrote (was it deleted, or ignored by git? It belongs in the repository with the SDK). Nothing was changed; restore the manifest, or move the files away, to regenerate.`
    : `The file exists, and codegen did not write it (${MANIFEST} does not list it). Nothing was changed; move it away or choose another output folder.`;
  throw new CodegenError(
    foreign.map((c) => ({
      message,
      location: { file: join(outDir, c.path), line: 1, column: 1 },
    })),
  );
}

/** Whether a file opens with the line codegen writes atop each file (read only to explain a refusal). */
function wroteByCodegen(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').startsWith(GENERATED_HEADER);
  } catch {
    return false;
  }
}

const CONCURRENT_READS = 64;

/** How the output directory differs from `files`; `manifest` is the one in it, when already read. */
export async function diffOutput(
  outDir: string,
  files: readonly PrintedFile[],
  manifest?: Manifest,
): Promise<FileChange[]> {
  // Read many at once (one after another waits on the disk once per file), but not all:
  // an SDK of thousands of files would run out of file handles.
  const current: Array<string | null | undefined> = [];
  for (let at = 0; at < files.length; at += CONCURRENT_READS)
    current.push(
      ...(await Promise.all(
        files.slice(at, at + CONCURRENT_READS).map((file) => readOutputFile(outDir, file.path)),
      )),
    );
  const changes: FileChange[] = [];
  for (const [index, file] of files.entries()) {
    const text = current[index];
    if (text === undefined) changes.push({ path: file.path, change: 'added' });
    // Line endings as git's `autocrlf` checks files out on Windows: the same file (new-team trial:
    // every file had been drift there).
    else if (text !== file.content && text?.replace(/\r\n/g, '\n') !== file.content)
      changes.push({ path: file.path, change: 'changed' });
  }
  const wanted = new Set(files.map((f) => f.path));
  const removed = new Set<string>();
  for (const path of (manifest ?? (await readManifest(outDir))).files) {
    if (!wanted.has(path)) removed.add(path);
  }
  // A write killed while it was applied (only a check finds one: a run completes it first) has
  // left its journal and the files it was to remove: drift, though the new files are all in place
  // (new-team trial: CI had passed such a folder).
  const pending = await readPendingWrite(outDir);
  if (pending !== undefined) {
    changes.push({ path: `${PENDING}/`, change: 'removed' });
    for (const path of pending.removes)
      if (!wanted.has(path) && (await lstatIfAny(join(outDir, path))) !== undefined)
        removed.add(path);
  }
  for (const path of removed) changes.push({ path, change: 'removed' });
  // By code point: a locale's collation would load ICU for a list only shown to the user.
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The text of a file in the output: undefined when there is none, null when it
 * is not a regular file. A symlink is never read through (its target may be
 * anything outside, and `--diff` would print it); a write replaces it.
 */
export async function readOutputFile(
  outDir: string,
  path: string,
): Promise<string | null | undefined> {
  const target = join(outDir, path);
  const entry = await lstatIfAny(target);
  if (entry === undefined) return undefined;
  return entry.isFile() ? readFile(target, 'utf8') : null;
}

export async function writeOutput(
  outDir: string,
  files: readonly PrintedFile[],
  changes: readonly FileChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await stageOutput(outDir, files, changes);
  // This run's own write: what it touches, the checks before it vouched for.
  await completePendingWrite(outDir, true);
}

/**
 * Writes every changed file and a journal to a temporary directory beside the
 * output, then renames that directory into the output in one step. Until that
 * rename nothing in the output has changed; after it, the journal says what is
 * left to do, so an interrupted run is completed by the next one.
 */
export async function stageOutput(
  outDir: string,
  files: readonly PrintedFile[],
  changes: readonly FileChange[],
): Promise<void> {
  const journal: Journal = {
    moves: changes.filter((c) => c.change !== 'removed').map((c) => c.path),
    removes: changes.filter((c) => c.change === 'removed').map((c) => c.path),
  };
  // A symlinked folder inside the output must not carry a move or removal out of it.
  await refuseUnsafeTargets(outDir, [...journal.moves, ...journal.removes]);
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `.${basename(out)}.codegen-`));
  try {
    // Ignored by git wherever a killed run leaves it (team trial: `git add -A` had taken it in).
    await writeFile(join(staging, IGNORE_ALL), '*\n');
    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const path of journal.moves) {
      const target = join(staging, STAGED, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, byPath.get(path)!.content);
    }
    await writeFile(journalFile(staging), journalContent(journal));
    await rm(join(out, PENDING), { recursive: true, force: true });
    await rename(staging, join(out, PENDING));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Finishes a staged write (this run's, or one a killed run left): moves,
 * removals, then the journal goes. The journal is checked whole first.
 */
export async function completePendingWrite(outDir: string, own = false): Promise<void> {
  const out = resolve(outDir);
  const journal = await readPendingWrite(out, own);
  if (journal === undefined) return;
  const staged = join(out, PENDING, STAGED);
  const move = async (path: string) => {
    const from = join(staged, path);
    // A move done before an interruption is not done twice.
    if ((await lstatIfAny(from)) === undefined) return;
    await mkdir(dirname(join(out, path)), { recursive: true });
    await rename(from, join(out, path));
  };
  for (const path of journal.moves) if (path !== MANIFEST) await move(path);
  for (const path of journal.removes) await rm(join(out, path), { force: true });
  // Last: until it moves in, the manifest in place lists every file a removal may take.
  if (journal.moves.includes(MANIFEST)) await move(MANIFEST);
  await rm(join(out, PENDING), { recursive: true, force: true });
}

/**
 * Before writing: finish what a killed run had staged inside the output, and
 * remove staging directories a run killed earlier (before its rename) left beside it.
 */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const out = resolve(outDir);
  await completePendingWrite(out);
  const prefix = `.${basename(out)}.codegen-`;
  const siblings = await readdir(dirname(out)).catch(() => [] as string[]);
  for (const name of siblings.filter((n) => n.startsWith(prefix))) {
    const dir = join(dirname(out), name);
    if (await isAbandonedStaging(dir, name.slice(prefix.length)))
      await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Only what a run of ours made is removed: mkdtemp's six-character suffix, a real
 * folder (not a link), holding nothing but the staged `files/` and the journal.
 */
async function isAbandonedStaging(dir: string, suffix: string): Promise<boolean> {
  if (!/^[A-Za-z0-9]{6}$/.test(suffix)) return false;
  const entry = await lstatIfAny(dir);
  if (entry === undefined || !entry.isDirectory()) return false;
  const names = await readdir(dir).catch(() => undefined);
  return (
    names !== undefined && names.every((n) => n === STAGED || n === JOURNAL || n === IGNORE_ALL)
  );
}

const IGNORE_ALL = '.gitignore';
