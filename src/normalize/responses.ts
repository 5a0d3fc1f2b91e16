/** OpenAPI Responses Object → success response, error responses, Accept. https://spec.openapis.org/oas/v3.1.0#responses-object */
import { answersBytes, answersText, type MediaType, type Response } from '../ir/api.js';
import { asString, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { describedMediaType, isMediaType, mediaType, mediaTypeKeys } from './media-type.js';
import { normalizeSchema } from './schema.js';

export interface NormalizedResponses {
  readonly success?: Response;
  /**
   * Every 2xx response, in status order (several bodies make a union), and a redirect beside
   * an empty 202 (its target's body is unknown).
   */
  readonly successes: Response[];
  readonly errors: Response[];
  readonly accept?: string;
}

export function normalizeResponses(
  ctx: NormalizeContext,
  value: unknown,
  method: string,
): NormalizedResponses {
  const responses = Object.entries(isRaw(value) ? value : {}).map(([status, raw]) =>
    normalizeResponse(ctx, status, raw),
  );
  const successes = responses
    .filter((r) => /^2/.test(r.status) || r === defaultSuccess(responses))
    // By code point: a locale's collation would load ICU, and could order differently elsewhere.
    .sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
  // The SDK follows a redirect, so the body is whatever its Location serves. Box's download
  // answers 202 while the file is not ready, else 302 to the bytes: the call's result is then
  // `unknown`, not the `void` of an empty 202. (GitHub's 204 beside a 307 is a repository
  // that moved, whose answer is the same empty 204.)
  const redirect = responses.find((r) => /^30[12378]$/.test(r.status));
  if (
    redirect !== undefined &&
    successes.length > 0 &&
    successes.every(
      (r) => r.status === '202' && r.schema === undefined && r.described === undefined,
    )
  )
    successes.push({ ...redirect, schema: { kind: 'unknown' } });
  // Every other status throws, a 304 too (The Blue Alliance's and GitHub's, answering an
  // `If-None-Match`): only the redirects the SDK follows are no error.
  const errors = responses.filter(
    (r) => !/^(?:[12]|30[12378]$|3XX$)/i.test(r.status) && r !== defaultSuccess(responses),
  );
  const accept = acceptHeader(responses);
  const files = method.toLowerCase() === 'get' ? asFiles(successes, responses) : successes;
  const success = files.find((r) => r.schema !== undefined) ?? files[0];
  return {
    ...(success && { success }),
    successes: files,
    errors,
    ...(accept && { accept }),
  };
}

/**
 * The successes of a GET the spec gives no content, where every body the operation declares is a
 * file: the file they answer. DRACOON's downloads say only their errors'
 * `application/octet-stream` (springdoc writes what an operation produces on each response that
 * has a schema): read as they came, a JSON file had lost its digits to parsing and a Latin-1 one
 * its letters. Not a success that says it has no body (a 202 "not ready yet", a 204), nor beside
 * one that declares its own (red team: a 202 had become an empty image), nor a HEAD, a POST or
 * a DELETE (a Swagger 2.0 `produces` says it of every operation).
 */
function asFiles(successes: Response[], responses: readonly Response[]): Response[] {
  const declared = responses.flatMap((r) => r.mediaTypes);
  const file = declared[0];
  if (
    file === undefined ||
    !declared.every((m) => m.kind === 'binary') ||
    successes.some((r) => r.mediaTypes.length > 0)
  )
    return successes;
  return successes.map((r) =>
    /^(?:20[036]|2XX)$/.test(r.status) ? { ...r, mediaTypes: [file], described: file } : r,
  );
}

/**
 * The `default` response of an operation that declares no other success or redirect, unless it
 * says it is an error: the success, as its author meant. Springfox writes such a `default`
 * ("Success", XTRF's 183 operations): read as an error, its DTO typed every error's body and
 * the result was `unknown`. One that says "Unexpected error" stays an error.
 */
function defaultSuccess(responses: readonly Response[]): Response | undefined {
  if (responses.some((r) => /^[23]/.test(r.status))) return undefined;
  const fallback = responses.find((r) => r.status === 'DEFAULT');
  // Nor one whose body is named as an error (red team: an empty description beside `Error`;
  // Weatherbit's "No Data.").
  const target = fallback?.schema?.kind === 'ref' ? fallback.schema.target : '';
  // Words, not letters: an `InvalidationList` is no error (red team).
  const named = target
    .split('/')
    .pop()!
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return fallback && !ERROR_WORDS.test(fallback.description) && !ERROR_WORDS.test(named)
    ? fallback
    : undefined;
}

const ERROR_WORDS =
  /\b(?:errors?|unexpected|fail(?:s|ed|ure)?|problems?|invalid|exceptions?|faults?)\b/i;

function normalizeResponse(ctx: NormalizeContext, status: string, value: unknown): Response {
  const raw = deref(ctx, value);
  const content = isRaw(raw.content) ? raw.content : {};
  const mediaTypes = mediaTypeKeys(content).map(mediaType);
  const hasSchema = (m: MediaType) =>
    isRaw(content[m.type]) && (content[m.type] as Raw).schema !== undefined;
  const json = describedMediaType(mediaTypes, (m) => m, hasSchema);
  // A file first, and JSON of no type after it, is a download: Orthanc's `application/dicom`
  // beside `application/dicom+json` had been asked for last and typed `unknown`.
  const [first] = mediaTypes;
  const typed = (m: MediaType) =>
    hasSchema(m) && normalizeSchema(ctx, (content[m.type] as Raw).schema).kind !== 'unknown';
  const described =
    json?.kind === 'json' && first?.kind === 'binary' && !typed(json) ? first : json;
  const media = described === undefined ? undefined : content[described.type];
  const events =
    described?.kind === 'json' ? mediaTypes.find((m) => m.kind === 'event-stream') : undefined;
  const eventMedia = events === undefined ? undefined : content[events.type];
  const lines =
    described?.kind === 'json' ? mediaTypes.find((m) => m.kind === 'json-lines') : undefined;
  const linesSchema = lines && (content[lines.type] as Raw | undefined)?.schema;
  return {
    status: status.toUpperCase(),
    description: asString(raw.description) ?? '',
    mediaTypes,
    ...(described && { described }),
    ...(isRaw(media) &&
      media.schema !== undefined && { schema: normalizeSchema(ctx, media.schema) }),
    ...(events && {
      events:
        isRaw(eventMedia) && eventMedia.schema !== undefined
          ? { schema: normalizeSchema(ctx, eventMedia.schema) }
          : {},
    }),
    // Kubernetes gives a list's watch the list's own schema, though each line is an event: the
    // same schema as the JSON form's says nothing of a line.
    ...(lines && {
      lines:
        isRaw(linesSchema) && !sameSchema(linesSchema, isRaw(media) ? media.schema : undefined)
          ? { schema: normalizeSchema(ctx, linesSchema) }
          : {},
    }),
  };
}

function sameSchema(a: unknown, b: unknown): boolean {
  try {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false; // a YAML alias made it a cycle
  }
}

/**
 * Every declared media type, those the types describe first and the others at
 * q=0.1, so a server that can choose answers in the form the return type says; where the call
 * reads every success alike (a Blob, or text), each of their forms at full weight instead.
 */
function acceptHeader(responses: readonly Response[]): string | undefined {
  const successes = responses.filter((r) => /^2/.test(r.status));
  const answered = new Set(successes.flatMap((r) => r.mediaTypes.map((m) => m.type)));
  const described = (list: readonly Response[]) =>
    list.flatMap((r) => (r.described ? [r.described.type] : []));
  // An error's type is no preference among a success's forms: VA's JSON errors had put the JSON
  // form of its GeoJSON facilities beside it at full weight, and a server answered the untyped one.
  const preferred = new Set(
    alikeForms(successes) ?? [
      ...described(successes),
      ...described(responses.filter((r) => !successes.includes(r))).filter((t) => !answered.has(t)),
    ],
  );
  const others = new Set(
    responses.flatMap((r) => r.mediaTypes.map((m) => m.type)).filter((t) => !preferred.has(t)),
  );
  const first = new Set([...preferred].map(range));
  // A range said at full weight is not said again below it (`*/*, */*;q=0.1`).
  const below = new Set([...others].map(range).filter((t) => !first.has(t)));
  const all = [...first, ...[...below].map((t) => `${t};q=0.1`)];
  return all.length > 0 ? all.join(', ') : undefined;
}

/**
 * A key that names no media type (Telnyx's `*`, Truora's `PDF`) as the range that admits
 * whatever it stands for: `Accept: *` is no range, and a strict server answers it 406.
 */
function range(type: string): string {
  return isMediaType(type) ? type : '*/*';
}

/**
 * The successes' forms the call reads alike, in the spec's order: all of them where it reads a
 * Blob, the text ones where it reads text; none where it parses the JSON it types. The caller
 * chooses among them (linqr.app's QR codes by the body's `output.format`, QuickChart's by
 * `format`), so none goes first at a higher weight, where a server that negotiates would answer
 * it whatever was asked for. An error's form comes below them for the same reason (linqr's JSON
 * errors had outranked its SVG), yet stays listed, at q=0.1: a server that checks Accept before
 * answering an error would otherwise send a 406 in its place.
 */
function alikeForms(successes: readonly Response[]): string[] | undefined {
  const bodies = successes.filter((r) => r.mediaTypes.length > 0);
  if (bodies.length === 0) return undefined;
  const forms = bodies.flatMap((r) => r.mediaTypes);
  if (bodies.every(answersBytes)) return forms.map((m) => m.type);
  if (bodies.every(answersText)) return forms.filter((m) => m.kind === 'text').map((m) => m.type);
  return undefined;
}
