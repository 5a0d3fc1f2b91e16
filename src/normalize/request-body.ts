/** OpenAPI Request Body Object → IR. https://spec.openapis.org/oas/v3.1.0#request-body-object */
import type { BodyAlternative, PropertyEncoding, RequestBody } from '../ir/api.js';
import { asString, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { describedMediaType, mediaType, mediaTypeKeys } from './media-type.js';
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
  const declared = mediaTypeKeys(content);
  const offersMultipart = declared.some((type) => mediaType(type).kind === 'multipart');
  const alternatives = declared.map((type) => {
    const media = content[type];
    // A file cannot be form-urlencoded: such a body goes as multipart, the form it needs.
    return mediaType(type).kind === 'form' &&
      !offersMultipart &&
      isRaw(media) &&
      carriesFile(ctx, deref(ctx, media.schema))
      ? { ...normalizeAlternative(ctx, 'multipart/form-data', media), declaredType: type }
      : normalizeAlternative(ctx, type, media);
  });
  // A JSON Patch is a list of operations: Kubernetes lists it first beside merge patches, whose
  // body is the object its `Patch` schema describes (and the SDK sent it as a JSON Patch).
  const jsonPatch = (a: BodyAlternative) =>
    /^\s*application\/json-patch\+json\s*(;|$)/i.test(a.mediaType.type);
  // A file cannot go as JSON (Motaword's profile picture went as `{}`): where the spec offers
  // multipart beside it, with fields of its own, multipart is the default (red team: not an
  // untyped one, which had left the call's body `unknown`).
  const describedMultipart = alternatives.some(
    (a) => a.mediaType.kind === 'multipart' && a.schema.kind !== 'unknown',
  );
  const fileAsJson = new Set(
    alternatives.filter((a, i) => {
      const media = content[declared[i]!];
      return (
        describedMultipart &&
        a.mediaType.kind === 'json' &&
        isRaw(media) &&
        carriesFile(ctx, deref(ctx, media.schema))
      );
    }),
  );
  // Of Gmail's 20 `message/*` types, `message/cpim` came first and went with every message sent:
  // an Internet message is `message/rfc822`.
  const rfc822 = (a: BodyAlternative) => /^\s*message\/rfc822\s*(;|$)/i.test(a.mediaType.type);
  const ordered = [
    ...alternatives.filter(rfc822),
    ...alternatives.filter((a) => !jsonPatch(a) && !rfc822(a)),
    ...alternatives.filter(jsonPatch),
  ];
  const described = (items: readonly BodyAlternative[]) =>
    describedMediaType(
      items,
      (a) => a.mediaType,
      (a) => a.schema.kind !== 'unknown',
    );
  const preferred = described(ordered.filter((a) => !fileAsJson.has(a))) ?? described(ordered);
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
  if (kind === 'multipart' && isRaw(media) && !namesFields(ctx, deref(ctx, media.schema)))
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

/** Whether an object's fields (its own, or its `allOf` parts') hold a file, or a list of files. */
function carriesFile(ctx: NormalizeContext, schema: Raw, depth = 0): boolean {
  if (depth > 8) return false;
  // A list of lists is read 8 deep: a list of itself must not recurse forever.
  const isFile = (value: unknown, nesting = 0): boolean => {
    const field = deref(ctx, value);
    return (
      field.format === 'binary' ||
      (field.type === 'array' && nesting < 8 && isFile(field.items, nesting + 1))
    );
  };
  const properties = isRaw(schema.properties) ? Object.values(schema.properties) : [];
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  return (
    properties.some(isFile) || parts.some((part) => carriesFile(ctx, deref(ctx, part), depth + 1))
  );
}

/**
 * Whether a schema can be an object of fields (or says nothing of its type), rather than
 * one value: a binary, a string, a list, or a choice among such.
 */
function namesFields(ctx: NormalizeContext, schema: Raw, depth = 0): boolean {
  const { type } = schema;
  if (typeof type === 'string') return type === 'object';
  if (Array.isArray(type)) return type.includes('object');
  if ('properties' in schema || 'additionalProperties' in schema || 'patternProperties' in schema)
    return true;
  if (depth > 8) return true;
  const parts = (key: string) =>
    Array.isArray(schema[key]) ? (schema[key] as unknown[]).map((p) => deref(ctx, p)) : undefined;
  const all = parts('allOf');
  if (all) return all.every((p) => namesFields(ctx, p, depth + 1));
  const choices = parts('oneOf') ?? parts('anyOf');
  if (choices) return choices.every((p) => namesFields(ctx, p, depth + 1));
  return schema.format !== 'binary';
}
