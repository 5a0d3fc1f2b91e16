/**
 * Type-checks many SDKs in one TypeScript program, with the options the
 * contract promises (test/helpers/typecheck.ts, whose host checks the runtime
 * files the SDKs share once), each failure attributed to its SDK.
 */
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { RUNTIME_FILE, SDK_COMPILER_OPTIONS, sdkCompilerHost } from '../helpers/typecheck.js';
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
  const host = sdkCompilerHost(options);
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
