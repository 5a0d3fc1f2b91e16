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
  type Use = { first: Operation['otherParameters'][number]; count: number };
  // By component, then by the member's name in each operation: a clash there renames it
  // (`perPage2`), and an interface can stand only for those that agree. Keyed by spec
  // text: Maps, never plain objects.
  const uses = new Map<string, Map<string, Use>>();
  for (const op of operations)
    for (const parameter of op.otherParameters) {
      if (parameter.component === undefined) continue;
      let variants = uses.get(parameter.component);
      if (variants === undefined) uses.set(parameter.component, (variants = new Map()));
      const use = variants.get(parameter.identifier);
      if (use === undefined) variants.set(parameter.identifier, { first: parameter, count: 1 });
      else use.count++;
    }
  return [...uses].flatMap(([key, variants]) => {
    // The name most operations give it (the first of those on a tie).
    const best = [...variants.values()].reduce((a, b) => (b.count > a.count ? b : a));
    return best.count > 1
      ? [{ typeName: names.claim(`${pascalCase(key)}Param`), parameter: best.first }]
      : [];
  });
}
