/**
 * `readOnly` and `writeOnly` (https://spec.openapis.org/oas/v3.1.0#fixed-fields-19):
 * a response never carries writeOnly properties and a request never sends
 * readOnly ones. A schema that has either, itself or through the schemas it
 * refers to, needs a second, request-side type; the rest need only one.
 * Computed once over the ref graph.
 */
import { children } from './children.js';
import type { Schema } from './schema.js';

/**
 * Component keys whose request view differs from their response view. With
 * `dates`, a date or date-time string does too: a `Date` in responses, a string in requests.
 */
export function schemasWithTwoViews(
  schemas: ReadonlyMap<string, Schema>,
  dates = false,
): Set<string> {
  return schemasReaching(
    schemas,
    (s) => s.readOnly === true || s.writeOnly === true || (dates && isDateString(s)),
  );
}

/** Component keys whose schema has a date or date-time string, itself or through its refs. */
export function schemasWithDates(schemas: ReadonlyMap<string, Schema>): Set<string> {
  return schemasReaching(schemas, isDateString);
}

/** Component keys whose schema has a subschema that `is`, itself or through its refs. */
function schemasReaching(
  schemas: ReadonlyMap<string, Schema>,
  is: (schema: Schema) => boolean,
): Set<string> {
  const memo = new Map<string, boolean>();
  const visit = (key: string): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false); // a cycle adds nothing by itself
    const schema = schemas.get(key);
    const result = schema !== undefined && reaches(schema, is, visit);
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

/** Whether `schema` or a subschema `is`; a ref asks `refReaches` of its target. */
export function reaches(
  schema: Schema,
  is: (schema: Schema) => boolean,
  refReaches: (key: string) => boolean,
): boolean {
  if (is(schema)) return true;
  if (schema.kind === 'ref') return refReaches(schema.target);
  return children(schema).some((child) => reaches(child, is, refReaches));
}

/** A string of `format: date-time` or `date`, which `dates: 'Date'` delivers as a `Date`. */
export function isDateString(schema: Schema): boolean {
  return schema.kind === 'string' && (schema.format === 'date-time' || schema.format === 'date');
}
