import type { Schema } from './schema.js';

/** Whether an inline object literal is part of the schema's type (a ref's target is not). */
export function holdsInlineObject(schema: Schema): boolean {
  switch (schema.kind) {
    case 'object':
      return true;
    case 'array':
      return holdsInlineObject(schema.items);
    case 'tuple':
      return (
        schema.items.some(holdsInlineObject) ||
        (schema.rest !== false && holdsInlineObject(schema.rest))
      );
    case 'union':
      return schema.variants.some(holdsInlineObject);
    case 'intersection':
      return schema.parts.some(holdsInlineObject);
    default:
      return false;
  }
}
