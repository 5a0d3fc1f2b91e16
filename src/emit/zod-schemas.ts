/**
 * `schemas.ts` (with `validate`): a zod schema for every type of `types.ts`,
 * under the same name, whose `z.infer` is that type exactly, and per operation
 * the schemas of its JSON success and request bodies. zod is then the SDK's one
 * dependency.
 *
 * Declarations come dependencies first; a ref into a cycle is `z.lazy`, typed
 * by the TypeScript type so the recursion never has to be inferred.
 */
import type { VariableStatementStructure } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './structure-kind.js';
import { directRefs } from '../ir/refs.js';
import type { Api, NamedSchema, Operation } from '../ir/api.js';
import type { Literal, Property, Schema } from '../ir/schema.js';
import { literalType, objectLiteralKey } from './escape.js';
import { spaced, type FilePlan } from './file-plan.js';
import { jsdoc } from './jsdoc.js';
import { typeContext } from './names.js';
import { indexSignatureSchemas, visibleProperties, type TypeContext } from './type-syntax.js';

/** The module's own bindings; type names are PascalCase, so they never meet these. */
const ZOD = 'z';
const TYPES = 't';
export const RESPONSES_CONST = 'responses';
export const REQUESTS_CONST = 'requests';

interface ZodContext extends TypeContext {
  /** Refs to these keys are lazy: they sit on a cycle of refs. */
  readonly cyclic: ReadonlySet<string>;
}

export function zodSchemasFile(api: Api): FilePlan {
  const views = { response: typeContext(api), request: typeContext(api, 'request') };
  const byKey = new Map(api.schemas.map((s) => [s.key, s]));
  const { order, cyclic } = declarationOrder(byKey);
  const ctx = (view: 'response' | 'request'): ZodContext => ({ ...views[view], cyclic });
  const declarations = order.flatMap((key) => {
    const named = byKey.get(key)!;
    return [
      schemaConst(named.typeName, named.schema, ctx('response')),
      ...(named.inputTypeName
        ? [schemaConst(named.inputTypeName, named.schema, ctx('request'))]
        : []),
    ];
  });
  return {
    path: 'schemas.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: spaced([
        [
          `import { ${ZOD} } from 'zod';`,
          ...(cyclic.size > 0 ? [`import type * as ${TYPES} from './types.js';`] : []),
        ],
        declarations,
        [
          byOperation(
            RESPONSES_CONST,
            "Each operation's JSON success body, by function name.",
            api.operations,
            responseSchemas,
            ctx('response'),
          ),
          byOperation(
            REQUESTS_CONST,
            "Each operation's JSON request body, by function name.",
            api.operations,
            requestSchemas,
            ctx('request'),
          ),
        ],
      ]),
    },
  };
}

function schemaConst(name: string, schema: Schema, ctx: ZodContext): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      { kind: StructureKind.VariableDeclaration, name, initializer: zodText(schema, ctx) },
    ],
  };
}

/** An operation's JSON success bodies: what its responses are checked against. */
export function responseSchemas(op: Operation): readonly Schema[] {
  return op.successes.flatMap((r) =>
    r.schema !== undefined && r.described?.kind === 'json' ? [r.schema] : [],
  );
}

/** An operation's JSON request body (none or one): when its preferred body is JSON. */
export function requestSchemas(op: Operation): readonly Schema[] {
  return op.body?.preferred.mediaType.kind === 'json' ? [op.body.preferred.schema] : [];
}

/** `export const responses = { getPet: …, … }`: one entry per operation that has such a body. */
function byOperation(
  name: string,
  doc: string,
  operations: readonly Operation[],
  schemasOf: (op: Operation) => readonly Schema[],
  ctx: ZodContext,
): VariableStatementStructure {
  const entries = operations.flatMap((op) => {
    const schemas = schemasOf(op);
    return schemas.length === 0
      ? []
      : [`${objectLiteralKey(op.functionName)}: ${union(schemas.map((s) => zodText(s, ctx)))},`];
  });
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsdoc([doc]),
    declarations: [
      { kind: StructureKind.VariableDeclaration, name, initializer: `{\n${entries.join('\n')}\n}` },
    ],
  };
}

