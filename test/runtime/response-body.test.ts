/** A 2xx whose body does not parse as its Content-Type says is an SDK error, not a bare SyntaxError. */
import { afterEach, expect, it } from 'vitest';
import {
  BaseClient,
  bufferedText,
  parseBody,
  readAny,
  readString,
  readText,
  type RequestSpec,
} from '../../templates/runtime/client.js';
import { ApiError, InvalidResponseError, SdkError } from '../../templates/runtime/errors.js';
import { startServer, type TestServer } from '../helpers/server.js';

const GET: RequestSpec = {
  method: 'GET',
  path: '/things',
  accept: 'application/json',
  security: [],
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('invalid JSON in a 200: InvalidResponseError with status and headers, without the body in its message, not retried', async () => {
  server = await startServer((_r, res) => {
    res
      .writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_7' })
      .end('{"token": sk-body-secret');
  });
  const client = new BaseClient(
    { baseUrl: server.url, maxRetries: 2 },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const error = await client.request(GET).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toBeInstanceOf(SdkError);
  const invalid = error as InvalidResponseError;
  expect(invalid.status).toBe(200);
  expect(invalid.headers.get('x-request-id')).toBe('req_7');
  expect(invalid.message).toMatch(/not valid JSON/);
  expect(`${invalid.message}${invalid.stack ?? ''}${String(invalid.cause)}`).not.toContain(
    'sk-body-secret',
  );
  expect(server.received).toHaveLength(1);
});

// Docker's image build: a 200 the spec gives no content for answers newline-separated JSON
// progress, labelled JSON. The call threw InvalidResponseError on every successful build.
it('readAny: a success the spec says nothing of is read as it comes, never an error', async () => {
  const progress = '{"stream":"Step 1/2"}\n{"stream":"Step 2/2"}\n';
  server = await startServer((r, res) => {
    if (r.url === '/json') res.writeHead(200, { 'content-type': 'application/json' }).end('[1]');
    else res.writeHead(200, { 'content-type': 'application/json' }).end(progress);
  });
  const client = new BaseClient(
    { baseUrl: server.url, maxRetries: 2 },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  expect(await client.request(GET, {}, readAny)).toBe(progress);
  expect(await client.request({ ...GET, path: '/json' }, {}, readAny)).toEqual([1]);
  // Without it, the same answer is an error: the spec said it was JSON.
  expect(await client.request(GET).catch((e: unknown) => e)).toBeInstanceOf(InvalidResponseError);
});

// Docker's logs: the spec says text, the server labels its stream another way.
it('readText: an operation the spec says answers text resolves to a string, whatever the label', async () => {
  server = await startServer((_r, res) =>
    res.writeHead(200, { 'content-type': 'application/vnd.docker.raw-stream' }).end('log line\n'),
  );
  const client = new BaseClient(
    { baseUrl: server.url },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  expect(await client.request(GET, {}, readText)).toBe('log line\n');
});

// Docker's logs, declared a JSON string or text, come as `application/vnd.docker.raw-stream`: a
// new user's `logs.split` had thrown on the Blob the string's type promised it was not.
it("readString: a JSON string's operation resolves to a string whatever the body's label", async () => {
  const bodies: Array<[string, string]> = [
    ['application/vnd.docker.raw-stream', 'log line\n'],
    ['application/json', '"a \\"quoted\\" line"'],
    ['application/json', 'not json'],
    ['text/plain', 'plain'],
    // OpenAI's file content is the file: a JSON file is its text, not the object it holds.
    ['application/json', '{"prompt": "hi"}'],
  ];
  server = await startServer((_r, res, i) =>
    res.writeHead(200, { 'content-type': bodies[i]![0] }).end(bodies[i]![1]),
  );
  const client = new BaseClient(
    { baseUrl: server.url },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const read = [];
  for (const _ of bodies) read.push(await client.request(GET, {}, readString));
  expect(read).toEqual(['log line\n', 'a "quoted" line', 'not json', 'plain', '{"prompt": "hi"}']);
});

// Red team: a proxy's "upstream timed out" page labelled JSON gave `body: undefined` and "502 (no body)".
it('an error whose body is not the JSON it says keeps its text', async () => {
  server = await startServer((_r, res) =>
    res.writeHead(400, { 'content-type': 'application/json' }).end('<h1>upstream timed out</h1>'),
  );
  const client = new BaseClient(
    { baseUrl: server.url, maxRetries: 0 },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const error = (await client.request(GET).catch((e: unknown) => e)) as ApiError;
  expect(error).toBeInstanceOf(ApiError);
  expect(error.body).toBe('<h1>upstream timed out</h1>');
  expect(error.message).toBe('400 <h1>upstream timed out</h1>');
});

// A PHP API answers JSON labelled `text/html` (PHP's default) or with no label at all: the
// typed result had been the JSON's text.
it('text that opens as JSON and parses is that JSON; other text stays text', async () => {
  const answers: Record<string, [string | undefined, string]> = {
    '/html': ['text/html; charset=UTF-8', ' {"id": 7}'],
    '/none': [undefined, '[1, 2]'],
    '/plain': ['text/plain', 'OK'],
    '/number': ['text/plain', '123'],
    '/broken': ['text/html', '{ not json'],
    '/missing': ['text/plain', '{"message":"no such thing"}'],
  };
  server = await startServer((r, res) => {
    const [type, body] = answers[r.url!]!;
    res.writeHead(r.url === '/missing' ? 404 : 200, type ? { 'content-type': type } : {}).end(body);
  });
  const client = new BaseClient(
    { baseUrl: server.url, maxRetries: 0 },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const get = (path: string) => client.request({ ...GET, path });
  expect(await get('/html')).toEqual({ id: 7 });
  expect(await get('/none')).toEqual([1, 2]);
  expect(await get('/plain')).toBe('OK');
  expect(await get('/number')).toBe('123');
  expect(await get('/broken')).toBe('{ not json');
  // An error's body too: its typed fields were out of reach.
  const error = await get('/missing').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).body).toEqual({ message: 'no such thing' });
});

// Red team: a server that never ended a JSON body had filled memory (5.6 GB) until the timeout.
it('refuses a body read whole past its limit, cancels it, and says so without its headers', async () => {
  let cancelled = false;
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new TextEncoder().encode('[1,'.repeat(100)));
    },
    cancel() {
      cancelled = true;
    },
  });
  const response = new Response(endless, {
    status: 200,
    headers: { 'x-echo': 'key-secret-12345' },
  });
  const scrub = { headers: () => new Headers({ 'x-echo': '[redacted]' }) };
  const error = await bufferedText(response, scrub as never, 1000).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect((error as InvalidResponseError).message).toBe('The 200 response is past 1000 bytes');
  expect((error as InvalidResponseError).headers.get('x-echo')).toBe('[redacted]');
  expect(cancelled).toBe(true);
  expect(pulled).toBeLessThan(10);
});

it('reads a body within its limit whole, its characters cut across chunks', async () => {
  const bytes = new TextEncoder().encode('{"name":"☃ résumé"}');
  const chunks = [bytes.slice(0, 10), bytes.slice(10, 11), bytes.slice(11)];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  expect(await bufferedText(new Response(body), undefined, bytes.length)).toBe(
    '{"name":"☃ résumé"}',
  );
  expect(await bufferedText(new Response(null, { status: 204 }))).toBe('');
});

// Red team: the bound held for JSON and text only; an endless `application/octet-stream` to a
// JSON operation, or as an error's body, had filled memory all the same.
it('bounds a body of any type read whole, and an error body within 1 MiB', async () => {
  const endless = (type: string, status: number) =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)),
      }),
      { status, headers: { 'content-type': type } },
    );
  const refused = await parseBody(endless('application/octet-stream', 200), undefined, false, 1e6)
    .then(() => undefined)
    .catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(InvalidResponseError);
  server = await startServer((_r, res) => {
    res.writeHead(500, { 'content-type': 'application/octet-stream' });
    res.end(Buffer.alloc(2 * 1024 * 1024));
  });
  const client = new BaseClient(
    { baseUrl: server.url, maxRetries: 0 },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const error = await client.request(GET).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(500);
  expect((error as ApiError).body).toBeUndefined();
});
