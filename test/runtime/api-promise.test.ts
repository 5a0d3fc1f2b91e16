/** `ApiPromise` as returned by `BaseClient.request()`, and credentials given as functions, against a real server. */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiPromise } from '../../templates/runtime/api-promise.js';
import {
  BaseClient,
  readAny,
  readBlob,
  type ClientOptions,
  type RequestSpec,
} from '../../templates/runtime/client.js';
import { encodeParams } from '../../templates/runtime/serialize.js';
import { NotFoundError } from '../../templates/runtime/errors.js';
import {
  apiKeyCookie,
  apiKeyHeader,
  apiKeyQuery,
  basicAuth,
  bearerAuth,
  type Credential,
  type SecurityScheme,
  applySecurity,
} from '../../templates/runtime/security.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { bodyOf } from '../helpers/body.js';

const GET: RequestSpec = {
  method: 'GET',
  path: '/thing',
  accept: 'application/json',
  security: [['key']],
};

function client(
  baseUrl: string,
  credentials: Record<string, Credential | undefined> = { key: 'sk-promise' },
  schemes: Record<string, SecurityScheme> = { key: bearerAuth },
  options: ClientOptions = {},
): BaseClient {
  return new BaseClient(
    { baseUrl, maxRetries: 0, ...options },
    {
      defaultBaseUrl: 'https://unused.example',
      securitySchemes: schemes,
      credentials,
      authorize: applySecurity,
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

/** Lets pending I/O callbacks, microtasks and Node's unhandled-rejection check run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Records every 'unhandledRejection' while `body` runs and for a moment after. */
async function unhandledDuring(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await body();
    await settle();
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('ApiPromise', () => {
  it('is a Promise, and awaiting it gives the parsed body', async () => {
    server = await startServer((_r, res) => json(res, 200, { id: 'th_1', n: 2 }));
    const pending = client(server.url).request<{ id: string; n: number }>(GET);
    expect(pending).toBeInstanceOf(ApiPromise);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({ id: 'th_1', n: 2 });
    expect(server.received).toHaveLength(1);
  });

  it('withResponse() gives the data together with the response status and headers', async () => {
    server = await startServer((_r, res) =>
      json(res, 201, { id: 'th_2' }, { 'x-request-id': 'req_42', 'x-rate-remaining': '9' }),
    );
    const { data, response } = await client(server.url)
      .request<{ id: string }>({ ...GET, method: 'POST', body: bodyOf({}, 'application/json') })
      .withResponse();
    expect(data).toEqual({ id: 'th_2' });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('req_42');
    expect(response.headers.get('x-rate-remaining')).toBe('9');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.bodyUsed).toBe(true);
  });

  it('sends one request however often it is awaited, and withResponse() and await agree', async () => {
    server = await startServer((_r, res) => json(res, 200, { v: 1 }));
    const pending = client(server.url).request<{ v: number }>(GET);
    const [a, b, both] = await Promise.all([pending, pending, pending.withResponse()]);
    expect(a).toEqual({ v: 1 });
    expect(b).toBe(a);
    expect(both.data).toBe(a);
    expect(await pending).toBe(a);
    expect(server.received).toHaveLength(1);
  });

  it('then() maps the data and returns a plain Promise', async () => {
    server = await startServer((_r, res) => json(res, 200, { n: 20 }));
    const derived = client(server.url)
      .request<{ n: number }>(GET)
      .then((d) => d.n + 1);
    expect(derived).not.toBeInstanceOf(ApiPromise);
    expect(await derived).toBe(21);
  });

  it('then(undefined, onrejected) and catch() receive the typed error', async () => {
    server = await startServer((_r, res) => json(res, 404, { detail: 'nope' }));
    const c = client(server.url);
    const viaThen = await c.request(GET).then(
      () => 'resolved',
      (e: unknown) => e,
    );
    expect(viaThen).toBeInstanceOf(NotFoundError);
    const viaCatch = await c.request(GET).catch((e: unknown) => e);
    expect(viaCatch).toBeInstanceOf(NotFoundError);
    expect(viaCatch).toMatchObject({ status: 404, body: { detail: 'nope' } });
  });

  it('finally() runs once on success, passing the data through', async () => {
    server = await startServer((_r, res) => json(res, 200, { ok: true }));
    let calls = 0;
    expect(
      await client(server.url)
        .request(GET)
        .finally(() => void calls++),
    ).toEqual({ ok: true });
    expect(calls).toBe(1);
  });

  it('finally() runs once on failure, passing the error through', async () => {
    server = await startServer((_r, res) => json(res, 404, {}));
    let calls = 0;
    const error = await client(server.url)
      .request(GET)
      .finally(() => void calls++)
      .catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('a failure observed only through withResponse() rejects there, and nowhere else', async () => {
    server = await startServer((_r, res) => json(res, 404, { detail: 'missing' }));
    const url = server.url;
    const unhandled = await unhandledDuring(async () => {
      const error = await client(url)
        .request(GET)
        .withResponse()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, body: { detail: 'missing' } });
    });
    expect(unhandled).toEqual([]);
  });

  it('a failure nobody observes causes no unhandled rejection', async () => {
    server = await startServer((_r, res) => json(res, 404, {}));
    const url = server.url;
    let answered!: () => void;
    const responded = new Promise<void>((resolve) => (answered = resolve));
    const unhandled = await unhandledDuring(async () => {
      // The request is made and fails, but nothing ever awaits it.
      void client(url, undefined, undefined, {
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          answered();
          return response;
        },
      }).request(GET);
      await within(responded, 5000, 'the 404');
    });
    expect(server.received).toHaveLength(1);
    expect(unhandled).toEqual([]);
  });

  it('resolves undefined for 204 through await and withResponse()', async () => {
    server = await startServer((_r, res) => res.writeHead(204, { 'x-deleted': 'yes' }).end());
    const pending = client(server.url).request({ ...GET, method: 'DELETE' });
    expect(await pending).toBeUndefined();
    const { data, response } = await pending.withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
    expect(response.headers.get('x-deleted')).toBe('yes');
  });

  it('a stalled response body is still bounded by the timeout and the signal', async () => {
    server = await startServer((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":'); // and never ends
    });
    const controller = new AbortController();
    const pending = client(server.url, undefined, undefined, { timeout: 100 }).request(GET, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 200);
    const outcome = await within(
      pending.withResponse().then(
        () => 'resolved',
        (e: unknown) => (e instanceof Error ? e.name : String(e)),
      ),
      2000,
      'the stalled request',
    );
    expect(['ApiTimeoutError', 'AbortError']).toContain(outcome);
  });
});

describe('a body that keeps coming', () => {
  // Google Drive's downloads, still coming, had failed at the timeout: it bounds each wait for
  // a file's next bytes, not the whole read. Any other body is bounded as a whole (red team: a
  // server that trickled a JSON body had held the call for good).
  const trickle = (type: string) =>
    startServer((_r, res) => {
      res.writeHead(200, { 'content-type': type });
      let sent = 0;
      const next = () => {
        res.write(sent === 0 ? '["' : 'x');
        if (++sent < 10) setTimeout(next, 40);
        else res.end('"]');
      };
      next();
    });

  it("is read past the timeout while a file's bytes keep coming, and not as JSON", async () => {
    server = await trickle('application/json');
    const fast = client(server.url, undefined, undefined, { timeout: 300 });
    const file = await fast.request(GET, {}, readBlob);
    expect(await file.text()).toBe('["xxxxxxxxx"]');
    await expect(fast.request(GET)).rejects.toThrow(
      expect.objectContaining({ name: 'ApiTimeoutError' }),
    );
  });

  // Red team: bytes the spec never declared, read as a file, had let a server trickle them, or
  // send them without end, for good. Only a file the operation declares is read so.
  it('bounds an undeclared success of bytes as a whole', async () => {
    server = await trickle('audio/mpeg');
    const fast = client(server.url, undefined, undefined, { timeout: 300 });
    await expect(fast.request(GET, {}, readAny)).rejects.toThrow(
      expect.objectContaining({ name: 'ApiTimeoutError' }),
    );
  });

  it('times out where a wait for its next bytes is longer than the timeout', async () => {
    server = await trickle('application/json');
    const outcome = await within(
      client(server.url, undefined, undefined, { timeout: 20 })
        .request(GET, {}, readBlob)
        .then(
          () => 'resolved',
          (e: unknown) => (e instanceof Error ? e.name : String(e)),
        ),
      2000,
      'the trickle',
    );
    expect(outcome).toBe('ApiTimeoutError');
  });
});

describe('credentials given as functions', () => {
  it('a sync function is called for every request: the bearer token rotates', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const tokens = ['tok_1', 'tok_2', 'tok_3'];
    let calls = 0;
    const c = client(server.url, { key: () => tokens[calls++] ?? 'exhausted' });
    await c.request(GET);
    await c.request(GET);
    expect(calls).toBe(2);
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      'Bearer tok_1',
      'Bearer tok_2',
    ]);
  });

  it('an async function is awaited for every request', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    let calls = 0;
    const c = client(server.url, {
      key: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        calls++;
        return `async_${calls}`;
      },
    });
    await c.request(GET);
    await c.request(GET);
    expect(calls).toBe(2);
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      'Bearer async_1',
      'Bearer async_2',
    ]);
  });

  it('functions work for apiKey in header, query and cookie, and for basic', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    let n = 0;
    const c = client(
      server.url,
      {
        header: () => `h${++n}`,
        query: async () => `q${n}`,
        cookie: () => 'c v',
        basic: async () => 'user:pa ss',
      },
      {
        header: apiKeyHeader('X-Api-Key'),
        query: apiKeyQuery('api_key'),
        cookie: apiKeyCookie('sid'),
        basic: basicAuth,
      },
    );
    await c.request({
      ...GET,
      query: { a: 1 },
      encode: encodeParams,
      security: [['header', 'query', 'cookie', 'basic']],
    });
    await c.request({
      ...GET,
      query: { a: 1 },
      encode: encodeParams,
      security: [['header', 'query', 'cookie', 'basic']],
    });
    expect(
      server.received.map((r) => [
        r.url,
        r.headers['x-api-key'],
        r.headers['cookie'],
        r.headers['authorization'],
      ]),
    ).toEqual([
      [
        '/thing?a=1&api_key=q1',
        'h1',
        'sid=c%20v',
        `Basic ${Buffer.from('user:pa ss').toString('base64')}`,
      ],
      [
        '/thing?a=1&api_key=q2',
        'h2',
        'sid=c%20v',
        `Basic ${Buffer.from('user:pa ss').toString('base64')}`,
      ],
    ]);
  });

  it('security: [] sends no Authorization and never calls the function', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    let calls = 0;
    const c = client(server.url, { key: () => `tok_${++calls}` });
    await c.request({ ...GET, security: [] });
    expect(calls).toBe(0);
    expect(server.received[0]?.headers).not.toHaveProperty('authorization');
    await c.request(GET);
    expect(calls).toBe(1);
    expect(server.received[1]?.headers['authorization']).toBe('Bearer tok_1');
  });

  it('uses the first alternative whose credentials are all given', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    let calls = 0;
    const c = client(
      server.url,
      { missing: undefined, key: () => `tok_${++calls}` },
      { missing: apiKeyHeader('X-Missing'), key: bearerAuth },
    );
    await c.request({ ...GET, security: [['missing'], ['key']] });
    expect(server.received[0]?.headers['authorization']).toBe('Bearer tok_1');
    expect(server.received[0]?.headers).not.toHaveProperty('x-missing');
  });

  it('a function that throws fails the request before anything is sent', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const c = client(server.url, {
      key: async () => {
        throw new Error('token refresh failed');
      },
    });
    await expect(c.request(GET)).rejects.toThrow('token refresh failed');
    expect(server.received).toHaveLength(0);
  });
});
