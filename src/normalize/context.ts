/** What every normalize function may need: the whole document and ref resolution. */
import { CodegenError, fromPointer, toPointer } from '../diagnostics.js';
import { resolvePointer } from '../load/validate.js';
import { refRegistry, type RefRegistry } from './recursive-refs.js';

export type Raw = Record<string, unknown>;

export interface NormalizeContext {
  readonly document: Raw;
  /** True for OpenAPI 3.0.x, whose `nullable` and `exclusiveMinimum` differ from 3.1. */
  readonly is30: boolean;
  /** What this run found of refs that reach themselves (recursive-refs.ts). */
  readonly refs: RefRegistry;
}

/** The context of one normalization of `document` (its version read from `openapi` unless given). */
export function normalizeContext(
  document: Raw,
  is30: boolean = String(document.openapi).startsWith('3.0'),
): NormalizeContext {
  return { document, is30, refs: refRegistry() };
}

/** The component key a `$ref` names, when it points at `components.schemas` (decoded as a fragment, never throwing). */
export function schemaRefTarget(ref: string): string | undefined {
  if (!ref.startsWith('#/')) return undefined;
  const [top, kind, name, ...rest] = fromPointer(ref);
  return top === 'components' &&
    kind === 'schemas' &&
    name !== undefined &&
    name !== '' &&
    rest.length === 0
    ? name
    : undefined;
}

/** Follows `$ref`s (parameters, responses, bodies…) to the object they name. */
export function deref(ctx: NormalizeContext, value: unknown, seen?: ReadonlySet<string>): Raw {
  if (!isRaw(value)) return {};
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  // Load already reports such cycles with their line; this guards documents built in memory.
  if (seen?.has(ref))
    throw new CodegenError([
      {
        message: `$ref cycle with no schema in it: ${[...seen, ref].join(' → ')}`,
        pointer: toPointer(fromPointer(ref)),
      },
    ]);
  // The set of refs followed is made only when there is a ref to follow (most values are none).
  return deref(ctx, resolvePointer(ctx.document, ref), new Set([...(seen ?? []), ref]));
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
