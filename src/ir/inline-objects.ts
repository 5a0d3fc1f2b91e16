import { children } from './children.js';
import type { Schema } from './schema.js';

/** Whether an inline object literal is part of the schema's type (a ref's target is not). */
export function holdsInlineObject(schema: Schema): boolean {
  return schema.kind === 'object' || children(schema).some(holdsInlineObject);
}
