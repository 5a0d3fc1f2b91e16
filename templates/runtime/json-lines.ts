/**
 * Responses that are a stream of JSON values, one per line: NDJSON and JSON Lines, RFC 7464's
 * JSON text sequences (each value after an RS) and Kubernetes' watches
 * (`application/json;stream=watch`). An async iterable of the values, read as they come. Or of
 * lines of text, each a string (Kubernetes' pod log, followed).
 */
import type { ApiPromise } from './api-promise.js';
import { type BaseClient, type RequestOptions, type RequestSpec } from './client.js';
import { invalidResponse, SdkError } from './errors.js';
import { MAX_LINE_LENGTH, textChunks } from './text-chunks.js';
import { readAs } from './media-kind.js';
import { own } from './own.js';
import type { Scrub } from './redact.js';

/** An operation that always answers a stream of JSON values. Its own function, as `stream` is. */
export function jsonLines<T>(
  client: BaseClient,
  spec: RequestSpec,
  options: RequestOptions = {},
  text?: string,
): ApiPromise<JsonLines<T>> {
  // The timeout covers the wait for the response, not the life of the stream; the signal covers
  // both. Each value is checked, not the stream. Lines of text ask for the text's `text` type.
  const check = spec.check && { ...spec.check, response: undefined };
  return client.request(
    { ...spec, check, ...(text && { accept: text }) },
    options,
    lineReader<T>(spec, options, text !== undefined),
    undefined,
    true,
  );
}

/**
 * An operation that answers a stream of JSON values where its query's `flag` asks for one
 * (Kubernetes' lists, with `watch: true`; Vercel's deployment events, with `follow: 1`), else what
 * `otherwise` makes of the request (a page, a JSON body). The flag decides, not the Content-Type:
 * both come as `application/json` from Kubernetes.
 */
export function jsonLinesOr<E, T>(
  client: BaseClient,
  spec: RequestSpec,
  options: RequestOptions | undefined,
  flag: string,
  otherwise: (spec: RequestSpec) => T,
  /** The media type of a text whose lines are strings (Kubernetes' `text/plain` pod log). */
  text?: string,
): T | ApiPromise<JsonLines<E>> {
  const asked = own(spec.query, flag);
  return asked === true || asked === 1
    ? jsonLines<E>(client, spec, options, text)
    : otherwise(spec);
}

function lineReader<T>(
  spec: RequestSpec,
  options: RequestOptions,
  text?: boolean,
): (response: Response, scrub?: Scrub) => Promise<JsonLines<T>> {
  const check = spec.check?.event;
  return async (response, scrub) =>
    new JsonLines<T>(response, options.signal, {
      read: check && ((value) => check(value, scrub?.text)),
      scrub,
      text,
    });
}

export interface JsonLinesOptions {
  /** Checks each value and returns what to deliver (SDKs generated with `validate`). */
  readonly read?: ((value: unknown) => unknown) | undefined;
  /** What keeps the request's credentials out of the stream's errors. */
  readonly scrub?: Scrub | undefined;
  /** Default MAX_LINE_LENGTH. */
  readonly maxLineLength?: number | undefined;
  /** Each line is text, delivered as it is (without its line break), empty ones too. */
  readonly text?: boolean | undefined;
}

export class JsonLines<T> implements AsyncIterable<T> {
  readonly #response: Response;
  readonly #signal: AbortSignal | undefined;
  readonly #options: JsonLinesOptions;

  constructor(response: Response, signal?: AbortSignal, options: JsonLinesOptions = {}) {
    this.#response = response;
    this.#signal = signal;
    this.#options = options;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const response = this.#response;
    const { read, scrub, maxLineLength = MAX_LINE_LENGTH, text } = this.#options;
    let pending = '';
    let line = 0;
    const value = (record: string): T => {
      if (text) return record.replace(/\r$/, '') as T;
      let parsed: unknown;
      try {
        parsed = JSON.parse(record);
      } catch {
        // Its text may hold secrets: say only where.
        throw invalidResponse(
          response,
          scrub,
          `Line ${line} of the ${response.status} response's stream is not valid JSON`,
        );
      }
      return (read === undefined ? parsed : read(parsed)) as T;
    };
    // A line ends at LF (CRLF's CR is JSON whitespace); a JSON text sequence's RS starts one.
    const lines = function* (chunk: string): Generator<T> {
      const records = chunk.split(text ? '\n' : /[\n\x1e]/);
      records[0] = pending + records[0];
      pending = records.pop()!;
      if (pending.length > maxLineLength)
        throw new SdkError(`A stream's line is longer than ${maxLineLength} characters`);
      for (const record of records) {
        line++;
        if (text || record.trim() !== '') yield value(record);
      }
    };
    // A followed text the server answered as JSON is one JSON string, whole by now (red team: its
    // raw JSON text had been the lines): read as text, its lines are the string's.
    const quoted = text && readAs(response.headers.get('content-type') ?? '') === 'json';
    for await (const chunk of textChunks(this.#response, this.#signal, scrub))
      if (!quoted) yield* lines(chunk);
      // Within the bound of a body read whole (red team: one never ended had filled memory).
      else if ((pending += chunk).length > 2 ** 28)
        throw new SdkError("A followed text's JSON answer is past 2^28 characters");
    if (quoted) {
      const whole = jsonString(pending);
      pending = '';
      yield* lines(whole);
    }
    // The last line, where no line break ends it.
    if (!text || pending !== '') yield* lines('\n');
  }
}

/** A JSON string's text; other JSON as it is written. */
function jsonString(written: string): string {
  try {
    const value: unknown = JSON.parse(written);
    return typeof value === 'string' ? value : written;
  } catch {
    return written;
  }
}