/** The zod expression for a schema: the twin of `typeText`, case for case. */
function zodText(schema: Schema, ctx: ZodContext): string {
  switch (schema.kind) {
    case 'unknown':
      return `${ZOD}.unknown()`;
    case 'ref': {
      const name = ctx.nameOf(schema.target);
      return ctx.cyclic.has(schema.target)
        ? `${ZOD}.lazy((): ${ZOD}.ZodType<${TYPES}.${name}> => ${name})`
        : name;
    }
    case 'string':
      return `${ZOD}.string()`;
    case 'number':
      return `${ZOD}.number()`;
    case 'integer':
      // Not z.int(): an int64 id past 2^53 is still an integer the API may send.
      return `${ZOD}.number().refine(Number.isInteger, 'expected an integer')`;
    case 'boolean':
      return `${ZOD}.boolean()`;
    case 'null':
      return `${ZOD}.null()`;
    case 'binary':
      return `${ZOD}.instanceof(Blob)`;
    case 'enum':
      return enumText(schema.values);
    case 'array':
      return `${ZOD}.array(${zodText(schema.items, ctx)})`;
    case 'tuple': {
      const fixed = `[${schema.items.map((item) => zodText(item, ctx)).join(', ')}]`;
      return schema.rest === false
        ? `${ZOD}.tuple(${fixed})`
        : `${ZOD}.tuple(${fixed}, ${zodText(schema.rest, ctx)})`;
    }
    case 'object':
      return objectText(schema.properties, schema.additional, ctx);
    case 'union':
      return union(schema.variants.map((v) => zodText(v, ctx)));
    case 'intersection':
      return schema.parts
        .map((p) => zodText(p, ctx))
        .reduce((left, right) => `${ZOD}.intersection(${left}, ${right})`);
  }
}

function union(members: readonly string[]): string {
  const unique = [...new Set(members)];
  if (unique.length === 0) return `${ZOD}.never()`;
  return unique.length === 1 ? unique[0]! : `${ZOD}.union([${unique.join(', ')}])`;
}

function enumText(values: readonly Literal[]): string {
  // literalType escapes strings for the output; a literal type is also a literal value.
  const literals = [...new Set(values.map(literalType))];
  if (literals.includes('unknown')) return `${ZOD}.unknown()`;
  if (literals.length === 0) return `${ZOD}.never()`;
  return literals.length === 1
    ? `${ZOD}.literal(${literals[0]})`
    : `${ZOD}.literal([${literals.join(', ')}])`;
}

function objectText(
  properties: readonly Property[],
  additional: boolean | Schema,
  ctx: ZodContext,
): string {
  const shape = visibleProperties(properties, ctx).map((p) => {
    const value = zodText(p.schema, ctx);
    return `${objectLiteralKey(p.name)}: ${p.required ? value : `${value}.exactOptional()`},`;
  });
  const body = `{\n${shape.join('\n')}\n}`;
  // Only `{}` itself, as the type says; an object whose properties this view hides stays open to them.
  if (additional === false) {
    if (properties.length === 0) return `${ZOD}.strictObject({})`;
    // Every property hidden in this view: the type is `{}`, which z.object({}) would narrow to no keys at all.
    if (shape.length === 0)
      return `${ZOD}.custom<{}>((value) => typeof value === 'object' && value !== null, 'expected an object')`;
    return `${ZOD}.object(${body})`;
  }
  if (additional === true) return `${ZOD}.looseObject(${body})`;
  const index = indexSignatureSchemas(properties, additional, ctx);
  return `${ZOD}.object(${body}).catchall(${union(index.map((s) => zodText(s, ctx)))})`;
}

/**
 * Component keys, each after the ones it refers to, and the keys that sit on
 * a cycle of refs (whose refs must be lazy: their const is not yet defined).
 */
function declarationOrder(byKey: ReadonlyMap<string, NamedSchema>): {
  order: string[];
  cyclic: Set<string>;
} {
  const order: string[] = [];
  const cyclic = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (key: string): void => {
    const seen = state.get(key);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      for (const member of stack.slice(stack.indexOf(key))) cyclic.add(member);
      return;
    }
    state.set(key, 'visiting');
    stack.push(key);
    const named = byKey.get(key);
    if (named !== undefined) for (const target of directRefs(named.schema)) visit(target);
    stack.pop();
    state.set(key, 'done');
    order.push(key);
  };
  for (const key of byKey.keys()) visit(key);
  return { order, cyclic };
}
