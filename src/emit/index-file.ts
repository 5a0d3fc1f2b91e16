/** `index.ts`: everything public, from one place; the runtime's plumbing stays inside. */
import type { ExportDeclarationStructure } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import { RUNTIME_ERROR_CLASSES } from '../ir/naming.js';
import type { Api } from '../ir/api.js';
import type { FilePlan } from './file-plan.js';
import { carries } from './runtime-modules.js';

/** What a user names from the runtime besides its errors: option and result types, by module. */
const RUNTIME_TYPES: ReadonlyArray<readonly [name: string, module?: string]> = [
  ['ApiPromise'],
  ['ClientOptions'],
  ['Credential'],
  ['Fetch'],
  ['JsonLines', 'json-lines.ts'],
  ['OperationError'],
  ['PagePromise', 'pagination.ts'],
  ['Pagination', 'pagination.ts'],
  ['RequestOptions'],
  ['ServerSentEvent', 'sse.ts'],
  ['Stream', 'sse.ts'],
  ['WithResponse'],
];

/** `export { ApiError, …, type RequestOptions, … } from './runtime/index.js'`: what the SDK carries. */
export function runtimeReexport(api: Api): ExportDeclarationStructure {
  const types = RUNTIME_TYPES.filter(([, module]) => module === undefined || carries(api, module));
  return {
    kind: StructureKind.ExportDeclaration,
    namedExports: [...RUNTIME_ERROR_CLASSES, ...types.map(([name]) => `type ${name}`)],
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

export function indexFile(
  api: Api,
  modules: readonly string[] = ALL_MODULES,
  validate = false,
): FilePlan {
  return {
    path: 'index.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: [
        ...modules.map((moduleSpecifier): ExportDeclarationStructure => ({
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier,
        })),
        ...(modules.includes('./client.js') ? [runtimeReexport(api)] : []),
        ...(validate ? VALIDATION_REEXPORTS : []),
      ],
    },
  };
}
