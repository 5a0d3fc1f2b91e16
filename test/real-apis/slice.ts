/**
 * A slice of a real spec: a handful of its operations with every component they
 * reach, transitively, and nothing else. Small enough to generate in a test, and
 * still the spec's own text: what is cut is only what those operations never see.
 */

/** An operation of the spec, by its path template and HTTP method. */
export interface OperationKey {
  readonly path: string;
  readonly method: string;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)/;

/** The document with only `operations` under `paths` and the components they reach. Throws on a missing operation. */
export function sliceSpec(doc: JsonObject, operations: readonly OperationKey[]): JsonObject {
  const paths = objectAt(doc, 'paths');
  const slicedPaths: JsonObject = Object.create(null) as JsonObject;
  for (const { path, method } of operations) {
    const item = objectAt(paths, path, `/paths/${path}`);
    const verb = method.toLowerCase();
    const operation = objectAt(item, verb, `/paths/${path}/${verb}`);
    // Path-level keys (parameters, servers, summary) apply to every operation of the item: kept.
    const kept = (slicedPaths[path] as JsonObject | undefined) ?? pathLevelKeys(item);
    kept[verb] = operation;
    slicedPaths[path] = kept;
  }

  const components = isObject(doc.components) ? doc.components : {};
  const reached = new Map<string, Set<string>>();
  const pending: Json[] = [slicedPaths];
  const reach = (kind: string, name: string): void => {
    const names = reached.get(kind) ?? new Set<string>();
    reached.set(kind, names);
    if (names.has(name)) return;
    names.add(name);
    const group = components[kind];
    if (isObject(group) && Object.hasOwn(group, name)) pending.push(group[name]);
  };
  for (const scheme of securitySchemesUsed(doc, slicedPaths)) reach('securitySchemes', scheme);
  while (pending.length > 0) {
    for (const ref of refsIn(pending.pop())) {
      const match = COMPONENT_REF.exec(ref);
      if (match) reach(unescapeToken(match[1] ?? ''), unescapeToken(match[2] ?? ''));
    }
  }

  const slicedComponents: JsonObject = {};
  for (const [kind, names] of reached) {
    const group = components[kind];
    if (!isObject(group)) continue;
    const kept: JsonObject = {};
    for (const name of [...names].sort()) if (Object.hasOwn(group, name)) kept[name] = group[name];
    slicedComponents[kind] = kept;
  }

  const sliced: JsonObject = {};
  for (const key of ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags'])
    if (Object.hasOwn(doc, key)) sliced[key] = doc[key];
  sliced.paths = slicedPaths;
  sliced.components = slicedComponents;
  return sliced;
}

function pathLevelKeys(item: JsonObject): JsonObject {
  const kept: JsonObject = {};
  for (const key of ['summary', 'description', 'servers', 'parameters'])
    if (Object.hasOwn(item, key)) kept[key] = item[key];
  return kept;
}

/** The security schemes the operations' requirements name, and the document's (kept whole in the slice). */
function securitySchemesUsed(doc: JsonObject, paths: JsonObject): Set<string> {
  const requirements: Json[] = [doc.security];
  for (const item of Object.values(paths)) {
    for (const [key, operation] of Object.entries(item as JsonObject)) {
      if (key === 'parameters' || key === 'servers' || !isObject(operation)) continue;
      if (Object.hasOwn(operation, 'security')) requirements.push(operation.security);
    }
  }
  const names = new Set<string>();
  for (const list of requirements)
    if (Array.isArray(list))
      for (const requirement of list)
        if (isObject(requirement)) for (const name of Object.keys(requirement)) names.add(name);
  return names;
}

/** Every `$ref` string below `value`, and every discriminator mapping target (also a reference). */
function* refsIn(value: Json): Generator<string> {
  const stack: Json[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as Json[]));
    } else if (isObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key === '$ref' && typeof child === 'string') yield child;
        else if (key === 'mapping' && isObject(child))
          for (const target of Object.values(child)) if (typeof target === 'string') yield target;
        stack.push(child);
      }
    }
  }
}

function objectAt(parent: JsonObject, key: string, where = `/${key}`): JsonObject {
  const value = Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (!isObject(value)) throw new Error(`the spec has no object at ${where}`);
  return value;
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON pointer token, percent-decoded as a URI fragment, then `~1` → `/` and `~0` → `~`. */
function unescapeToken(token: string): string {
  return decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
}
