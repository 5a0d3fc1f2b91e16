/**
 * The `body` of a request spec: the runtime body function of the media
 * type's kind, called with the caller's value, so each operation imports only
 * the one it uses. Several media types: the caller's `contentType` picks one.
 */
import type { BodyAlternative, MediaKind, RequestBody } from '../ir/api.js';
import type { Schema } from '../ir/schema.js';
import { stringLiteral, valueLiteral } from './escape.js';

const ENCODERS: Record<MediaKind, string> = {
  json: 'jsonBody',
  form: 'formBody',
  multipart: 'multipartBody',
  text: 'rawBody',
  'event-stream': 'rawBody',
  'json-lines': 'rawBody',
  binary: 'rawBody',
};

/** The media type each body function sends when given none. */
const DEFAULT_TYPES: Partial<Record<MediaKind, string>> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data',
};

/** The runtime body functions a body needs, for the module's imports. */
export function bodyEncoders(body: RequestBody): string[] {
  return [...new Set(body.alternatives.map(encoderOf))];
}

/**
 * The body function of an alternative: its media kind's, but a file under `*\/*` goes as the
 * bytes it is (Apideck's uploads sent a Blob as JSON `{}`), and so does a form that is one
 * string, already encoded (Spoonacular's went as `0=i&1=n&2=g…`, a field per character).
 */
function encoderOf({ mediaType, schema }: BodyAlternative): string {
  return anyTypeFile(mediaType.type, schema) ||
    (mediaType.kind === 'form' && schema.kind === 'string')
    ? 'rawBody'
    : ENCODERS[mediaType.kind];
}

function anyTypeFile(type: string, schema: Schema): boolean {
  return type.includes('*') && schema.kind === 'binary';
}

/**
 * A `Content-Type` header parameter: `access` to the value a raw body goes as (S3's putObject:
 * the object's own type), and `fallback`, the type it declares when not given (Docker's build
 * takes `application/x-tar` where its body says octet-stream).
 */
export interface TypeParameter {
  readonly access: string;
  readonly fallback: string | undefined;
}

/** `params.body` in the request spec; `params` is the access expression (`params?.`). */
export function bodyExpression(
  body: RequestBody,
  params: string,
  typeParameter?: TypeParameter,
): string {
  const value = `${params}body`;
  const given = `${params}contentType`;
  const others = body.alternatives.filter((a) => a !== body.preferred);
  // Bytes under several media types go as the one the caller names: one `rawBody` says it for
  // all (YouTube's upload takes 80 video types, which had made 80 nested branches).
  const raw = typeParameter === undefined ? body.alternatives.filter(goesAsNamed) : [];
  const branched = raw.length > 1 ? others.filter((a) => !raw.includes(a)) : others;
  const last =
    raw.length < 2
      ? bodyCall(body.preferred, value, typeParameter, others.length === 0)
      : raw.includes(body.preferred)
        ? `rawBody(${value}, ${given}, ${stringLiteral(body.preferred.mediaType.type)})`
        : `${given} === undefined || ${given} === ${stringLiteral(body.preferred.mediaType.type)} ? ${bodyCall(body.preferred, value)} : rawBody(${value}, ${given})`;
  return branched.reduceRight(
    (rest, a) =>
      `${given} === ${stringLiteral(a.mediaType.type)} ? ${bodyCall(a, value, typeParameter)} : ${rest}`,
    last,
  );
}

/** A body sent as the bytes it is, under the media type it is declared as (a range is no type). */
function goesAsNamed(alternative: BodyAlternative): boolean {
  return encoderOf(alternative) === 'rawBody' && !alternative.mediaType.type.includes('*');
}

/** `formBody(params.body, { metadata: { style: 'deepObject' } })`: defaults left unsaid. */
function bodyCall(
  alternative: BodyAlternative,
  value: string,
  typeParameter?: TypeParameter,
  /** The body's one media type: a `contentType` the caller chose among several stays theirs. */
  lone = false,
): string {
  const { type, kind } = alternative.mediaType;
  const encoder = encoderOf(alternative);
  if (encoder === 'rawBody') {
    const own = anyTypeFile(type, alternative.schema)
      ? 'application/octet-stream'
      : sentType(alternative.mediaType);
    // A parameter's default that is a range names no type either (red team: `text/*`).
    const declared = typeParameter?.fallback;
    const fallback = declared === undefined || declared.includes('*') ? own : declared;
    const sent = stringLiteral(fallback);
    // Bytes of any kind (GitHub's release asset), or of a range (`image/*`), go as the Blob
    // says it is, else as the fallback.
    if ((lone && fallback === 'application/octet-stream') || type.includes('*'))
      return `rawBody(${value}, ${typeParameter?.access ?? 'undefined'}, ${sent})`;
    return `rawBody(${value}, ${typeParameter ? `${typeParameter.access} ?? ` : ''}${sent})`;
  }
  const sent = sentType(alternative.mediaType);
  const given = sent === DEFAULT_TYPES[kind] ? [] : [stringLiteral(sent)];
  // A Content-Type parameter of a body of one JSON type says its version (`application/json;v=1`);
  // an empty one is none.
  if (kind === 'json' && typeParameter && lone)
    return `jsonBody(${value}, ${typeParameter.access} || ${stringLiteral(typeParameter.fallback ?? sent)})`;
  if (kind === 'json') return `jsonBody(${[value, ...given].join(', ')})`;
  // formBody and multipartBody: (value, encodings?, contentType?)
  const encodings = alternative.encoding ? [valueLiteral(alternative.encoding)] : [];
  const args = given.length > 0 ? [value, encodings[0] ?? '{}', ...given] : [value, ...encodings];
  return `${encoder}(${args.join(', ')})`;
}

/**
 * The media type a body goes as: a range names none. JSON under a declared wildcard
 * (`application/*+json`, any type) goes as JSON, text under `text/*` as plain text (Seldon's
 * `predict` had sent `Content-Type: text/*`), a structured suffix as its syntax
 * (`application/*+xml` as XML), and bytes under any other range as octet-stream.
 */
export function sentType({ type, kind }: { type: string; kind: MediaKind }): string {
  if (!type.includes('*')) return type;
  if (kind === 'json') return 'application/json';
  // A structured suffix names its syntax: `application/*+xml` goes as XML (red team).
  const suffix = /^\s*[\w.-]+\/\*\+([\w.-]+)/.exec(type)?.[1];
  if (suffix !== undefined) return `application/${suffix.toLowerCase()}`;
  return /^\s*text\//i.test(type) ? 'text/plain' : 'application/octet-stream';
}
