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

/** The schema with each child schema passed through `map`; the same object when none changed. */
export function mapChildren(schema: Schema, map: (s: Schema) => Schema): Schema {
  switch (schema.kind) {
    case 'array': {
      const items = map(schema.items);
      return items === schema.items ? schema : { ...schema, items };
    }
    case 'tuple': {
      const items = schema.items.map(map);
      const rest = schema.rest === false ? false : map(schema.rest);
      return items.every((s, i) => s === schema.items[i]) && rest === schema.rest
        ? schema
        : { ...schema, items, rest };
    }
    case 'object': {
      const properties = schema.properties.map((p) => {
        const s = map(p.schema);
        return s === p.schema ? p : { ...p, schema: s };
      });
      const additional =
        typeof schema.additional === 'boolean' ? schema.additional : map(schema.additional);
      return properties.every((p, i) => p === schema.properties[i]) &&
        additional === schema.additional
        ? schema
        : { ...schema, properties, additional };
    }
    case 'union': {
      const variants = schema.variants.map(map);
      return variants.every((s, i) => s === schema.variants[i]) ? schema : { ...schema, variants };
    }
    case 'intersection': {
      const parts = schema.parts.map(map);
      return parts.every((s, i) => s === schema.parts[i]) ? schema : { ...schema, parts };
    }
    default:
      return schema;
  }
}

function unreachable(schema: never): never {
  throw new Error(`A schema kind no walker knows: ${JSON.stringify(schema)}`);
}
