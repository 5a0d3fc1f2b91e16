/**
 * OpenAPI Schema Object (3.0 and 3.1) → schema IR.
 * https://spec.openapis.org/oas/v3.1.0#schema-object
 */
import { CONSTRAINT_KEYWORDS } from '../ir/schema.js';
import { isDateString } from '../ir/visibility.js';
import {
  docsOf,
  SCHEMA_DOC_KEYS,
  type Literal,
  type Property,
  type Schema,
  type SchemaDocs,
} from '../ir/schema.js';
import {
  asArray,
  asString,
  deref,
  isRaw,
  saysNullable,
  schemaRefTarget,
  type NormalizeContext,
  type Raw,
} from './context.js';
import { intersect, type AllOfPart } from './all-of.js';
import { withDiscriminator, withParentDiscriminator } from './discriminator.js';
import { chargeInlining } from './inline-ref-size.js';
import { namedKeyOf, namedRefCount, recursiveRefKey } from './recursive-refs.js';

// `not` only documents too: no type says what a value is not.
const CONSTRAINT_KEYS = [...CONSTRAINT_KEYWORDS, 'not'] as const;

/**
 * Deeper inline schemas than this are refused: the printed type would
 * overflow the formatter's (and a reader's) stack. Named schemas reset the count.
 */
export const MAX_SCHEMA_DEPTH = 160;

/**
 * With runtime validation: TypeScript compares the type zod infers for an inline
 * schema with the schema's own type, and gives up (TS2321) past ~40 levels.
 */
export const MAX_VALIDATED_SCHEMA_DEPTH = 32;

/** A schema that cannot become a type; the caller knows where it is and says so. */
export class UnprintableSchemaError extends Error {}

// The inline nesting being normalized now, and the inlined (non-component) refs on the way.
let depth = 0;
const inlining: string[] = [];

// The schema a named ref's own type is being made from: the one place it is not a ref to itself.
let namedBody: unknown;

/** The type of a named ref's target itself (see recursive-refs.ts). */
export function normalizeNamedSchema(ctx: NormalizeContext, raw: unknown): Schema {
  const outer = namedBody;
  namedBody = raw;
  try {
    return normalizeSchema(ctx, raw);
  } finally {
    namedBody = outer;
  }
}

export function normalizeSchema(ctx: NormalizeContext, raw: unknown): Schema {
  if (raw === undefined || raw === true || !isRaw(raw)) return { kind: 'unknown' };
  if (raw !== namedBody) {
    const known = namedKeyOf(ctx, raw);
    if (known !== undefined) return { kind: 'ref', target: known };
  }
  const named = namedRefCount(ctx);
  const schema = normalizeSchemaBody(ctx, raw);
  // Its inner refs may have just found this schema recursive (named a ref): then it is that named type.
  const found =
    raw === namedBody || namedRefCount(ctx) === named ? undefined : namedKeyOf(ctx, raw);
  return found === undefined ? schema : { kind: 'ref', target: found };
}

function normalizeSchemaBody(ctx: NormalizeContext, raw: Raw): Schema {
  const limit = ctx.maxSchemaDepth ?? MAX_SCHEMA_DEPTH;
  if (depth >= limit)
    throw new UnprintableSchemaError(
      limit === MAX_SCHEMA_DEPTH
        ? `inline schemas are nested more than ${limit} levels deep; name the inner ones under components/schemas`
        : `inline schemas are nested more than ${limit} levels deep, deeper than runtime validation's schemas can be typed; name the inner ones under components/schemas`,
    );
  depth++;
  try {
    const docs = schemaDocs(raw);
    if (typeof raw.$ref === 'string') {
      const target = schemaRefTarget(raw.$ref);
      // Refs outside components.schemas are inlined: they have no type name of their own.
      return target !== undefined
        ? { kind: 'ref', target, ...docs }
        : inlineRef(ctx, raw.$ref, raw, docs);
    }
    const schema = withDocs(normalizeShape(ctx, raw), docs);
    return saysNullable(ctx, raw) ? nullable(schema) : schema;
  } finally {
    depth--;
  }
}

/**
 * A ref to a schema that is not a component: its content, inlined; or, when
 * that content reaches itself, a ref to the named schema made for it.
 */
