/**
 * Formatting is most of a large run's time, and most runs (CI's `check`, a
 * regeneration after a small change) format text they formatted before. The
 * manifest records, per file, hashes of the printed and the formatted text;
 * when a file's printed text is unchanged and the file on disk still has the
 * recorded formatted hash, its bytes on disk *are* prettier's output, so they
 * are reused. A hand-edited file fails the second hash and is formatted anew,
 * so `check` still sees the drift. The formatter's version is part of the hash.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { PrintedFile } from '../print/print.js';
import type { FormatRecord } from '../write/manifest.js';
import { formatFiles } from './format.js';
import { FORMAT_OPTIONS } from './prettier.js';

const PRETTIER_VERSION = (createRequire(import.meta.url)('prettier/package.json') as { version: string }).version;
const FORMATTER = `prettier ${PRETTIER_VERSION} ${JSON.stringify(FORMAT_OPTIONS)}`;

export interface CachedFormat {
  readonly files: PrintedFile[];
  /** What the next manifest records. */
  readonly records: Record<string, FormatRecord>;
  /** How many files were reused rather than formatted. */
  readonly reused: number;
}

export async function formatWithCache(printed: readonly PrintedFile[], outDir: string | undefined, previous: Readonly<Record<string, FormatRecord>>): Promise<CachedFormat> {
  const records: Record<string, FormatRecord> = {};
  const results: PrintedFile[] = new Array(printed.length);
  const todo: Array<{ index: number; file: PrintedFile }> = [];
  await Promise.all(
    printed.map(async (file, index) => {
      const printedHash = hash(FORMATTER + file.content);
      const before = previous[file.path];
      if (outDir !== undefined && before?.printed === printedHash) {
        const onDisk = await readFile(join(outDir, file.path), 'utf8').catch(() => undefined);
        if (onDisk !== undefined && hash(onDisk) === before.formatted) {
          results[index] = { path: file.path, content: onDisk };
          records[file.path] = before;
          return;
        }
      }
      todo.push({ index, file });
    }),
  );
  const formatted = await formatFiles(todo.map((t) => t.file));
  todo.forEach(({ index, file }, i) => {
    const content = formatted[i]!.content;
    results[index] = { path: file.path, content };
    records[file.path] = { printed: hash(FORMATTER + file.content), formatted: hash(content) };
  });
  return { files: results, records, reused: printed.length - todo.length };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
