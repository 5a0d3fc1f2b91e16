/** OpenAPI Request Body Object → IR. https://spec.openapis.org/oas/v3.1.0#request-body-object */
import type { RequestBody } from '../ir/api.js';
import { asString, deref, isRaw, type NormalizeContext } from './context.js';
import { isJsonMediaType } from './media-type.js';
import { normalizeSchema } from './schema.js';

export function normalizeRequestBody(
  ctx: NormalizeContext,
  value: unknown,
): RequestBody | undefined {
  if (value === undefined) return undefined;
  const raw = deref(ctx, value);
  const content = isRaw(raw.content) ? raw.content : {};
  const mediaTypes = Object.keys(content);
  const mediaType = mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
  if (mediaType === undefined) return undefined;
  const description = asString(raw.description);
  const schemaOf = (type: string) => {
    const media = content[type];
    return normalizeSchema(ctx, isRaw(media) ? media.schema : undefined);
  };
  const media = content[mediaType];
  const encoding = isRaw(media) && isRaw(media.encoding) ? media.encoding : {};
  const partTypes = Object.fromEntries(
    Object.entries(encoding).flatMap(([part, e]) =>
      isRaw(e) && typeof e.contentType === 'string' ? [[part, e.contentType]] : [],
    ),
  );
  return {
    mediaType,
    ...(Object.keys(partTypes).length > 0 && { partTypes }),
    required: raw.required === true,
    ...(description !== undefined && { description }),
    alternatives: mediaTypes.map((type) => ({ mediaType: type, schema: schemaOf(type) })),
  };
}
