/**
 * Type-checks files the way the contract promises users: strict, exact, no
 * skipLibCheck. A test process type-checks many SDKs against the same libraries,
 * so what never changes during a run is done once per process: the library files
 * (TypeScript's lib.*.d.ts and node_modules) are parsed once, and TypeScript's
 * lib files are checked once per set of options; each program still checks every
 * file of its own in full, against them. Every SDK carries a copy of the same
 * runtime files: a program checks identical copies once.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import ts from 'typescript';

export const SDK_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  // No @types/node: the SDK must compile for browsers, Deno and Bun too.
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  verbatimModuleSyntax: true,
  skipLibCheck: false,
  noEmit: true,
};

/** Diagnostics as `file:line:col message` lines; empty when everything compiles. */
export function typecheck(
  rootNames: readonly string[],
  options: ts.CompilerOptions = SDK_COMPILER_OPTIONS,
): string[] {
  const program = ts.createProgram({ rootNames, options, host: sdkCompilerHost(options) });
  return programDiagnostics(program).map(formatDiagnostic);
}

/** `file:line:col message`, or the message alone for a diagnostic of no file. */
export function formatDiagnostic(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return message;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${d.file.fileName}:${line + 1}:${character + 1} ${message}`;
}

// TypeScript's lib files checked without errors, per options, in this process.
const checkedLibFiles = new Set<string>();

/**
 * What `ts.getPreEmitDiagnostics` reports, except a lib file already found free of
 * errors under the same options: its own diagnostics depend on nothing else.
 */
export function programDiagnostics(program: ts.Program): readonly ts.Diagnostic[] {
  const options = JSON.stringify(program.getCompilerOptions());
  const diagnostics: ts.Diagnostic[] = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
  ];
  for (const file of program.getSourceFiles()) {
    const lib = program.isSourceFileDefaultLibrary(file);
    const key = `${options}\0${file.fileName}`;
    if (lib && checkedLibFiles.has(key)) continue;
    const own = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    if (lib && own.length === 0) checkedLibFiles.add(key);
    diagnostics.push(...own);
  }
  return ts.sortAndDeduplicateDiagnostics(diagnostics);
}

// The repository's own packages (TypeScript's lib files among them); not those a test installs.
const LIBRARIES = resolve('node_modules') + sep;
const libraryFiles = new Map<string, ts.SourceFile>();

/** A compiler host that parses each library file once per process (they never change during a run). */
export function libraryCachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!resolve(fileName).startsWith(LIBRARIES))
      return readSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = libraryFiles.get(key);
    if (!file) {
      file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) libraryFiles.set(key, file);
    }
    return file;
  };
  return host;
}

/** A file of an SDK's runtime folder (a copy of templates/runtime). */
export const RUNTIME_FILE = /[/\\]runtime[/\\][^/\\]+\.ts$/;

/**
 * The host of the SDK programs: library files cached (above), and imports of a
 * runtime file identical to one already seen (same name, content and module
 * format) sent to that one, so that the runtime is checked once per program
 * instead of once per SDK; its diagnostics name the first copy.
 */
export function sdkCompilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = libraryCachingHost(options);
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (f) => f, options);
  const canonical = new Map<string, string>();
  const redirect = (fileName: string): string => {
    const match = RUNTIME_FILE.exec(fileName);
    if (!match) return fileName;
    const format = ts.getImpliedNodeFormatForFile(
      fileName,
      cache.getPackageJsonInfoCache(),
      host,
      options,
    );
    const key = `${match[0].slice(1)}\0${format}\0${readFileSync(fileName, 'utf8')}`;
    const first = canonical.get(key);
    if (first !== undefined) return first;
    canonical.set(key, fileName);
    return fileName;
  };
  host.resolveModuleNameLiterals = (
    literals,
    containingFile,
    redirectedReference,
    compilerOptions,
    containingSourceFile,
  ) =>
    literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSourceFile, literal, compilerOptions);
      const { resolvedModule } = ts.resolveModuleName(
        literal.text,
        containingFile,
        compilerOptions,
        host,
        cache,
        redirectedReference,
        mode,
      );
      return {
        resolvedModule: resolvedModule && {
          ...resolvedModule,
          resolvedFileName: redirect(resolvedModule.resolvedFileName),
        },
      };
    });
  return host;
}
