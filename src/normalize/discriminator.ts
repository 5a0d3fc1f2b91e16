/**
 * `discriminator` (https://spec.openapis.org/oas/v3.1.0#discriminator-object):
 * each variant of a oneOf/anyOf gets its discriminator value as a literal, so a
 * `switch` on that property narrows the union. Values come from `mapping`, else
 * from the variant's `x-ms-discriminator-value` (Azure's), else its component name.
 * A variant that already pins the property to that one literal is left as it is, and
 * so is one that pins it to values of its own where no mapping names it: the implicit
 * value (the component name) is only a default, and Spotify's `TrackObject` says
 * `type: track`.
 */
import type { Schema } from '../ir/schema.js';
import { mayBeObject, type AllOfPart } from './all-of.js';
import { deref, isRaw, schemaRefTarget, type NormalizeContext, type Raw } from './context.js';

export function withDiscriminator(
  ctx: NormalizeContext,
  raw: Raw,
  variants: readonly unknown[],
  normalized: Schema[],
): Schema[] {
  const discriminator = raw.discriminator;
  const property = discriminatorProperty(raw, (v) => deref(ctx, v));
  if (!isRaw(discriminator) || property === undefined) return normalized;
  const mapping = isRaw(discriminator.mapping) ? discriminator.mapping : {};
  return normalized.map((schema, i) => {
    const ref = isRaw(variants[i]) ? variants[i].$ref : undefined;
    const target = typeof ref === 'string' ? schemaRefTarget(ref) : undefined;
    if (typeof ref !== 'string' || target === undefined) return schema;
    const mapped = Object.entries(mapping)
      .filter(
        ([, value]) =>
          value === ref || value === target || schemaRefTarget(String(value)) === target,
      )
      .map(([key]) => key);
    const variant = deref(ctx, variants[i]);
    const values = mapped.length > 0 ? mapped : [implicitValue(variant) ?? target];
    // A variant that is no object (GitHub's content-directory is an array) has no property to pin.
    if (
      !mayBeObject(ctx, variants[i]) ||
      pinsTo(ctx, variant, property, values) ||
      (mapped.length === 0 && pinnedValues(ctx, variant, property) !== undefined)
    )
      return schema;
    return { kind: 'intersection', parts: [schema, tagOf(property, values)] };
  });
}

/**
 * The property a schema's `discriminator` names, unless the schema declares it as something
 * other than a string, which the spec requires: Zalando's pages name `content`, their array of
 * items, and every page's items had become the string `'Articles'`.
 */
export function discriminatorProperty(
  raw: Raw,
  resolve: (value: unknown) => Raw,
): string | undefined {
  const discriminator = raw.discriminator;
  if (!isRaw(discriminator) || typeof discriminator.propertyName !== 'string') return undefined;
  const property = discriminator.propertyName;
  const props = isRaw(raw.properties) ? raw.properties : {};
  const type = Object.hasOwn(props, property) ? resolve(props[property]).type : undefined;
  return type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'))
    ? property
    : undefined;
}

/** The object that pins `property` to `values`: what a variant adds to say which it is. */
function tagOf(property: string, values: readonly string[]): Extract<Schema, { kind: 'object' }> {
  return {
    kind: 'object',
    properties: [{ name: property, required: true, schema: { kind: 'enum', values: [...values] } }],
    additional: false,
  };
}

/**
 * The other way round (the Java style): a child that is `allOf` its parent, whose
 * discriminator maps values to its children, pins the property to its own values, so
 * that `pet.petType === 'cat'` says a `Cat`. Its values are the mapping's keys that
 * point at it, else its component name (OpenAPI's implicit mapping).
 */
function parentDiscriminatorTag(
  ctx: NormalizeContext,
  raw: Raw,
): Extract<Schema, { kind: 'object' }> | undefined {
  if (!Array.isArray(raw.allOf)) return undefined;
  for (const part of raw.allOf) {
    const ref = isRaw(part) ? part.$ref : undefined;
    if (typeof ref !== 'string' || schemaRefTarget(ref) === undefined) continue;
    const parent = deref(ctx, part);
    const discriminator = parent.discriminator;
    const property = discriminatorProperty(parent, (v) => deref(ctx, v));
    if (!isRaw(discriminator) || property === undefined) continue;
    const mapping = isRaw(discriminator.mapping) ? discriminator.mapping : {};
    const names = componentNamesOf(ctx, raw);
    // A mapping value is a `$ref` or a bare schema name.
    const mapped = Object.entries(mapping)
      .filter(([, value]) => {
        const text = String(value);
        return names.includes(text.startsWith('#') ? (schemaRefTarget(text) ?? '') : text);
      })
      .map(([key]) => key);
    const implicit = implicitValue(raw);
    const values = mapped.length > 0 ? mapped : implicit !== undefined ? [implicit] : names;
    if (
      values.length === 0 ||
      pinsTo(ctx, raw, property, values) ||
      (mapped.length === 0 && pinnedValues(ctx, raw, property) !== undefined)
    )
      return undefined;
    return tagOf(property, values);
  }
  return undefined;
}

