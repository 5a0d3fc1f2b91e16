/**
 * The load stage: files in, one validated OpenAPI document out, with a way to
 * map any JSON pointer back to a file, line and column.
 */
import type { OpenAPI3 } from 'openapi-typescript';
import { CodegenError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { mergeDocuments } from './merge.js';
import type { ParsedSource } from './parse.js';
import { readInputs } from './read-inputs.js';
import { checkStructure, checkVersion } from './validate.js';

export interface LoadedSpec {
  /** Validated: an OpenAPI 3.0/3.1 document (openapi-typescript's document types). */
  readonly document: OpenAPI3;
  readonly locate: (segments: ReadonlyArray<string | number>) => SourceLocation | undefined;
}

export async function loadSpec(files: readonly string[]): Promise<LoadedSpec> {
  if (files.length === 0) throw new CodegenError([{ message: 'No input files given' }]);
  return loadSources(await readInputs(files));
}

export function loadSources(sources: readonly ParsedSource[]): LoadedSpec {
  const problems: Diagnostic[] = [];
  // Each input must be OpenAPI on its own before merging says anything useful;
  // refs and paths are judged on the merged document, where refs across pages resolve.
  for (const source of sources) problems.push(...checkVersion(source.value, source.locate));
  if (problems.length > 0) throw withFrames(problems, sources);
  const merged = mergeDocuments(sources);
  problems.push(...merged.problems, ...checkStructure(merged.document, merged.locate));
  if (problems.length > 0) throw withFrames(problems, sources);
  return { document: merged.document as unknown as OpenAPI3, locate: merged.locate };
}

function withFrames(problems: Diagnostic[], sources: readonly ParsedSource[]): CodegenError {
  return new CodegenError(
    problems.map((p) => {
      const source = p.location && sources.find((s) => s.file === p.location?.file);
      return source && p.location ? { ...p, frame: source.frame(p.location) } : p;
    }),
  );
}
