/**
 * `schemas.ts` (with `validate`): a zod schema for every type of `types.ts`,
 * under the same name, whose `z.infer` is that type exactly, and per operation
 * the schemas of its JSON success and request bodies, of its stream's events,
 * and (with dates) of its error bodies. zod is then the SDK's one dependency.
 *
 * Declarations come dependencies first; a ref into a cycle is `z.lazy`, typed
 * by the TypeScript type so the recursion never has to be inferred.
 *
 * With `dates: 'Date'`, date and date-time strings of the response view are zod
 * codecs whose output is a `Date`, as the response-side types say; the
 * request-side twins keep strings.
 */
import type { VariableStatementStructure } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './structure-kind.js';
import { children } from '../ir/children.js';
import { directRefs } from '../ir/refs.js';
import { walkRefGraph } from '../ir/ref-graph.js';
import type { Api, NamedSchema, Operation, Response } from '../ir/api.js';
import { isDateString, reaches, schemasWithDates } from '../ir/visibility.js';
import {
  exclusiveFlag,
  numericConstraint,
  type CONSTRAINT_KEYWORDS,
  type Literal,
  type Property,
  type Schema,
  type SchemaDocs,
} from '../ir/schema.js';

type ConstraintKey = (typeof CONSTRAINT_KEYWORDS)[number];
import { literalType, objectLiteralKey } from './escape.js';
import { spaced, type FilePlan } from './file-plan.js';
import { jsdoc } from './jsdoc.js';
import { typeContext } from './names.js';
import {
  indexSignatureSchemas,
  requiredPick,
  requiresNothingHere,
  typeText,
  visibleProperties,
  type TypeContext,
} from './type-syntax.js';

/** The module's own bindings; type names are PascalCase, so they never meet these. */
const ZOD = 'z';
const TYPES = 't';
/**
 * An operation's checks are consts of their own, `<function><Kind>` (`getPetResponse`): a bundle
 * keeps only its calls' (one map of them all had kept every schema: 170 KB gzipped for one of
 * Stripe's calls), and no inferred type is the whole API's (TS7056 on Stripe's and GitHub's
 * `declaration` builds). Function names are camelCase and these suffixes differ in their ends,
 * so no two meet, nor a PascalCase type name's, nor a codec's.
 */
const RESPONSE_SUFFIX = 'Response';
const REQUEST_SUFFIX = 'Request';
const EVENT_SUFFIX = 'Event';
const ERRORS_SUFFIX = 'Errors';
/** Marks a call chain as free of side effects: see `pure`. */
const PURE = '/* @__PURE__ */ ';
/** The codecs of date strings, declared once when used (lowercase: no type name is). */
const CODECS = {
  'date-time': {
    name: 'isoDateTime',
    doc: 'An ISO 8601 date-time (`2024-05-01T12:00:00Z`, `+02:00`, `+0200`, `+02`; one without an offset is UTC), delivered as a `Date`.',
    // Jira's `+0000`, which z.iso.datetime refuses, as every `Date` reads it, and PostgreSQL's
    // `+02`, which no `Date` reads: it is given its minutes. One without an offset is read as
    // UTC, never in the user's own zone: Linode's every date had thrown (new-user trial).
    initializer: `${PURE}${ZOD}.codec(
      ${PURE}${ZOD}
        .string()
        .regex(/^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?$/, { error: 'expected a date-time', abort: true })
        .refine((text) => !Number.isNaN(Date.parse(text.replace(/([+-]\\d{2})$/, '$1:00'))), 'expected a date-time'),
      ${PURE}${ZOD}.date(),
      {
        decode: (text) => new Date(/(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)$/.test(text) ? text.replace(/([+-]\\d{2})$/, '$1:00') : \`\${text}Z\`),
        encode: (date) => date.toISOString(),
      },
    )`,
  },
  date: {
    name: 'isoDate',
    doc: 'An RFC 3339 full-date (`2024-05-01`), delivered as a `Date` at midnight UTC.',
    initializer: `${PURE}${ZOD}.codec(${PURE}${ZOD}.iso.date(), ${PURE}${ZOD}.date(), {
      decode: (text) => new Date(text),
      encode: (date) => date.toISOString().slice(0, 10),
    })`,
  },
} as const;

interface ZodContext extends TypeContext {
  /** Refs to these keys are lazy: they sit on a cycle of refs. */
  readonly cyclic: ReadonlySet<string>;
  /** The date codecs the file uses, filled in as expressions are written. */
  readonly codecs: Set<keyof typeof CODECS>;
  /** This view's TypeScript types, named as this file imports them (`t.Pet`). */
  readonly types: TypeContext;
  readonly depths: InlineDepths;
}

