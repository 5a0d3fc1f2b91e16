/**
 * Objects keyed by text a spec chooses. A plain object turns `obj['__proto__'] = x`
 * into a prototype change and answers `obj['toString']` from Object.prototype;
 * these helpers never reach the prototype chain.
 */
export type Dictionary<T = unknown> = Record<string, T>;

/** An object without a prototype: every key, `__proto__` included, is an own data key. */
export function dictionary<T = unknown>(
  entries: Iterable<readonly [string, T]> = [],
): Dictionary<T> {
  const out = Object.create(null) as Dictionary<T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The value of an own key, never an inherited one. */
export function ownValue(node: unknown, key: string): unknown {
  return isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Sets an own data key, even `__proto__` on an object that has a prototype. */
export function setOwn(node: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The map under `key`, made a prototype-free object if it is not one yet (a value that is no map cannot take entries). */
export function dictionaryAt(parent: Record<string, unknown>, key: string): Dictionary {
  const existing = Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (isRecord(existing) && Object.getPrototypeOf(existing) === null) return existing;
  const created = toDictionary(existing);
  setOwn(parent, key, created);
  return created;
}

/** A prototype-free copy of an object's own entries (one level deep). */
export function toDictionary(value: unknown): Dictionary {
  return dictionary(isRecord(value) ? Object.entries(value) : []);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
