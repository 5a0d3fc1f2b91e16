/** `jsonOrStream` as the runtime has it: what it asks for, and what its refusal says. */
import { afterEach, expect, it } from 'vitest';
import { BaseClient, type RequestSpec } from '../../templates/runtime/client.js';
import { InvalidResponseError } from '../../templates/runtime/errors.js';
import { applySecurity, bearerAuth } from '../../templates/runtime/security.js';
import { jsonBody } from '../../templates/runtime/body.js';
import { jsonOrStream } from '../../templates/runtime/sse.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const chat = (stream: boolean): RequestSpec => ({
  method: 'POST',
  path: '/chat',
  accept: 'application/vnd.llm+json, text/event-stream;q=0.1',
  security: [['token']],
  body: jsonBody({ q: 'hi', stream }),
});

function client(baseUrl: string): BaseClient {
  return new BaseClient(
    { baseUrl, maxRetries: 0 },
    {
      defaultBaseUrl: 'https://unused.example',
      authorize: applySecurity,
      securitySchemes: { token: bearerAuth },
      credentials: { token: 'sk-TOPSECRET-123456' },
    },
  );
}

// Red team: the JSON form the spec declares had been asked for as `application/json` (a 406).
it('asks for JSON as the spec declares it, and for events as events', async () => {
  server = await startServer((_r, res) => json(res, 200, { answer: 'hi' }));
  await jsonOrStream(client(server.url), chat(false), {}, 'json', 'stream');
  await jsonOrStream(client(server.url), chat(true), {}, 'json', 'stream').catch(() => undefined);
  expect(server.received.map((r) => r.headers['accept'])).toEqual([
    'application/vnd.llm+json',
    'text/event-stream',
  ]);
});

// Red team: a Content-Type that echoes the token was quoted in clear in the refusal.
it('refuses the other answer without quoting a credential', async () => {
  server = await startServer((_r, res) =>
    res.writeHead(200, { 'content-type': 'application/json; echo=sk-TOPSECRET-123456' }).end('{}'),
  );
  const error = await jsonOrStream(client(server.url), chat(true), {}, 'json', 'stream').catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect((error as Error).message).toContain('the response is "application/json; echo=[redacted]"');
});
