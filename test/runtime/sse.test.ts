/** Server-sent events: the incremental parser on its own, then `stream()` against a real server. */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BaseClient, type RequestSpec } from '../../templates/runtime/client.js';
import {
  EventParser,
  stream as streamOf,
  type ServerSentEvent,
} from '../../templates/runtime/sse.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { bearerAuth, applySecurity } from '../../templates/runtime/security.js';

/** Feeds every chunk to one parser and collects what it dispatches; `end` flushes a trailing lone CR. */
function parse(chunks: readonly string[], end = false): ServerSentEvent[] {
  const parser = new EventParser();
  const events: ServerSentEvent[] = [];
  for (const chunk of chunks) events.push(...parser.push(chunk));
  if (end) events.push(...parser.finish());
  return events;
}

function message(data: unknown, extra: Partial<ServerSentEvent> = {}): ServerSentEvent {
  return { event: 'message', data, id: undefined, retry: undefined, ...extra };
}

describe('EventParser', () => {
  it('splits events on LF line endings', () => {
    expect(parse(['data: a\n\ndata: b\n\n'])).toEqual([message('a'), message('b')]);
  });

  it('splits events on CRLF line endings', () => {
    expect(parse(['data: a\r\n\r\ndata: b\r\n\r\n'])).toEqual([message('a'), message('b')]);
  });

  it('splits events on lone CR line endings, holding a CR at the end of the input until it knows it is not CRLF', () => {
    const parser = new EventParser();
    expect([...parser.push('data: a\r\r')]).toEqual([]);
    expect([...parser.push('data: b\r\r')]).toEqual([message('a')]);
    expect([...parser.finish()]).toEqual([message('b')]);
  });

  it('treats a CRLF split across two chunks as one line ending, not two', () => {
    // Were the CR and the LF counted separately, the empty line between them would dispatch "a" alone.
    expect(parse(['data: a\r', '\ndata: b\r', '\n\r', '\n'])).toEqual([message('a\nb')]);
  });

  it('gives the same events however the input is cut into chunks', () => {
    const text =
      'event: e\r\nid: 7\r\ndata: {"n":1}\r\n\r\n: note\rdata: x\rdata: y\r\rretry: 15\ndata: z\n\n';
    const whole = parse([text], true);
    expect(whole).toEqual([
      { event: 'e', data: { n: 1 }, id: '7', retry: undefined },
      { event: 'message', data: 'x\ny', id: '7', retry: undefined },
      { event: 'message', data: 'z', id: '7', retry: 15 },
    ]);
    expect(parse([...text], true)).toEqual(whole);
    for (let cut = 1; cut < text.length; cut++)
      expect(parse([text.slice(0, cut), text.slice(cut)], true)).toEqual(whole);
  });

  it('joins multi-line data with \\n', () => {
    expect(parse(['data: one\ndata: two\ndata: three\n\n'])).toEqual([message('one\ntwo\nthree')]);
    expect(parse(['data: one\ndata:\ndata: three\n\n'])).toEqual([message('one\n\nthree')]);
  });

  it('names events from event: and resets the name to message after each dispatch', () => {
    expect(parse(['event: update\ndata: 1\n\ndata: 2\n\n'])).toEqual([
      message(1, { event: 'update' }),
      message(2),
    ]);
    expect(parse(['event:\ndata: x\n\n'])).toEqual([message('x')]);
  });

  it('takes id: and keeps it for later events, ignoring an id with NUL', () => {
    expect(parse(['id: 42\ndata: a\n\ndata: b\n\nid: a\0b\ndata: c\n\nid\ndata: d\n\n'])).toEqual([
      message('a', { id: '42' }),
      message('b', { id: '42' }),
      message('c', { id: '42' }),
      message('d', { id: '' }),
    ]);
  });

  it('takes retry: only when it is all ASCII digits', () => {
    expect(
      parse([
        'retry: 3000\ndata: a\n\nretry: 1.5\ndata: b\n\nretry: x1\ndata: c\n\nretry: 20\ndata: d\n\n',
      ]),
    ).toEqual([
      message('a', { retry: 3000 }),
      message('b', { retry: 3000 }),
      message('c', { retry: 3000 }),
      message('d', { retry: 20 }),
    ]);
  });

  it('ignores comment lines, also between the data lines of one event', () => {
    expect(parse([': keep-alive\n\n:\ndata: a\n: in between\ndata: b\n\n'])).toEqual([
      message('a\nb'),
    ]);
  });

  it('reads a line with no colon as a field with an empty value', () => {
    expect(parse(['data\n\n'])).toEqual([message('')]);
    expect(parse(['data\ndata\n\n'])).toEqual([message('\n')]);
    expect(parse(['event\ndata: x\n\n'])).toEqual([message('x')]);
  });

  it('ignores unknown fields', () => {
    expect(parse(['foo: bar\ndata: x\nDATA: y\n\n'])).toEqual([message('x')]);
  });

  it('strips one leading space after the colon, not two, and none when there is none', () => {
    expect(parse(['data: one\n\ndata:  two\n\ndata:three\n\nevent:  spaced\ndata: x\n\n'])).toEqual(
      [message('one'), message(' two'), message('three'), message('x', { event: ' spaced' })],
    );
  });

  it('parses JSON data and leaves other text as text', () => {
    expect(
      parse([
        'data: {"a":[1,2]}\n\ndata: 42\n\ndata: "s"\n\ndata: null\n\ndata: hello\n\ndata: {"a":\n\n',
      ]),
    ).toEqual([
      message({ a: [1, 2] }),
      message(42),
      message('s'),
      message(null),
      message('hello'),
      message('{"a":'),
    ]);
    expect(parse(['data: {\ndata: "a": 1\ndata: }\n\n'])).toEqual([message({ a: 1 })]);
  });

  it('does not dispatch an event without data, and forgets its name', () => {
    expect(parse(['event: ping\n\n'])).toEqual([]);
    expect(parse(['id: 1\n\n'])).toEqual([]);
    expect(parse(['retry: 10\n\n'])).toEqual([]);
    expect(parse(['event: ping\n\ndata: x\n\n'])).toEqual([message('x')]);
  });

  it('dispatches nothing until the blank line arrives', () => {
    const parser = new EventParser();
    expect([...parser.push('data: a\n')]).toEqual([]);
    expect([...parser.push('data: b')]).toEqual([]);
    expect([...parser.push('\n')]).toEqual([]);
    expect([...parser.push('\n')]).toEqual([message('a\nb')]);
  });
});

