/**
 * Schema IR → TypeScript type text. The only place that writes type syntax;
 * every other emitter asks it for the text of a type.
 */
import { children, mapChildren } from '../ir/children.js';
import type { Property, Schema } from '../ir/schema.js';
import { isDateString } from '../ir/visibility.js';
import { literalType, propertyKey } from './escape.js';
import { inlineJsdoc } from './jsdoc.js';

export interface TypeContext {
  /** The exported type name of a schema ref's target. */
  readonly nameOf: (target: string) => string;
  /** The schema a ref's target names. */
  readonly schemaOf: (target: string) => Schema | undefined;
  /** `response` leaves out writeOnly properties, `request` readOnly ones (and names request-side types). */
  readonly view: 'response' | 'request';
  /** Date and date-time strings are `Date` objects here (responses of `dates: 'Date'` SDKs). */
  readonly dates?: boolean;
}

// Each schema's text is made once per context: an object's index signature type is both
// written and judged, and an array judges its items, so nested records made it 2^depth times.
const texts = new WeakMap<TypeContext, WeakMap<Schema, string>>();

export function typeText(schema: Schema, ctx: TypeContext): string {
  let made = texts.get(ctx);
  if (made === undefined) texts.set(ctx, (made = new WeakMap()));
  let text = made.get(schema);
  if (text === undefined) {
    text = schemaText(schema, ctx);
    made.set(schema, text);
  }
  return text;
}

/**
 * A path, query, header or cookie parameter's type: as `typeText`, but a 64-bit integer (or an
 * array of them) takes its digits as a string too. It goes as text, and as a number an id past
 * 2^53 loses its last digits (Bungie's membership ids asked for another member).
 */
export function parameterTypeText(schema: Schema, ctx: TypeContext): string {
  const wide = (s: Schema) =>
    s.kind === 'integer' && (s.format === 'int64' || s.format === 'uint64');
  if (wide(schema)) return 'number | string';
  if (schema.kind === 'array' && wide(schema.items)) return 'Array<number | string>';
  return typeText(schema, ctx);
}

function schemaText(schema: Schema, ctx: TypeContext): string {
  switch (schema.kind) {
    case 'unknown':
      return 'unknown';
    case 'ref':
      return ctx.nameOf(schema.target);
    case 'string':
      return ctx.dates === true && isDateString(schema) ? 'Date' : 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'binary':
      return 'Blob';
    case 'enum':
      return schema.values.length === 0
        ? 'never'
        : [...new Set(schema.values.map(literalType))].join(' | ');
    case 'array':
      return arrayText(typeText(schema.items, ctx), schema.items, ctx);
    case 'tuple': {
      const fixed = schema.items.map((item) => typeText(item, ctx));
      const rest =
        schema.rest === false
          ? []
          : [`...${arrayText(typeText(schema.rest, ctx), schema.rest, ctx)}`];
      return `[${[...fixed, ...rest].join(', ')}]`;
    }
    case 'object':
      return isClosedEmpty(schema) ? CLOSED_EMPTY : cachedObjectText(schema, ctx);
    case 'union':
      // A union within says its members once among the outer's: Lucidtech's `string | null |
      // boolean | null` (a nullable string with bounds stays a union of its own in the IR).
      return [
        ...new Set(unionMembers(schema).map((v) => wrap(typeText(v, ctx), v, ['intersection']))),
      ].join(' | ');
    case 'intersection':
      return (
        schema.parts
          .flatMap((p) => {
            if (p.kind === 'object') return requiredPartText(p, schema.parts, ctx) ?? [];
            const narrowed = p.kind === 'ref' ? narrowedKeys(p.target, schema.parts, ctx) : [];
            if (p.kind !== 'ref' || narrowed.length === 0)
              return wrap(typeText(p, ctx), p, ['union', 'enum']);
            return `Omit<${ctx.nameOf(p.target)}, ${narrowed.map(literalType).join(' | ')}>`;
          })
          .join(' & ') || '{}'
      );
  }
}

/**
 * A part that only requires keys (IX-API's `{required: [id, name], type: object}` beside its
 * `AccountPartial`), as `Required<Pick<AccountPartial, 'id' | 'name'>>` where a named part
 * declares them: as `{ id: unknown }` the optional `id?: string` stayed `string | undefined`.
 * None where this view shows none of them. Any other object part as written.
 */
function requiredPartText(
  part: ObjectSchema,
  parts: readonly Schema[],
  ctx: TypeContext,
): string | undefined {
  if (!onlyRequires(part)) return typeText(part, ctx);
  if (requiresNothingHere(part, ctx)) return undefined;
  const pick = requiredPick(part, parts, ctx);
  return pick === undefined
    ? typeText(part, ctx)
    : `Required<Pick<${ctx.nameOf(pick.target)}, ${pick.names.map(literalType).join(' | ')}>>`;
}

/**
 * The named part that declares every key a part only requires, and those keys this view shows:
 * the part is `Required<Pick<Target, …>>` (and its zod twin `Target.pick({…}).required()`).
 */
