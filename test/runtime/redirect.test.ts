/**
 * Redirects are followed by the SDK, not by fetch, so that nothing meant for the API
 * (credentials, custom headers) reaches another origin. Two servers on 127.0.0.1 on
 * different ports are two origins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  BaseClient,
  type ClientOptions,
  type Fetch,
  type RequestSpec,
} from '../../templates/runtime/client.js';
import { encodeParams } from '../../templates/runtime/serialize.js';
import { ApiConnectionError, ApiError } from '../../templates/runtime/errors.js';
import type { Pagination } from '../../templates/runtime/pagination.js';
import { paginate } from '../helpers/pager.js';
import { json, startServer, type Received, type TestServer } from '../helpers/server.js';
import { bodyOf } from '../helpers/body.js';
import {
  apiKeyCookie,
  apiKeyHeader,
  apiKeyQuery,
  bearerAuth,
  applySecurity,
} from '../../templates/runtime/security.js';

const SECRETS = {
  header: 'sk-header-secret',
  query: 'sk-query-secret',
  cookie: 'sk-cookie-secret',
  bearer: 'sk-bearer-secret',
};

/** A client whose one security alternative puts a credential in every place one can go. */
function client(baseUrl: string, options: ClientOptions = {}): BaseClient {
  return new BaseClient(
    { baseUrl, maxRetries: 0, headers: { 'x-client-custom': 'client-value' }, ...options },
    {
      defaultBaseUrl: 'https://unused.example',
      authorize: applySecurity,
      securitySchemes: {
        header: apiKeyHeader('X-Api-Key'),
        query: apiKeyQuery('api_key'),
        cookie: apiKeyCookie('session'),
        bearer: bearerAuth,
      },
      credentials: SECRETS,
    },
  );
}

const ALL_CREDENTIALS = [['header', 'query', 'cookie', 'bearer']] as const;

const POST: RequestSpec = {
  method: 'POST',
  path: '/things',
  accept: 'application/json',
  headers: { 'x-op-param': 'op-value' },
  cookies: { pref: 'dark' },
  encode: encodeParams,
  body: bodyOf({ n: 1 }, 'application/json'),
  security: ALL_CREDENTIALS,
};