/** `typesModule`: where the types are (`./index.js` when the layout puts everything in one file). */
export function zodSchemasFile(api: Api, typesModule = './types.js'): FilePlan {
  const views = { response: typeContext(api), request: typeContext(api, 'request') };
  const byKey = new Map(api.schemas.map((s) => [s.key, s]));
  const { order, cyclic } = declarationOrder(byKey);
  const codecs = new Set<keyof typeof CODECS>();
  const depths = new InlineDepths();
  // Set as `t.Name` is written: by a lazy ref into a cycle, or in a typed inline schema.
  let importsTypes = cyclic.size > 0;
  const contextOf = (view: 'response' | 'request'): ZodContext => {
    const types = views[view];
    const qualified = {
      ...types,
      nameOf: (target: string) => {
        importsTypes = true;
        return `${TYPES}.${types.nameOf(target)}`;
      },
    };
    return { ...types, cyclic, codecs, types: qualified, depths };
  };
  const contexts = { response: contextOf('response'), request: contextOf('request') };
  const ctx = (view: 'response' | 'request'): ZodContext => contexts[view];
  const declarations = order.flatMap((key) => {
    const named = byKey.get(key)!;
    return [
      schemaConst(named.typeName, named.schema, ctx(named.requestOnly ? 'request' : 'response')),
      ...(named.inputTypeName
        ? [schemaConst(named.inputTypeName, named.schema, ctx('request'))]
        : []),
    ];
  });
  const bodies = checkedBodies(api);
  const listed = (view: 'response' | 'request', schemas: readonly Schema[]) =>
    schemas.length === 0 ? undefined : union(schemas.map((s) => zodText(s, ctx(view))));
  const checks = api.operations.flatMap((op) => {
    const found = bodies(op);
    const errors = found.errors.map(
      (r) => `${objectLiteralKey(r.status)}: ${zodText(r.schema, ctx('response'))},`,
    );
    return [
      perOperation(op, RESPONSE_SUFFIX, 'JSON success body', listed('response', found.response)),
      perOperation(op, REQUEST_SUFFIX, 'JSON request body', listed('request', found.request)),
      perOperation(op, EVENT_SUFFIX, "event stream's JSON data", listed('response', found.event)),
      perOperation(
        op,
        ERRORS_SUFFIX,
        'error bodies that hold dates, by status: read for their dates, never checked',
        errors.length === 0 ? undefined : `{\n${errors.join('\n')}\n}`,
      ),
    ].filter((check) => check !== undefined);
  });
  return {
    path: 'schemas.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: spaced([
        [
          `import { ${ZOD} } from 'zod';`,
          ...(importsTypes ? [`import type * as ${TYPES} from '${typesModule}';`] : []),
        ],
        // Known only now that every expression is written; declared first, as they are used.
        [...codecs].sort().map((format) => codecConst(CODECS[format])),
        declarations,
        checks,
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

/**
 * How deep inline schemas may nest in one expression before TypeScript gives
 * up on instantiating the type zod infers for it (TS2589): about 13 objects
 * inside each other; an array or a union costs it about a third of an object.
 * Counted in those thirds, with some margin:
 */
const MAX_INFERRED_DEPTH = 30;

/** What a schema's own level costs the inference, in thirds of an object's. */
function inferenceCost(schema: Schema): number {
  return schema.kind === 'object' || schema.kind === 'intersection' || schema.kind === 'tuple'
    ? 3
    : 1;
}

/**
 * How deep the type zod infers for an inline schema's expression nests. Past
 * MAX_INFERRED_DEPTH the expression is a `z.lazy` typed by the schema's
 * TypeScript type, which is one level again to what holds it. A ref is one
 * level: TypeScript infers each named const's type on its own.
 */
class InlineDepths {
  readonly #of = new WeakMap<Schema, number>();

  /** Whether an inline schema's expression is a typed `z.lazy`. */
  typed(schema: Schema): boolean {
    return schema.kind !== 'ref' && this.#depth(schema) >= MAX_INFERRED_DEPTH;
  }

  #depth(schema: Schema): number {
    let depth = this.#of.get(schema);
    if (depth === undefined) {
      let deepest = 0;
      for (const child of children(schema))
        deepest = Math.max(deepest, this.typed(child) ? 1 : this.#depth(child));
      depth = inferenceCost(schema) + deepest;
      this.#of.set(schema, depth);
    }
    return depth;
  }
}

function codecConst(codec: (typeof CODECS)[keyof typeof CODECS]): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsdoc([codec.doc]),
    declarations: [
      { kind: StructureKind.VariableDeclaration, name: codec.name, initializer: codec.initializer },
    ],
  };
}

