/** Every SDK under generated/ compiles under the contract's flags, as do the compile-time usage checks. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { formatDiagnostic, SDK_COMPILER_OPTIONS, typecheck } from './helpers/typecheck.js';

const sdks = readdirSync('generated', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('generated SDKs type-check (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, no skipLibCheck)', () => {
  it.each(sdks)('generated/%s', (name) => {
    expect(typecheck([join('generated', name, 'index.ts')])).toEqual([]);
  });

  // Consumer trial: a library author's `isolatedDeclarations` (TypeScript 5.5+) had failed on two
  // runtime declarations in every SDK.
  it('every SDK and every runtime module under isolatedDeclarations', () => {
    const runtime = readdirSync('templates/runtime').map((f) => join('templates/runtime', f));
    const program = ts.createProgram({
      rootNames: [...sdks.map((name) => join('generated', name, 'index.ts')), ...runtime],
      // Its errors are the declarations', reported where declarations are made.
      options: {
        ...SDK_COMPILER_OPTIONS,
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        isolatedDeclarations: true,
      },
    });
    const errors = program
      .getSourceFiles()
      .filter((f) => !f.fileName.includes('node_modules'))
      .flatMap((f) => program.getDeclarationDiagnostics(f))
      .map(formatDiagnostic);
    expect(errors).toEqual([]);
  });

  it('usage checks of the Meibel SDK, including @ts-expect-error lines', () => {
    expect(typecheck(['test/types/meibel-usage.ts'])).toEqual([]);
  });
});
