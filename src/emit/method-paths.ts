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

const accesses = new WeakMap<ResourceNode, Map<ResourceNode, string>>();

/** `client.datasources.ingest` for a node of the tree; every node's found by one walk per tree. */
export function resourceAccess(root: ResourceNode, target: ResourceNode): string {
  let found = accesses.get(root);
  if (found === undefined) {
    const all = new Map<ResourceNode, string>();
    const walk = (node: ResourceNode, access: string): void => {
      all.set(node, access);
      for (const child of node.children) walk(child, `${access}.${child.property}`);
    };
    walk(root, 'client');
    accesses.set(root, all);
    found = all;
  }
  return found.get(target) ?? 'client';
}
