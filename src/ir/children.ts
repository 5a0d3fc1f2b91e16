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

function unreachable(schema: never): never {
  throw new Error(`A schema kind no walker knows: ${JSON.stringify(schema)}`);
}
