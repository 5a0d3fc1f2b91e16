/**
 * `readOnly` and `writeOnly` (https://spec.openapis.org/oas/v3.1.0#fixed-fields-19):
 * a response never carries writeOnly properties and a request never sends
 * readOnly ones. A schema that has either, itself or through the schemas it
 * refers to, needs a second, request-side type; the rest need only one.
 * Computed once over the ref graph.
 */
import { children } from './children.js';
import type { Schema } from './schema.js';

/** Component keys whose request view differs from their response view. */
export function schemasWithTwoViews(schemas: ReadonlyMap<string, Schema>): Set<string> {
  const memo = new Map<string, boolean>();
  const visit = (key: string): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false); // a cycle adds nothing by itself
    const schema = schemas.get(key);
    const result = schema !== undefined && differs(schema, visit);
    memo.set(key, result);
    return result;
  };
  // Iterate to a fixed point: a cycle visited early may have been marked false too soon.
  for (let changed = true; changed;) {
    changed = false;
    for (const key of schemas.keys()) {
      const before = memo.get(key);
      memo.delete(key);
      if (visit(key) !== before) changed = true;
    }
  }
  return new Set([...memo].filter(([, v]) => v).map(([k]) => k));
}

function differs(schema: Schema, refDiffers: (key: string) => boolean): boolean {
  if (schema.readOnly || schema.writeOnly) return true;
  if (schema.kind === 'ref') return refDiffers(schema.target);
  return children(schema).some((child) => differs(child, refDiffers));
}
