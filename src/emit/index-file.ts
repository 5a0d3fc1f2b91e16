/** `index.ts`: everything public, from one place. */
import { StructureKind } from 'ts-morph';
import type { FilePlan } from './file-plan.js';

export function indexFile(): FilePlan {
  const modules = ['./types.js', './operations.js', './client.js', './runtime/index.js'];
  return {
    path: 'index.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: modules.map((moduleSpecifier) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier })),
    },
  };
}
