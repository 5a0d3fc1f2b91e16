/**
 * `text/event-stream` responses as an async iterable of events, per the HTML
 * spec's parsing rules: LF, CR or CRLF line ends; multi-line `data:`; `event:`,
 * `id:` and `retry:` fields; comment lines ignored. https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream
 */
import type { ApiPromise } from './api-promise.js';
import { parseBody, type BaseClient, type RequestOptions, type RequestSpec } from './client.js';
import { invalidResponse, SdkError } from './errors.js';
import { own } from './own.js';
import { MAX_LINE_LENGTH, textChunks } from './text-chunks.js';
import type { Scrub } from './redact.js';

/**
 * A `text/event-stream` operation: resolves to an async iterable of events. Its own
 * function, so an SDK without streams carries no stream code.
 */
export function stream<T>(
  client: BaseClient,
  spec: RequestSpec,
  options: RequestOptions = {},
  data: 'json' | 'text' = 'json',
): ApiPromise<Stream<T>> {
  // The timeout covers the wait for the response, not the life of the stream; the signal covers both.
  const read = spec.check?.event;
  return client.request(
    spec,
    options,
    async (response, scrub) =>
      new Stream<T>(response, options.signal, data, {
        read: read && ((value) => read(value, scrub?.text)),
        scrub,
      }),
    undefined,
    true,
  );
}

/**
 * An operation that answers JSON, or a stream of events (OpenAI's chat completions, where the
 * body says `stream: true`): each response is read by its Content-Type. Where the body has such
 * a `flag`, it asks for one or the other, and the other is an `InvalidResponseError` (the call's
 * type follows the flag). The timeout covers a JSON body; an event stream, as `stream`'s, lives
 * past it.
 */
export function jsonOrStream<T, E>(
  client: BaseClient,
  spec: RequestSpec,
  options: RequestOptions = {},
  data: 'json' | 'text' = 'json',
  flag?: string,
  /** Where the flag is: the body's property, or the query's parameter (OpenAI's fine-tune events). */
  where: 'body' | 'query' = 'body',
): ApiPromise<T | Stream<E>> {
  const { response: check, event: read } = spec.check ?? {};
  const at = where === 'query' ? spec.query : spec.body?.value;
  const asked =
    flag === undefined
      ? undefined
      : typeof at === 'object' && at !== null && own(at as Record<string, unknown>, flag) === true;
  return client.request<T | Stream<E>>(
    {
      ...spec,
      // The JSON body's check is made here: an event stream has its events checked instead.
      ...(check && { check: { ...spec.check, response: undefined } }),
      // JSON asked for as the spec declares it (red team: `application/vnd.llm+json`).
      ...(asked !== undefined && { accept: asked ? 'text/event-stream' : jsonTypes(spec.accept) }),
    },
    options,
    async (response, scrub) => {
      const type = response.headers.get('content-type') ?? '';
      const scrubbed = scrub?.text ?? ((text: string) => text);
      const events = /^\s*text\/event-stream\s*(;|$)/i.test(type);
      if (asked !== undefined && events !== asked) {
        await response.body?.cancel().catch(() => undefined);
        throw invalidResponse(
          response,
          scrub,
          // The type may echo a credential (red team): scrubbed as the headers are.
          `The ${where} asked for ${asked ? 'a stream of events' : 'JSON'} (\`${flag}: ${asked}\`); the response is ${scrubbed(JSON.stringify(type.slice(0, 100)))}`,
        );
      }
      if (events)
        return new Stream<E>(response, options.signal, data, {
          read: read && ((value) => read(value, scrub?.text)),
          scrub,
        });
      const body = await parseBody(response, scrub);
      return (check ? check(body, response, scrub) : body) as T;
    },
  );
}

/** The declared types of an `Accept` but the event stream's. */
function jsonTypes(accept = ''): string {
  const types = accept.split(',').filter((t) => !/^\s*text\/event-stream\s*(;|$)/i.test(t));
  return types.join(',').trim() || 'application/json';
}

export interface ServerSentEvent<T = unknown> {
  /** The event name (`message` when the stream gives none). */
  readonly event: string;
  /** The data, parsed as JSON when it is JSON, else the text. */
  readonly data: T;
  readonly id: string | undefined;
  readonly retry: number | undefined;
}

export class Stream<T> implements AsyncIterable<ServerSentEvent<T>> {
  readonly #response: Response;
  readonly #signal: AbortSignal | undefined;
  readonly #data: 'json' | 'text';
  readonly #options: StreamOptions;

