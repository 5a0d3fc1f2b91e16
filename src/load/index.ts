/**
 * The load stage: files in, one validated OpenAPI document out, with a way to
 * map any JSON pointer back to a file, line and column.
 */
import type { OpenAPI3 } from 'openapi-typescript';
import { CodegenError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { bundle, type BundleOptions } from './bundle.js';
import { mergeDocuments, operationIdConflicts } from './merge.js';
import type { ReferenceSite } from './object-model.js';
import { applyOverlays, isOverlay } from './overlay.js';
import type { ParsedSource } from './parse.js';
import { readInputs } from './read-inputs.js';
import { validateAgainstOasSchema } from './schema-validation.js';
import { convertSwagger2, isSwagger, type ConvertedSwagger2 } from './swagger2.js';
import { nameLengthProblems } from './name-lengths.js';
import { checkStructure, checkVersion } from './validate.js';

export interface LoadedSpec {
  /** Validated: an OpenAPI 3.0/3.1 document (openapi-typescript's document types). */
  readonly document: OpenAPI3;
  readonly locate: (segments: ReadonlyArray<string | number>) => SourceLocation | undefined;
  /** Every file read, `$ref`'d ones included (what watch mode watches). */
  readonly files: readonly string[];
  /** A problem found in the document, said in the terms of the files the user wrote (a Swagger 2.0 input's pointers and `$ref`s). */
  readonly restate: (diagnostic: Diagnostic) => Diagnostic;
  /** What the OpenAPI schema doubts but generation can ignore (unknown keys). */
  readonly warnings: readonly Diagnostic[];
}

export interface LoadOptions extends BundleOptions {
  /** Told of what was passed over (a docs page without an OpenAPI block in a folder). */
  readonly onWarning?: ((warning: Diagnostic) => void) | undefined;
}

export async function loadSpec(
  files: readonly string[],
  options: LoadOptions = {},
): Promise<LoadedSpec> {
  if (files.length === 0) throw new CodegenError([{ message: 'No input files given' }]);
  const all = await readInputs(files, options.onWarning);
  // Overlays among the inputs correct the spec; the rest are the spec.
  const overlays = all.filter(isOverlay);
  const given = all.filter((source) => !isOverlay(source));
  if (given.length === 0)
    throw new CodegenError([{ message: 'Only overlays were given: which spec do they apply to?' }]);
  // Swagger 2.0 inputs become OpenAPI 3.0 here; their errors are still said in 2.0 terms.
  const swagger2: ConvertedSwagger2[] = [];
  const inputs = await Promise.all(
    given.map(async (source) => {
      if (!isSwagger(source.value)) return source;
      const converted = await convertSwagger2(source, options).catch(rethrowFramed(given));
      swagger2.push(converted);
      return converted.source;
    }),
  );
  const restate = (d: Diagnostic): Diagnostic => {
    const pointer = d.pointer;
    const owner = pointer === undefined ? undefined : swagger2.find((c) => c.owns(pointer));
    return owner ? owner.restate(d) : d;
  };
  try {
    const bundles = await Promise.all(inputs.map((source) => bundle(source, options)));
    const read = [
      ...bundles.flatMap((b) => b.files),
      ...swagger2.flatMap((c) => c.files),
      ...overlays,
    ];
    const loaded = loadSources(
      bundles.map((b) => b.source),
      read,
      overlays,
      bundles.length === 1 ? bundles[0]!.references : undefined,
    );
    return {
      ...loaded,
      warnings: [
        ...framed(
          swagger2.flatMap((c) => c.warnings),
          read,
        ),
        ...loaded.warnings.map(restate),
      ],
      files: [...new Set(read.map((f) => f.file))],
      restate,
    };
  } catch (error) {
    if (!(error instanceof CodegenError)) throw error;
    throw withFrames(error.diagnostics.map(restate), [
      ...inputs,
      ...swagger2.flatMap((c) => c.files),
    ]);
  }
}

function rethrowFramed(sources: readonly ParsedSource[]): (error: unknown) => never {
  return (error) => {
    throw error instanceof CodegenError ? withFrames([...error.diagnostics], sources) : error;
  };
}

/**
 * Validates and merges parsed inputs; `files` are every file read, for code frames.
 * `references` are those of a single source's value, when a walk already found them.
 */
export function loadSources(
  sources: readonly ParsedSource[],
  files: readonly ParsedSource[] = sources,
  overlays: readonly ParsedSource[] = [],
  references?: readonly ReferenceSite[],
): Omit<LoadedSpec, 'files' | 'restate'> {
  const problems: Diagnostic[] = [];
  // Each input must be OpenAPI on its own before merging says anything useful;
  // refs and paths are judged on the merged document, where refs across pages resolve.
  for (const source of sources) problems.push(...checkVersion(source.value, source.locate));
  if (problems.length > 0) throw withFrames(problems, files);
  const merged = mergeDocuments(sources);
  problems.push(...merged.problems, ...applyOverlays(merged.document, overlays));
  // After the overlays, which may rename one of two operations that share an operationId.
  if (sources.length > 1) problems.push(...operationIdConflicts(merged));
  // An overlay may have changed the version itself.
  if (problems.length === 0 && overlays.length > 0)
    problems.push(...checkVersion(merged.document, merged.locate));
  if (problems.length > 0) throw withFrames(problems, files);
  // One source merges into a document of the same objects in the same order: its walk stands.
  const known = sources.length === 1 && overlays.length === 0 ? references : undefined;
  // Names first: every later check reads them.
  problems.push(...nameLengthProblems(merged.document, merged.locate));
  if (problems.length > 0) throw withFrames(problems, files);
  problems.push(...checkStructure(merged.document, merged.locate, known));
  // The OpenAPI schema's verdict, less what the checks above already said in their own words.
  const schema = validateAgainstOasSchema(merged.document, merged.locate);
  problems.push(
    ...schema.errors.filter(
      (e) => !problems.some((p) => p.pointer === e.pointer || p.message === e.message),
    ),
  );
  if (problems.length > 0) throw withFrames(problems, files);
  return {
    document: merged.document as unknown as OpenAPI3,
    locate: merged.locate,
    warnings: framed(schema.warnings, files),
  };
}

function withFrames(problems: Diagnostic[], sources: readonly ParsedSource[]): CodegenError {
  return new CodegenError(framed(problems, sources));
}

function framed(problems: readonly Diagnostic[], sources: readonly ParsedSource[]): Diagnostic[] {
  return problems.map((p) => {
    if (p.frame || !p.location) return p;
    const source = sources.find((s) => s.file === p.location?.file);
    return source ? { ...p, frame: source.frame(p.location) } : p;
  });
}
