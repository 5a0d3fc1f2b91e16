/**
 * The Swagger 2.0 converter walks the document calling `node.hasOwnProperty(key)`:
 * a spec whose object has a key of that name (a property, a definition) made it
 * throw "hasOwnProperty is not a function". Such keys go into the conversion under
 * a stand-in name no spec uses, and come back out of the converted document, in
 * `$ref`s too, so the 3.0 document says what the 2.0 one did.
 */
const KEY = 'hasOwnProperty';
// A NUL never stands in a name a spec means: no key or pointer of a real spec has one.
const STAND_IN = `${KEY}\u0000`;

/** `value` with every `hasOwnProperty` key, and `$ref` segment, under the stand-in; itself when it has none. */
export function hideOwnKeys(value: unknown): unknown {
  return renamed(value, KEY, STAND_IN);
}

/** The converted document with the stand-in names given back. */
export function restoreOwnKeys(value: unknown): unknown {
  return renamed(value, STAND_IN, KEY);
}

function renamed(root: unknown, from: string, to: string): unknown {
  const segment = new RegExp(`/${escapeRegExp(from)}(?=/|$)`, 'g');
  const copy = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) return node.map(copy);
    // Entries rebuilt in order: a key is renamed in place, and `__proto__` stays an own key.
    return Object.fromEntries(
      Object.entries(node).map(([key, child]) => [
        key === from ? to : key,
        key === '$ref' && typeof child === 'string'
          ? child.replace(segment, `/${to}`)
          : copy(child),
      ]),
    );
  };
  return mentions(root, from) ? copy(root) : root;
}

/** Whether any key or `$ref` of `root` is `name`, or names it; an explicit stack, as documents nest deep. */
function mentions(root: unknown, name: string): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key === name || (key === '$ref' && typeof child === 'string' && child.includes(name)))
        return true;
      if (typeof child === 'object') stack.push(child);
    }
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