/** Everything of a request that could carry a secret, as one text. */
function everything(request: Received | undefined): string {
  return JSON.stringify(request);
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function redirect(status: number, location: string) {
  return (_r: Received, res: import('node:http').ServerResponse) => {
    res.writeHead(status, { location }).end('moved');
  };
}

describe('redirects to another origin', () => {
  it('a 307 to another origin keeps method and body, and carries no credential and no custom header', async () => {
    const other = await serve((_r, res) => json(res, 200, { landed: true }));
    const api = await serve(redirect(307, `${other.url}/landing?keep=1&api_key=${SECRETS.query}`));
    const data = await client(api.url).request(POST, {
      headers: { 'x-call-custom': 'call-value' },
    });
    expect(data).toEqual({ landed: true });

    // The API itself got everything.
    const first = api.received[0];
    expect(first?.headers['x-api-key']).toBe(SECRETS.header);
    expect(first?.headers['x-client-custom']).toBe('client-value');

    const landed = other.received[0];
    expect(landed?.method).toBe('POST');
    expect(landed?.body).toBe('{"n":1}');
    expect(landed?.headers['content-type']).toBe('application/json');
    expect(landed?.headers['accept']).toBe('application/json');
    expect(landed?.url).toBe('/landing?keep=1');
    for (const name of [
      'x-api-key',
      'authorization',
      'cookie',
      'x-client-custom',
      'x-call-custom',
      'x-op-param',
    ]) {
      expect(landed?.headers, name).not.toHaveProperty(name);
    }
    for (const secret of Object.values(SECRETS)) expect(everything(landed)).not.toContain(secret);
  });

  // A signed download link (Box's 302, a CDN's): re-serialized, its `+` became a space.
  it('a link to another origin with no credential in it goes exactly as it came', async () => {
    const other = await serve((_r, res) => json(res, 200, {}));
    const signed = '/file?Expires=2030-01-01T00:00:00+00:00&download&name=a~b&sig=Zm9v+YmFy/==';
    const api = await serve(redirect(302, `${other.url}${signed}`));
    await client(api.url).request({ ...POST, method: 'GET', body: undefined });
    expect(other.received[0]?.url).toBe(signed);
  });

  // Red team: the hop that took the key out wrote the query again, its list's comma encoded
  // (`ids=a,b%2Cc`, two ids, went on as three).
  it('a hop to another origin takes the key out and leaves the rest of the query as it was', async () => {
    const other = await serve((_r, res) => json(res, 200, {}));
    const api = await serve(
      redirect(302, `${other.url}/x?ids=a,b%2Cc&api_key=${SECRETS.query}&q=a+b`),
    );
    await client(api.url).request({ ...POST, method: 'GET', body: undefined });
    expect(other.received[0]?.url).toBe('/x?ids=a,b%2Cc&q=a+b');
  });

  // Red team: a parameter whose name merely holds a credential's word (`keyword`, `author`, a
  // signed link's own `token`) is no credential: it goes on where the redirect says.
  it("a redirect's own parameters go on, whatever their names", async () => {
    const other = await serve((_r, res) => json(res, 200, {}));
    const api = await serve(
      redirect(302, `${other.url}/blob/f.bin?token=SIGNED&keyword=cats&author=t&expires=99`),
    );
    await client(api.url).request({
      path: '/download',
      encode: encodeParams,
      query: { keyword: 'cats', author: 't', token: undefined },
      security: [],
    });
    expect(other.received[0]?.url).toBe(
      '/blob/f.bin?token=SIGNED&keyword=cats&author=t&expires=99',
    );
  });

  it('once the chain has left the origin, coming back does not bring the credentials back', async () => {
    const api = await serve((r, res) =>
      r.url === '/back'
        ? json(res, 200, {})
        : res.writeHead(302, { location: `${other.url}/x` }).end(),
    );
    const other = await serve(redirect(302, `${api.url}/back`));
    await client(api.url).request({ ...POST, method: 'GET', body: undefined });
    const back = api.received[1];
    expect(back?.url).toBe('/back');
    for (const secret of Object.values(SECRETS)) expect(everything(back)).not.toContain(secret);
  });

  it('a redirect within the origin keeps the credentials and headers', async () => {
    const api = await serve((r, res) =>
      r.url === '/new' ? json(res, 200, {}) : res.writeHead(308, { location: '/new' }).end(),
    );
    await client(api.url).request(
      { ...POST, security: [['header', 'bearer']] },
      { headers: { 'x-call-custom': 'call-value' } },
    );
    const second = api.received[1];
    expect(second?.method).toBe('POST');
    expect(second?.body).toBe('{"n":1}');
    expect(second?.headers['x-api-key']).toBe(SECRETS.header);
    expect(second?.headers['authorization']).toBe(`Bearer ${SECRETS.bearer}`);
    expect(second?.headers['x-call-custom']).toBe('call-value');
  });
});

describe('how each redirect status is followed', () => {
  const cases: Array<
    [status: number, method: RequestSpec['method'], expectedMethod: string, keepsBody: boolean]
  > = [
    [301, 'POST', 'GET', false],
    [302, 'POST', 'GET', false],
    [303, 'POST', 'GET', false],
    [303, 'PUT', 'GET', false],
    [301, 'PUT', 'PUT', true],
    [307, 'PUT', 'PUT', true],
    [307, 'POST', 'POST', true],
    [308, 'PATCH', 'PATCH', true],
  ];

  it.each(cases)(
    '%i after %s: %s, body kept: %s',
    async (status, method, expectedMethod, keepsBody) => {
      const api = await serve((r, res) =>
        r.url === '/to' ? json(res, 200, {}) : res.writeHead(status, { location: '/to' }).end(),
      );
      await client(api.url).request({ ...POST, method, security: [] });
      const followed = api.received[1];
      expect(followed?.method).toBe(expectedMethod);
      expect(followed?.body).toBe(keepsBody ? '{"n":1}' : '');
      if (keepsBody) expect(followed?.headers['content-type']).toBe('application/json');
      else expect(followed?.headers).not.toHaveProperty('content-type');
    },
  );

  it('stops after 20 redirects with ApiConnectionError, without retrying the loop', async () => {
    const api = await serve((_r, res) => res.writeHead(302, { location: '/again' }).end());
    const error = await client(api.url, { maxRetries: 2 })
      .request({ ...POST, method: 'GET', body: undefined, security: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toMatch(/redirect/i);
    expect(api.received).toHaveLength(21);
  });

  // Red team: a POST answered 303 was sent three times when the GET after it failed.
  it('a request a redirect turned into a GET was acted on: a failure after it is not retried', async () => {
    const api = await serve((r, res) =>
      r.method === 'POST'
        ? res.writeHead(303, { location: '/result' }).end()
        : res.writeHead(503).end(),
    );
    const error = await client(api.url, { maxRetries: 2 })
      .request({ ...POST, security: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(api.received.map((r) => r.method)).toEqual(['POST', 'GET']);
    const gone = await serve((r, res) =>
      res.writeHead(303, { location: `http://127.0.0.1:1${r.url}` }).end(),
    );
    const refused = await client(gone.url, { maxRetries: 2 })
      .request({ ...POST, security: [] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiConnectionError);
    expect(gone.received).toHaveLength(1);
  });

  // Red team: a browser follows the 303 itself; the POST went out again with each retry.
  it('a POST the platform redirected itself is not retried either', async () => {
    let posts = 0;
    const browserFetch: Fetch = async (_input, init) => {
      if (init?.method === 'POST') posts++;
      const response = new Response(null, { status: 503 });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    };
    const error = await client('https://api.example', { maxRetries: 2, fetch: browserFetch })
      .request({ ...POST, security: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(posts).toBe(1);
  });

  it('a 307 keeps the request as it was asked: a 503 after it retries the whole chain', async () => {
    const api = await serve((r, res) =>
      r.url === '/to' ? res.writeHead(503).end() : res.writeHead(307, { location: '/to' }).end(),
    );
    await client(api.url, { maxRetries: 1 })
      .request({ ...POST, security: [] })
      .catch(() => undefined);
    expect(api.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /things',
      'POST /to',
      'POST /things',
      'POST /to',
    ]);
  });

  it('a 3xx without Location is the answer: an ApiError with its status', async () => {
    const api = await serve((_r, res) => res.writeHead(300).end());
    const error = await client(api.url)
      .request({ ...POST, security: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 300 });
    expect(error).toBeInstanceOf(ApiError);
  });

  it('a stream body cannot be sent twice: a 307 after one is an ApiError with its status', async () => {
    const api = await serve((_r, res) => res.writeHead(307, { location: '/to' }).end());
    const body = new Blob(['streamed']).stream();
    const error = await client(api.url)
      .request({ ...POST, body: bodyOf(body, 'application/octet-stream'), security: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 307 });
    expect(api.received).toHaveLength(1);
  });
});

/**
 * A fetch as a browser's, recording each call's redirect mode: `redirect: 'manual'` gets an
 * opaque redirect (status 0, type 'opaqueredirect'), the rest the real fetch.
 */
function browserLikeFetch(modes: Array<RequestRedirect | undefined>): Fetch {
  return async (input, init) => {
    modes.push(init?.redirect);
    if (init?.redirect !== 'manual') return fetch(input, init);
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    return opaque;
  };
}

describe('where the platform hides redirects (browsers)', () => {
  it('on an opaque redirect, lets fetch follow, and remembers that for later calls', async () => {
    const api = await serve((r, res) =>
      r.url === '/to'
        ? json(res, 200, { ok: true })
        : res.writeHead(302, { location: '/to' }).end(),
    );
    const modes: Array<RequestRedirect | undefined> = [];
    const browserLike = browserLikeFetch(modes);
    const sdk = client(api.url, { fetch: browserLike });
    expect(await sdk.request({ ...POST, method: 'GET', body: undefined, security: [] })).toEqual({
      ok: true,
    });
    expect(await sdk.request({ ...POST, method: 'GET', body: undefined, security: [] })).toEqual({
      ok: true,
    });
    expect(modes).toEqual(['manual', 'follow', 'follow']);
  });

  it('sends an idempotent request again for fetch to follow (a PUT may go twice)', async () => {
    const api = await serve((r, res) =>
      r.url === '/to'
        ? json(res, 200, { ok: true })
        : res.writeHead(307, { location: '/to' }).end(),
    );
    const modes: Array<RequestRedirect | undefined> = [];
    const browserLike = browserLikeFetch(modes);
    const put = await client(api.url, { fetch: browserLike }).request({
      ...POST,
      method: 'PUT',
      security: [],
    });
    expect(put).toEqual({ ok: true });
    expect(modes).toEqual(['manual', 'follow']);
  });

  it('never sends a POST twice: an opaque redirect fails it (the server may have acted on it)', async () => {
    const modes: Array<RequestRedirect | undefined> = [];
    const browserLike = browserLikeFetch(modes);
    const error = await client('https://api.example', { fetch: browserLike })
      .request({ ...POST, security: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(String(error)).toContain('not sent again');
    expect(modes).toEqual(['manual']);
  });

  it('in a page or a worker, lets fetch follow from the first call', async () => {
    const api = await serve((r, res) =>
      r.url === '/to'
        ? json(res, 200, { ok: true })
        : res.writeHead(303, { location: '/to' }).end(),
    );
    const modes: Array<RequestRedirect | undefined> = [];
    const pageFetch: Fetch = (input, init) => {
      modes.push(init?.redirect);
      return fetch(input, init);
    };
    const process = globalThis.process;
    Object.assign(globalThis, { document: {}, process: undefined });
    try {
      const sdk = client(api.url, { fetch: pageFetch });
      expect(await sdk.request({ ...POST, security: [] })).toEqual({ ok: true });
    } finally {
      Object.assign(globalThis, { process });
      delete (globalThis as { document?: unknown }).document;
    }
    expect(modes).toEqual(['follow']);
    expect(api.received.map((r) => r.method)).toEqual(['POST', 'GET']);
  });
});

describe('next-page links to another origin', () => {
  const pagination: Pagination = { kind: 'link', items: 'data', next: 'next' };

  it('get no credential and no custom header; links within the origin keep them', async () => {
    const other = await serve((_r, res) => json(res, 200, { data: [3], next: null }));
    const api = await serve((r, res) =>
      r.url.startsWith('/items?page=2')
        ? // Another endpoint: a link to this one on another host is taken at the client's base.
          json(res, 200, {
            data: [2],
            next: `${other.url}/archive?page=3&api_key=${SECRETS.query}`,
          })
        : json(res, 200, { data: [1], next: `${api.url}/items?page=2` }),
    );
    const list: RequestSpec = {
      method: 'GET',
      path: '/items',
      accept: 'application/json',
      headers: { 'x-op-param': 'op-value' },
      encode: encodeParams,
      security: ALL_CREDENTIALS,
    };
    const seen: number[] = [];
    for await (const item of paginate<unknown, number>(client(api.url), list, pagination, {
      headers: { 'x-call-custom': 'call-value' },
    })) {
      seen.push(item);
    }
    expect(seen).toEqual([1, 2, 3]);
    const sameOrigin = api.received[1];
    expect(sameOrigin?.headers['x-api-key']).toBe(SECRETS.header);
    expect(sameOrigin?.headers['x-call-custom']).toBe('call-value');
    const foreign = other.received[0];
    expect(foreign?.url).toBe('/archive?page=3');
    for (const name of [
      'x-api-key',
      'authorization',
      'cookie',
      'x-client-custom',
      'x-call-custom',
      'x-op-param',
    ]) {
      expect(foreign?.headers, name).not.toHaveProperty(name);
    }
    for (const secret of Object.values(SECRETS)) expect(everything(foreign)).not.toContain(secret);
  });
});
