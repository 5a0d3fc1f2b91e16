/** Lookups from IR references to exported names, shared by the emitters. */
import type { Api } from '../ir/api.js';
import type { TypeContext } from './type-syntax.js';

// One context per API and view, shared by every emitter (and the type texts cached on it).
const contexts = new WeakMap<Api, Map<TypeContext['view'], TypeContext>>();

export function typeContext(api: Api, view: TypeContext['view'] = 'response'): TypeContext {
  let views = contexts.get(api);
  if (views === undefined) contexts.set(api, (views = new Map()));
  let context = views.get(view);
  if (context === undefined) views.set(view, (context = newTypeContext(api, view)));
  return context;
}

function newTypeContext(api: Api, view: TypeContext['view']): TypeContext {
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