/** The bodies an operation's checks read, each from its own map of `schemas.ts`. */
interface CheckedBodies {
  /** JSON success bodies. */
  readonly response: readonly Schema[];
  /** The JSON request body (none or one): when its preferred body is JSON. */
  readonly request: readonly Schema[];
  /** The data of an event stream's events, when the spec says it is JSON (not a string). */
  readonly event: readonly Schema[];
  /** With `dates`: the JSON error bodies, when one of them holds dates (which the SDK converts). */
  readonly errors: ReadonlyArray<{ readonly status: string; readonly schema: Schema }>;
  /** Whether the response, event or error schemas convert dates. */
  readonly dates: boolean;
}

/** Per operation, what its checks read; the ref graph's dates are found once per API. */
function checkedBodies(api: Api): (op: Operation) => CheckedBodies {
  const dated = api.dates
    ? schemasWithDates(new Map(api.schemas.map((s) => [s.key, s.schema])))
    : new Set<string>();
  const hasDates = (schema: Schema) => reaches(schema, isDateString, (key) => dated.has(key));
  const json = (r: Response): r is Response & { schema: Schema } =>
    r.schema !== undefined && r.described?.kind === 'json';
  return (op) => {
    const response = op.successes.filter(json).map((r) => r.schema);
    const stream = op.streaming ? op.success : undefined;
    const events = op.eventStream?.schema ?? op.jsonLines?.schema;
    const event =
      stream?.schema && readThroughSchema(stream)
        ? [stream.schema]
        : events !== undefined && events.kind !== 'string'
          ? [events]
          : [];
    // All of them once one has dates: a status must never be read by another status's schema.
    const jsonErrors = op.errors.filter(json);
    const errors = api.dates && jsonErrors.some((r) => hasDates(r.schema)) ? jsonErrors : [];
    return {
      response,
      request: op.body?.preferred.mediaType.kind === 'json' ? [op.body.preferred.schema] : [],
      event,
      errors,
      dates: errors.length > 0 || [...response, ...event].some(hasDates),
    };
  };
}

/**
 * Whether the SDK reads a response's body through its schema (checking it, and
 * converting its dates): a JSON body, or the data of an event stream whose
 * events the spec says are JSON (not strings, which stay text).
 */
export function readThroughSchema(response: Response): boolean {
  const kind = response.described?.kind;
  return kind === 'json' || (kind === 'event-stream' && response.schema?.kind !== 'string');
}

/**
 * `{ response: $schemas.getPetResponse, dates: true }`: the schemas one
 * operation's checks use (the runtime's `OperationSchemas`), or none.
 */
export function operationSchemasOf(
  api: Api,
  namespace: string,
): (op: Operation) => string | undefined {
  const bodies = checkedBodies(api);
  return (op) => {
    const found = bodies(op);
    // Function names are identifiers (the naming planner's), so they are plain keys.
    const at = (suffix: string) => `${namespace}.${op.functionName}${suffix}`;
    const fields = [
      ...(found.response.length > 0 ? [`response: ${at(RESPONSE_SUFFIX)}`] : []),
      ...(found.request.length > 0 ? [`request: ${at(REQUEST_SUFFIX)}`] : []),
      ...(found.event.length > 0 ? [`event: ${at(EVENT_SUFFIX)}`] : []),
      ...(found.errors.length > 0 ? [`errors: ${at(ERRORS_SUFFIX)}`] : []),
    ];
    if (fields.length === 0) return undefined;
    return `{ ${[...fields, ...(found.dates ? ['dates: true'] : [])].join(', ')} }`;
  };
}

/** `export const getPetResponse = …`: one check of one operation, where it has that body. */
function perOperation(
  op: Operation,
  suffix: string,
  what: string,
  initializer: string | undefined,
): VariableStatementStructure | undefined {
  if (initializer === undefined) return undefined;
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsdoc([`\`${op.functionName}\`'s ${what}.`]),
    declarations: [
      { kind: StructureKind.VariableDeclaration, name: `${op.functionName}${suffix}`, initializer },
    ],
  };
}

