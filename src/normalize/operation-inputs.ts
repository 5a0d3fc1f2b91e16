/**
 * The document's operations, walked once: every stage that asks about all of them (the
 * operations normalized, the path index of names, the schemes required, the `Link` headers)
 * reads this one list. Path items that are `$ref`s (3.1's `components.pathItems`) are read
 * through: their operations had been left out of the SDK without a word.
 */
import { fromPointer } from '../diagnostics.js';
import { PATH_ITEM_METHODS } from '../ir/api.js';
import { resolvePointer } from '../load/validate.js';
import { deref, isRaw, type NormalizeContext, type Raw } from './context.js';

export interface OperationInput {
  readonly path: string;
  readonly method: string;
  /** The path item, its `$ref` followed: its `parameters` are the operation's too. */
  readonly pathItem: Raw;
  readonly operation: Raw;
  /** Where the operation is written: under `paths`, or where its path item's `$ref` points. */
  readonly at: readonly string[];
}

const inputsOf = new WeakMap<Raw, readonly OperationInput[]>();

export function operationInputs(ctx: NormalizeContext): readonly OperationInput[] {
  let inputs = inputsOf.get(ctx.document);
  if (inputs === undefined) {
    const paths = isRaw(ctx.document.paths) ? ctx.document.paths : {};
    inputs = Object.entries(paths).flatMap(([path, value]) => {
      const pathItem = deref(ctx, value);
      return PATH_ITEM_METHODS.filter((method) => isRaw(pathItem[method])).map((method) => ({
        path,
        method,
        pathItem,
        operation: pathItem[method] as Raw,
        at: [...writtenAt(ctx, value, path), method],
      }));
    });
    inputsOf.set(ctx.document, inputs);
  }
  return inputs;
}

/** Where a path item is written: at the end of its chain of `$ref`s (which `deref` checks). */
function writtenAt(ctx: NormalizeContext, value: unknown, path: string): string[] {
  let at = ['paths', path];
  let node = value;
  for (let step = 0; step < 32 && isRaw(node) && typeof node.$ref === 'string'; step++) {
    if (!node.$ref.startsWith('#')) break;
    at = fromPointer(node.$ref);
    node = resolvePointer(ctx.document, node.$ref);
  }
  return at;
}
