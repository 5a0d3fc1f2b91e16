/**
 * OpenAPI 3.1 `webhooks` (and `x-webhooks`, their 3.0 spelling in GitHub's, Apideck's and
 * Redocly's specs) → the payload each one delivers. An API's users write the endpoint these
 * reach; the SDK types what arrives there. https://spec.openapis.org/oas/v3.1.0#oasWebhooks
 */
import { PATH_ITEM_METHODS, type Webhook } from '../ir/api.js';
import { directRefs } from '../ir/refs.js';
import { asString, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { normalizeRequestBody } from './request-body.js';
import { UnprintableSchemaError } from './schema.js';

/** Where webhooks are written, the standard's place first: a name in both is the standard's. */
const PLACES = ['webhooks', 'x-webhooks'] as const;

/**
 * Each webhook with a payload, in the order written. `located` runs one normalization, its
 * problems collected at the webhook's place; `known` says whether a component exists (the
 * refs of `x-webhooks`, an extension, are checked by no one else).
 */
export function normalizeWebhooks(
  ctx: NormalizeContext,
  located: (at: readonly string[], run: () => Webhook | undefined) => Webhook | undefined,
  known: (component: string) => boolean,
): Webhook[] {
  const hooks = new Map<string, Webhook>();
  for (const place of PLACES) {
    const written = ctx.document[place];
    if (!isRaw(written)) continue;
    for (const [name, value] of Object.entries(written)) {
      if (hooks.has(name)) continue;
      const hook = located([place, name], () => {
        // The loader follows refs where OpenAPI allows them, which an extension is not (red
        // team: another file's schema had been `unknown`, without a word).
        const outside = place === 'x-webhooks' ? externalRef(value) : undefined;
        if (outside !== undefined)
          throw new UnprintableSchemaError(
            `$ref ${JSON.stringify(outside)} is outside the document, which x-webhooks (an extension) cannot reach: bundle it, or use OpenAPI 3.1's webhooks`,
          );
        const found = webhook(ctx, name, deref(ctx, value));
        const missing = found && [...directRefs(found.payload)].find((target) => !known(target));
        if (missing !== undefined)
          throw new UnprintableSchemaError(
            `the payload of webhook ${JSON.stringify(name)} refers to ${JSON.stringify(missing)}, which is no schema of components/schemas`,
          );
        return found;
      });
      if (hook !== undefined) hooks.set(name, hook);
    }
  }
  return [...hooks.values()];
}

/** The first `$ref` below `value` that does not point into the document itself. */
function externalRef(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) return ref;
    for (const child of Object.values(node)) stack.push(child);
  }
  return undefined;
}

/** The operation a webhook sends (its POST, else the first with a body), and its payload. */
function webhook(ctx: NormalizeContext, name: string, pathItem: Raw): Webhook | undefined {
  const methods = ['post', ...PATH_ITEM_METHODS.filter((m) => m !== 'post')];
  for (const method of methods) {
    const operation = pathItem[method];
    if (!isRaw(operation) || operation.requestBody === undefined) continue;
    const body = normalizeRequestBody(ctx, operation.requestBody);
    if (body === undefined) continue;
    const summary = asString(operation.summary) ?? asString(pathItem.summary);
    const description = asString(operation.description) ?? asString(pathItem.description);
    return {
      name,
      ...(summary !== undefined && { summary }),
      ...(description !== undefined && { description }),
      ...(operation.deprecated === true && { deprecated: true as const }),
      payload: body.preferred.schema,
    };
  }
  return undefined;
}
