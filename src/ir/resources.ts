/**
 * The client's resource tree: `client.datasources.ingest.getStatus` is the
 * method `getStatus` on the node `datasources → ingest`. Names of properties and
 * methods are made unique per node; class names are claimed among all exports.
 */
import type { Operation } from './api.js';
import { memberScope, pascalCase, type NameRegistry } from './naming.js';

export interface ResourceNode {
  /** Property name on the parent (empty for the root). */
  readonly property: string;
  /** Exported class name (`DatasourcesIngestResource`); the root uses the client's own. */
  readonly className: string;
  /** Each method names its operation by `functionName`: the tree holds no copy of an operation. */
  readonly methods: ReadonlyArray<{ readonly name: string; readonly functionName: string }>;
  readonly children: readonly ResourceNode[];
}

interface MutableNode {
  property: string;
  path: string[];
  methods: Array<{
    wanted: string;
    plain: string;
    fallback: string;
    spelled: string;
    functionName: string;
  }>;
  children: Map<string, MutableNode>;
}

export function buildResourceTree(
  operations: readonly Operation[],
  rootClassName: string,
  names: NameRegistry,
): ResourceNode {
  const root: MutableNode = { property: '', path: [], methods: [], children: new Map() };
  for (const operation of operations) {
    let node = root;
    for (const segment of operation.resource) {
      let child = node.children.get(segment);
      if (!child) {
        child = {
          property: segment,
          path: [...node.path, segment],
          methods: [],
          children: new Map(),
        };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.methods.push({
      wanted: operation.methodName,
      plain: operation.methodPlain ?? operation.methodName,
      fallback: operation.methodFallback,
      spelled: operation.methodSpelled,
      functionName: operation.functionName,
    });
  }
  return freeze(root, rootClassName, names);
}

function freeze(node: MutableNode, className: string, names: NameRegistry): ResourceNode {
  const members = memberScope(node.path.length === 0 ? 'client' : 'resource');
  const children = [...node.children.values()].map((child) =>
    freeze(
      { ...child, property: members.claim(child.property) },
      names.claim(`${pascalCase(child.path.join(' '))}Resource`),
      names,
    ),
  );
  const wanted = unclashed(node.methods);
  const methods = node.methods.map(({ functionName }, i) => ({
    name: members.claim(wanted[i]!),
    functionName,
  }));
  return { property: node.property, className, methods, children };
}

/**
 * Methods wanting one name all take their plain name (the `getAll` they listed as `list`), then
 * their longer name, then their spelled-out one, then their function's name, so which keeps the
 * short name never depends on the spec's order.
 */
function unclashed(methods: MutableNode['methods']): string[] {
  let names = methods.map((m) => m.wanted);
  for (const tier of ['plain', 'fallback', 'spelled', 'functionName'] as const) {
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    names = names.map((n, i) => (counts.get(n)! > 1 ? methods[i]![tier] : n));
  }
  return names;
}
