/** Lookups from IR references to exported names, shared by the emitters. */
import type { Api } from '../ir/api.js';
import type { TypeContext } from './type-syntax.js';

export function typeContext(api: Api): TypeContext {
  const byKey = new Map(api.schemas.map((s) => [s.key, s.typeName]));
  const schemas = new Map(api.schemas.map((s) => [s.key, s.schema]));
  return {
    schemaOf: (target) => schemas.get(target),
    nameOf: (target) => {
      const name = byKey.get(target);
      if (name === undefined) throw new Error(`No schema named ${target}`);
      return name;
    },
  };
}
