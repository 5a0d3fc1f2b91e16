/** Reads each input file (YAML, JSON or a markdown docs page) into parsed documents. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CodegenError, type Diagnostic } from '../diagnostics.js';
import { findOpenApiBlocks } from './markdown.js';
import { parseSource, type ParsedSource } from './parse.js';
import { NotRegularFileError, readRegularFile } from './read-file.js';
import { listedFiles, MANIFEST as SDK_MANIFEST } from '../write/manifest.js';

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.md', '.mdx', '.markdown']);

const MARKDOWN_EXTENSIONS = new Set(['.md', '.mdx', '.markdown']);

/**
 * A file named as an input must hold OpenAPI; a docs page found in a folder (or
 * by a glob) without an OpenAPI block is an ordinary page, passed over with a note.
 */
export async function readInputs(
  inputs: readonly string[],
  onWarning: (warning: Diagnostic) => void = () => {},
): Promise<ParsedSource[]> {
  const expanded = await Promise.all(inputs.map(expandInput));
  const named = new Set(inputs);
  const files = expanded.flat();
  const perFile = await Promise.all(
    files.map(async (file) => {
      if (named.has(file) || !MARKDOWN_EXTENSIONS.has(extname(file).toLowerCase()))
        return readInput(file);
      const sources = await readInput(file, { optional: true });
      if (sources.length === 0)
        onWarning({
          message:
            'Skipped: a docs page without an OpenAPI block (a ```yaml or ```json block with "openapi:")',
          location: { file, line: 1, column: 1 },
        });
      return sources;
    }),
  );
  const sources = perFile.flat();
  if (sources.length === 0)
    throw new CodegenError([
      { message: `No OpenAPI document in ${inputs.join(', ')}: every docs page was passed over` },
    ]);
  return sources;
}

/** A directory stands for every spec or docs page below it, in a stable order. */
async function expandInput(input: string): Promise<string[]> {
  if (input === STDIN) return [input];
  const info = await stat(input).catch(() => undefined);
  // A quoted glob (`'docs/**/*.md'`) that the shell did not expand.
  if (!info && /[*?[\]{}]/.test(input)) {
    // Loaded only for a glob: most runs name files and folders.
    const { glob } = await import('tinyglobby');
    const files = (await glob([input], { onlyFiles: true, expandDirectories: false })).sort();
    if (files.length === 0) throw new CodegenError([{ message: `No files match ${input}` }]);
    return files;
  }
  if (!info?.isDirectory()) return [input];
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  // What codegen wrote there (an SDK output inside the folder: `-o specs/sdk`) is no
  // spec: its manifest, and the files it lists (package.json, README.md), are not read.
  const written = new Set<string>();
  for (const e of entries.filter((e) => e.isFile() && e.name === SDK_MANIFEST)) {
    const folder = e.parentPath ?? e.path;
    written.add(join(folder, SDK_MANIFEST));
    for (const path of await listedFiles(join(folder, SDK_MANIFEST)))
      written.add(join(folder, path));
  }
  const files = entries
    .filter((e) => e.isFile() && SPEC_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((file) => !written.has(file))
    .sort();
  if (files.length === 0)
    throw new CodegenError([
      { message: `No spec files (.yaml, .json, .md) in directory ${input}` },
    ]);
  return files;
}

export interface ReadOptions {
  /** A markdown page without an OpenAPI block gives no document instead of an error. */
  readonly optional?: boolean;
}

/** `-` reads the spec from standard input. */
export const STDIN = '-';

export async function readInput(file: string, options: ReadOptions = {}): Promise<ParsedSource[]> {
  if (file === STDIN) return parseText('<stdin>', await readStdin());
  let text: string;
  try {
    text = await readRegularFile(file);
  } catch (error) {
    const reason =
      error instanceof NotRegularFileError
        ? 'not a regular file (a FIFO, device or socket is never read)'
        : (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'file not found'
          : String(error);
    throw new CodegenError([{ message: `Cannot read ${file}: ${reason}` }]);
  }
  return parseText(file, text, options);
}

/**
 * Parses one input's text; markdown pages may hold several OpenAPI blocks, and
 * an `optional` page none.
 */
export function parseText(file: string, text: string, options: ReadOptions = {}): ParsedSource[] {
  const ext = extname(file).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(ext) || (ext === '' && looksLikeMarkdown(text))) {
    const blocks = findOpenApiBlocks(text, { mdx: ext === '.mdx' });
    if (blocks.length === 0 && !options.optional) {
      throw new CodegenError([
        {
          message: `No OpenAPI document found in ${file}: expected a \`\`\`yaml or \`\`\`json block starting with "openapi:"`,
          location: { file, line: 1, column: 1 },
        },
      ]);
    }
    return blocks.map((block) =>
      parseSource({
        file,
        fileText: text,
        text: block.text,
        language: block.language,
        firstLine: block.firstLine,
      }),
    );
  }
  const guessed = ext !== '.json' && /^\s*[{[]/.test(text);
  const language = ext === '.json' || guessed ? 'json' : 'yaml';
  return [
    parseSource({
      file,
      fileText: text,
      text,
      language,
      firstLine: 1,
      ...(guessed && { guessed }),
    }),
  ];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Standard input has no extension: a page whose OpenAPI sits only inside a fence is markdown. */
function looksLikeMarkdown(text: string): boolean {
  const fence = /^ {0,3}(?:```|~~~)/m.exec(text);
  const beforeFirstFence = fence ? text.slice(0, fence.index) : text;
  // `[ \t]*`, not `\s*`: a `\s*` from every line start rescans all the blank lines after it (quadratic).
  return (
    !/^[ \t]*\{|^["']?(?:openapi|swagger)["']?[ \t]*:/m.test(beforeFirstFence) &&
    findOpenApiBlocks(text).length > 0
  );
}
