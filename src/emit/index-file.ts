/** `index.ts`: everything public, from one place; the runtime's plumbing stays inside. */
import type { ExportDeclarationStructure } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import { RUNTIME_ERROR_CLASSES } from '../ir/naming.js';
import type { FilePlan } from './file-plan.js';

/** What a user names from the runtime besides its errors: option and result types. */
const RUNTIME_TYPES = [
  'ApiPromise',
  'ClientOptions',
  'Credential',
  'Fetch',
  'OperationError',
  'PagePromise',
  'Pagination',
  'RequestOptions',
  'ServerSentEvent',
  'Stream',
  'WithResponse',
];

/** `export { ApiError, …, type RequestOptions, … } from './runtime/index.js'`. */
export function runtimeReexport(): ExportDeclarationStructure {
  return {
    kind: StructureKind.ExportDeclaration,
    namedExports: [...RUNTIME_ERROR_CLASSES, ...RUNTIME_TYPES.map((t) => `type ${t}`)],
    moduleSpecifier: './runtime/index.js',
  };
}

const ALL_MODULES = ['./types.js', './operations.js', './client.js'];

/** With `validate`: the validation errors and options, and the zod schemas as `schemas`. */
const VALIDATION_REEXPORTS: ExportDeclarationStructure[] = [
  {
    kind: StructureKind.ExportDeclaration,
    namedExports: ['ResponseValidationError', 'RequestValidationError'],
    moduleSpecifier: './runtime/validate.js',
  },
  {
    kind: StructureKind.ExportDeclaration,
    isTypeOnly: true,
    namedExports: ['ValidationOptions'],
    moduleSpecifier: './runtime/index.js',
  },
  {
    kind: StructureKind.ExportDeclaration,
    namespaceExport: 'schemas',
    moduleSpecifier: './schemas.js',
  },
];

export function indexFile(modules: readonly string[] = ALL_MODULES, validate = false): FilePlan {
  return {
    path: 'index.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: [
        ...modules.map((moduleSpecifier): ExportDeclarationStructure => ({
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier,
        })),
        ...(modules.includes('./client.js') ? [runtimeReexport()] : []),
        ...(validate ? VALIDATION_REEXPORTS : []),
      ],
    },
  };
}