function inlineRef(ctx: NormalizeContext, ref: string, raw: Raw, docs: SchemaDocs): Schema {
  const named = recursiveRefKey(ctx, ref);
  if (named !== undefined) return { kind: 'ref', target: named, ...docs };
  // Not recursive by the raw walk, yet met again: a guard, should the two ever disagree.
  if (inlining.includes(ref))
    throw new UnprintableSchemaError(`$ref "${ref}" refers to itself through inline schemas`);
  // What the outermost inline ref copies holds every inner one's copies.
  const tooMuch = inlining.length === 0 ? chargeInlining(ctx, ref) : undefined;
  if (tooMuch !== undefined) throw new UnprintableSchemaError(tooMuch);
  inlining.push(ref);
  try {
    return normalizeSchema(ctx, deref(ctx, raw));
  } finally {
    inlining.pop();
  }
}

function normalizeShape(ctx: NormalizeContext, raw: Raw): Schema {
  if ('const' in raw) return { kind: 'enum', values: [raw.const as Literal] };
  // An enum beside `type: array` lists what its items may be (Swagger 2.0 conversions: SimplyRETS'
  // `status`, Wordnik's `sourceDictionaries`, which took one value where the API takes several).
  // A `null` among them is the array's (3.0's `nullable`), and a `$ref`'d item type keeps its name.
  const types = Array.isArray(raw.type) ? raw.type : [raw.type];
  if (types.includes('array') && Array.isArray(raw.enum) && !raw.enum.some(Array.isArray)) {
    const { enum: values, ...array } = raw;
    const items = isRaw(raw.items) ? raw.items : {};
    const listed = values.filter((v) => v !== null);
    return normalizeShape(ctx, {
      ...array,
      ...(values.length > listed.length && { nullable: true }),
      items: '$ref' in items || listed.length === 0 ? items : { ...items, enum: listed },
    });
  }
  // A value listed twice is one value (and one key of the enum's const).
  if (Array.isArray(raw.enum)) return { kind: 'enum', values: [...new Set(raw.enum as Literal[])] };
  if (Array.isArray(raw.type)) {
    // 3.1 `type: [string, 'null']`: one variant per type, sharing the other keywords.
    return union(raw.type.map((type) => normalizeShape(ctx, { ...raw, type })));
  }
  // 3.0 says a `$ref` may be null only beside it: `allOf: [{nullable: true}, {$ref: X}]` is
  // `X | null` (PandaScore's `end_at`, whose `(unknown | null) & X` was `X`, and null refused).
  // The schema itself goes on, not a copy: a discriminator's child is found by its identity.
  const allOf = Array.isArray(raw.allOf) ? raw.allOf.filter((p) => !nullMarker(ctx, p)) : [];
  const markedNull =
    Array.isArray(raw.allOf) && allOf.length > 0 && allOf.length < raw.allOf.length;
  const shape = composedShape(ctx, raw, allOf);
  return markedNull ? nullable(shape) : shape;
}

/** `raw` with its compositions: `allOf` (its null markers left out), `oneOf` and `anyOf`. */
function composedShape(ctx: NormalizeContext, raw: Raw, allOf: readonly unknown[]): Schema {
  // `type: 'null'` beside a composition (Vercel's `aliasAssignedAt`, `oneOf: [number, boolean]`)
  // leaves no value but null, were it read strictly (`null & (number | boolean)`, never): its
  // author means the composition or null, as 3.0's `nullable` says.
  if (
    raw.type === 'null' &&
    (allOf.length > 0 || Array.isArray(raw.oneOf) || Array.isArray(raw.anyOf))
  ) {
    const { type: _null, ...composed } = raw;
    return nullable(composedShape(ctx, composed, allOf));
  }
  const compositions: AllOfPart[] = [];
  if (allOf.length > 0)
    compositions.push(
      ...withParentDiscriminator(
        ctx,
        raw,
        // A part that only lists what is required (IX-API's 105 `{required: [id, …], type:
        // object}` beside their `…Partial`) requires those keys, as the schema's own keywords do.
        allOf.flatMap((part) => {
          const schema = normalizeSchema(ctx, part);
          return isRaw(part) && part.$ref === undefined && Array.isArray(part.required)
            ? ownPart(ctx, raw, part, schema)
            : [{ raw: part, schema }];
        }),
      ),
    );
  for (const key of ['oneOf', 'anyOf'] as const) {
    const variants = raw[key];
    if (Array.isArray(variants))
      compositions.push({
        raw: undefined,
        schema: union(
          withDiscriminator(
            ctx,
            raw,
            variants,
            variants.map((v) => normalizeSchema(ctx, v)),
          ),
        ),
      });
  }
  const own = normalizeTyped(ctx, raw);
  if (compositions.length === 0) return own;
  // The schema's own keywords (its `type`, its properties) take part like any allOf member.
  const { allOf: _allOf, oneOf: _oneOf, anyOf: _anyOf, ...ownKeywords } = raw;
  const inherited = requiredOfParts(ctx, raw, allOf);
  return intersect(
    ctx,
    foldRequired([
      ...ownPart(ctx, raw, ownKeywords, own),
      ...compositions,
      ...inherited.flatMap((names) => requiredPart(ctx, raw, names)),
    ]),
  );
}

