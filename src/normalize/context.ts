/** What every normalize function may need: the whole document and ref resolution. */
import { CodegenError, fromPointer, toPointer } from '../diagnostics.js';
import { resolvePointer } from '../load/validate.js';
import type { JsonType } from './all-of.js';
import { refRegistry, type RefRegistry } from './recursive-refs.js';

export type Raw = Record<string, unknown>;

export interface NormalizeContext {
  readonly document: Raw;
  /** True for OpenAPI 3.0.x, whose `nullable` and `exclusiveMinimum` differ from 3.1. */
  readonly is30: boolean;
  /** What this run found of refs that reach themselves (recursive-refs.ts). */
  readonly refs: RefRegistry;
  /** What each `$ref` followed so far comes to: a chain is followed once however often it is used. */
  readonly derefs: Map<string, Raw>;
  /** The JSON types each schema object allows, as the allOf check judged them (all-of.ts). */
  readonly explicitTypes: WeakMap<object, ReadonlySet<JsonType> | undefined>;
  /** How deep inline schemas may nest (less when runtime validation's schemas must type them). */
  readonly maxSchemaDepth?: number | undefined;
}

/** The context of one normalization of `document` (its version read from `openapi` unless given). */
export function normalizeContext(
  document: Raw,
  is30: boolean = String(document.openapi).startsWith('3.0'),
): NormalizeContext {
  return { document, is30, refs: refRegistry(), derefs: new Map(), explicitTypes: new WeakMap() };
}

// A ref is resolved wherever it is used (GitHub's 1,764 distinct refs, many times each): decoded once.
const components = new Map<string, ComponentRef | undefined>();

/** Where a local `$ref` points in `components`: `{ section: 'schemas', name: 'Pet' }`. */
export interface ComponentRef {
  readonly section: string;
  readonly name: string;
}

/** The component a `$ref` names directly (decoded as a fragment, never throwing), or undefined. */
export function componentRef(ref: string): ComponentRef | undefined {
  if (components.has(ref)) return components.get(ref);
  // Bounded: a long watch session sees many specs.
  if (components.size > 100_000) components.clear();
  let found: ComponentRef | undefined;
  if (ref.startsWith('#/')) {
    const [top, section, name, ...rest] = fromPointer(ref);
    if (top === 'components' && section !== undefined && name !== undefined && rest.length === 0)
      found = { section, name };
  }
  components.set(ref, found);
  return found;
}

/** The component key a `$ref` names, when it points at `components.schemas`. */
export function schemaRefTarget(ref: string): string | undefined {
  const target = componentRef(ref);
  return target?.section === 'schemas' && target.name !== '' ? target.name : undefined;
}

/** Follows `$ref`s (parameters, responses, bodies…) to the object they name. */
export function deref(ctx: NormalizeContext, value: unknown): Raw {
  if (!isRaw(value)) return {};
  const first = value.$ref;
  if (typeof first !== 'string') return value;
  // Each ref's end is remembered: a chain of n refs used m times costs n, not n·m.
  const chain = new Set<string>();
  let target: unknown = value;
  for (let ref: unknown = first; typeof ref === 'string'; ref = (target as Raw).$ref) {
    const known = ctx.derefs.get(ref);
    if (known !== undefined) {
      target = known;
      break;
    }
    // Load already reports such cycles with their line; this guards documents built in memory.
    if (chain.has(ref)) throw refCycle([...chain, ref]);
    chain.add(ref);
    target = resolvePointer(ctx.document, ref);
    if (!isRaw(target)) break;
  }
  const end = isRaw(target) ? target : {};
  for (const ref of chain) ctx.derefs.set(ref, end);
  return end;
}

function refCycle(refs: readonly string[]): CodegenError {
  return new CodegenError([
    {
      message: `$ref cycle with no schema in it: ${refs.join(' → ')}`,
      pointer: toPointer(fromPointer(refs.at(-1)!)),
    },
  ]);
}

export function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Whether a 3.0 schema says it may be null: its `nullable`, or the `x-nullable` of Swagger 2.0's
 * tools, which specs converted from 2.0 keep (Presalytics' `created_by` had been typed `string`).
 */
export function saysNullable(ctx: NormalizeContext, raw: Raw): boolean {
  return ctx.is30 && (raw.nullable === true || raw['x-nullable'] === true);
}
