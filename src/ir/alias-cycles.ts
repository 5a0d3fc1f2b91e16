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
  // Depth first with a stack of its own: a chain of 20,000 aliases overflowed the call stack.
  const frames: Array<{ key: string; targets: Iterator<string> }> = [];
  const enter = (key: string): void => {
    state.set(key, 'visiting');
    stack.push(key);
    const schema = schemas.get(key);
    frames.push({ key, targets: (schema === undefined ? [] : eagerRefs(schema)).values() });
  };
  for (const root of schemas.keys()) {
    if (state.has(root)) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const next = frame.targets.next();
      if (next.done === true) {
        frames.pop();
        stack.pop();
        state.set(frame.key, 'done');
        continue;
      }
      const seen = state.get(next.value);
      if (seen === 'visiting') cycles.push(stack.slice(stack.indexOf(next.value)));
      else if (seen === undefined) enter(next.value);
    }
  }
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
