/**
 * Type-checks many SDKs in one TypeScript program, with the options the
 * contract promises (test/helpers/typecheck.ts). Every SDK carries a copy of
 * the same runtime files; imports of a copy identical to one already seen
 * resolve to that one, so the runtime is checked once instead of once per SDK.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { libraryCachingHost, SDK_COMPILER_OPTIONS } from '../helpers/typecheck.js';
import { failure, type Failure } from './failure.js';

export interface TypecheckSettings {
  readonly options: ts.CompilerOptions;
  /** Check only what the spec changes: the runtime's own bodies are left out (while shrinking). */
  readonly skipRuntime?: boolean;
  readonly oldProgram?: ts.Program | undefined;
}

/** Each SDK folder → its diagnostics as failures (empty when it compiles). */
export function typecheckSdks(
  sdks: readonly string[],
  settings: TypecheckSettings = { options: SDK_COMPILER_OPTIONS },
): { failures: Map<string, Failure[]>; program: ts.Program } {
  const { options, oldProgram } = settings;
  const host = sharedRuntimeHost(options);
  const program = ts.createProgram({
    rootNames: sdks.map((sdk) => join(sdk, 'index.ts')),
    options,
    host,
    ...(oldProgram && { oldProgram }),
  });
  const failures = new Map<string, Failure[]>(sdks.map((sdk) => [sdk, []]));
  const checked = program
    .getSourceFiles()
    .filter(
      (f) =>
        !(options.skipLibCheck && f.isDeclarationFile) &&
        !(settings.skipRuntime && RUNTIME_FILE.test(f.fileName)),
    );
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => [
      ...program.getSyntacticDiagnostics(f),
      ...program.getSemanticDiagnostics(f),
    ]),
  ];
  for (const d of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const sdk =
      d.file &&
      sdks.find(
        (s) => d.file!.fileName.startsWith(s + sep) || d.file!.fileName.startsWith(`${s}/`),
      );
    const file = d.file && sdk ? relative(sdk, d.file.fileName) : (d.file?.fileName ?? '(global)');
    const where =
      d.file && d.start !== undefined
        ? `:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
        : '';
    const line = d.file && d.start !== undefined ? sourceLine(d.file, d.start) : '';
    const found = failure(
      'tsc',
      `${file}${where} TS${d.code} ${message}${line && `\n    ${line}`}`,
      `${file.replace(/^.*\//, '')} TS${d.code} ${message}`,
    );
    // A diagnostic in no SDK (a library file) belongs to all of them.
    for (const target of sdk ? [sdk] : sdks) failures.get(target)!.push(found);
  }
  return { failures, program };
}

function sourceLine(file: ts.SourceFile, start: number): string {
  const { line } = file.getLineAndCharacterOfPosition(start);
  return (file.text.split('\n')[line] ?? '').trim().slice(0, 300);
}

const RUNTIME_FILE = /[/\\]runtime[/\\][^/\\]+\.ts$/;

/** A compiler host whose module resolution sends identical runtime copies to the first one seen. */
function sharedRuntimeHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = libraryCachingHost(options);
  const canonical = new Map<string, string>();
  const redirect = (fileName: string): string => {
    const match = RUNTIME_FILE.exec(fileName);
    if (!match) return fileName;
    const key = `${match[0].slice(1)}\0${readFileSync(fileName, 'utf8')}`;
    const first = canonical.get(key);
    if (first !== undefined) return first;
    canonical.set(key, fileName);
    return fileName;
  };
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (f) => f, options);
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