/**
 * The keys a `$ref`'d part requires and leaves to others to declare, which this composition's
 * parts declare, in groups by the part that declares them: a group of one named part's keys is
 * `Required<Pick<Part, …>>` (with `validate`, its schema's pick keeps its dates; red team: keys of
 * two parts had been checked as `unknown`, and a date beside its string refused every answer).
 * Vonage's `baseMessageType` requires `to`, `from` and `channel` of every message; each
 * channel's options declare them, in the body's `allOf` of a message and a channel, and the
 * three had been optional.
 */
function requiredOfParts(ctx: NormalizeContext, raw: Raw, allOf: readonly unknown[]): string[][] {
  const pending = new Set<string>();
  for (const part of allOf)
    if (isRaw(part) && typeof part.$ref === 'string')
      undeclaredRequired(ctx, part).forEach((name) => pending.add(name));
  if (pending.size === 0) return [];
  // What an inline part or the schema itself requires is its part's to say already, and so is
  // what a `$ref`'d part requires and declares (Vonage's reports require `account_id` of their
  // fields and their request both).
  const said = new Set(
    [raw, ...allOf].flatMap((part) => {
      if (!isRaw(part)) return [];
      if (part.$ref === undefined) return asArray(part.required);
      const target = deref(ctx, part);
      const own = isRaw(target.properties) ? target.properties : {};
      return asArray(target.required).filter(
        (name) => typeof name === 'string' && Object.hasOwn(own, name),
      );
    }),
  );
  const declares = (part: unknown, name: string) => declaredKeys(ctx, deref(ctx, part)).has(name);
  const isRef = (part: unknown) => isRaw(part) && typeof part.$ref === 'string';
  const groups = new Map<unknown, string[]>();
  for (const name of pending) {
    if (said.has(name)) continue;
    // The schema's own keywords and its inline parts are one group: the fold requires them there.
    const inline =
      (isRaw(raw.properties) && Object.hasOwn(raw.properties, name)) ||
      allOf.some((p) => !isRef(p) && declares(p, name));
    const part = inline ? raw : allOf.find((p) => isRef(p) && declares(p, name));
    if (part === undefined) continue;
    groups.set(part, [...(groups.get(part) ?? []), name]);
  }
  return [...groups.values()];
}

// Each schema's keys once: a cycle of allOf refs had been walked 8 deep at each step of each
// walk (red team: three refs of a schema to itself had taken 80 s).
const undeclaredOf = new WeakMap<Raw, ReadonlySet<string>>();

/** The keys a schema (through its refs and allOf) requires and declares nowhere in itself. */
function undeclaredRequired(
  ctx: NormalizeContext,
  value: unknown,
  visiting = new Set<Raw>(),
): ReadonlySet<string> {
  const schema = deref(ctx, value);
  const known = undeclaredOf.get(schema);
  if (known !== undefined) return known;
  const names = new Set<string>();
  if (visiting.has(schema) || visiting.size > FOLD_DEPTH) return names;
  visiting.add(schema);
  for (const name of asArray(schema.required)) if (typeof name === 'string') names.add(name);
  for (const part of asArray(schema.allOf))
    undeclaredRequired(ctx, part, visiting).forEach((name) => names.add(name));
  visiting.delete(schema);
  if (names.size > 0) declaredKeys(ctx, schema).forEach((key) => names.delete(key));
  undeclaredOf.set(schema, names);
  return names;
}

