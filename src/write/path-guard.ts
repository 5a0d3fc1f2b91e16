/**
 * The write stage trusts nothing in the output folder. Every path it is about
 * to write or remove - read from a manifest or journal there, or generated -
 * must be plain and land inside the folder; all are checked before the first
 * change, and any that is not stops the run (exit 2) with nothing changed.
 */
import { CodegenError, toPointer, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { realFolder, whyNotInside } from './containment.js';
import { whyNotPlainRelativePath } from './plain-path.js';

/** A file in the output folder that lists paths: its name as shown to the user, and its text. */
export interface Listing {
  readonly file: string;
  readonly text: string;
}

export interface ListedPath {
  readonly value: unknown;
  /** Where the entry is in the listing, e.g. `['files', 3]`. */
  readonly at: ReadonlyArray<string | number>;
  /** The folder the path is relative to and must stay inside. */
  readonly folder: string;
}

/** Throws when any listed path is not plain or leads outside its folder, naming the file and every bad entry. */
export async function refuseUnsafeListedPaths(
  listing: Listing,
  entries: readonly ListedPath[],
): Promise<void> {
  const problems = await findProblems(entries.map((entry) => ({ ...entry, path: entry.value })));
  if (problems.length === 0) return;
  // The listing is parsed for positions only to locate a problem.
  const { findNodeAtLocation, parseTree } = await import('jsonc-parser');
  const tree = parseTree(listing.text);
  const diagnostics = problems.map(({ entry, message }): Diagnostic => {
    const offset = tree === undefined ? 0 : (findNodeAtLocation(tree, [...entry.at])?.offset ?? 0);
    return {
      message,
      location: locate(listing.file, listing.text, offset),
      pointer: toPointer(entry.at),
    };
  });
  throw new CodegenError(diagnostics);
}

/** Throws when a path about to be written or removed below `outDir` is not plain or leads outside it. */
export async function refuseUnsafeTargets(outDir: string, paths: readonly string[]): Promise<void> {
  const problems = await findProblems(paths.map((path) => ({ path, folder: outDir })));
  if (problems.length > 0)
    throw new CodegenError(problems.map(({ message }) => ({ message: `${outDir}: ${message}` })));
}

interface Problem<T> {
  readonly entry: T;
  readonly message: string;
}

/**
 * The entries whose path is not plain, each named, and those that lead
 * outside: one per cause (a symlinked folder is named once, not per file in it).
 */
async function findProblems<T extends { readonly path: unknown; readonly folder: string }>(
  entries: readonly T[],
): Promise<Array<Problem<T>>> {
  const roots = new Map<string, Promise<string | undefined>>();
  // Every entry is judged at once (each is a few lstat calls); problems are named in the entries' order.
  const verdicts = await Promise.all(
    entries.map(async (entry) => {
      const notPlain = whyNotPlainRelativePath(entry.path);
      if (notPlain !== undefined) return { notPlain };
      if (!roots.has(entry.folder)) roots.set(entry.folder, realFolder(entry.folder));
      const root = await roots.get(entry.folder);
      return {
        cause: root === undefined ? undefined : await whyNotInside(root, entry.path as string),
      };
    }),
  );
  const problems: Array<Problem<T>> = [];
  const causes = new Set<string>();
  for (const [index, { notPlain, cause }] of verdicts.entries()) {
    const entry = entries[index]!;
    if (notPlain !== undefined) {
      const message = `${JSON.stringify(entry.path)} ${notPlain}: only plain relative paths inside the folder are allowed. Nothing was changed; remove the entry or the file.`;
      problems.push({ entry, message });
      continue;
    }
    if (cause === undefined || causes.has(cause)) continue;
    causes.add(cause);
    problems.push({
      entry,
      message: `${JSON.stringify(entry.path)} cannot be written or removed safely: ${cause}. Nothing was changed.`,
    });
  }
  return problems;
}

function locate(file: string, text: string, offset: number): SourceLocation {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, column: offset - before.lastIndexOf('\n') };
}
