/**
 * The format stage: prettier, in-process, with one fixed configuration so the
 * output is byte-identical on every machine whatever prettier config a user has.
 */
import { format, type Options } from 'prettier';
import type { PrintedFile } from '../print/print.js';

const OPTIONS: Options = {
  // babel-ts formats the same as `typescript` here and is far faster on large files.
  parser: 'babel-ts',
  singleQuote: true,
  printWidth: 100,
  trailingComma: 'all',
};

export async function formatFiles(files: readonly PrintedFile[]): Promise<PrintedFile[]> {
  return Promise.all(files.map(async (file) => ({ path: file.path, content: await format(file.content, OPTIONS) })));
}
