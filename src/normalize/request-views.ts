/**
 * Which components' request views (`<Name>Input`) some request reaches. A schema with
 * readOnly properties that only responses use (Bitbucket's search results, api.video's lists)
 * needs no second type: one nothing uses is an export for users to wonder about.
 */
import type { NamedSchema, Operation } from '../ir/api.js';
import { children } from '../ir/children.js';
import type { Schema } from '../ir/schema.js';

/** `schemas` with `inputTypeName` kept only where an operation's parameters or body reach it. */
export function withReachedInputs(
  schemas: readonly NamedSchema[],
  operations: readonly Operation[],
): NamedSchema[] {
  const reached = requestReached(schemas, operations);
  return schemas.map((named) => {
    if (named.inputTypeName === undefined || reached.has(named.key)) return named;
    const { inputTypeName: _unused, ...rest } = named;
    return rest;
  });
}

/** Keys of the schemas a request holds, through any chain of refs. */
function requestReached(
  schemas: readonly NamedSchema[],
  operations: readonly Operation[],
): Set<string> {
  const byKey = new Map(schemas.map((s) => [s.key, s.schema]));
  const reached = new Set<string>();
  // A stack, not recursion: a hostile spec nests schemas thousands deep.
  const pending: Schema[] = operations.flatMap((op) => [
    ...op.pathParameters.map((p) => p.schema),
    ...op.otherParameters.map((p) => p.schema),
    ...(op.body?.alternatives ?? []).map((a) => a.schema),
  ]);
  for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
    if (schema.kind !== 'ref') pending.push(...children(schema));
    else if (!reached.has(schema.target)) {
      reached.add(schema.target);
      const target = byKey.get(schema.target);
      if (target !== undefined) pending.push(target);
    }
  }
  return reached;
}
