/** The component schemas a schema mentions directly (not transitively). */
import type { Schema } from './schema.js';

export function directRefs(schema: Schema, into: Set<string> = new Set()): Set<string> {
  switch (schema.kind) {
    case 'ref':
      into.add(schema.target);
      break;
    case 'array':
      directRefs(schema.items, into);
      break;
    case 'tuple':
      for (const item of schema.items) directRefs(item, into);
      if (schema.rest) directRefs(schema.rest, into);
      break;
    case 'object':
      for (const p of schema.properties) directRefs(p.schema, into);
      if (typeof schema.additional === 'object') directRefs(schema.additional, into);
      break;
    case 'union':
      for (const v of schema.variants) directRefs(v, into);
      break;
    case 'intersection':
      for (const p of schema.parts) directRefs(p, into);
      break;
    default:
      break;
  }
  return into;
}
