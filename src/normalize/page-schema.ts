/**
 * A page's schema as pagination sees it: `$ref`s followed, `allOf` parts and `anyOf` choices merged
 * (Spotify's `allOf: [PagingObject, {properties: {items}}]`), `nullable` unwrapped,
 * and its fields listed with their paths, nested objects included
 * (`response_metadata.next_cursor`, `meta.next_page_url`).
 */
import type { NamedSchema } from '../ir/api.js';
import { propertiesThrough } from '../ir/properties.js';
import type { Property, Schema } from '../ir/schema.js';

export type Schemas = ReadonlyMap<string, NamedSchema>;

export interface PageField {
  /** The names from the page down: `['meta', 'next_page_url']`. */
  readonly path: readonly string[];
  /** Resolved: never a `ref`. */
  readonly schema: Schema;
}

/** The schema a `ref` (or a chain of them) names, and the non-null side of a nullable one. */
export function resolved(schema: Schema, schemas: Schemas): Schema | undefined {
  const seen = new Set<string>();
  let current = schema;
  for (;;) {
    if (current.kind === 'ref') {
      const target = schemas.get(current.target);
      if (target === undefined || seen.has(current.target)) return undefined;
      seen.add(current.target);
      current = target.schema;
      continue;
    }
    const nonNull = current.kind === 'union' ? nonNullVariant(current.variants) : undefined;
    if (nonNull === undefined) return current;
    current = nonNull;
  }
}

/**
 * The properties of an object schema; of an `allOf`, every part's, and of an `anyOf` or
 * `oneOf`, every choice's: the fields a page may have (DigitalOcean's `links.pages` is
 * `anyOf: [{allOf: [{last}, {next}]}, {allOf: [{first}, {prev}]}]`). The first of a name wins.
 */
export function propertiesOf(schema: Schema, schemas: Schemas): readonly Property[] {
  return propertiesThrough(schema, (target) => schemas.get(target)?.schema, { choices: true });
}

/** Whether a schema has fields at all: an object, or an `allOf`, `anyOf` or `oneOf` of them. */
export function isObjectLike(schema: Schema, schemas: Schemas): boolean {
  const s = resolved(schema, schemas);
  return (
    s?.kind === 'object' ||
    ((s?.kind === 'intersection' || s?.kind === 'union') && propertiesOf(s, schemas).length > 0)
  );
}

// Enough for any page; an object of 200 properties that each name it again would list 8 million
// fields three levels down (red team: 14 s on one operation).
const MAX_PAGE_FIELDS = 5_000;

/** The fields of a page, its own first, then those of its object fields, down to `depth` levels. */
export function pageFields(schema: Schema, schemas: Schemas, depth = 2): PageField[] {
  const fields: PageField[] = [];
  let level: Array<{ readonly path: readonly string[]; readonly schema: Schema }> = [
    { path: [], schema },
  ];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: typeof level = [];
    for (const parent of level) {
      if (fields.length >= MAX_PAGE_FIELDS) return fields;
      for (const p of propertiesOf(parent.schema, schemas)) {
        const s = resolved(p.schema, schemas);
        if (s === undefined) continue;
        const field = { path: [...parent.path, p.name], schema: s };
        fields.push(field);
        if (isObjectLike(s, schemas)) next.push(field);
      }
    }
    level = next;
  }
  return fields;
}

/** The schema at `path` below `schema`, if the spec describes one. */
export function schemaAt(
  schema: Schema,
  path: readonly string[],
  schemas: Schemas,
): Schema | undefined {
  let current: Schema | undefined = resolved(schema, schemas);
  for (const name of path) {
    const property = current && propertiesOf(current, schemas).find((p) => p.name === name);
    current = property && resolved(property.schema, schemas);
  }
  return current;
}

function nonNullVariant(variants: readonly Schema[]): Schema | undefined {
  const others = variants.filter((v) => v.kind !== 'null');
  return others.length === 1 && others.length < variants.length ? others[0] : undefined;
}
