/**
 * The document's operations, walked once: every stage that asks about all of them (the
 * operations normalized, the path index of names, the schemes required, the `Link` headers)
 * reads this one list. Path items that are `$ref`s (3.1's `components.pathItems`) are read
 * through: their operations had been left out of the SDK without a word.
 */
import { fromPointer } from '../diagnostics.js';
import { PATH_ITEM_METHODS } from '../ir/api.js';
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
      // A chain of path-item refs is located at its first target: rare, and near enough.
      const ref = isRaw(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
      const itemAt = ref?.startsWith('#') ? fromPointer(ref) : ['paths', path];
      return PATH_ITEM_METHODS.filter((method) => isRaw(pathItem[method])).map((method) => ({
        path,
        method,
        pathItem,
        operation: pathItem[method] as Raw,
        at: [...itemAt, method],
      }));
    });
    inputsOf.set(ctx.document, inputs);
  }
  return inputs;
}