/** The zod expression for a schema: the twin of `typeText`, case for case. */
function zodText(schema: Schema, ctx: ZodContext): string {
  if (ctx.depths.typed(schema))
    return pure(
      `${ZOD}.lazy((): ${ZOD}.ZodType<${typeText(schema, ctx.types)}> => ${inferredText(schema, ctx)})`,
    );
  return pure(inferredText(schema, ctx));
}

/**
 * A call chain marked as free of side effects, as zod's constructors are: a bundler may then
 * drop a schema nothing uses (consumer trial: every schema, and so all of Stripe's, had stayed in
 * a bundle of one call). One mark covers the chain after it; each argument's chain has its own.
 * A bare name is no call.
 */
function pure(expression: string): string {
  return /^[\w$]+$/.test(expression) || expression.startsWith(PURE)
    ? expression
    : `${PURE}${expression}`;
}

function inferredText(schema: Schema, ctx: ZodContext): string {
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
      if (ctx.dates === true && isDateString(schema)) {
        const format = schema.format === 'date' ? 'date' : 'date-time';
        ctx.codecs.add(format);
        return CODECS[format].name;
      }
      return `${ZOD}.string()${boundsText(schema, 'minLength', 'maxLength')}`;
    case 'number':
      return `${ZOD}.number()${rangeText(schema)}`;
    case 'integer':
      // Not z.int(): an int64 id past 2^53 is still an integer the API may send.
      // An arrow, not `Number.isInteger` itself: a bundler takes reading a global's property for
      // a side effect, and kept every schema with an integer (and all they reach).
      return `${ZOD}.number().refine((n) => Number.isInteger(n), 'expected an integer')${rangeText(schema)}`;
    case 'boolean':
      return `${ZOD}.boolean()`;
    case 'null':
      return `${ZOD}.null()`;
    case 'binary':
      return `${ZOD}.instanceof(Blob)`;
    case 'enum':
      return enumText(schema.values);
    case 'array':
      return `${ZOD}.array(${zodText(schema.items, ctx)})${boundsText(schema, 'minItems', 'maxItems')}`;
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
    case 'intersection': {
      const parts = (ctx.dates === true ? ownKeysParts(schema.parts, ctx) : schema.parts)
        .filter((p) => !requiresNothingHere(p, ctx))
        .map(
          (p) =>
            pickedText(p, schema.parts, ctx) ??
            (ctx.dates === true ? ownKeysText(p, ctx) : zodText(p, ctx)),
        );
      return parts.length === 0
        ? `${ZOD}.looseObject({})`
        : parts.reduce((left, right) => `${ZOD}.intersection(${left}, ${right})`);
    }
  }
}

/**
 * A part that only requires keys a named object part declares: `Account.pick({ id: true
 * }).required()`, as the type says `Required<Pick<Account, 'id'>>`. As `{ id: z.unknown() }` its
 * parsed copy had kept a date's string beside the named part's `Date` (red team), and its
 * `z.infer` had not been the type.
 */
function pickedText(part: Schema, parts: readonly Schema[], ctx: ZodContext): string | undefined {
  const pick = requiredPick(part, parts, ctx);
  const target = pick && ctx.schemaOf(pick.target);
  // Only a const that is a ZodObject: not a typed z.lazy, nor one on a cycle.
  if (
    pick === undefined ||
    target?.kind !== 'object' ||
    ctx.cyclic.has(pick.target) ||
    ctx.depths.typed(target)
  )
    return undefined;
  // Beside a key every object has, zod's mask type refuses any pick (red team: `constructor`
  // beside `name`): the keys with the named part's own schemas, required, say the same.
  if (target.properties.some((p) => p.name in Object.prototype)) {
    const declared = new Map(target.properties.map((p) => [p.name, p.schema]));
    const shape = pick.names.map(
      (name) => `${objectLiteralKey(name)}: ${zodText(declared.get(name)!, ctx)},`,
    );
    return `${ZOD}.object({\n${shape.join('\n')}\n})`;
  }
  const keys = pick.names.map((name) => `${objectLiteralKey(name)}: true`).join(', ');
  const own = ctx.dates === true && isOpenObject(target) ? '.strip()' : '';
  return `${ctx.nameOf(pick.target)}.pick({ ${keys} }).required()${own}`;
}

/**
 * An allOf's parts but an open object of no properties (`{ type: object }`) beside a part that
 * is an object: it checks nothing more, and its parsed copy would pass every key through.
 */
function ownKeysParts(parts: readonly Schema[], ctx: ZodContext): readonly Schema[] {
  const kept = parts.filter((p) => !(isOpenObject(p) && p.properties.length === 0));
  const isObject = (p: Schema): boolean => {
    const target = p.kind === 'ref' ? ctx.schemaOf(p.target) : p;
    return target?.kind === 'object' || target?.kind === 'intersection';
  };
  return kept.length < parts.length && kept.some(isObject) ? kept : parts;
}

