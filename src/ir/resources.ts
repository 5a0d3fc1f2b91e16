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
    method: string;
    path: string;
    wanted: string;
    plain: string;
    fallback: string;
    spelled: string;
    functionName: string;
    deprecated: boolean;
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
      method: operation.method,
      path: operation.path,
      wanted: operation.methodName,
      plain: operation.methodPlain ?? operation.methodName,
      fallback: operation.methodFallback,
      spelled: operation.methodSpelled,
      functionName: operation.functionName,
      deprecated: operation.deprecated === true,
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
 * their longer name, then their spelled-out one, then their function's name, but the one a CRUD
 * name belongs to (`keepers`), so which keeps the short name never depends on the spec's order.
 */
function unclashed(methods: MutableNode['methods']): string[] {
  let names = methods.map((m) => m.wanted);
  for (const tier of ['plain', 'fallback', 'spelled', 'functionName'] as const) {
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    // Not at the last tier: there each says its function's name (red team: a POST named
    // `update` beside the PATCH kept `update`, and the PATCH became `update2`).
    const keeper =
      tier === 'functionName' ? new Map<string, Kept>() : keepers(methods, names, counts);
    names = names.map((n, i) => {
      const kept = keeper.get(n);
      if (counts.get(n)! < 2 || kept?.index === i) return n;
      // Beside the one its HTTP method makes, a call says its own (`postByListId`): as
      // `updateByListId` it would read as another update.
      return kept?.made ? methods[i]!.spelled : methods[i]![tier];
    });
  }
  return names;
}

// The HTTP method whose call a name is: where methods want one, the one made with it keeps it.
const NAME_METHODS: Readonly<Record<string, string>> = { update: 'PATCH', replace: 'PUT' };

/**
 * Of the methods of one path wanting one CRUD name, the one whose HTTP method that name is, where
 * only one is: Mailchimp's list's PATCH stays `update` beside the POST that subscribes its members
 * in a batch (both had taken their longer names, `patchByListId` and `postByListId`). Else the one
 * not deprecated, beside deprecated ones; else, across paths, the resource's own call beside
 * deeper ones below its path (`below`).
 */
function keepers(
  methods: MutableNode['methods'],
  names: readonly string[],
  counts: ReadonlyMap<string, number>,
): Map<string, Kept> {
  const kept = new Map<string, Kept>();
  for (const [name, count] of counts) {
    const method = NAME_METHODS[name];
    if (count < 2 || method === undefined) continue;
    const wanting = names.flatMap((n, i) => (n === name ? [methods[i]!] : []));
    if (new Set(wanting.map((m) => m.path)).size > 1) continue;
    const made = names.flatMap((n, i) => (n === name && methods[i]!.method === method ? [i] : []));
    if (made.length === 1) kept.set(name, { index: made[0]!, made: true });
  }
  // Beside deprecated calls, the one that is not: Velopayments' current calls had been `listV4`,
  // `getByIdV4` beside their deprecated v3 twins.
  for (const [name, count] of counts) {
    if (count < 2 || kept.has(name)) continue;
    const live = names.flatMap((n, i) => (n === name && !methods[i]!.deprecated ? [i] : []));
    if (live.length === 1) kept.set(name, { index: live[0]!, made: false });
  }
  for (const [name, count] of counts) {
    if (count < 2 || kept.has(name) || !CRUD_NAMES.has(name)) continue;
    const at = names.flatMap((n, i) => (n === name ? [i] : []));
    const owner = at.find((i) =>
      at.every((j) => j === i || below(methods[j]!.path, methods[i]!.path)),
    );
    if (owner !== undefined) kept.set(name, { index: owner, made: false });
  }
  return kept;
}

/** The method that keeps a name, and whether its HTTP method made it (the others say theirs). */
interface Kept {
  readonly index: number;
  readonly made: boolean;
}

// Not `get`: a resource's own GET of an item that has things below it lists them (LaunchDarkly's
// `/users/{projectKey}/{environmentKey}`), and `get` would not say so.
const CRUD_NAMES = new Set(['list', 'create', 'update', 'replace', 'delete']);

/**
 * Whether `path` is below `owner` (`/nodebalancers/{id}/configs/{configId}/nodes` below
 * `/nodebalancers`): the resource's own call keeps its name beside a deeper one's (Linode's
 * `nodeBalancers.create`, which had become `createNodeBalancer` beside its nodes' create).
 */
function below(path: string, owner: string): boolean {
  const trimmed = owner.replace(/\/+$/, '');
  return path.startsWith(`${trimmed}/`) && path.length > trimmed.length + 1;
}
