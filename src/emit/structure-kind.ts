/**
 * ts-morph's `StructureKind` and `VariableDeclarationKind` values, without
 * loading ts-morph: its module loads the whole TypeScript compiler, which a
 * run pays for only when some statement is left for ts-morph to print (see
 * src/print/ts-morph-text.ts). The types are ts-morph's own; a test holds each
 * value equal to ts-morph's (test/speed/structure-kind.test.ts).
 */
import type {
  StructureKind as TsMorphStructureKind,
  VariableDeclarationKind as TsMorphVariableDeclarationKind,
} from 'ts-morph';

export type StructureKind = TsMorphStructureKind;
export type VariableDeclarationKind = TsMorphVariableDeclarationKind;

/** The kinds emit builds and print reads. */
export const StructureKind = {
  Class: 2 as TsMorphStructureKind.Class,
  Enum: 8 as TsMorphStructureKind.Enum,
  ExportDeclaration: 11 as TsMorphStructureKind.ExportDeclaration,
  Function: 13 as TsMorphStructureKind.Function,
  ImportDeclaration: 16 as TsMorphStructureKind.ImportDeclaration,
  IndexSignature: 18 as TsMorphStructureKind.IndexSignature,
  Interface: 19 as TsMorphStructureKind.Interface,
  JSDoc: 24 as TsMorphStructureKind.JSDoc,
  JSDocTag: 25 as TsMorphStructureKind.JSDocTag,
  Method: 26 as TsMorphStructureKind.Method,
  Module: 29 as TsMorphStructureKind.Module,
  PropertySignature: 33 as TsMorphStructureKind.PropertySignature,
  SourceFile: 36 as TsMorphStructureKind.SourceFile,
  TypeAlias: 38 as TsMorphStructureKind.TypeAlias,
  VariableDeclaration: 40 as TsMorphStructureKind.VariableDeclaration,
  VariableStatement: 41 as TsMorphStructureKind.VariableStatement,
} as const;

export const VariableDeclarationKind = {
  Const: 'const' as TsMorphVariableDeclarationKind.Const,
} as const;
