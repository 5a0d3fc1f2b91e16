/**
 * How a response body is read, from its actual `Content-Type`: the same rules
 * the generator used to type it (a test holds the two classifiers equal).
 */
export type MediaKind =
  'json' | 'form' | 'multipart' | 'text' | 'event-stream' | 'json-lines' | 'binary';

export function mediaKind(type: string): MediaKind {
  const essence = essenceOf(type);
  if (
    /^application\/(?:x-)?(?:ndjson|jsonl|jsonlines|json-seq|json-stream)$|^application\/stream\+json$/.test(
      essence,
    ) ||
    (readAs(type) === 'json' && /;\s*stream\s*=\s*watch\s*(?:;|$)/i.test(type))
  )
    return 'json-lines';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  if (essence === 'multipart/form-data' || essence === 'application/form-data') return 'multipart';
  if (essence === 'text/event-stream') return 'event-stream';
  const read = readAs(type);
  return read === 'blob' ? 'binary' : read;
}

/**
 * What the client reads a body of this type as: JSON, text, or (every other kind) a Blob.
 * Its own function so that a bundle without validation or streams carries only this much.
 */
export function readAs(type: string): 'json' | 'text' | 'blob' {
  // Read on the whole header, its parameters (`; charset=…`) and case aside: no essence to make.
  // `text/json` (ASP.NET's), a declared `application/*+json` and AWS's
  // `application/x-amz-json-1.0` are JSON too.
  return /^\s*((application|text)\/([\w.*-]+[+-])?json(-[\d.]+)?|\*\/\*)\s*(;|$)/i.test(type)
    ? 'json'
    : /^\s*(text\/(?!event-stream\s*(;|$))|application\/([\w.-]+\+)?xml\s*(;|$))/i.test(type)
      ? 'text'
      : 'blob';
}

function essenceOf(type: string): string {
  return type.split(';')[0]!.trim().toLowerCase();
}
