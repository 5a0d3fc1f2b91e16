/** Lookups from IR references to exported names, shared by the emitters. */
import type { Api } from '../ir/api.js';
import type { TypeContext } from './type-syntax.js';

export function typeContext(api: Api, view: TypeContext['view'] = 'response'): TypeContext {
  const byKey = new Map(api.schemas.map((s) => [s.key, s]));
  return {
    view,
    // Dates are converted in responses only: request-side types keep the strings that are sent.
    ...(api.dates === true && view === 'response' && { dates: true }),
    schemaOf: (target) => byKey.get(target)?.schema,
    nameOf: (target) => {
      const named = byKey.get(target);
      if (named === undefined) throw new Error(`No schema named ${target}`);
      return view === 'request' ? (named.inputTypeName ?? named.typeName) : named.typeName;
    },
  };
}
