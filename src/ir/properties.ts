/**
 * The properties a schema has through `$ref`s and `allOf` parts (and, when asked, the
 * choices of an `anyOf`/`oneOf`): pagination reads a page's fields with it, and the
 * emitter a page type's field to index (`Page['items']`).
 */
import type { Property, Schema } from './schema.js';

/** The schema a ref's target names, if the API has it. */
export type SchemaLookup = (target: string) => Schema | undefined;

/**
 * Parts in order, depth first, the first of a name winning. Each schema is entered once per
 * call: a part shared by several (A: allOf [B, B], B: allOf [C, C]…) adds nothing the second
 * time, and walking every path to it would take 2^depth steps; the stack is its own, since a
 * chain of 5,000 allOfs overflowed the call stack. `choices` also walks unions: the fields a
 * page may have. Without it only what every value has is listed, which a type can index.
 */
export function propertiesThrough(
  schema: Schema,
  lookup: SchemaLookup,
  { choices }: { readonly choices: boolean },
): Property[] {
  const merged = new Map<string, Property>();
  const entered = new Set<Schema>();
  const stack = [schema];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (entered.has(s)) continue;
    entered.add(s);
    if (s.kind === 'ref') {
      const target = lookup(s.target);
      if (target !== undefined) stack.push(target);
    } else if (s.kind === 'object') {
      for (const p of s.properties) if (!merged.has(p.name)) merged.set(p.name, p);
    } else if (s.kind === 'intersection' || (choices && s.kind === 'union')) {
      const parts = s.kind === 'union' ? s.variants : s.parts;
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    }
  }
  return [...merged.values()];
}
