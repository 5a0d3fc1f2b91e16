/** OpenAPI Request Body Object → IR. https://spec.openapis.org/oas/v3.1.0#request-body-object */
import type { BodyAlternative, PropertyEncoding, RequestBody } from '../ir/api.js';
import { asString, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { mediaType } from './media-type.js';
import { normalizeSchema } from './schema.js';

const STYLES: ReadonlyArray<PropertyEncoding['style']> = [
  'form',
  'spaceDelimited',
  'pipeDelimited',
  'deepObject',
];

export function normalizeRequestBody(
  ctx: NormalizeContext,
  value: unknown,
): RequestBody | undefined {
  if (value === undefined) return undefined;
  const raw = deref(ctx, value);
  const content = isRaw(raw.content) ? raw.content : {};
  const alternatives = Object.keys(content).map((type) =>
    normalizeAlternative(ctx, type, content[type]),
  );
  const preferred = alternatives.find((a) => a.mediaType.kind === 'json') ?? alternatives[0];
  if (preferred === undefined) return undefined;
  const description = asString(raw.description);
  return {
    preferred,
    required: raw.required === true,
    ...(description !== undefined && { description }),
    alternatives,
  };
}

function normalizeAlternative(
  ctx: NormalizeContext,
  type: string,
  media: unknown,
): BodyAlternative {
  const alternative: BodyAlternative = {
    mediaType: mediaType(type),
    schema: normalizeSchema(ctx, isRaw(media) ? media.schema : undefined),
  };
  const { kind } = alternative.mediaType;
  if (kind === 'multipart' && isRaw(media) && !namesFields(deref(ctx, media.schema)))
    return { ...alternative, formData: true as const };
  if ((kind !== 'form' && kind !== 'multipart') || !isRaw(media) || !isRaw(media.encoding))
    return alternative;
  const encoding = normalizeEncoding(media.encoding);
  return Object.keys(encoding).length > 0 ? { ...alternative, encoding } : alternative;
}

/** OpenAPI Encoding Objects by property name (null-prototype: the names are spec text). */
function normalizeEncoding(raw: Raw): Record<string, PropertyEncoding> {
  const encoding: Record<string, PropertyEncoding> = Object.create(null);
  for (const [property, value] of Object.entries(raw)) {
    if (!isRaw(value)) continue;
    const style = STYLES.find((s) => s === value.style);
    const entry: PropertyEncoding = {
      ...(typeof value.contentType === 'string' && { contentType: value.contentType }),
      ...(style !== undefined && { style }),
      ...(typeof value.explode === 'boolean' && { explode: value.explode }),
    };
    if (Object.keys(entry).length > 0) encoding[property] = entry;
  }
  return encoding;
}

/** Whether a schema can be an object of fields (or says nothing), rather than one value. */
function namesFields(schema: Raw): boolean {
  const { type } = schema;
  if (typeof type === 'string') return type === 'object';
  return !Array.isArray(type) || type.includes('object');
}
