/** OpenAPI Responses Object → success response, error responses, Accept. https://spec.openapis.org/oas/v3.1.0#responses-object */
import type { Response } from '../ir/api.js';
import { asString, deref, isRaw, type NormalizeContext } from './context.js';
import { isJsonMediaType } from './media-type.js';
import { normalizeSchema } from './schema.js';

export interface NormalizedResponses {
  readonly success?: Response;
  /** Every 2xx response, in status order (several bodies make a union). */
  readonly successes: Response[];
  readonly errors: Response[];
  readonly accept: string[];
}

export function normalizeResponses(ctx: NormalizeContext, value: unknown): NormalizedResponses {
  const responses = Object.entries(isRaw(value) ? value : {}).map(([status, raw]) =>
    normalizeResponse(ctx, status, raw),
  );
  const successes = responses
    .filter((r) => /^2/.test(r.status))
    .sort((a, b) => a.status.localeCompare(b.status));
  const errors = responses.filter((r) => !/^[123]/.test(r.status));
  const accept = [...new Set(responses.flatMap((r) => r.mediaTypes))];
  const success = successes.find((r) => r.schema !== undefined) ?? successes[0];
  return { ...(success && { success }), successes, errors, accept };
}

function normalizeResponse(ctx: NormalizeContext, status: string, value: unknown): Response {
  const raw = deref(ctx, value);
  const content = isRaw(raw.content) ? raw.content : {};
  const mediaTypes = Object.keys(content);
  const typed = mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
  const media = typed === undefined ? undefined : content[typed];
  return {
    status: status.toUpperCase(),
    description: asString(raw.description) ?? '',
    mediaTypes,
    ...(isRaw(media) &&
      media.schema !== undefined && { schema: normalizeSchema(ctx, media.schema) }),
  };
}
