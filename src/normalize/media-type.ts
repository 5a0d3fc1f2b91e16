/**
 * Media types, classified once into the closed `MediaKind` the emitter and the
 * runtime switch on. The runtime classifies a response's actual `Content-Type`
 * with the same rules (templates/runtime/media-kind.ts; a test holds them equal).
 */
import type { MediaKind, MediaType } from '../ir/api.js';

export function mediaKind(type: string): MediaKind {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  // `text/json` (ASP.NET's) and a declared `application/*+json` are JSON too.
  const json =
    /^(?:application|text)\/(?:[\w.*-]+[+-])?json(?:-[\d.]+)?$/.test(essence) || essence === '*/*';
  // JSON values one per line, or a Kubernetes watch: a stream read as it comes.
  if (JSON_LINES.test(essence) || (json && /;\s*stream\s*=\s*watch\s*(?:;|$)/i.test(type)))
    return 'json-lines';
  if (json) return 'json';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  // Mastodon's `application/form-data`, a misspelling: its uploads went as raw bytes.
  if (essence === 'multipart/form-data' || essence === 'application/form-data') return 'multipart';
  if (essence === 'text/event-stream') return 'event-stream';
  // YAML (Kubernetes' 1,206 responses), JavaScript, Turtle and CSV (Velo's `application/csv`
  // exports had resolved to a Blob) are text too, whatever their prefix.
  if (
    essence.startsWith('text/') ||
    /^application\/(?:[\w.-]+\+|x-)?(?:xml|yaml|javascript|turtle|csv)$/.test(essence)
  )
    return 'text';
  return 'binary';
}

/** NDJSON, JSON Lines, RFC 7464's JSON text sequences and the like. */
const JSON_LINES =
  /^application\/(?:x-)?(?:ndjson|jsonl|jsonlines|json-seq|json-stream)$|^application\/stream\+json$/;

/**
 * The keys of a `content` map to read, without those that name no media type: an empty one
 * (Spoonacular's `""` went as `Content-Type: `), and, beside a `type/subtype`, keys that are
 * none (Akeneo's `code` and `message`, an example's fields, went into every `Accept`). Keys
 * that are all none are kept: Telnyx's `*` and Truora's `PDF` still say a download.
 */
export function mediaTypeKeys(content: object): string[] {
  const keys = Object.keys(content).filter((key) => key.trim() !== '');
  const real = keys.filter(isMediaType);
  return real.length > 0 ? real : keys;
}

/** The keys of a `content` map that `mediaTypeKeys` leaves out, to warn of. */
export function leftOutKeys(content: object): string[] {
  const kept = new Set(mediaTypeKeys(content));
  return Object.keys(content).filter((key) => !kept.has(key));
}

/** Only its start: a list (`application/json, text/plain`) still names one. */
export function isMediaType(key: string): boolean {
  return /^\s*[^\s/;,]+\/[^\s/;,]+/.test(key);
}

export function mediaType(type: string): MediaType {
  return { type, kind: mediaKind(type) };
}

/**
 * The one whose schema the types describe: the first JSON media type that has a schema (Zuora
 * gives `application/json` an example only, and the schema to `application/json; charset=utf-8`),
 * else the first JSON one, else the first.
 */
export function describedMediaType<T>(
  items: readonly T[],
  mediaTypeOf: (item: T) => MediaType,
  hasSchema: (item: T) => boolean,
): T | undefined {
  const json = items.filter((item) => mediaTypeOf(item).kind === 'json');
  // `*/*` first says any answer may come (Jira's avatars are images too): it stays the one.
  if (json[0] !== undefined && mediaTypeOf(json[0]).type.includes('*')) return json[0];
  return json.find(hasSchema) ?? json[0] ?? items[0];
}
