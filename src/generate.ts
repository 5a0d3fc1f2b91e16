/**
 * `generate()`: the whole pipeline, load → normalize → emit → print → format →
 * write, each stage timed. Importable by build steps; never exits the process.
 */
import { emitSdk } from './emit/index.js';
import { formatFiles } from './format/format.js';
import type { Api } from './ir/api.js';
import { loadSpec } from './load/index.js';
import { normalizeDocument } from './normalize/document.js';
import { printFile, type PrintedFile } from './print/print.js';
import { diffOutput, withManifest, writeOutput, type FileChange } from './write/write.js';

export interface GenerateOptions {
  /** Spec files, docs pages, or directories of them; merged into one API. */
  readonly input: string | readonly string[];
  /** The SDK's directory. */
  readonly output: string;
  /** Compare with the files on disk instead of writing. */
  readonly check?: boolean | undefined;
  /** Return the files without touching the disk. */
  readonly dryRun?: boolean | undefined;
  /** Overrides the client class name. */
  readonly clientName?: string | undefined;
}

export interface GenerateResult {
  readonly files: readonly PrintedFile[];
  /** What differs from the output directory (in `check` mode: what would change). */
  readonly changes: readonly FileChange[];
  readonly summary: { readonly operations: number; readonly types: number; readonly files: number };
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<string, number>>;
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    }
  };
  const inputs = typeof options.input === 'string' ? [options.input] : [...options.input];
  const spec = await time('load', () => loadSpec(inputs));
  const api: Api = await time('normalize', () => normalizeDocument(spec.document, { clientName: options.clientName }));
  const plans = await time('emit', () => emitSdk(api));
  const printed = await time('print', () => plans.map(printFile));
  const formatted = await time('format', () => formatFiles(printed));
  const files = withManifest(formatted);
  const changes = options.dryRun ? [] : await time('compare', () => diffOutput(options.output, files));
  if (!options.check && !options.dryRun) await time('write', () => writeOutput(options.output, files, changes));
  return {
    files,
    changes,
    summary: { operations: api.operations.length, types: api.schemas.length, files: files.length },
    timings,
  };
}
