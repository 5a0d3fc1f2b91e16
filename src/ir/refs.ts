/** The component schemas a schema mentions directly (not transitively). */
import { children } from './children.js';
import type { Schema } from './schema.js';

export function directRefs(schema: Schema, into: Set<string> = new Set()): Set<string> {
  if (schema.kind === 'ref') into.add(schema.target);
  for (const child of children(schema)) directRefs(child, into);
  return into;
}
