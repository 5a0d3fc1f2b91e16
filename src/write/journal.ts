/**
 * A staged write waits inside the output folder as `.codegen-pending/`: the
 * changed files under `files/` and a journal of what to move in and remove, so
 * that a run killed while applying it is completed by the next one. Being in
 * the output folder, it may also have been committed or planted: it is checked
 * whole before the first move, and refused (exit 2, nothing changed) unless the
 * folder and the journal are real, every path is plain and lands inside the
 * output folder, every staged file is a regular file inside the pending folder,
 * and a manifest it moves in lists only safe paths too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CodegenError, toPointer } from '../diagnostics.js';
import { lstatIfAny } from './containment.js';
import { MANIFEST, readManifestFile } from './manifest.js';
import { refuseUnsafeListedPaths, type Listing } from './path-guard.js';

/** Where a staged write waits inside the output folder. */
export const PENDING = '.codegen-pending';
export const JOURNAL = 'journal.json';
/** The staged files, below the pending folder. */
export const STAGED = 'files';

export interface Journal {
  readonly moves: readonly string[];
  readonly removes: readonly string[];
}

export function journalFile(pendingDir: string): string {
  return join(pendingDir, JOURNAL);
}

export function journalContent(journal: Journal): string {
  return JSON.stringify(journal);
}

/**
 * The checked journal of the write pending in `outDir`: undefined when there is none, empty when
 * it has no journal. `own`: the journal this run staged a moment ago, whose changes the checks before it vouched
 * for (a file a completed pending write moved in, say); any other is held to what the manifest
 * in place lists.
 */
export async function readPendingWrite(outDir: string, own = false): Promise<Journal | undefined> {
  const pending = join(outDir, PENDING);
  const folder = await lstatIfAny(pending);
  if (folder === undefined) return undefined;
  if (!folder.isDirectory())
    throw refusal(pending, pending, 'is not a folder codegen made (it is a symlink or a file)');
  const file = journalFile(pending);
  const entry = await lstatIfAny(file);
  // A staged folder is renamed in with its journal: without one there is nothing to apply.
  if (entry === undefined) return { moves: [], removes: [] };
  if (!entry.isFile()) throw refusal(pending, file, 'is not a regular file');
  const listing = { file, text: await readFile(file, 'utf8') };
  const journal = parseJournal(listing.text);
  if (journal === undefined)
    throw refusal(
      pending,
      file,
      'is not a journal codegen wrote ({"moves": [paths], "removes": [paths]})',
    );
  await refuseUnsafeListedPaths(listing, [
    ...journal.moves.map((value, index) => ({ value, at: ['moves', index], folder: outDir })),
    ...journal.removes.map((value, index) => ({ value, at: ['removes', index], folder: outDir })),
  ]);
  const moves = journal.moves as string[];
  const removes = journal.removes as string[];
  refuseFolderConflicts(pending, listing, moves);
  await refuseUnsafeStagedFiles(listing, pending, moves);
  const staged =
    moves.includes(MANIFEST) && (await readManifestFile(join(pending, STAGED, MANIFEST), outDir));
  if (!own)
    await refuseTouchingUnlisted(pending, file, outDir, { moves, removes }, staged || undefined);
  return { moves, removes };
}

/**
 * A pending write touches only what codegen wrote: the files the manifest in place lists (it
 * moves in last, after every other move and removal), files not there, and files already moved
 * or gone; and the manifest it moves in lists only those and what it moves in. Red team: a
 * journal planted with `removes: ["mine.ts"]`, a move onto it, or a staged manifest listing it,
 * had removed or replaced a file of the user's.
 */
async function refuseTouchingUnlisted(
  pending: string,
  file: string,
  outDir: string,
  { moves, removes }: Journal,
  staged: { readonly files: readonly string[] } | undefined,
): Promise<void> {
  const listed = new Set((await readManifestFile(join(outDir, MANIFEST), outDir))?.files ?? []);
  const exists = async (path: string) => (await lstatIfAny(path)) !== undefined;
  const refuse = (what: string, at: ReadonlyArray<string | number>) =>
    refusal(pending, file, `${what}, which ${MANIFEST} does not list as codegen's`, at);
  for (const [index, path] of removes.entries())
    if (!listed.has(path) && (await exists(join(outDir, path))))
      throw refuse(`would remove ${path}`, ['removes', index]);
  for (const [index, path] of moves.entries())
    if (
      path !== MANIFEST &&
      !listed.has(path) &&
      (await exists(join(pending, STAGED, path))) &&
      (await exists(join(outDir, path)))
    )
      throw refuse(`would replace ${path}`, ['moves', index]);
  const moved = new Set(moves);
  const claimed = staged?.files.find((path) => !listed.has(path) && !moved.has(path));
  if (claimed !== undefined) throw refuse(`would list ${claimed} as its own`, ['moves']);
}

/** The journal's shape, its entries not yet checked. */
function parseJournal(text: string): { moves: unknown[]; removes: unknown[] } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { moves, removes } = parsed as { moves?: unknown; removes?: unknown };
  return Array.isArray(moves) && Array.isArray(removes) ? { moves, removes } : undefined;
}

/** A path moved in as a file and also as a folder of another would fail halfway through the moves. */
function refuseFolderConflicts(pending: string, listing: Listing, moves: readonly string[]): void {
  const moved = new Set(moves);
  const index = moves.findIndex((path) =>
    path.split('/').some((_, i, segments) => i > 0 && moved.has(segments.slice(0, i).join('/'))),
  );
  if (index >= 0)
    throw refusal(
      pending,
      listing.file,
      `moves ${JSON.stringify(moves[index])} into a folder it also moves in as a file`,
      ['moves', index],
    );
}

/** Each staged file is a regular file reached through real folders inside the pending folder (or already moved). */
async function refuseUnsafeStagedFiles(
  listing: Listing,
  pending: string,
  moves: readonly string[],
): Promise<void> {
  await refuseUnsafeListedPaths(
    listing,
    moves.map((path, index) => ({
      value: `${STAGED}/${path}`,
      at: ['moves', index],
      folder: pending,
    })),
  );
  for (const [index, path] of moves.entries()) {
    const staged = await lstatIfAny(join(pending, STAGED, path));
    if (staged !== undefined && !staged.isFile())
      throw refusal(
        pending,
        listing.file,
        `moves ${JSON.stringify(path)}, whose staged copy is not a regular file`,
        ['moves', index],
      );
  }
}

function refusal(
  pending: string,
  subject: string,
  what: string,
  at?: ReadonlyArray<string | number>,
): CodegenError {
  const message = `${subject} ${what}. Nothing was changed; if no codegen run was interrupted in this folder, remove ${pending}.`;
  return new CodegenError([{ message, pointer: at === undefined ? undefined : toPointer(at) }]);
}
