/**
 * The parts of an `allOf` (and a schema's own keywords beside it) → one type a
 * value can have. https://json-schema.org/draft/2020-12/json-schema-core#section-10.2.1.1
 *
 * Keywords without a `type` constrain only values of the type they describe:
 * `{properties: …}` says nothing about an array, so beside `{type: array}` it
 * is dropped rather than intersected into `T[] & {…}`, which no JSON value is.
 * Parts whose explicit types cannot meet (`type: array` and `type: object`)
 * admit no value at all; rather than `never`, the parts of the first part's
 * type are kept: what such specs mean by the rest is not JSON Schema.
 */
import type { Schema } from '../ir/schema.js';
import { deref, isRaw, saysNullable, type NormalizeContext, type Raw } from './context.js';

export interface AllOfPart {
  /** The part as written (a `$ref` is followed); undefined when it has no type of its own to judge. */
  readonly raw: unknown;
  readonly schema: Schema;
  /** A part that only requires keys the others declare (`{ required: [id] }`). */
  readonly requires?: true;
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export function intersect(ctx: NormalizeContext, parts: readonly AllOfPart[]): Schema {
  const judged = parts
    .filter((p) => p.schema.kind !== 'unknown')
    .map((p) => ({ ...p, types: explicitTypes(ctx, p.raw) }));
  const explicit = judged.flatMap((p) => (p.types === undefined ? [] : [p.types]));
  let allowed = explicit.reduce<Set<JsonType> | undefined>(
    (acc, types) => (acc === undefined ? new Set(types) : meet(acc, types)),
    undefined,
  );
  if (allowed !== undefined && allowed.size === 0) allowed = new Set(explicit[0]);
  const kept = judged.filter((p) =>
    allowed === undefined
      ? true
      : p.types !== undefined
        ? p.types.size === 0 || meet(allowed, p.types).size > 0
        : admits(allowed, p.schema),
  );
  // `additionalProperties: false` with no properties, beside parts that add some, is read as
  // its authors mean it (nothing beyond what the allOf declares), not as "no value at all".
  // Each part is judged once: an allOf of thousands of parts stays linear.
  const closed = kept.map((p) => closedEmpty(ctx, p.raw));
  const adding = kept.filter((p, i) => p.schema.kind !== 'unknown' && !closed[i]).length;
  const opened = kept.filter((p, i) => !(closed[i] && adding > 0));
  if (opened.length === 0) return { kind: 'unknown' };
  return opened.length === 1
    ? opened[0]!.schema
    : { kind: 'intersection', parts: opened.map((p) => p.schema) };
}

/** `{type: object, additionalProperties: false}` and nothing more (through a `$ref`). */
function closedEmpty(ctx: NormalizeContext, raw: unknown): boolean {
  const schema = isRaw(raw) && typeof raw.$ref === 'string' ? safeDeref(ctx, raw) : raw;
  return (
    isRaw(schema) &&
    schema.additionalProperties === false &&
    !(isRaw(schema.properties) && Object.keys(schema.properties).length > 0) &&
    schema.patternProperties === undefined &&
    schema.allOf === undefined &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined
  );
}

/** Whether a value of this schema may be a JSON object (false only when its types say otherwise). */
export function mayBeObject(ctx: NormalizeContext, raw: unknown): boolean {
  const types = explicitTypes(ctx, raw);
  return types === undefined || types.has('object');
}

/** The JSON types a schema's `type` allows (integer within number); undefined when it has none. */
function explicitTypes(
  ctx: NormalizeContext,
  raw: unknown,
  depth = 0,
): ReadonlySet<JsonType> | undefined {
  // Past this depth (a chain of allOf parts no author writes) nothing is known: the stack stays short.
  if (!isRaw(raw) || depth > 20) return undefined;
  // Each schema once per run: an allOf whose parts share a part (A: allOf [B, B], B: allOf
  // [C, C]…) is judged once per schema, not once per path to it (2^depth).
  const known = ctx.explicitTypes;
  if (known.has(raw)) return known.get(raw);
  // A part that reaches itself again says nothing more about its types.
  known.set(raw, undefined);
  const types = typesOf(ctx, raw, depth);
  known.set(raw, types);
  return types;
}

function typesOf(
  ctx: NormalizeContext,
  raw: Raw,
  depth: number,
): ReadonlySet<JsonType> | undefined {
  const schema = typeof raw.$ref === 'string' ? safeDeref(ctx, raw) : raw;
  if (schema === undefined) return undefined;
  const declared =
    typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : [];
  const types = new Set(declared.filter(isJsonType));
  if (types.size === 0) {
    // No type of its own: an allOf's parts may still have one.
    const inner = Array.isArray(schema.allOf)
      ? schema.allOf.map((part) => explicitTypes(ctx, part, depth + 1))
      : [];
    const typed = inner.filter((t): t is ReadonlySet<JsonType> => t !== undefined);
    return typed.length === 0 ? undefined : typed.reduce((a, b) => meet(a, b));
  }
  if (types.has('number')) types.add('integer');
  // 3.0's `nullable: true` is a type of its own, here as in the schema's IR.
  if (saysNullable(ctx, schema)) types.add('null');
  return types;
}

function safeDeref(ctx: NormalizeContext, raw: unknown): Record<string, unknown> | undefined {
  try {
    return deref(ctx, raw);
  } catch {
    return undefined;
  }
}

/** Does a part without a type of its own still constrain values of the allowed types? */
function admits(allowed: ReadonlySet<JsonType>, schema: Schema): boolean {
  switch (schema.kind) {
    case 'object':
      return allowed.has('object');
    case 'array':
    case 'tuple':
      return allowed.has('array');
    default:
      return true;
  }
}

function meet(a: ReadonlySet<JsonType>, b: ReadonlySet<JsonType>): Set<JsonType> {
  return new Set([...a].filter((t) => b.has(t)));
}

const JSON_TYPES: ReadonlySet<string> = new Set([
  'object',
  'array',
  'string',
  'number',
  'integer',
  'boolean',
  'null',
]);

function isJsonType(value: unknown): value is JsonType {
  return typeof value === 'string' && JSON_TYPES.has(value);
}
