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

/**
 * Component keys whose schema has a subschema that `is`, itself or through its refs.
 * Each schema is walked once, noting what it refers to; a key then reaches a match
 * when its own schema has one or it refers, through any chain of refs, to one that does.
 */
function schemasReaching(
  schemas: ReadonlyMap<string, Schema>,
  is: (schema: Schema) => boolean,
): Set<string> {
  const referrers = new Map<string, string[]>();
  const reaching: string[] = [];
  for (const [key, schema] of schemas) {
    const refersTo = (target: string): boolean => {
      const known = referrers.get(target);
      if (known === undefined) referrers.set(target, [key]);
      else known.push(key);
      return false;
    };
    if (reaches(schema, is, refersTo)) reaching.push(key);
  }
  const found = new Set(reaching);
  for (let i = 0; i < reaching.length; i++) {
    for (const referrer of referrers.get(reaching[i]!) ?? []) {
      if (found.has(referrer)) continue;
      found.add(referrer);
      reaching.push(referrer);
    }
  }
  return found;
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