/**
 * The keys a part only requires, made required where an inline part of the same composition
 * declares them, and left a part of their own only for the others (a `$ref`'s). App Center's
 * `{ app_secret: unknown } & BasicAppResponse & { app_secret?: string }` said it twice, and
 * TypeScript under `exactOptionalPropertyTypes` could not assign that type to itself (TS2719).
 */
function foldRequired(parts: readonly AllOfPart[]): AllOfPart[] {
  const declared = (name: string) => parts.some((p) => !p.requires && declares(p.schema, name));
  const folded = new Set(
    parts.flatMap((p) =>
      p.requires && p.schema.kind === 'object'
        ? p.schema.properties.map((q) => q.name).filter(declared)
        : [],
    ),
  );
  if (folded.size === 0) return [...parts];
  return parts.flatMap((p): AllOfPart[] => {
    if (!p.requires) return [{ ...p, schema: requiring(p.schema, folded) }];
    if (p.schema.kind !== 'object') return [p];
    const properties = p.schema.properties.filter((q) => !folded.has(q.name));
    return properties.length === 0 ? [] : [{ ...p, schema: { ...p.schema, properties } }];
  });
}

// Inline parts as deep as a nested allOf or a nullable part (red team: both had kept TS2719).
const FOLD_DEPTH = 8;

/** Whether an inline part (not a `$ref`) declares the key: itself, or its allOf's. */
function declares(schema: Schema, name: string, depth = 0): boolean {
  if (depth > FOLD_DEPTH) return false;
  if (schema.kind === 'object') return schema.properties.some((q) => q.name === name);
  if (schema.kind === 'intersection') return schema.parts.some((s) => declares(s, name, depth + 1));
  // A choice, only where each of its choices does (a nullable part's one).
  if (schema.kind === 'union')
    return schema.variants.every((s) => s.kind === 'null' || declares(s, name, depth + 1));
  return false;
}

/** The schema with the keys required wherever its inline parts declare them. */
function requiring(schema: Schema, names: ReadonlySet<string>, depth = 0): Schema {
  if (depth > FOLD_DEPTH) return schema;
  if (schema.kind === 'object')
    return {
      ...schema,
      properties: schema.properties.map((q) => (names.has(q.name) ? { ...q, required: true } : q)),
    };
  if (schema.kind === 'intersection')
    return { ...schema, parts: schema.parts.map((s) => requiring(s, names, depth + 1)) };
  if (schema.kind === 'union')
    return { ...schema, variants: schema.variants.map((s) => requiring(s, names, depth + 1)) };
  return schema;
}

// What a part may say beside `nullable` and still say nothing else about the value.
const ANNOTATIONS = new Set(['nullable', 'title', 'description', 'example', 'deprecated']);

/**
 * A 3.0 `allOf` part that only says `nullable: true`, with or without `type: object` (Asana's
 * `parent`, "or null if this is not a subtask": `TaskCompact & ({…} | null)` had left no null).
 */
function nullMarker(ctx: NormalizeContext, part: unknown): boolean {
  return (
    isRaw(part) &&
    saysNullable(ctx, part) &&
    Object.entries(part).every(
      ([key, value]) =>
        ANNOTATIONS.has(key) || key.startsWith('x-') || (key === 'type' && value === 'object'),
    )
  );
}

/**
 * The schema's own keywords (or an inline part of its allOf) as a part of its composition.
 * Only `type: object` and `required` beside an allOf (Linode's) add no index signature, which
 * would let any misspelt key through; the names they require become required keys, whose
 * types the other parts give.
 */
