/** Where each operation sits on the client: `client.datasources.ingest.getStatus`. */
import type { Api } from '../ir/api.js';
import type { ResourceNode } from '../ir/resources.js';

export interface MethodPlace {
  /** The resource class that declares the method (`DatasourcesIngestResource`). */
  readonly className: string;
  /** The method's name. */
  readonly name: string;
  /** How a user reaches it: `client.datasources.ingest.getStatus`. */
  readonly access: string;
}

const places = new WeakMap<Api, Map<string, MethodPlace>>();

/** Each operation's method, by function name; computed once per API. */
export function methodPlaces(api: Api): ReadonlyMap<string, MethodPlace> {
  let found = places.get(api);
  if (found === undefined) {
    found = new Map();
    collect(api.resources, ['client'], found);
    places.set(api, found);
  }
  return found;
}

function collect(node: ResourceNode, path: string[], out: Map<string, MethodPlace>): void {
  for (const method of node.methods)
    out.set(method.functionName, {
      className: node.className,
      name: method.name,
      access: [...path, method.name].join('.'),
    });
  for (const child of node.children) collect(child, [...path, child.property], out);
}

/** `client.datasources.ingest` for a node of the tree. */
export function resourceAccess(root: ResourceNode, target: ResourceNode): string {
  const walk = (node: ResourceNode, path: string[]): string | undefined =>
    node === target
      ? path.join('.')
      : node.children.reduce<string | undefined>(
          (found, child) => found ?? walk(child, [...path, child.property]),
          undefined,
        );
  return walk(root, ['client']) ?? 'client';
}
