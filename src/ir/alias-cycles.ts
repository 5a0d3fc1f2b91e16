/**
 * Schemas that refer to themselves with nothing in between that TypeScript
 * defers: `A = A | string` or `interface A extends A` cannot be written, while
 * `A = A[]` and `{ next: A }` can. Computed once over the ref graph.
 */
import { walkRefGraph } from './ref-graph.js';
import type { Schema } from './schema.js';

/** Component keys whose type would reference itself eagerly, each cycle in the order met. */
export function eagerCycles(schemas: ReadonlyMap<string, Schema>): string[][] {
  const cycles: string[][] = [];
  walkRefGraph(
    schemas.keys(),
    (key) => {
      const schema = schemas.get(key);
      return schema === undefined ? [] : eagerRefs(schema);
    },
    { cycle: (keys) => cycles.push([...keys]) },
  );
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