function ownPart(ctx: NormalizeContext, raw: Raw, ownKeywords: Raw, own: Schema): AllOfPart[] {
  // With or without its `type: object` (YNAB's `SaveTransaction` is `allOf: [{required:
  // [account_id, date, amount]}, $ref]`, whose three keys had been optional).
  const saysOnlyRequired =
    ((own.kind === 'object' && own.properties.length === 0) ||
      (own.kind === 'unknown' &&
        Object.keys(ownKeywords).every((key) => REQUIRED_ONLY.has(key) || key.startsWith('x-')))) &&
    ownKeywords.additionalProperties === undefined &&
    ownKeywords.patternProperties === undefined;
  // A part with properties may require others' too (Plaid's `Transaction` requires `name`
  // beside its own `kind`): those stay required, a part of their own.
  if (!saysOnlyRequired) {
    const required = asArray(ownKeywords.required);
    if (own.kind !== 'object' || own.properties.length === 0 || required.length === 0)
      return [{ raw: ownKeywords, schema: own }];
    const declared = declaredKeys(ctx, raw);
    const others = required.filter(
      (name) =>
        typeof name === 'string' &&
        declared.has(name) &&
        !own.properties.some((p) => p.name === name),
    );
    return [{ raw: ownKeywords, schema: own }, ...requiredPart(ctx, raw, others)];
  }
  return requiredPart(ctx, raw, asArray(ownKeywords.required));
}

// What a part that only requires keys may say beside `required`.
const REQUIRED_ONLY = new Set(['required', 'title', 'description']);

/** The keys a part requires of the others, as a part of its own. */
function requiredPart(ctx: NormalizeContext, raw: Raw, names: readonly unknown[]): AllOfPart[] {
  // A key only one side of the wire has (readOnly, writeOnly) is required only on that side, as
  // its part says (OpenAPI 3.0, Schema Object's `readOnly`): the views show it where theirs do.
  const oneSided = oneSidedKeys(ctx, raw);
  const required = [...new Set(names)].filter((name): name is string => typeof name === 'string');
  if (required.length === 0) return [];
  return [
    {
      raw: { type: 'object' },
      requires: true,
      schema: {
        kind: 'object',
        properties: required.map((name) => ({
          name,
          required: true,
          schema: onSide(oneSided[name]),
        })),
        additional: false,
      },
    },
  ];
}

const declaredOf = new WeakMap<Raw, ReadonlySet<string>>();

/**
 * The keys a schema declares: its own properties and its allOf parts' (through their refs), each
 * schema's once. A typo required is none of them.
 */
export function declaredKeys(
  ctx: NormalizeContext,
  raw: Raw,
  visiting = new Set<Raw>(),
): ReadonlySet<string> {
  const known = declaredOf.get(raw);
  if (known !== undefined) return known;
  const keys = new Set(isRaw(raw.properties) ? Object.keys(raw.properties) : []);
  if (visiting.has(raw) || visiting.size > 8) return keys;
  visiting.add(raw);
  for (const part of asArray(raw.allOf))
    declaredKeys(ctx, deref(ctx, part), visiting).forEach((key) => keys.add(key));
  visiting.delete(raw);
  declaredOf.set(raw, keys);
  return keys;
}

/**
 * Keys the composition's parts (through their refs) mark readOnly or writeOnly, by which; a key
 * one part marks readOnly and another writeOnly is neither.
 */
function oneSidedKeys(
  ctx: NormalizeContext,
  raw: Raw,
  keys: Record<string, OneSide | undefined> = Object.create(null),
  depth = 0,
): Record<string, OneSide | undefined> {
  if (depth > 8) return keys;
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const)
    for (const part of asArray(raw[key])) {
      const schema = deref(ctx, part);
      const properties = isRaw(schema.properties) ? schema.properties : {};
      for (const [name, property] of Object.entries(properties)) {
        const resolved = deref(ctx, property);
        const side =
          resolved.readOnly === true
            ? 'readOnly'
            : resolved.writeOnly === true
              ? 'writeOnly'
              : undefined;
        if (side !== undefined) keys[name] = name in keys && keys[name] !== side ? undefined : side;
      }
      oneSidedKeys(ctx, schema, keys, depth + 1);
    }
  return keys;
}

type OneSide = 'readOnly' | 'writeOnly';

/** Any value, seen only on one side of the wire where it is one-sided. */
function onSide(side: OneSide | undefined): Schema {
  if (side === 'readOnly') return { kind: 'unknown', readOnly: true };
  if (side === 'writeOnly') return { kind: 'unknown', writeOnly: true };
  return { kind: 'unknown' };
}

