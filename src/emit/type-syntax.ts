/**
 * Schema IR → TypeScript type text. The only place that writes type syntax;
 * every other emitter asks it for the text of a type.
 */
import type { Property, Schema } from '../ir/schema.js';
import { literalType, propertyKey } from './escape.js';
import { inlineJsdoc } from './jsdoc.js';

export interface TypeContext {
  /** The exported type name of a schema ref's target. */
  readonly nameOf: (target: string) => string;
  /** The schema a ref's target names. */
  readonly schemaOf: (target: string) => Schema | undefined;
  /** `response` leaves out writeOnly properties, `request` readOnly ones (and names request-side types). */
  readonly view: 'response' | 'request';
}

export function typeText(schema: Schema, ctx: TypeContext): string {
  switch (schema.kind) {
    case 'unknown':
      return 'unknown';
    case 'ref':
      return ctx.nameOf(schema.target);
    case 'string':
      return 'string';
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
      return arrayText(typeText(schema.items, ctx), schema.items);
    case 'tuple': {
      const fixed = schema.items.map((item) => typeText(item, ctx));
      const rest =
        schema.rest === false ? [] : [`...${arrayText(typeText(schema.rest, ctx), schema.rest)}`];
      return `[${[...fixed, ...rest].join(', ')}]`;
    }
    case 'object':
      return `{\n${objectMembers(schema.properties, schema.additional, ctx).join('\n')}\n}`;
    case 'union':
      return schema.variants.map((v) => wrap(typeText(v, ctx), v, ['intersection'])).join(' | ');
    case 'intersection':
      return schema.parts.map((p) => wrap(typeText(p, ctx), p, ['union', 'enum'])).join(' & ');
  }
}

/** Members of an object type: documented properties, then an index signature if open. */
export function objectMembers(
  properties: readonly Property[],
  additional: boolean | Schema,
  ctx: TypeContext,
): string[] {
  const members = visibleProperties(properties, ctx).map(
    (p) =>
      `${inlineJsdoc(p.schema, p.name)}${propertyKey(p.name)}${p.required ? '' : '?'}: ${typeText(p.schema, ctx)};`,
  );
  const index = indexSignatureType(properties, additional, ctx);
  if (index !== undefined) members.push(`[key: string]: ${index};`);
  return members;
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

/** Exactly what the spec allows extra keys to hold, widened only by the declared properties' own types. */
export function indexSignatureSchemas(
  properties: readonly Property[],
  additional: Schema,
  ctx: TypeContext,
): Schema[] {
  return [additional, ...visibleProperties(properties, ctx).map((p) => p.schema)];
}

function arrayText(itemText: string, items: Schema): string {
  const needsParens =
    items.kind === 'union' ||
    items.kind === 'intersection' ||
    (items.kind === 'enum' &&
      (items.values.length > 1 || (typeof items.values[0] === 'number' && items.values[0] < 0)));
  return needsParens ? `(${itemText})[]` : `${itemText}[]`;
}

function wrap(text: string, schema: Schema, kinds: ReadonlyArray<Schema['kind']>): string {
  const multi = schema.kind === 'enum' ? schema.values.length > 1 : kinds.includes(schema.kind);
  return multi ? `(${text})` : text;
}
