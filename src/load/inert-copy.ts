/**
 * A copy of a loaded document that a tool resolving references on its own
 * (openapi-typescript, through Redocly) cannot make read a file or fetch a URL.
 * Redocly follows any `$ref` it meets, data included, and also `externalValue`
 * and file-like discriminator mappings. In the copy, only the local `$ref`s in
 * places where OpenAPI allows a reference remain; data keeps everything but
 * those keys.
 */
import { fromPointer, toRef } from '../diagnostics.js';
import { isRecord, setOwn } from './dictionary.js';
import { mayBeReference, slotsOf, type ObjectKind } from './object-model.js';

/** `kind` is what the model says `node` is; undefined for data. */
// No default for `kind`: an explicit `undefined` (data) must not turn into a default kind.
export function inertCopy(node: unknown, kind: ObjectKind | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => inertCopy(item, undefined));
  if (!isRecord(node)) return node;
  const kinds = kind === undefined ? undefined : childKinds(kind, node);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!keeps(kind, key, value)) continue;
    const childKind = kinds?.direct.get(key);
    const nested = kinds?.nested.get(key);
    let copy: unknown;
    // A kept `$ref` is rewritten canonically: Redocly decodes it with decodeURIComponent,
    // which throws (unawaited) on a `%` that starts no escape.
    if (key === '$ref' && typeof value === 'string') copy = toRef(fromPointer(value));
    else if (childKind !== undefined) copy = inertCopy(value, childKind);
    else if (nested !== undefined) copy = copyContainer(value, nested);
    else if (kind === 'schema' && key === 'discriminator')
      copy = withLocalMappings(inertCopy(value, undefined));
    else copy = inertCopy(value, undefined);
    setOwn(out, key, copy);
  }
  return out;
}

function keeps(kind: ObjectKind | undefined, key: string, value: unknown): boolean {
  // Redocly's walker reads data keys like `valueOf` or `hasOwnProperty` as Object's own
  // members and fails without a catchable error; such keys only ever feed an example's JSDoc.
  if (kind === undefined && key in Object.prototype) return false;
  if (typeof value !== 'string') return true;
  if (key === '$ref') return kind !== undefined && mayBeReference(kind) && value.startsWith('#');
  // An Example's `externalValue` names a file or URL: never a type, and Redocly would load it.
  return key !== 'externalValue';
}

interface ChildKinds {
  /** Fields holding one object of a kind. */
  readonly direct: Map<string, ObjectKind>;
  /** Fields holding a map or list of objects, each entry's kind by its key. */
  readonly nested: Map<string, Map<string | number, ObjectKind>>;
}

function childKinds(kind: ObjectKind, node: Record<string, unknown>): ChildKinds {
  const direct = new Map<string, ObjectKind>();
  const nested = new Map<string, Map<string | number, ObjectKind>>();
  for (const slot of slotsOf(kind, node)) {
    const [field] = slot.path;
    if (field === undefined) direct.set(String(slot.key), slot.kind);
    else nested.set(field, (nested.get(field) ?? new Map()).set(slot.key, slot.kind));
  }
  return { direct, nested };
}

function copyContainer(value: unknown, kinds: ReadonlyMap<string | number, ObjectKind>): unknown {
  if (Array.isArray(value)) return value.map((item, i) => inertCopy(item, kinds.get(i)));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    setOwn(out, key, inertCopy(item, kinds.get(key)));
  return out;
}

/** Redocly loads mapping values that look like files or URLs; a local pointer or a bare schema name stays. */
function withLocalMappings(discriminator: unknown): unknown {
  if (!isRecord(discriminator) || !isRecord(discriminator.mapping)) return discriminator;
  const mapping: Record<string, unknown> = {};
  for (const [key, target] of Object.entries(discriminator.mapping)) {
    if (typeof target !== 'string' || target.startsWith('#') || !target.includes('/'))
      setOwn(mapping, key, target);
  }
  return { ...discriminator, mapping };
}