function normalizeTyped(ctx: NormalizeContext, raw: Raw): Schema {
  switch (raw.type) {
    case 'string':
      // Kubernetes' `IntOrString` (`format: int-or-string`) holds a number or a name: a port of
      // `8080` had not compiled, and `--validate` had refused every Service read.
      if (raw.format === 'int-or-string')
        return { kind: 'union', variants: [{ kind: 'integer' }, { kind: 'string' }] };
      // 3.0 `format: binary`, or 3.1 `contentMediaType` without an encoding: raw bytes.
      return raw.format === 'binary' ||
        (typeof raw.contentMediaType === 'string' && raw.contentEncoding === undefined)
        ? { kind: 'binary' }
        : // A date's format stays on the string itself (a variant of a type array too): `dates: 'Date'` converts it.
          { kind: 'string', ...(isDateFormat(raw.format) && { format: raw.format }) };
    case 'integer':
      return { kind: 'integer' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'null':
      return { kind: 'null' };
    case 'array':
      return normalizeArray(ctx, raw);
    case 'object':
      return normalizeObject(ctx, raw);
    default:
      if (isRaw(raw.properties) || raw.additionalProperties !== undefined)
        return normalizeObject(ctx, raw);
      if (raw.items !== undefined || raw.prefixItems !== undefined) return normalizeArray(ctx, raw);
      return { kind: 'unknown' };
  }
}

/** `items`, or 3.1's `prefixItems` tuple whose further items are `items` (or none when `items: false`). */
function normalizeArray(ctx: NormalizeContext, raw: Raw): Schema {
  if (!Array.isArray(raw.prefixItems))
    return { kind: 'array', items: normalizeSchema(ctx, raw.items) };
  const items = raw.prefixItems.map((item) => normalizeSchema(ctx, item));
  const closed =
    raw.items === false || (typeof raw.maxItems === 'number' && raw.maxItems <= items.length);
  return { kind: 'tuple', items, rest: closed ? false : normalizeSchema(ctx, raw.items) };
}

function normalizeObject(ctx: NormalizeContext, raw: Raw): Schema {
  const required = new Set(asArray(raw.required).map(String));
  const properties: Property[] = Object.entries(isRaw(raw.properties) ? raw.properties : {}).map(
    ([name, value]) => ({
      name,
      required: required.has(name),
      schema: normalizeSchema(ctx, value),
    }),
  );
  const extra = raw.additionalProperties;
  // Keys matching `patternProperties` are extra keys too; their values are one of those schemas.
  const patterns = isRaw(raw.patternProperties)
    ? Object.values(raw.patternProperties).map((v) => normalizeSchema(ctx, v))
    : [];
  // Absent additionalProperties: open when no property is declared, and where patterns are:
  // a key none matches may hold anything, so their schemas cannot stand for every extra key.
  const declared: boolean | Schema =
    extra === false
      ? false
      : extra === true
        ? true
        : extra === undefined
          ? properties.length === 0 || patterns.length > 0
          : normalizeSchema(ctx, extra);
  const additional: boolean | Schema =
    patterns.length === 0
      ? declared
      : declared === true
        ? true
        : union(typeof declared === 'object' ? [...patterns, declared] : patterns);
  return { kind: 'object', properties, additional };
}

function union(variants: Schema[]): Schema {
  const flat = variants.flatMap((v) => (v.kind === 'union' && !hasDocs(v) ? v.variants : [v]));
  const unique = withoutRepeats(flat);
  // No variant at all (`type: []`, `oneOf: []`, both invalid): no value is allowed.
  if (unique.length === 0) return { kind: 'enum', values: [] };
  return unique.length === 1 ? unique[0]! : { kind: 'union', variants: unique };
}

/**
 * The variants less those equal (as JSON) to an earlier one. A variant is
 * serialized only when an earlier one has its outline (kind, ref target,
 * property names), which equal JSON implies: serializing every large inline
 * object of a union cost more than the rest of it.
 */
function withoutRepeats(variants: readonly Schema[]): Schema[] {
  const byOutline = new Map<string, Array<{ schema: Schema; json?: string }>>();
  return variants.filter((schema) => {
    const key = outline(schema);
    const alike = byOutline.get(key);
    if (alike === undefined) {
      byOutline.set(key, [{ schema }]);
      return true;
    }
    const json = JSON.stringify(schema);
    for (const kept of alike)
      if ((kept.json ??= JSON.stringify(kept.schema)) === json) return false;
    alike.push({ schema, json });
    return true;
  });
}

/** What two schemas with the same JSON share, cheap to compute. */
function outline(schema: Schema): string {
  if (schema.kind === 'ref') return `ref ${schema.target}`;
  if (schema.kind === 'object') return `object ${schema.properties.map((p) => p.name).join(' ')}`;
  return schema.kind;
}

function nullable(schema: Schema): Schema {
  if (schema.kind === 'enum')
    return schema.values.includes(null) ? schema : { ...schema, values: [...schema.values, null] };
  // 3.0 `nullable: true`: the docs stay on the whole, the type gains `| null`.
  const variant = isDateString(schema)
    ? { ...stripDocs(schema), format: schema.format }
    : stripDocs(schema);
  return { ...docsOf(schema), kind: 'union', variants: [variant as Schema, { kind: 'null' }] };
}

function isDateFormat(format: unknown): format is 'date' | 'date-time' {
  return format === 'date' || format === 'date-time';
}

/** The keys of a raw schema its docs are read from, a bit each: one pass over a schema's own few keys tells which to read. */
const DOC_SOURCES = new Map<string, number>(
  [
    'title',
    'description',
    'default',
    'format',
    'examples',
    'example',
    'deprecated',
    'readOnly',
    'writeOnly',
    ...CONSTRAINT_KEYS,
  ].map((key, bit) => [key, 2 ** bit]),
);
const CONSTRAINT_BITS = CONSTRAINT_KEYS.reduce((bits, key) => bits | DOC_SOURCES.get(key)!, 0);

function schemaDocs(raw: Raw): SchemaDocs {
  const docs: {
    -readonly [K in keyof SchemaDocs]: SchemaDocs[K];
  } = {};
  let sources = 0;
  for (const key in raw) sources |= DOC_SOURCES.get(key) ?? 0;
  // Most schemas (a property's `type` alone, a `$ref`) carry no docs at all.
  if (sources === 0) return docs;
  const title = asString(raw.title);
  if (title !== undefined) docs.title = title;
  const description = asString(raw.description);
  if (description !== undefined) docs.description = description;
  if ('default' in raw) docs.default = { value: raw.default };
  const format = asString(raw.format);
  if (format !== undefined && format !== 'binary') docs.format = format;
  const examples = Array.isArray(raw.examples)
    ? raw.examples
    : 'example' in raw
      ? [raw.example]
      : undefined;
  if (examples !== undefined && examples.length > 0) docs.examples = examples;
  if (raw.deprecated === true) docs.deprecated = true;
  if (raw.readOnly === true) docs.readOnly = true;
  if (raw.writeOnly === true) docs.writeOnly = true;
  if ((sources & CONSTRAINT_BITS) !== 0)
    docs.constraints = CONSTRAINT_KEYS.filter((key) => key in raw && wellTyped(key, raw[key])).map(
      (key) => [key, raw[key]] as const,
    );
  return docs;
}

/** A constraint whose value has its keyword's type; another (`pattern: 0`) was warned of, and is left out. */
function wellTyped(key: (typeof CONSTRAINT_KEYS)[number], value: unknown): boolean {
  switch (key) {
    case 'not':
      return true;
    case 'pattern':
      return typeof value === 'string';
    case 'uniqueItems':
      return typeof value === 'boolean';
    // 3.0's exclusive bounds are booleans.
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return typeof value === 'number' || typeof value === 'boolean';
    case 'minimum':
    case 'maximum':
      return typeof value === 'number';
    case 'multipleOf':
      return typeof value === 'number' && value > 0;
    default:
      // Lengths and counts.
      return Number.isInteger(value) && (value as number) >= 0;
  }
}

function withDocs(schema: Schema, docs: SchemaDocs): Schema {
  return Object.keys(docs).length === 0 ? schema : ({ ...schema, ...docs } as Schema);
}

function hasDocs(schema: Schema): boolean {
  return Object.keys(docsOf(schema)).length > 0;
}

function stripDocs(schema: Schema): Schema {
  const copy: Record<string, unknown> = { ...schema };
  for (const key of SCHEMA_DOC_KEYS) delete copy[key];
  return copy as unknown as Schema;
}
