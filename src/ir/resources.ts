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
  readonly methods: ReadonlyArray<{ readonly name: string; readonly operation: Operation }>;
  readonly children: readonly ResourceNode[];
}

interface MutableNode {
  property: string;
  path: string[];
  methods: Array<{ wanted: string; operation: Operation }>;
  children: Map<string, MutableNode>;
}

export function buildResourceTree(operations: readonly Operation[], rootClassName: string, names: NameRegistry): ResourceNode {
  const root: MutableNode = { property: '', path: [], methods: [], children: new Map() };
  for (const operation of operations) {
    let node = root;
    for (const segment of operation.resource) {
      let child = node.children.get(segment);
      if (!child) {
        child = { property: segment, path: [...node.path, segment], methods: [], children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.methods.push({ wanted: operation.methodName, operation });
  }
  return freeze(root, rootClassName, names);
}

function freeze(node: MutableNode, className: string, names: NameRegistry): ResourceNode {
  const members = memberScope();
  const children = [...node.children.values()].map((child) =>
    freeze({ ...child, property: members.claim(child.property) }, names.claim(`${pascalCase(child.path.join(' '))}Resource`), names),
  );
  const methods = node.methods.map(({ wanted, operation }) => ({ name: members.claim(wanted), operation }));
  return { property: node.property, className, methods, children };
}