/**
 * An allOf part, with dates, whose parsed copy keeps only the keys it declares. zod merges the
 * parts' copies, and one part's `Date` beside another's passed-through string made the merge
 * throw (Plaid's `allOf: [AccountProductAccess, { type: object }]`, and every part extending a
 * base that holds a date). What is checked is the same, and the SDK delivers the received value
 * with the parsed copy's dates (`withDates`), so no key of it is lost.
 */
function ownKeysText(part: Schema, ctx: ZodContext): string {
  if (isOpenObject(part) && !ctx.depths.typed(part))
    return objectText(part.properties, 'own keys', ctx);
  if (part.kind === 'ref' && !ctx.cyclic.has(part.target)) {
    const target = ctx.schemaOf(part.target);
    // A const deep enough to be a typed z.lazy is no ZodObject; it keeps its keys.
    if (target !== undefined && isOpenObject(target) && !ctx.depths.typed(target))
      return `${zodText(part, ctx)}.strip()`;
  }
  return zodText(part, ctx);
}

function isOpenObject(schema: Schema): schema is Extract<Schema, { kind: 'object' }> {
  return schema.kind === 'object' && schema.additional === true;
}

/**
 * A length's or a count's bounds (`.min(1).max(25)`). Not a `pattern`: a careless or hostile one
 * could take each check exponential time on a server's string, and many specs write PCRE.
 */
function boundsText(schema: SchemaDocs, min: ConstraintKey, max: ConstraintKey): string {
  const at = (key: ConstraintKey) => numericConstraint(schema, key);
  const [low, high] = [at(min), at(max)];
  return `${low === undefined ? '' : `.min(${low})`}${high === undefined ? '' : `.max(${high})`}`;
}

/** A number's range (`.gte(5).lt(100)`), 3.1's exclusive bounds and 3.0's alike; `.multipleOf`. */
function rangeText(schema: SchemaDocs): string {
  const at = (key: ConstraintKey) => numericConstraint(schema, key);
  const checks: string[] = [];
  const [minimum, maximum] = [at('minimum'), at('maximum')];
  if (minimum !== undefined)
    checks.push(`${exclusiveFlag(schema, 'exclusiveMinimum') ? 'gt' : 'gte'}(${minimum})`);
  if (maximum !== undefined)
    checks.push(`${exclusiveFlag(schema, 'exclusiveMaximum') ? 'lt' : 'lte'}(${maximum})`);
  const [above, below] = [at('exclusiveMinimum'), at('exclusiveMaximum')];
  if (above !== undefined) checks.push(`gt(${above})`);
  if (below !== undefined) checks.push(`lt(${below})`);
  const step = at('multipleOf');
  if (step !== undefined && step > 0) checks.push(`multipleOf(${step})`);
  return checks.map((check) => `.${check}`).join('');
}

function union(members: readonly string[]): string {
  const unique = [...new Set(members)];
  if (unique.length === 0) return `${ZOD}.never()`;
  // `null` beside the rest is `.nullable()`: a union's failure says only `Invalid input` at its
  // own path, where a nullable object's says which field of it is wrong (Stream's responses).
  const nulled = unique.filter((m) => m !== pure(`${ZOD}.null()`));
  if (nulled.length > 0 && nulled.length < unique.length)
    return pure(`${union(nulled)}.nullable()`);
  return unique.length === 1 ? unique[0]! : pure(`${ZOD}.union([${unique.join(', ')}])`);
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

/** `own keys`: an open object whose parsed copy leaves out the keys it does not declare. */
function objectText(
  properties: readonly Property[],
  additional: boolean | Schema | 'own keys',
  ctx: ZodContext,
): string {
  const shape = visibleProperties(properties, ctx).map((p) => {
    const value = zodText(p.schema, ctx);
    return `${objectLiteralKey(p.name)}: ${p.required ? value : pure(`${value}.exactOptional()`)},`;
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
  if (additional === 'own keys') return `${ZOD}.object(${body})`;
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
  walkRefGraph(
    byKey.keys(),
    (key) => {
      const named = byKey.get(key);
      return named ? directRefs(named.schema) : [];
    },
    {
      cycle: (keys) => keys.forEach((key) => cyclic.add(key)),
      done: (key) => order.push(key),
    },
  );
  return { order, cyclic };
}
