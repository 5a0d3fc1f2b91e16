/** The built-in prototypes a spec key like `__proto__` or `constructor` could reach, captured to compare. */
const GUARDED: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Map.prototype', Map.prototype],
];

export type PrototypeSnapshot = ReadonlyMap<string, unknown>;

export function snapshotPrototypes(): PrototypeSnapshot {
  const state = new Map<string, unknown>();
  for (const [name, proto] of GUARDED) {
    state.set(`${name} [[Prototype]]`, Object.getPrototypeOf(proto));
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      state.set(`${name}.${String(key)}`, descriptor?.value ?? descriptor?.get);
    }
  }
  return state;
}

/** What differs; empty when nothing does. */
export function prototypeChanges(before: PrototypeSnapshot, after: PrototypeSnapshot): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter(
    (key) => before.get(key) !== after.get(key) || before.has(key) !== after.has(key),
  );
}