export function requiredPick(
  part: Schema,
  parts: readonly Schema[],
  ctx: TypeContext,
): { readonly target: string; readonly names: readonly string[] } | undefined {
  if (part.kind !== 'object' || !onlyRequires(part)) return undefined;
  const names = visibleProperties(part.properties, ctx).map((p) => p.name);
  if (names.length === 0) return undefined;
  const base = parts.find(
    (p): p is Extract<Schema, { kind: 'ref' }> =>
      p.kind === 'ref' && names.every((n) => declares(p.target, n, ctx, 0)),
  );
  return base === undefined ? undefined : { target: base.target, names };
}

/** An allOf part that only requires keys of the others. */
function onlyRequires(part: ObjectSchema): boolean {
  return (
    part.additional === false &&
    part.properties.length > 0 &&
    part.properties.every((p) => p.required && p.schema.kind === 'unknown')
  );
}

/**
 * An allOf part that requires only keys this view does not show: a key of one side of the wire
 * is required only on that side (a readOnly `id`, in responses).
 */
export function requiresNothingHere(part: Schema, ctx: TypeContext): boolean {
  return (
    part.kind === 'object' &&
    onlyRequires(part) &&
    visibleProperties(part.properties, ctx).length === 0
  );
}

/**
 * Whether a named schema (an object, or an allOf of them) declares a property this view shows
 * (red team: a readOnly key in the request view, `Pick<…Input, 'id'>`, failed with TS2344).
 */
function declares(target: string, name: string, ctx: TypeContext, depth: number): boolean {
  const schema = ctx.schemaOf(target);
  if (schema === undefined || depth > 8) return false;
  const shows = (properties: readonly Property[]) =>
    visibleProperties(properties, ctx).some((p) => p.name === name && !hiddenRef(p.schema, ctx));
  if (schema.kind === 'object') return shows(schema.properties);
  if (schema.kind !== 'intersection') return false;
  // Shown by one part and hidden by none.
  const hides = schema.parts.some(
    (p) => p.kind === 'object' && p.properties.some((q) => q.name === name) && !shows(p.properties),
  );
  return (
    !hides &&
    schema.parts.some((p) =>
      p.kind === 'object'
        ? shows(p.properties)
        : p.kind === 'ref' && declares(p.target, name, ctx, depth + 1),
    )
  );
}

/** A ref whose target this view hides whole (a readOnly schema in a request). */
function hiddenRef(schema: Schema, ctx: TypeContext): boolean {
  if (schema.kind !== 'ref') return false;
  const target = ctx.schemaOf(schema.target);
  return (ctx.view === 'response' ? target?.writeOnly : target?.readOnly) === true;
}

/**
 * The list properties of a named object that another part of the `allOf` declares again with
 * a type of its own: NPR's `AudioItemListDocument` narrows its base's `items` from objects to
 * audio items, and in `Base & { items?: AudioItem[] }` the two arrays met as an intersection
 * whose `.map` lost the item type. The base is written without them (`Omit<Base, 'items'>`),
 * except where that would make a required property optional.
 */
function narrowedKeys(target: string, parts: readonly Schema[], ctx: TypeContext): string[] {
  const base = ctx.schemaOf(target);
  // Not over an index signature: `Omit` of an open object keeps only the signature.
  if (base?.kind !== 'object' || base.additional !== false) return [];
  const own = new Map(visibleProperties(base.properties, ctx).map((p) => [p.name, p]));
  const keys = parts.flatMap((part) =>
    part.kind === 'object'
      ? visibleProperties(part.properties, ctx)
          .filter((p) => {
            const was = own.get(p.name);
            // Only lists: two of them meet badly, where strings, objects and a discriminator's
            // pinned value (`Pet & { petType: 'cat' }`) meet as narrowed.
            return (
              was !== undefined &&
              (p.required || !was.required) &&
              p.schema.kind !== 'unknown' &&
              (p.schema.kind === 'array' || was.schema.kind === 'array') &&
              typeText(p.schema, ctx) !== typeText(was.schema, ctx)
            );
          })
          .map((p) => p.name)
      : [],
  );
  return [...new Set(keys)];
}

/** The type of `{}` and nothing else: `{}` itself would accept any non-null value. */
export const CLOSED_EMPTY = 'Record<string, never>';

/**
 * An object with no property and no extra keys: only `{}` is allowed. Not one
 * whose properties this view merely hides (a request-side type of readOnly
 * properties): what extends it may still add properties.
 */
export function isClosedEmpty(schema: Extract<Schema, { kind: 'object' }>): boolean {
  return schema.additional === false && schema.properties.length === 0;
}

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

// Inline object types by context (one per API and view, see names.ts): an operation's
// body types are written for its function and again for its client method.
const objectTexts = new WeakMap<TypeContext, WeakMap<ObjectSchema, string>>();

function cachedObjectText(schema: ObjectSchema, ctx: TypeContext): string {
  let texts = objectTexts.get(ctx);
  if (texts === undefined) objectTexts.set(ctx, (texts = new WeakMap()));
  let text = texts.get(schema);
  if (text === undefined) texts.set(schema, (text = objectText(schema, ctx)));
  return text;
}

