/**
 * Schemas that refer to themselves with nothing in between that TypeScript
 * defers: `A = A | string` or `interface A extends A` cannot be written, while
 * `A = A[]` and `{ next: A }` can. Computed once over the ref graph.
 */
import type { Schema } from './schema.js';

/** Component keys whose type would reference itself eagerly, each cycle in the order met. */
export function eagerCycles(schemas: ReadonlyMap<string, Schema>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (key: string): void => {
    const seen = state.get(key);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      cycles.push(stack.slice(stack.indexOf(key)));
      return;
    }
    state.set(key, 'visiting');
    stack.push(key);
    const schema = schemas.get(key);
    if (schema !== undefined) for (const target of eagerRefs(schema)) visit(target);
    stack.pop();
    state.set(key, 'done');
  };
  for (const key of schemas.keys()) visit(key);
  return cycles;
}

/** Refs a type alias or an interface's `extends` needs resolved to be written at all. */
function eagerRefs(schema: Schema): string[] {
  switch (schema.kind) {
    case 'ref':
      return [schema.target];
    case 'union':
      return schema.variants.flatMap(eagerRefs);
    case 'intersection':
      return schema.parts.flatMap(eagerRefs);
    default:
      // Arrays, tuples and objects defer their members: recursion through them is fine.
      return [];
  }
}