const STREAM: RequestSpec = {
  method: 'GET',
  path: '/events',
  accept: 'text/event-stream',
  security: [['key']],
};

function client(baseUrl: string): BaseClient {
  return new BaseClient(
    { baseUrl, maxRetries: 0 },
    {
      defaultBaseUrl: 'https://unused.example',
      authorize: applySecurity,
      securitySchemes: { key: bearerAuth },
      credentials: { key: 'sk-stream' },
    },
  );
}

/** Rejects if `promise` has not settled in `ms`: a bound on hangs, not a timing assertion. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
}

/** Writes each chunk after a short pause; ends the response unless `keepOpen`. */
async function writeSlowly(
  res: ServerResponse,
  chunks: ReadonlyArray<string | Buffer>,
  keepOpen = false,
): Promise<void> {
  openStream(res);
  for (const chunk of chunks) {
    await delay(15);
    if (res.destroyed) return;
    res.write(chunk);
  }
  if (!keepOpen) res.end();
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('stream()', () => {
  it('yields the parsed events in order from a stream written in several chunks', async () => {
    const euro = Buffer.from('data: €\n\n', 'utf8'); // '€' is three bytes; cut it in the middle
    const chunks = [
      ': hello\n\n',
      'event: start\nid: 1\ndata: {"step":',
      '1}\n\n',
      'data: line one\r',
      '\ndata: line two\r\n\r\n',
      euro.subarray(0, 7),
      euro.subarray(7),
      'retry: 500\nid: 2\nevent: done\ndata: [DONE]\n\n',
    ];
    server = await startServer((_r, res) => void writeSlowly(res, chunks));
    const stream = await within(streamOf<unknown>(client(server.url), STREAM), 5000, 'stream()');
    const events: ServerSentEvent[] = [];
    await within(
      (async () => {
        for await (const event of stream) events.push(event);
      })(),
      5000,
      'the iteration',
    );
    expect(events).toEqual([
      { event: 'start', data: { step: 1 }, id: '1', retry: undefined },
      { event: 'message', data: 'line one\nline two', id: '1', retry: undefined },
      { event: 'message', data: '€', id: '1', retry: undefined },
      { event: 'done', data: '[DONE]', id: '2', retry: 500 },
    ]);
    const [r] = server.received;
    expect(r?.url).toBe('/events');
    expect(r?.headers['accept']).toBe('text/event-stream');
    expect(r?.headers['authorization']).toBe('Bearer sk-stream');
  });

  // OpenAI ends a stream of JSON chunks with `data: [DONE]`, which the chunk's type does not
  // describe: `event.data.choices[0]` threw on it. A named event keeps its data (above).
  it('ends at an unnamed `data: [DONE]`, closing the connection', async () => {
    let closed = false;
    server = await startServer((_r, res) => {
      res.on('close', () => (closed = true));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"n":1}\n\ndata: [DONE]\n\ndata: {"n":2}\n\n');
    });
    const stream = await within(streamOf<unknown>(client(server.url), STREAM), 5000, 'stream()');
    const events: unknown[] = [];
    await within(
      (async () => {
        for await (const event of stream) events.push(event.data);
      })(),
      5000,
      'the iteration',
    );
    expect(events).toEqual([{ n: 1 }]);
    await within(
      (async () => {
        while (!closed) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      5000,
      'the close',
    );
  });

  // Red team: a log streamed as text says `[DONE]` mid-way; what follows is the log too.
  it('yields `[DONE]` as data in a stream of text', async () => {
    server = await startServer(
      (_r, res) => void writeSlowly(res, ['data: a\n\ndata: [DONE]\n\ndata: b\n\n']),
    );
    const stream = await within(
      streamOf<string>(client(server.url), STREAM, {}, 'text'),
      5000,
      'stream()',
    );
    const events: string[] = [];
    for await (const event of stream) events.push(event.data);
    expect(events).toEqual(['a', '[DONE]', 'b']);
  });

  it('gives the response with withResponse() and the stream as data', async () => {
    server = await startServer((_r, res) => void writeSlowly(res, ['data: 1\n\n']));
    const { data, response } = await within(
      streamOf<number>(client(server.url), STREAM).withResponse(),
      5000,
      'withResponse()',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events: ServerSentEvent<number>[] = [];
    await within(
      (async () => {
        for await (const event of data) events.push(event);
      })(),
      5000,
      'the iteration',
    );
    expect(events.map((e) => e.data)).toEqual([1]);
  });

  it('rejects with the signal’s reason when it aborts in the loop body, and closes the connection', async () => {
    let closed!: Promise<void>;
    server = await startServer((_r, res) => {
      closed = new Promise((resolve) => res.on('close', () => resolve()));
      // One event, then the stream stays open as a live feed would.
      void writeSlowly(res, ['data: first\n\n'], true);
    });
    const controller = new AbortController();
    const stream = await within(
      streamOf<string>(client(server.url), STREAM, { signal: controller.signal }),
      5000,
      'stream()',
    );
    const seen: string[] = [];
    const ended = await within(
      (async () => {
        for await (const event of stream) {
          seen.push(event.data);
          controller.abort();
        }
      })().then(
        () => 'ended',
        (e: unknown) => e,
      ),
      5000,
      'the aborted iteration',
    );
    expect(ended).toBe(controller.signal.reason);
    expect(seen).toEqual(['first']);
    await within(closed, 5000, 'the server seeing the connection close');
  });

  it('rejects with the signal’s reason when it aborts while the loop waits for the next event', async () => {
    let closed!: Promise<void>;
    server = await startServer((_r, res) => {
      closed = new Promise((resolve) => res.on('close', () => resolve()));
      void writeSlowly(res, ['data: first\n\n'], true);
    });
    const controller = new AbortController();
    const stream = await within(
      streamOf<string>(client(server.url), STREAM, { signal: controller.signal }),
      5000,
      'stream()',
    );
    const seen: string[] = [];
    const ended = await within(
      (async () => {
        for await (const event of stream) {
          seen.push(event.data);
          // Abort a little later, while the loop is blocked reading a stream that sends nothing more.
          setTimeout(() => controller.abort(), 30);
        }
      })().then(
        () => 'ended',
        (e: unknown) => e,
      ),
      5000,
      'the aborted iteration',
    );
    expect(ended).toBe(controller.signal.reason);
    expect(seen).toEqual(['first']);
    await within(closed, 5000, 'the server seeing the connection close');
  });

  it('a break out of the loop closes the connection', async () => {
    let closed!: Promise<void>;
    server = await startServer((_r, res) => {
      closed = new Promise((resolve) => res.on('close', () => resolve()));
      void writeSlowly(res, ['data: 1\n\n', 'data: 2\n\n'], true);
    });
    const stream = await within(streamOf<number>(client(server.url), STREAM), 5000, 'stream()');
    const seen: number[] = [];
    await within(
      (async () => {
        for await (const event of stream) {
          seen.push(event.data);
          if (event.data === 2) break;
        }
      })(),
      5000,
      'the iteration',
    );
    expect(seen).toEqual([1, 2]);
    await within(closed, 5000, 'the server seeing the connection close');
  });

  it('yields no half-received event after the signal aborts, and rejects with its reason', async () => {
    server = await startServer((_r, res) => {
      openStream(res);
      // One complete event and the start of a second, in one write; the stream then stays open.
      res.write('data: 1\n\ndata: {"partial":\n');
    });
    const controller = new AbortController();
    const stream = await within(
      streamOf<unknown>(client(server.url), STREAM, { signal: controller.signal }),
      5000,
      'stream()',
    );
    const seen: unknown[] = [];
    const ended = await within(
      (async () => {
        for await (const event of stream) {
          seen.push(event.data);
          controller.abort();
        }
      })().then(
        () => 'ended',
        (e: unknown) => e,
      ),
      5000,
      'the aborted iteration',
    );
    expect(ended).toBe(controller.signal.reason);
    expect(seen).toEqual([1]);
  });

  it('rejects at once when the signal aborted before the iteration began', async () => {
    server = await startServer((_r, res) => {
      openStream(res);
      res.end('data: 1\n\n');
    });
    const controller = new AbortController();
    const stream = await within(
      streamOf<number>(client(server.url), STREAM, { signal: controller.signal }),
      5000,
      'stream()',
    );
    controller.abort();
    const seen: number[] = [];
    const ended = await within(
      (async () => {
        for await (const event of stream) seen.push(event.data);
      })().then(
        () => 'ended',
        (e: unknown) => e,
      ),
      5000,
      'the iteration',
    );
    expect(seen).toEqual([]);
    expect(ended).toBe(controller.signal.reason);
  });
});
