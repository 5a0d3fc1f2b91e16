/**
 * `$ref`s to schemas that are not components are inlined: they have no name.
 * A schema that reaches itself through such refs (codat.io's
 * `#/components/schemas/PushOption/definitions/pushOptionProperty`) cannot be
 * inlined, so it gets a name of its own, like a component, under a key no
 * component can have (`#ref/<pointer>`). Which refs recur is found once per
 * ref, by a walk over the raw document that follows only such refs.
 */
import { fromPointer } from '../diagnostics.js';
import { resolvePointer } from '../load/validate.js';
import { isRaw, schemaRefTarget, type NormalizeContext } from './context.js';

/** The refs found recursive in one document, and those a named schema was asked for: one per run, held by the context. */
export interface RefRegistry {
  readonly recursive: Map<string, boolean>;
  /** Refs needing a named schema, in the order first met; drained by `takeNamedRefs`. */
  readonly pending: string[];
  readonly named: Set<string>;
  /** The schema object each named ref points at, so the schema met in place is that type too. */
  readonly targets: WeakMap<object, string>;
  /** A name a caller wants for a named ref's type (`<Op>Response`); the first one asked wins. */
  readonly names: Map<string, string>;
  /** Schema nodes each inline ref copies, and the total copied so far (inline-ref-size.ts). */
  readonly sizes: Map<string, number>;
  inlined: number;
}

export function refRegistry(): RefRegistry {
  return {
    recursive: new Map(),
    pending: [],
    named: new Set(),
    targets: new WeakMap(),
    names: new Map(),
    sizes: new Map(),
    inlined: 0,
  };
}

/** The key of the named schema standing for `ref`, when its target reaches itself; else undefined. */
export function recursiveRefKey(ctx: NormalizeContext, ref: string): string | undefined {
  const reg = ctx.refs;
  if (!reg.recursive.has(ref)) judgeRecursion(ctx, ref);
  const recursive = reg.recursive.get(ref) === true;
  if (!recursive) return undefined;
  if (!reg.named.has(ref)) {
    reg.named.add(ref);
    reg.pending.push(ref);
    const target = resolvePointer(ctx.document, ref);
    if (typeof target === 'object' && target !== null) reg.targets.set(target, ref);
  }
  return refKey(ref);
}

/** The refs that asked for a named schema since the last call (naming one may ask for more). */
export function takeNamedRefs(ctx: NormalizeContext): string[] {
  return ctx.refs.pending.splice(0);
}

const REF_KEY_PREFIX = '#ref/';

export function refKey(ref: string): string {
  return REF_KEY_PREFIX + ref;
}

/** Whether a schema key is a named ref's (`refKey`), not a component's. */
export function isRefKey(key: string): boolean {
  return key.startsWith(REF_KEY_PREFIX);
}

/**
 * The key of the named schema for this very schema object, when some ref to it
 * turned out recursive: the schema where it is written is that type, not a copy.
 */
export function namedKeyOf(ctx: NormalizeContext, raw: object): string | undefined {
  // Most documents have no recursive inline ref: then no schema object is a named one.
  if (ctx.refs.named.size === 0) return undefined;
  const ref = ctx.refs.targets.get(raw);
  return ref === undefined ? undefined : refKey(ref);
}

/** How many refs have been named so far: a schema object became a named one only when this grew. */
export function namedRefCount(ctx: NormalizeContext): number {
  return ctx.refs.named.size;
}

/** Ask for `name` as the type name of the named ref `key` (a no-op for other keys). */
export function preferRefName(ctx: NormalizeContext, key: string, name: string): void {
  if (!isRefKey(key)) return;
  const names = ctx.refs.names;
  if (!names.has(key)) names.set(key, name);
}

/** The name a caller asked for, if any. */
export function preferredRefName(ctx: NormalizeContext, ref: string): string | undefined {
  return ctx.refs.names.get(refKey(ref));
}

/** JSON Schema keywords that only hold subschemas: not part of a name. */
const STRUCTURAL = new Set([
  'components',
  'schemas',
  'definitions',
  '$defs',
  'properties',
  'items',
  'additionalProperties',
  'patternProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'prefixItems',
  'content',
  'schema',
  'paths',
  'responses',
  'requestBody',
  'parameters',
]);

/** A name for the type: the pointer's meaningful segments, the last three at most (`PushOption` `pushOptionProperty`). */
export function refTypeStem(ref: string): string[] {
  const words = fromPointer(ref).filter((s) => !STRUCTURAL.has(s) && !/^\d+$/.test(s));
  return words.slice(-3);
}

/**
 * Judges `ref` and every inline ref it reaches: recursive when it lies on a
 * cycle of refs that are not components. One walk of strongly connected
 * components (Tarjan's, with an explicit stack), each ref's target walked once
 * per document: a walk from each ref over all it reaches took n² on a chain.
 */
function judgeRecursion(ctx: NormalizeContext, start: string): void {
  const judged = ctx.refs.recursive;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const open: string[] = [];
  const frames: Array<{ ref: string; next: readonly string[]; at: number }> = [];
  const enter = (ref: string) => {
    index.set(ref, index.size);
    low.set(ref, index.size - 1);
    open.push(ref);
    frames.push({ ref, next: inlineRefsIn(resolvePointer(ctx.document, ref)), at: 0 });
  };
  enter(start);
  while (frames.length > 0) {
    const frame = frames.at(-1)!;
    if (frame.at < frame.next.length) {
      const next = frame.next[frame.at++]!;
      // A ref judged already closed its component: no cycle through it comes back here.
      if (judged.has(next)) continue;
      if (!index.has(next)) enter(next);
      else low.set(frame.ref, Math.min(low.get(frame.ref)!, index.get(next)!));
      continue;
    }
    frames.pop();
    const parent = frames.at(-1);
    if (parent) low.set(parent.ref, Math.min(low.get(parent.ref)!, low.get(frame.ref)!));
    if (low.get(frame.ref) !== index.get(frame.ref)) continue;
    const component = open.splice(open.lastIndexOf(frame.ref));
    const cyclic = component.length > 1 || frame.next.includes(frame.ref);
    for (const ref of component) judged.set(ref, cyclic);
  }
}

/** The refs below `node` that are neither components nor other files, each once. */
function inlineRefsIn(node: unknown): string[] {
  const found = new Set<string>();
  // An explicit stack: a document nested thousands deep must not overflow the call stack.
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    const inner = isRaw(value) ? value.$ref : undefined;
    if (typeof inner === 'string') {
      if (inner.startsWith('#') && schemaRefTarget(inner) === undefined) found.add(inner);
      continue;
    }
    for (const child of Object.values(value)) if (typeof child === 'object') stack.push(child);
  }
  return [...found];
}
