/**
 * `text/event-stream` responses as an async iterable of events, per the HTML
 * spec's parsing rules: LF, CR or CRLF line ends; multi-line `data:`; `event:`,
 * `id:` and `retry:` fields; comment lines ignored. https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream
 */
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

  /** `data: 'text'` keeps each event's data as sent (when the spec says it is a string). */
  constructor(response: Response, signal?: AbortSignal, data: 'json' | 'text' = 'json') {
    this.#response = response;
    this.#signal = signal;
    this.#data = data;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ServerSentEvent<T>> {
    const body = this.#response.body;
    const signal = this.#signal;
    if (!body || signal?.aborted) {
      await body?.cancel().catch(() => undefined);
      return;
    }
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    const onAbort = () => void reader.cancel().catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    const parser = new EventParser<T>(this.#data);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        // An event still unfinished when the stream ends (or is aborted) is dropped, as the spec says.
        if (signal?.aborted) break;
        if (done) {
          yield* parser.finish();
          break;
        }
        yield* parser.push(value);
      }
    } finally {
      this.#signal?.removeEventListener('abort', onAbort);
      await reader.cancel().catch(() => undefined);
    }
  }
}

/** Incremental parser: feed text chunks, get complete events. */
export class EventParser<T = unknown> {
  readonly #format: 'json' | 'text';
  #buffer = '';
  #data: string[] = [];
  #event = '';
  #id: string | undefined;
  #retry: number | undefined;

  constructor(data: 'json' | 'text' = 'json') {
    this.#format = data;
  }

  *push(chunk: string): Generator<ServerSentEvent<T>> {
    this.#buffer += chunk;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      // A lone CR at the very end may be the first half of CRLF: wait for more.
      if (!match || (match[0] === '\r' && match.index === this.#buffer.length - 1)) return;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      const event = this.#line(line);
      if (event) yield event;
    }
  }

  /** At the end of the stream, a last lone CR still ends its line. */
  *finish(): Generator<ServerSentEvent<T>> {
    if (this.#buffer.endsWith('\r')) yield* this.push('\n');
  }

  #line(line: string): ServerSentEvent<T> | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.#retry = Number(value);
    return undefined;
  }

  #dispatch(): ServerSentEvent<T> | undefined {
    if (this.#data.length === 0) {
      this.#event = '';
      return undefined;
    }
    const text = this.#data.join('\n');
    const data = this.#format === 'text' ? text : parseData(text);
    const event: ServerSentEvent<T> = { event: this.#event || 'message', data: data as T, id: this.#id, retry: this.#retry };
    this.#data = [];
    this.#event = '';
    return event;
  }
}

function parseData(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
