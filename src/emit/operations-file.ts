/**
 * `operations.ts`: one exported function per operation, and its error union.
 * With the `resources` layout, one module per top-level resource under
 * `operations/`, and `operations.ts` re-exports them.
 */
import type { StatementStructures } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import type { Api, Operation, Parameter, PathSegment } from '../ir/api.js';
import {
  objectLiteralKey,
  stringLiteral,
  templateLiteral,
  valueLiteral,
  type TemplatePiece,
} from './escape.js';
import { defaultSecurityLiteral } from './default-security.js';
import { planFileStems } from './file-names.js';
import { operationSchemasOf } from './zod-schemas.js';
import { bodyEncoders, bodyExpression } from './request-body.js';
import { spaced, type FilePlan } from './file-plan.js';
import { isIdempotencyKey } from './idempotency.js';
import { jsdoc } from './jsdoc.js';
import { methodPlaces, type MethodPlace } from './method-paths.js';
import { typeContext } from './names.js';
import {
  operationSignature,
  returnRuntimeTypes,
  signatureTypeNames,
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
  const schemasOf = validate ? operationSchemasOf(api, SCHEMAS) : undefined;
  let validating = false;
  const groups: StatementStructures[][] = [];

  for (const op of operations) {
    const signature = operationSignature(api, op, ctx, true);
    const schemas = schemasOf?.(op);
    // `$bodyChecks(client, options, 'getPet', { response: … })`: the body checks of one call.
    const check =
      schemas && `${CHECKS}(client, options, ${stringLiteral(op.functionName)}, ${schemas})`;
    if (check !== undefined) validating = true;
    returnRuntimeTypes(op).forEach((t) => runtimeTypes.add(t));
    if (op.streaming) runtimeValues.add('stream');
    if (op.pagination) runtimeValues.add('paginate');
    const place = places.get(op.functionName);
    if (op.pathParameters.length > 0) runtimeValues.add('path');
    if (!op.pathParameters.every(isPlainPathParameter)) runtimeValues.add('pathStyle');
    if (op.body) bodyEncoders(op.body).forEach((e) => runtimeValues.add(e));
    if (op.otherParameters.length > 0) runtimeValues.add('encodeParams');
    if (op.otherParameters.some(isIdempotencyKey)) runtimeValues.add('idempotencyKey');
    signatureTypeNames(op, ctx, true).forEach((name) => schemaTypes.add(name));
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
        docs: place === undefined ? signature.docs() : pointerDocs(op, place),
        parameters: signature.parameters,
        returnType: signature.returnType,
        statements: [`return ${callExpression(api, op, signature.call, check)};`],
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
      namedImports: [api.client.coreName],
      moduleSpecifier: `${up}client.js`,
    },
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: runtimeNames,
      moduleSpecifier: `${up}runtime/index.js`,
    },
  ];
  if (validating) {
    // `$` names: the naming planner never hands one out, so no function or type can clash.
    imports.push(
      {
        kind: StructureKind.ImportDeclaration,
        namedImports: [`bodyChecks as ${CHECKS}`],
        moduleSpecifier: `${up}runtime/validate.js`,
      },
      {
        kind: StructureKind.ImportDeclaration,
        namespaceImport: SCHEMAS,
        moduleSpecifier: `${up}schemas.js`,
      },
    );
  }
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

const CHECKS = '$bodyChecks';
const SCHEMAS = '$schemas';

