/**
 * The schemas directly inside a schema, for every kind. The switch is
 * exhaustive: a new kind is a compile error here, and every walker built on
 * `children` (refs, visibility…) then sees its subschemas without a change.
 */
import type { Schema } from './schema.js';

export function children(schema: Schema): readonly Schema[] {
  switch (schema.kind) {
    case 'unknown':
    case 'ref':
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
    case 'binary':
    case 'enum':
      return [];
    case 'array':
      return [schema.items];
    case 'tuple':
      return schema.rest === false ? schema.items : [...schema.items, schema.rest];
    case 'object':
      return typeof schema.additional === 'object'
        ? [...schema.properties.map((p) => p.schema), schema.additional]
        : schema.properties.map((p) => p.schema);
    case 'union':
      return schema.variants;
    case 'intersection':
      return schema.parts;
    default:
      return unreachable(schema);
  }
}

/** Whether a schema kind never holds schemas (`children` is always empty for it). */
export function isLeaf(schema: Schema): boolean {
  switch (schema.kind) {
    case 'array':
    case 'tuple':
    case 'object':
    case 'union':
    case 'intersection':
      return false;
    default:
      return true;
  }
}

/** The schema with each child schema passed through `map`; the same object when none changed. */
export function mapChildren(schema: Schema, map: (s: Schema) => Schema): Schema {
  // Walks pass over most schemas unchanged: nothing is allocated until a child changes.
  switch (schema.kind) {
    case 'array': {
      const items = map(schema.items);
      return items === schema.items ? schema : { ...schema, items };
    }
    case 'tuple': {
      const items = mapped(schema.items, map);
      const rest = schema.rest === false ? false : map(schema.rest);
      return items === schema.items && rest === schema.rest ? schema : { ...schema, items, rest };
    }
    case 'object': {
      const properties = mapped(schema.properties, (p) => {
        const s = map(p.schema);
        return s === p.schema ? p : { ...p, schema: s };
      });
      const additional =
        typeof schema.additional === 'boolean' ? schema.additional : map(schema.additional);
      return properties === schema.properties && additional === schema.additional
        ? schema
        : { ...schema, properties, additional };
    }
    case 'union': {
      const variants = mapped(schema.variants, map);
      return variants === schema.variants ? schema : { ...schema, variants };
    }
    case 'intersection': {
      const parts = mapped(schema.parts, map);
      return parts === schema.parts ? schema : { ...schema, parts };
    }
    default:
      return schema;
  }
}

/** `list.map(map)`, or `list` itself when `map` returned every element unchanged. */
function mapped<T>(list: readonly T[], map: (item: T) => T): readonly T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = map(list[i]!);
    if (out === undefined && item !== list[i]) out = list.slice(0, i);
    out?.push(item);
  }
  return out ?? list;
}

function unreachable(schema: never): never {
  throw new Error(`A schema kind no walker knows: ${JSON.stringify(schema)}`);
}
