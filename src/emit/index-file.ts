/** `index.ts`: everything public, from one place. */
import { StructureKind } from 'ts-morph';
import type { FilePlan } from './file-plan.js';

const ALL_MODULES = ['./types.js', './operations.js', './client.js', './runtime/index.js'];

export function indexFile(modules: readonly string[] = ALL_MODULES): FilePlan {
  return {
    path: 'index.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: modules.map((moduleSpecifier) => ({
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier,
      })),
    },
  };
}