/** The object literal handed to `client.request`. */
function requestSpec(api: Api, op: Operation, check?: string): string {
  // GET and the API's usual security are the runtime's defaults: 1,223 operations say them once.
  const fields = [
    ...(op.method === 'GET' ? [] : [`method: ${stringLiteral(op.method)}`]),
    `path: ${pathExpression(op)}`,
  ];
  for (const [field, location] of [
    ['query', 'query'],
    ['headers', 'header'],
    ['cookies', 'cookie'],
  ] as const) {
    const params = op.otherParameters.filter((p) => p.in === location);
    if (params.length > 0) fields.push(`${field}: { ${params.map(paramEntry).join(', ')} }`);
  }
  // Only styles other than the default (form, exploded) need telling.
  const styled = op.otherParameters.filter(
    (p) => p.in === 'query' && !(p.style === 'form' && p.explode),
  );
  if (styled.length > 0) {
    fields.push(
      `queryStyles: ${valueLiteral(Object.fromEntries(styled.map((p) => [p.name, { style: p.style, explode: p.explode }])))}`,
    );
  }
  if (op.otherParameters.length > 0) fields.push('encode: encodeParams');
  if (op.body) fields.push(`body: ${bodyExpression(op.body, `params${optionalAccess(op)}`)}`);
  if (op.accept !== undefined) fields.push(`accept: ${stringLiteral(op.accept)}`);
  const security = valueLiteral(op.security);
  if (security !== defaultSecurityLiteral(api)) fields.push(`security: ${security}`);
  if (check !== undefined) fields.push(`check: ${check}`);
  return `{ ${fields.join(', ')} }`;

  function paramEntry(p: Parameter): string {
    const value = `params${optionalAccess(op)}${p.identifier}`;
    // Made once per call, so each retry of the call repeats it; the caller's own key wins.
    return `${objectLiteralKey(p.name)}: ${isIdempotencyKey(p) ? `${value} ?? idempotencyKey()` : value}`;
  }
}

function optionalAccess(op: Operation): string {
  const required = op.otherParameters.some((p) => p.required) || op.body?.required === true;
  return required ? '.' : '?.';
}

/** The summary, and where the method's docs say the rest: each fact once. */
function pointerDocs(op: Operation, place: MethodPlace) {
  return jsdoc(
    [
      op.summary ?? `${op.method} ${op.path}`,
      `Documented at {@link ${place.className}.${place.name} | ${place.access}}.`,
    ],
    op.deprecated ? [{ tag: 'deprecated' }] : [],
  );
}

/** `client.request<T>(spec, options)`, or the runtime's `stream`/`paginate` function of the client. */
function callExpression(api: Api, op: Operation, call: string, check?: string): string {
  const spec = requestSpec(api, op, check);
  if (op.pagination) return `${call}(client, ${spec}, ${paginationLiteral(op)}, options)`;
  // A stream whose events the spec says are strings keeps their data as text.
  if (op.streaming)
    return `${call}(client, ${spec}, options${op.success?.schema?.kind === 'string' ? ", 'text'" : ''})`;
  return `client.${call}(${spec}, options)`;
}

/**
 * The runtime's `Pagination` descriptor: plain data, so the runtime needs no generated code.
 * A field path of one name is written as that name (`items: 'data'`).
 */
function paginationLiteral(op: Operation): string {
  const { itemSchema: _itemSchema, ...descriptor } = op.pagination!;
  return valueLiteral(
    Object.fromEntries(
      Object.entries(descriptor).map(([key, value]) => [
        key,
        Array.isArray(value) && value.length === 1 ? value[0] : value,
      ]),
    ),
  );
}

/** `path\`/datasources/${datasourceId}/ingest-status\`` — every value percent-encoded by `path`. */
function pathExpression(op: Operation): string {
  if (op.pathParameters.length === 0)
    return stringLiteral(op.pathSegments.map((s) => (s.kind === 'text' ? s.text : '')).join(''));
  return `path${templateLiteral(op.pathSegments.map(templatePiece))}`;
}

function templatePiece(segment: PathSegment): TemplatePiece {
  if (segment.kind === 'text') return segment.text;
  const p = segment.parameter;
  return {
    expression: isPlainPathParameter(p)
      ? p.identifier
      : `pathStyle(${stringLiteral(p.name)}, ${p.identifier}, ${stringLiteral(p.style)}, ${p.explode})`,
  };
}

/** A scalar in the default `simple` style goes straight into `path`, which encodes it; others need `pathStyle`. */
function isPlainPathParameter(p: Parameter): boolean {
  return p.style === 'simple' && !['array', 'object', 'ref'].includes(p.schema.kind);
}
