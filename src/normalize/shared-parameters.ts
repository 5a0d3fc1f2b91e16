/**
 * Query, header and cookie parameters that several operations take by `$ref` to the same
 * `components.parameters` entry: each gets one named interface, so its key and docs are
 * written once (GitHub's `per_page` and `page`: 500 operations, 120 KB of repeated docs).
 */
import type { Operation, SharedParameter } from '../ir/api.js';
import { pascalCase, type NameRegistry } from '../ir/naming.js';

export function sharedParameters(
  operations: readonly Operation[],
  names: NameRegistry,
): SharedParameter[] {
  // Keyed by spec text: a Map, never a plain object.
  const uses = new Map<string, { first: Operation['otherParameters'][number]; count: number }>();
  for (const op of operations)
    for (const parameter of op.otherParameters) {
      if (parameter.component === undefined) continue;
      const use = uses.get(parameter.component);
      if (use === undefined) uses.set(parameter.component, { first: parameter, count: 1 });
      else use.count++;
    }
  return [...uses]
    .filter(([, use]) => use.count > 1)
    .map(([key, use]) => ({
      typeName: names.claim(`${pascalCase(key)}Param`),
      parameter: use.first,
    }));
}