  /** `data: 'text'` keeps each event's data as sent (when the spec says it is a string). */
  constructor(
    response: Response,
    signal?: AbortSignal,
    data: 'json' | 'text' = 'json',
    options: StreamOptions = {},
  ) {
    this.#response = response;
    this.#signal = signal;
    this.#data = data;
    this.#options = options;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ServerSentEvent<T>> {
    const parser = new EventParser<T>(this.#data, this.#options);
    for await (const chunk of textChunks(this.#response, this.#signal, this.#options.scrub)) {
      yield* parser.push(chunk);
      if (parser.ended) return;
    }
    // An event still unfinished when the stream ends (or is aborted) is dropped, as the spec says.
    yield* parser.finish();
  }
}

export { MAX_LINE_LENGTH } from './text-chunks.js';

export interface EventParserOptions {
  /** Default MAX_LINE_LENGTH. */
  readonly maxLineLength?: number | undefined;
  /**
   * Checks each event's parsed data and returns what to deliver (SDKs generated
   * with `validate`); what it throws ends the stream.
   */
  readonly read?: ((data: unknown) => unknown) | undefined;
}

export interface StreamOptions extends EventParserOptions {
  /** What keeps the request's credentials out of the stream's errors (`applySecurity`). */
  readonly scrub?: Scrub | undefined;
}

const CR = 13;
const LF = 10;

/**
 * Incremental parser: feed text chunks, get complete events. Each character is
 * looked at once: the unfinished line is kept in pieces and joined when it ends.
 */
export class EventParser<T = unknown> {
  readonly #format: 'json' | 'text';
  readonly #maxLineLength: number;
  readonly #read: ((data: unknown) => unknown) | undefined;
  #pending: string[] = [];
  #pendingLength = 0;
  // A CR that ended the last chunk: the line is over, but a LF opening the next chunk belongs to it.
  #heldCR = false;
  #data: string[] = [];
  /** Whether `data: [DONE]` came: nothing after it is an event. */
  ended = false;
  #dataLength = 0;
  #event = '';
  #id: string | undefined;
  #retry: number | undefined;

  constructor(data: 'json' | 'text' = 'json', options: EventParserOptions = {}) {
    this.#format = data;
    this.#maxLineLength = options.maxLineLength ?? MAX_LINE_LENGTH;
    this.#read = options.read;
  }

  *push(chunk: string): Generator<ServerSentEvent<T>> {
    let start = 0;
    if (this.#heldCR) {
      if (chunk === '') return;
      this.#heldCR = false;
      if (chunk.charCodeAt(0) === LF) start = 1;
      const event = this.#endLine('');
      if (event) yield event;
    }
    const lineEnd = /[\r\n]/g;
    for (;;) {
      lineEnd.lastIndex = start;
      const end = lineEnd.exec(chunk)?.index;
      if (end === undefined) break;
      const isCR = chunk.charCodeAt(end) === CR;
      // A lone CR at the very end may be the first half of CRLF: the next chunk tells.
      if (isCR && end === chunk.length - 1) {
        this.#keep(chunk.slice(start, end));
        this.#heldCR = true;
        return;
      }
      const line = chunk.slice(start, end);
      start = end + (isCR && chunk.charCodeAt(end + 1) === LF ? 2 : 1);
      const event = this.#endLine(line);
      if (event) yield event;
    }
    this.#keep(chunk.slice(start));
  }

  /** At the end of the stream, a last lone CR still ends its line. */
  *finish(): Generator<ServerSentEvent<T>> {
    if (!this.#heldCR) return;
    this.#heldCR = false;
    const event = this.#endLine('');
    if (event) yield event;
  }

  #keep(piece: string): void {
    if (piece === '') return;
    this.#pending.push(piece);
    this.#pendingLength += piece.length;
    if (this.#pendingLength > this.#maxLineLength) throw this.#tooLong('line');
  }

  #endLine(last: string): ServerSentEvent<T> | undefined {
    if (this.#pendingLength + last.length > this.#maxLineLength) throw this.#tooLong('line');
    const line = this.#pending.length === 0 ? last : this.#pending.join('') + last;
    this.#pending = [];
    this.#pendingLength = 0;
    return this.#line(line);
  }

  #tooLong(what: 'line' | 'event'): SdkError {
    return new SdkError(`An event stream ${what} is longer than ${this.#maxLineLength} characters`);
  }

  #line(line: string): ServerSentEvent<T> | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.#addData(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.#retry = Number(value);
    return undefined;
  }

  #addData(value: string): void {
    this.#dataLength += value.length + 1;
    if (this.#dataLength > this.#maxLineLength) throw this.#tooLong('event');
    this.#data.push(value);
  }

  #dispatch(): ServerSentEvent<T> | undefined {
    if (this.#data.length === 0 || this.ended) {
      this.#event = '';
      this.#data = [];
      return undefined;
    }
    const text = this.#data.join('\n');
    // OpenAI's end of a stream of JSON events, an unnamed event no schema describes: the end. In
    // a stream of text it is a line like any (red team: a log's `[DONE]` had cut off the rest).
    if (this.#format === 'json' && text === '[DONE]' && this.#event === '') {
      this.ended = true;
      return undefined;
    }
    const parsed = this.#format === 'text' ? text : parseData(text);
    const name = this.#event || 'message';
    this.#data = [];
    this.#dataLength = 0;
    this.#event = '';
    const data = this.#read === undefined ? parsed : this.#read(parsed);
    return { event: name, data: data as T, id: this.#id, retry: this.#retry };
  }
}

function parseData(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