/**
 * `parts`, the normalized allOf of `raw`, with the parent discriminator's pin (if any) in
 * the child's own inline object (`Pet & { petType: 'cat'; meows?: boolean }`), else
 * beside them.
 */
export function withParentDiscriminator(
  ctx: NormalizeContext,
  raw: Raw,
  parts: AllOfPart[],
): AllOfPart[] {
  const tag = parentDiscriminatorTag(ctx, raw);
  if (tag === undefined) return parts;
  const inline = parts
    .map((part) => part.schema.kind === 'object' && !(isRaw(part.raw) && '$ref' in part.raw))
    .lastIndexOf(true);
  if (inline === -1) return [...parts, { raw: undefined, schema: tag }];
  const own = parts[inline]!.schema as Extract<Schema, { kind: 'object' }>;
  const pinned = new Set(tag.properties.map((p) => p.name));
  const merged: Schema = {
    ...own,
    properties: [...tag.properties, ...own.properties.filter((p) => !pinned.has(p.name))],
    // An empty `{type: object}` beside the parent constrains nothing: it opens no index.
    additional: own.properties.length === 0 ? tag.additional : own.additional,
  };
  return parts.map((part, i) => (i === inline ? { ...part, schema: merged } : part));
}

/**
 * The value a variant says is its own where no mapping names it: Azure's
 * `x-ms-discriminator-value` (its `CreateJobValidations` is `JobCreationValidation`), else none
 * and the component name is. Pinned to its name, such a variant had been a type no answer has.
 */
function implicitValue(variant: Raw): string | undefined {
  const value = variant['x-ms-discriminator-value'];
  return typeof value === 'string' ? value : undefined;
}

/** The key under components/schemas that holds `raw` itself, if one does. */
function componentNamesOf(ctx: NormalizeContext, raw: Raw): string[] {
  const components = isRaw(ctx.document.components) ? ctx.document.components : {};
  const schemas = isRaw(components.schemas) ? components.schemas : {};
  return Object.entries(schemas)
    .filter(([, value]) => value === raw)
    .map(([key]) => key);
}

/** Whether the variant already declares the property as exactly these values. */
function pinsTo(ctx: NormalizeContext, variant: Raw, property: string, values: readonly string[]) {
  const pinned = pinnedValues(ctx, variant, property);
  return (
    pinned !== undefined &&
    pinned.length === values.length &&
    values.every((v) => pinned.includes(v))
  );
}

/**
 * The literals a variant's own declaration of the property allows (`const`, `enum`, through
 * a `$ref`): in its properties, or in an inline part of its `allOf`. A part it refers to pins
 * it only to one value: a parent may list every variant's values, but Spotify's
 * `EpisodeObject` is its `EpisodeBase`, whose `type` is `episode` alone (its branch had been
 * `type: 'EpisodeObject'`, which no episode is).
 */
function pinnedValues(
  ctx: NormalizeContext,
  variant: Raw,
  property: string,
  depth = 0,
): unknown[] | undefined {
  const parts = Array.isArray(variant.allOf) ? variant.allOf.filter(isRaw) : [];
  const inline = parts.filter((part) => !('$ref' in part));
  for (const own of [variant, ...inline]) {
    const props = isRaw(own.properties) ? own.properties : {};
    const declared = Object.hasOwn(props, property) ? deref(ctx, props[property]) : undefined;
    if (!isRaw(declared)) continue;
    if ('const' in declared) return [declared.const];
    if (Array.isArray(declared.enum)) return declared.enum;
  }
  if (depth >= 8) return undefined;
  for (const part of parts.filter((part) => '$ref' in part)) {
    const values = pinnedValues(ctx, deref(ctx, part), property, depth + 1);
    if (values?.length === 1) return values;
  }
  return undefined;
}
