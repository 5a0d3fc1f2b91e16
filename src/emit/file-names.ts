/**
 * Output file names made from spec text (a resource per tag), planned once for
 * all of them: ASCII, lower case, short, never a name Windows reserves, and
 * unique even where case is ignored (macOS, Windows) or where names are
 * compared after Unicode normalization — so `σ` and `ς`, `Users` and `users`
 * never become one file.
 */
import { createHash } from 'node:crypto';
import { words } from '../ir/naming.js';

/** Longest stem, well under every file system's 255-byte limit once joined to a folder and `.ts`. */
export const MAX_STEM_LENGTH = 64;

const HASH_LENGTH = 8;

// https://learn.microsoft.com/windows/win32/fileio/naming-a-file: reserved whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A file stem per name, in the order given; equal names share one, and names
 * whose stems would clash get `-2`, `-3`… in that order.
 */
export function planFileStems(
  names: readonly string[],
  fallback = 'resource',
): Map<string, string> {
  const stems = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (stems.has(name)) continue;
    const wanted = fileStem(name, fallback);
    let stem = wanted;
    for (let n = 2; taken.has(stem); n++)
      stem = `${wanted.slice(0, MAX_STEM_LENGTH - `-${n}`.length)}-${n}`;
    taken.add(stem);
    stems.set(name, stem);
  }
  return stems;
}

/**
 * `IngestStatus` → `ingest-status`. A name with anything but printable ASCII
 * (after NFKC) also carries a hash of itself, so `σ` and `ς` stay apart
 * though neither has an ASCII spelling; `fallback` stands in for no letters at all.
 */
export function fileStem(name: string, fallback = 'resource'): string {
  const normalized = name.normalize('NFKC');
  const readable = words(stripMarks(normalized))
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length > 0)
    .join('-');
  const base = readable || fallback;
  const stem =
    /^[\x20-\x7e]*$/.test(normalized) && readable !== '' ? base : `${base}-${hash(normalized)}`;
  if (stem.length > MAX_STEM_LENGTH)
    return `${base.slice(0, MAX_STEM_LENGTH - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash(normalized)}`;
  return WINDOWS_RESERVED.test(stem) ? `${stem}_` : stem;
}

/** `café` → `cafe`: combining marks dropped after canonical decomposition, for a readable stem. */
function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}
