/**
 * A connection that drops after the response began (mid-body, mid-stream) is a
 * network failure: ApiConnectionError, as the contract names it, never the
 * platform's bare TypeError; and such a call is not retried (the request arrived). A
 * timeout too long for a timer never runs out.
 */
import { afterEach, expect, it } from 'vitest';
import { BaseClient } from '../../templates/runtime/client.js';
import { ApiConnectionError } from '../../templates/runtime/errors.js';
import { stream } from '../../templates/runtime/sse.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (baseUrl: string) =>
  new BaseClient(
    { baseUrl, maxRetries: 2 },
    { defaultBaseUrl: baseUrl, securitySchemes: {}, credentials: {} },
  );

it('a body cut short rejects with ApiConnectionError, once', async () => {
  server = await startServer((_r, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"id":');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  const error = await client(server.url)
    .request({ path: '/thing' })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiConnectionError);
  expect(server.received).toHaveLength(1);
});

it('a stream cut short ends its for await with ApiConnectionError', async () => {
  server = await startServer((_r, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('data: 1\n\n');
    setTimeout(() => res.socket?.destroy(), 50);
  });
  const events = await stream<number>(client(server.url), { path: '/events' });
  const seen: number[] = [];
  const error = await (async () => {
    for await (const event of events) seen.push(event.data);
  })().catch((e: unknown) => e);
  expect(seen).toEqual([1]);
  expect(error).toBeInstanceOf(ApiConnectionError);
});

// Node fires a timer past 2^31 - 1 ms at once (TimeoutOverflowWarning).
it('a timeout of Infinity or past 2^31 ms never runs out', async () => {
  server = await startServer((_r, res) => {
    setTimeout(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
      50,
    );
  });
  for (const timeout of [Infinity, 2 ** 31, 2 ** 40])
    expect(await client(server.url).request({ path: '/slow' }, { timeout })).toEqual({ ok: true });
  expect(server.received).toHaveLength(3);
});
