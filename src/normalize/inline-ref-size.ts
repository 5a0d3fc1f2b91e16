/**
 * Inline `$ref`s (to schemas that are not components) are copied where they
 * are used, so a few kilobytes of schemas that each use the next one twice
 * stand for 2^depth copies: a resource exhaustion attack like YAML's "billion
 * laughs". What each ref repeats is counted once, before it is copied, and a
 * run that would copy more than an allowance is refused.
 */
import { isRaw, schemaRefTarget, type NormalizeContext } from './context.js';
import { COPY_ALLOWANCE } from '../load/node-count.js';
import { resolvePointer } from '../load/validate.js';

/** Counts what inlining `ref` copies against the run's allowance: what is wrong once past it. */
export function chargeInlining(ctx: NormalizeContext, ref: string): string | undefined {
  const sizes = ctx.refs.sizes;
  const size = inlinedSize(ctx, ref, sizes, new Set());
  ctx.refs.inlined = Math.min(ctx.refs.inlined + size, Number.MAX_SAFE_INTEGER);
  if (ctx.refs.inlined <= COPY_ALLOWANCE) return undefined;
  return `inline $refs repeat more than ${COPY_ALLOWANCE.toLocaleString('en-US')} schema nodes ($ref "${ref}" alone ${size.toLocaleString('en-US')}); refused as a resource exhaustion attack: name the shared schemas under components/schemas`;
}

/**
 * The nodes a copy of `ref`'s target holds once every inline ref in it is
 * copied too; each ref counted once (`sizes`), a ref back to one being
 * counted (`open`: recursive, so named, not copied) as one node.
 */
function inlinedSize(
  ctx: NormalizeContext,
  ref: string,
  sizes: Map<string, number>,
  open: Set<string>,
): number {
  const known = sizes.get(ref);
  if (known !== undefined) return known;
  if (open.has(ref)) return 1;
  open.add(ref);
  let total = 0;
  // An explicit stack within one target: only refs recurse, and normalize nests them 160 deep at most.
  const stack: unknown[] = [resolvePointer(ctx.document, ref)];
  while (stack.length > 0 && total < Number.MAX_SAFE_INTEGER) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const inner = isRaw(node) ? node.$ref : undefined;
    if (
      typeof inner === 'string' &&
      inner.startsWith('#') &&
      schemaRefTarget(inner) === undefined
    ) {
      total += open.size > MAX_OPEN ? 1 : inlinedSize(ctx, inner, sizes, open);
      continue;
    }
    total++;
    for (const value of Object.values(node)) if (typeof value === 'object') stack.push(value);
  }
  open.delete(ref);
  total = Math.min(total, Number.MAX_SAFE_INTEGER);
  sizes.set(ref, total);
  return total;
}

/** Refs within refs deeper than normalize nests schemas are refused there; the count stops following them. */
const MAX_OPEN = 200;
