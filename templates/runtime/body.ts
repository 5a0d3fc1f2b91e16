/**
 * Request bodies. The generator knows each body's media kind, so an operation
 * calls the one body function of that kind (`jsonBody(params.body)`) and an SDK
 * that never sends a form or a multipart body carries no code for them.
 */
import { InvalidArgumentError } from './errors.js';

/** What `fetch` accepts as a body, named without the DOM lib. */
export type RequestBody = NonNullable<RequestInit['body']>;

/** OpenAPI's Encoding Object for one property of a form or multipart body. */
export interface Encoding {
  readonly contentType?: string;
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
}

export type Encodings = Readonly<Record<string, Encoding>>;

/** A body to send. Encoded only when sent, so a value that cannot be encoded rejects the call. */
export interface BodySpec {
  /** `undefined` sends no body (and no `Content-Type`). */
  readonly value: unknown;
  readonly contentType: string;
  readonly encode: () => RequestBody;
}

/** A stream body is read once: it cannot be sent again (by a retry, or a redirect that keeps the body). */
export function isStream(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

/** Bytes as `fetch` sends them: a Blob, an ArrayBuffer or a view of one, or a stream. */
function isBytes(value: unknown): boolean {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    isStream(value)
  );
}

/** A JSON body; bytes are refused: JSON.stringify would send a Blob as `{}`. */
export function jsonBody(value: unknown, contentType = 'application/json'): BodySpec {
  return {
    value,
    contentType,
    encode: () => {
      if (isBytes(value))
        throw new InvalidArgumentError(
          // Said as the call can mend it: a JSON-only call has no `contentType` to give (trial).
          `The ${contentType} body is a value to send as JSON, not bytes`,
        );
      return JSON.stringify(value);
    },
  };
}

/**
 * Text and bytes go as the caller gave them: a string, Blob, bytes or a stream. An object
 * other than those is refused: `fetch` would send "[object Object]" (Kubernetes' YAML patch).
 * Where the body may be one of several media types and the caller names none, a Blob says its
 * own (WhatsApp's JPEG upload went as the first one listed, `application/msword`).
 */
export function rawBody(value: unknown, given: string | undefined, fallback = ''): BodySpec {
  const contentType = given ?? ((value instanceof Blob && value.type) || fallback);
  const bytes =
    typeof value !== 'object' ||
    value === null ||
    isBytes(value) ||
    value instanceof URLSearchParams ||
    value instanceof FormData;
  return {
    value,
    contentType,
    encode: () => {
      if (!bytes)
        throw new InvalidArgumentError(
          `The ${contentType} body is text or bytes (a string, Blob or ArrayBuffer), not an object`,
        );
      return value as RequestBody;
    },
  };
}
