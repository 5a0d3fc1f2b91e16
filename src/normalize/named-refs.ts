/**
 * Named schemas for the recursive inline refs met while normalizing (see
 * recursive-refs.ts): each normalized once, named after its pointer.
 */
import type { NamedSchema } from '../ir/api.js';
import { pascalCase, type NameRegistry } from '../ir/naming.js';
import { resolvePointer } from '../load/validate.js';
import type { NormalizeContext } from './context.js';
import { preferredRefName, refKey, refTypeStem, takeNamedRefs } from './recursive-refs.js';
import { normalizeNamedSchema } from './schema.js';

/** Every ref asked for since the last call, and those its schemas ask for in turn. */
export function namedRefSchemas(
  ctx: NormalizeContext,
  names: NameRegistry,
  run: (ref: string, normalize: () => NamedSchema) => NamedSchema | undefined,
): NamedSchema[] {
  const named: NamedSchema[] = [];
  for (let refs = takeNamedRefs(ctx); refs.length > 0; refs = takeNamedRefs(ctx))
    for (const ref of refs) {
      const schema = run(ref, () => ({
        key: refKey(ref),
        typeName: names.claim(preferredRefName(ctx, ref) ?? pascalCase(refTypeStem(ref).join(' '))),
        schema: normalizeNamedSchema(ctx, resolvePointer(ctx.document, ref)),
      }));
      if (schema !== undefined) named.push(schema);
    }
  return named;
}