/**
 * An object type: documented properties, then an index signature if open —
 * in a type of its own beside the properties when one of them is optional
 * (see `separateIndexSignature`).
 */
function objectText(schema: ObjectSchema, ctx: TypeContext): string {
  const properties = visibleProperties(schema.properties, ctx).map(
    (p) =>
      `${inlineJsdoc(p.schema, p.name)}${propertyKey(p.name)}${p.required ? '' : '?'}: ${typeText(p.schema, ctx)};`,
  );
  const index = indexSignatureType(schema.properties, schema.additional, ctx);
  if (index === undefined) return `{\n${properties.join('\n')}\n}`;
  const signature = `[key: string]: ${index};`;
  return separateIndexSignature(schema, ctx)
    ? `{\n${properties.join('\n')}\n} & {\n${signature}\n}`
    : `{\n${[...properties, signature].join('\n')}\n}`;
}

/**
 * Whether the index signature must stand in a type of its own: an optional
 * property's type includes `undefined` for users without
 * exactOptionalPropertyTypes, which an index signature in the same type would
 * have to admit (TS2411). In an intersection the two are checked separately,
 * as openapi-typescript writes them, and the extra keys keep their exact type.
 */
export function separateIndexSignature(schema: ObjectSchema, ctx: TypeContext): boolean {
  const index = indexSignatureType(schema.properties, schema.additional, ctx);
  return (
    index !== undefined &&
    index !== 'unknown' &&
    visibleProperties(schema.properties, ctx).some((p) => !p.required)
  );
}

/** The properties this view carries: no writeOnly ones in responses, no readOnly ones in requests. */
export function visibleProperties(properties: readonly Property[], ctx: TypeContext): Property[] {
  return properties.filter(
    (p) => !(ctx.view === 'response' ? p.schema.writeOnly : p.schema.readOnly),
  );
}

/**
 * The value type of extra keys. With declared properties too, it must admit
 * theirs as well, or the interface would not compile.
 */
export function indexSignatureType(
  properties: readonly Property[],
  additional: boolean | Schema,
  ctx: TypeContext,
): string | undefined {
  if (additional === false) return undefined;
  if (additional === true) return 'unknown';
  const variants = indexSignatureSchemas(properties, additional, ctx);
  const texts = [...new Set(variants.map((v) => wrap(typeText(v, ctx), v, ['intersection'])))];
  return texts.includes('unknown') ? 'unknown' : texts.join(' | ');
}

/**
 * Exactly what the spec allows extra keys to hold, widened only by the declared properties' own types.
 * An object with both properties and extra keys inside a property's type is admitted as any
 * object there: written whole again here, the type doubled at each level of such objects
 * nested in each other (20 levels made gigabytes). Its exact type stays on the property;
 * everything around it (`| null`, arrays, records) is kept.
 */
export function indexSignatureSchemas(
  properties: readonly Property[],
  additional: Schema,
  ctx: TypeContext,
): Schema[] {
  return [additional, ...visibleProperties(properties, ctx).map((p) => widenOpenObjects(p.schema))];
}

const ANY_OBJECT: Schema = { kind: 'object', properties: [], additional: true };

function hasPropertiesAndExtraKeys(schema: Schema): boolean {
  return schema.kind === 'object' && schema.additional !== false && schema.properties.length > 0;
}

const holding = new WeakMap<Schema, boolean>();

/** Whether such an object is written inside this schema's type (refs are names, not written). */
function holdsPropertiesAndExtraKeys(schema: Schema): boolean {
  let holds = holding.get(schema);
  if (holds === undefined) {
    holds = hasPropertiesAndExtraKeys(schema) || children(schema).some(holdsPropertiesAndExtraKeys);
    holding.set(schema, holds);
  }
  return holds;
}

const widened = new WeakMap<Schema, Schema>();

/** The schema with each object that has properties and extra keys written as any object. */
function widenOpenObjects(schema: Schema): Schema {
  if (!holdsPropertiesAndExtraKeys(schema)) return schema;
  let result = widened.get(schema);
  if (result === undefined) {
    result = hasPropertiesAndExtraKeys(schema) ? ANY_OBJECT : mapChildren(schema, widenOpenObjects);
    widened.set(schema, result);
  }
  return result;
}

function arrayText(itemText: string, items: Schema, ctx: TypeContext): string {
  const needsParens =
    items.kind === 'union' ||
    items.kind === 'intersection' ||
    (items.kind === 'object' && separateIndexSignature(items, ctx)) ||
    (items.kind === 'enum' &&
      (items.values.length > 1 || (typeof items.values[0] === 'number' && items.values[0] < 0)));
  return needsParens ? `(${itemText})[]` : `${itemText}[]`;
}

function wrap(text: string, schema: Schema, kinds: ReadonlyArray<Schema['kind']>): string {
  const multi = schema.kind === 'enum' ? schema.values.length > 1 : kinds.includes(schema.kind);
  return multi ? `(${text})` : text;
}

/** A union's members, those of a union among them in their place. */
function unionMembers(schema: Extract<Schema, { kind: 'union' }>): Schema[] {
  return schema.variants.flatMap((v) => (v.kind === 'union' ? unionMembers(v) : [v]));
}
