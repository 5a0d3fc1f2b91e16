/** The event-stream parser's cost and memory stay bounded whatever a server sends. */
import { afterEach, describe, expect, it } from 'vitest';
import { BaseClient } from '../../templates/runtime/client.js';
import { SdkError } from '../../templates/runtime/errors.js';
import {
  EventParser,
  MAX_LINE_LENGTH,
  stream as streamOf,
  type ServerSentEvent,
} from '../../templates/runtime/sse.js';
import { startServer, type TestServer } from '../helpers/server.js';

function drain(parser: EventParser, chunk: string): ServerSentEvent[] {
  return [...parser.push(chunk)];
}

describe('EventParser limits', () => {
  it('reads a long line sent one character at a time in linear time', () => {
    // Rescanning the unfinished line on every chunk took 4 to 13 s here; one pass takes
    // milliseconds, so the bound is far from both even on a loaded machine.
    const parser = new EventParser();
    const started = performance.now();
    drain(parser, 'data: ');
    for (let i = 0; i < 100_000; i++) drain(parser, 'x');
    const events = [...drain(parser, '\n'), ...drain(parser, '\n')];
    const elapsed = performance.now() - started;
    expect(events).toHaveLength(1);
    expect((events[0]?.data as string).length).toBe(100_000);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('reads many lines in one chunk in linear time', () => {
    const parser = new EventParser();
    const started = performance.now();
    const events = drain(parser, 'data: 1\n\n'.repeat(100_000));
    expect(events).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('is 1 MiB by default', () => {
    expect(MAX_LINE_LENGTH).toBe(1024 * 1024);
  });

  it('errors as soon as an unfinished line passes the limit, however it is cut', () => {
    const parser = new EventParser('json', { maxLineLength: 10 });
    expect(drain(parser, 'data: 1234')).toEqual([]);
    expect(() => drain(parser, '5')).toThrow(SdkError);
    expect(() => drain(new EventParser('json', { maxLineLength: 10 }), 'data: 12345\n')).toThrow(
      /longer than 10/,
    );
  });

  it('counts the line, not the line end: a line of exactly the limit passes, in CR, LF and CRLF form', () => {
    for (const end of ['\n', '\r', '\r\n']) {
      const parser = new EventParser('text', { maxLineLength: 10 });
      const events = [...drain(parser, `data: 1234${end}${end}`), ...parser.finish()];
      expect(
        events.map((e) => e.data),
        JSON.stringify(end),
      ).toEqual(['1234']);
    }
  });

  it('bounds an event built from many short data lines by the same limit', () => {
    const parser = new EventParser('text', { maxLineLength: 20 });
    expect(() => drain(parser, 'data: 12345\n'.repeat(5))).toThrow(SdkError);
  });
});

describe('Stream limits', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a server that never ends its line makes the iteration throw instead of buffering forever', async () => {
    server = await startServer((_r, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${'x'.repeat(MAX_LINE_LENGTH)}`);
      // and never ends it
    });
    const client = new BaseClient(
      { baseUrl: server.url, maxRetries: 0 },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    const stream = await streamOf<string>(client, {
      method: 'GET',
      path: '/events',
      accept: 'text/event-stream',
      security: [],
    });
    const iterate = async () => {
      for await (const _event of stream) void _event;
    };
    await expect(iterate()).rejects.toThrow(SdkError);
  });
});
