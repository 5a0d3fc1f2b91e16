/**
 * `operations.ts`: one exported function per operation, and its error union.
 * With the `resources` layout, one module per top-level resource under
 * `operations/`, and `operations.ts` re-exports them.
 */
import type { StatementStructures } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import { shownPath, type Api, type Operation } from '../ir/api.js';
import { planFileStems } from './file-names.js';
import {
  bodyCheckImports,
  operationSchemas,
  requestCall,
  runtimeValuesOf,
} from './request-call.js';
import { spaced, type FilePlan } from './file-plan.js';
import { endpoint, jsdoc } from './jsdoc.js';
import { methodPlaces, type MethodPlace } from './method-paths.js';
import { typeContext } from './names.js';
import {
  operationSignature,
  returnRuntimeTypes,
  signatureTypeNames,
  withOverloads,
} from './operation-signature.js';

/** With `withMethods`, each function's docs are a summary pointing to its method's, which say it all. */
export interface OperationsOptions {
  readonly withMethods: boolean;
  /** Check bodies against `schemas.ts` (the `validate` option). */
  readonly validate?: boolean | undefined;
}

export function operationsFile(api: Api, options: OperationsOptions): FilePlan {
  return operationsModule(api, api.operations, 'operations.ts', './', options);
}

/** `operations/<resource>.ts` per top-level resource, and `operations.ts` re-exporting them. */
export function operationsFilesByResource(api: Api, options: OperationsOptions): FilePlan[] {
  const groups = new Map<string, Operation[]>();
  for (const op of api.operations) {
    const group = op.resource[0] ?? 'root';
    groups.set(group, [...(groups.get(group) ?? []), op]);
  }
  const stems = planFileStems([...groups.keys()]);
  const files = [...groups].map(([group, ops]) =>
    operationsModule(api, ops, `operations/${stems.get(group)!}.ts`, '../', options),
  );
  const barrel: FilePlan = {
    path: 'operations.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: files.map((f) => ({
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: `./${f.path.replace(/\.ts$/, '.js')}`,
      })),
    },
  };
  return [barrel, ...files];
}

function operationsModule(
  api: Api,
  operations: readonly Operation[],
  path: string,
  up: string,
  { withMethods, validate = false }: OperationsOptions,
): FilePlan {
  const ctx = typeContext(api);
  const places = withMethods ? methodPlaces(api) : new Map<string, MethodPlace>();
  const runtimeValues = new Set<string>();
  const runtimeTypes = new Set<string>(['RequestOptions', 'OperationError']);
  const schemaTypes = new Set<string>();
  // The resources the docs link to: imported, an editor follows the link.
  const documented = new Set<string>();
  const schemasOf = validate ? operationSchemas(api) : undefined;
  let validating = false;
  const groups: StatementStructures[][] = [];

  for (const op of operations) {
    const signature = operationSignature(api, op, ctx, true);
    if (schemasOf?.(op) !== undefined) validating = true;
    returnRuntimeTypes(op).forEach((t) => runtimeTypes.add(t));
    runtimeValuesOf(op).forEach((v) => runtimeValues.add(v));
    const place = places.get(op.functionName);
    if (place !== undefined) documented.add(place.className);
    signatureTypeNames(api, op, ctx, true).forEach((name) => schemaTypes.add(name));
    groups.push([
      {
        kind: StructureKind.TypeAlias,
        name: op.errorTypeName,
        isExported: true,
        type: signature.errorType,
      },
      {
        kind: StructureKind.Function,
        name: op.functionName,
        isExported: true,
        ...withOverloads(
          signature,
          place === undefined ? signature.docs() : pointerDocs(op, place),
          true,
        ),
        statements: [`return ${requestCall(api, op, signature, 'client', schemasOf)};`],
      },
    ]);
  }

  // A spec without operations still gets a module, with nothing to import.
  if (operations.length === 0)
    return { path, structure: { kind: StructureKind.SourceFile, statements: ['export {};'] } };
  const runtimeNames = [
    ...[...runtimeValues].sort(),
    ...[...runtimeTypes].sort().map((t) => `type ${t}`),
  ];
  const imports: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      namedImports: [api.client.coreName, ...[...documented].sort()],
      moduleSpecifier: `${up}client.js`,
    },
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: runtimeNames,
      moduleSpecifier: `${up}runtime/index.js`,
    },
  ];
  if (validating) imports.push(...bodyCheckImports(up));
  if (schemaTypes.size > 0) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      namedImports: [...schemaTypes].sort(),
      moduleSpecifier: `${up}types.js`,
    });
  }
  return {
    path,
    structure: { kind: StructureKind.SourceFile, statements: spaced([imports, ...groups]) },
  };
}

/** The summary, and where the method's docs say the rest: each fact once. */
function pointerDocs(op: Operation, place: MethodPlace) {
  return jsdoc(
    [
      op.summary ?? endpoint(op.method, shownPath(op)),
      `Documented at {@link ${place.className}.${place.name} | ${place.access}}.`,
    ],
    op.deprecated ? [{ tag: 'deprecated' }] : [],
  );
}
