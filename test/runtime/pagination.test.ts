/** `paginate()` for every kind of `Pagination`, against a real server, and `nextPage()` on its own. */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BaseClient, type RequestSpec } from '../../templates/runtime/client.js';
import { encodeParams } from '../../templates/runtime/serialize.js';
import { jsonBody } from '../../templates/runtime/body.js';
import { InvalidResponseError, NotFoundError } from '../../templates/runtime/errors.js';
import type { Pagination } from '../../templates/runtime/pagination.js';
import { nextPage, paginate } from '../helpers/pager.js';
import { json, startServer, type Received, type TestServer } from '../helpers/server.js';
import { bearerAuth, applySecurity } from '../../templates/runtime/security.js';

interface Item {
  readonly id: string;
}

const LIST: RequestSpec = {
  method: 'GET',
  path: '/items',
  accept: 'application/json',
  security: [['key']],
  encode: encodeParams,
};

function client(baseUrl: string): BaseClient {
  return new BaseClient(
    { baseUrl, maxRetries: 0 },
    {
      defaultBaseUrl: 'https://unused.example',
      authorize: applySecurity,
      securitySchemes: { key: bearerAuth },
      credentials: { key: 'sk-pages' },
    },
  );
}

function items(...ids: string[]): Item[] {
  return ids.map((id) => ({ id }));
}

function query(request: Received): URLSearchParams {
  return new URL(request.url, 'http://placeholder').searchParams;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('paginate(): cursor', () => {
  const pagination: Pagination = {
    kind: 'cursor',
    items: 'data',
    cursor: 'next_cursor',
    param: 'cursor',
    hasMore: 'has_more',
  };
  const pages: Record<string, unknown> = {
    '': { data: items('a', 'b'), next_cursor: 'c2', has_more: true },
    c2: { data: items('c', 'd'), next_cursor: 'c3', has_more: true },
    // A cursor is given, but has_more says this is the last page.
    c3: { data: items('e'), next_cursor: 'c4', has_more: false },
  };

  it('awaiting gives the first page only, with one request', async () => {
    server = await startServer((r, res) => json(res, 200, pages[query(r).get('cursor') ?? '']));
    const page = await paginate<unknown, Item>(
      client(server.url),
      { ...LIST, query: { limit: 2 } },
      pagination,
    );
    expect(page).toEqual(pages['']);
    expect(server.received.map((r) => r.url)).toEqual(['/items?limit=2']);
  });

  it('for await yields every item of every page, stopping when has_more is false', async () => {
    server = await startServer((r, res) => json(res, 200, pages[query(r).get('cursor') ?? '']));
    const all = await collect(
      paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 2 } }, pagination),
    );
    expect(all).toEqual(items('a', 'b', 'c', 'd', 'e'));
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=2',
      '/items?limit=2&cursor=c2',
      '/items?limit=2&cursor=c3',
    ]);
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      'Bearer sk-pages',
      'Bearer sk-pages',
      'Bearer sk-pages',
    ]);
  });

  // Review: a call's `query` that names the walk's own parameter had sent every page as the first.
  it("keeps the call's query on every page, but not over the cursor the walk sends", async () => {
    server = await startServer((r, res) => json(res, 200, pages[query(r).get('cursor') ?? '']));
    await collect(
      paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 2 } }, pagination, {
        query: { cursor: 'c2', team: 't1' },
      }),
    );
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=2&cursor=c2&team=t1',
      '/items?limit=2&cursor=c3&team=t1',
    ]);
  });

  // Square's searches, AWS's lists and Google's `:search` methods take the cursor in the JSON body
  // of their POST: they had given their first page only.
  it('sends the cursor in the JSON body where it goes there, the rest of the body kept', async () => {
    const inBody: Pagination = { ...pagination, in: 'body' };
    const cursorOf = (r: Received) => (JSON.parse(r.body) as { cursor?: string }).cursor ?? '';
    server = await startServer((r, res) => json(res, 200, pages[cursorOf(r)]));
    const search: RequestSpec = {
      ...LIST,
      method: 'POST',
      body: jsonBody({ query: { text: 'x' }, limit: 2 }),
    };
    const all = await collect(paginate<unknown, Item>(client(server.url), search, inBody));
    expect(all).toEqual(items('a', 'b', 'c', 'd', 'e'));
    expect(server.received.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
      ['POST', '/items', { query: { text: 'x' }, limit: 2 }],
      ['POST', '/items', { query: { text: 'x' }, limit: 2, cursor: 'c2' }],
      ['POST', '/items', { query: { text: 'x' }, limit: 2, cursor: 'c3' }],
    ]);
    expect(server.received[1]?.headers['content-type']).toBe('application/json');
  });

  // Red team: a form body's next page had gone as JSON labelled a form.
  it('refuses to walk a body the caller sent as another type than JSON', async () => {
    server = await startServer((_r, res) => json(res, 200, pages['']));
    const inBody: Pagination = { ...pagination, in: 'body' };
    const form: RequestSpec = {
      ...LIST,
      method: 'POST',
      body: {
        value: { q: 'x' },
        contentType: 'application/x-www-form-urlencoded',
        encode: () => 'q=x',
      },
    };
    await expect(
      collect(paginate<unknown, Item>(client(server.url), form, inBody)),
    ).rejects.toThrow('This walk sends its cursor in a JSON object body');
    expect(server.received).toHaveLength(1);
  });

  // Svix's: the last page still names its iterator, and says `done`.
  it('stops at a page that says it is done, though it names a cursor', async () => {
    const svix: Pagination = {
      kind: 'cursor',
      items: 'data',
      cursor: 'iterator',
      param: 'iterator',
      done: 'done',
    };
    server = await startServer((r, res) =>
      query(r).get('iterator') === null
        ? json(res, 200, { data: items('a'), iterator: 'i1', done: false })
        : json(res, 200, { data: items('b'), iterator: 'i2', done: true }),
    );
    const all = await collect(paginate<unknown, Item>(client(server.url), LIST, svix));
    expect(all).toEqual(items('a', 'b'));
    expect(server.received.map((r) => r.url)).toEqual(['/items', '/items?iterator=i1']);
  });

  it('without hasMore, stops when the cursor is null', async () => {
    const noFlag: Pagination = {
      kind: 'cursor',
      items: 'data',
      cursor: 'next',
      param: 'page_token',
    };
    server = await startServer((r, res) => {
      const token = query(r).get('page_token');
      if (token === null) json(res, 200, { data: items('a'), next: 't/1' });
      else if (token === 't/1') json(res, 200, { data: items('b', 'c'), next: 't 2' });
      else json(res, 200, { data: items('d'), next: null });
    });
    const all = await collect(
      paginate<unknown, Item>(client(server.url), { ...LIST, query: { q: 'x y' } }, noFlag),
    );
    expect(all).toEqual(items('a', 'b', 'c', 'd'));
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?q=x%20y',
      '/items?q=x%20y&page_token=t%2F1',
      '/items?q=x%20y&page_token=t%202',
    ]);
  });

  it('replaces a cursor given in the first query instead of sending it twice', async () => {
    const noFlag: Pagination = { kind: 'cursor', items: 'data', cursor: 'next', param: 'cursor' };
    server = await startServer((r, res) => {
      const cursor = query(r).get('cursor');
      json(
        res,
        200,
        cursor === 'start' ? { data: items('a'), next: 'more' } : { data: items('b'), next: '' },
      );
    });
    const all = await collect(
      paginate<unknown, Item>(
        client(server.url),
        { ...LIST, query: { cursor: 'start', limit: 1 } },
        noFlag,
      ),
    );
    expect(all).toEqual(items('a', 'b'));
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?cursor=start&limit=1',
      '/items?cursor=more&limit=1',
    ]);
  });
});

const AFTER: Pagination = {
  kind: 'after',
  items: 'data',
  hasMore: 'has_more',
  id: 'id',
  param: 'starting_after',
};

describe('paginate(): after (has_more and the last item id)', () => {
  const pagination = AFTER;

  function serve(r: Received, res: Parameters<typeof json>[0]): void {
    const after = query(r).get('starting_after');
    if (after === null) json(res, 200, { object: 'list', data: items('a', 'b'), has_more: true });
    else if (after === 'b')
      json(res, 200, { object: 'list', data: items('c', 'd'), has_more: true });
    else json(res, 200, { object: 'list', data: items('e'), has_more: false });
  }

  it('awaiting gives the first page only, with one request', async () => {
    server = await startServer(serve);
    const page = await paginate<unknown, Item>(
      client(server.url),
      { ...LIST, query: { limit: 2 } },
      pagination,
    );
    expect(page).toEqual({ object: 'list', data: items('a', 'b'), has_more: true });
    expect(server.received).toHaveLength(1);
  });

  it('for await yields every item, sending the last id of each page', async () => {
    server = await startServer(serve);
    const all = await collect(
      paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 2 } }, pagination),
    );
    expect(all).toEqual(items('a', 'b', 'c', 'd', 'e'));
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=2',
      '/items?limit=2&starting_after=b',
      '/items?limit=2&starting_after=d',
    ]);
  });
});

// Red team: `ending_before` stayed beside `starting_after`, which Stripe refuses.
describe('paginate(): after, walking back from ending_before', () => {
  it("sends each page's first id as ending_before, never starting_after", async () => {
    server = await startServer((r, res) => {
      const before = query(r).get('ending_before');
      json(res, 200, {
        data: before === 'x' ? items('e', 'd') : items('c'),
        has_more: before === 'x',
      });
    });
    const all = await collect(
      paginate<unknown, Item>(
        client(server.url),
        { ...LIST, query: { ending_before: 'x' } },
        { ...AFTER, before: 'ending_before' },
      ),
    );
    expect(all).toEqual(items('e', 'd', 'c'));
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?ending_before=x',
      '/items?ending_before=e',
    ]);
  });
});

describe('paginate(): link', () => {
  const pagination: Pagination = { kind: 'link', items: 'results', next: 'next' };

  it('follows the absolute next URL as given, and stops when it is null', async () => {
    server = await startServer((r, res) => {
      const page = query(r).get('page');
      const base = server!.url;
      if (page === null)
        json(res, 200, {
          results: items('a', 'b'),
          next: `${base}/items?page=2&size=2&filter=x%20y`,
        });
      else if (page === '2')
        json(res, 200, { results: items('c', 'd'), next: `${base}/other/path?page=3` });
      else json(res, 200, { results: items('e'), next: null });
    });
    const pages = paginate<{ results: Item[] }, Item>(
      client(server.url),
      { ...LIST, query: { size: 2 } },
      pagination,
    );
    expect(await pages).toEqual({
      results: items('a', 'b'),
      next: `${server.url}/items?page=2&size=2&filter=x%20y`,
    });
    expect(server.received).toHaveLength(1);
    expect(await collect(pages)).toEqual(items('a', 'b', 'c', 'd', 'e'));
    // The first page is not fetched again; the link's query replaces the original one.
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?size=2',
      '/items?page=2&size=2&filter=x%20y',
      '/other/path?page=3',
    ]);
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      'Bearer sk-pages',
      'Bearer sk-pages',
      'Bearer sk-pages',
    ]);
  });

  it('reads a page that is a bare array as its items, and as the last page', async () => {
    // SoundCloud's lists answer `Track[]` unless `linked_partitioning` asks for a linked page.
    server = await startServer((_r, res) => json(res, 200, items('a', 'b')));
    const pages = paginate<unknown, Item>(client(server.url), LIST, pagination);
    expect(await collect(pages)).toEqual(items('a', 'b'));
    expect(server.received).toHaveLength(1);
  });

  it("keeps the call's query on a next link's page, but not over what the link says", async () => {
    server = await startServer((r, res) =>
      query(r).get('page') === '2'
        ? json(res, 200, { results: items('c'), next: null })
        : json(res, 200, { results: items('a'), next: `${server!.url}/items?page=2` }),
    );
    await collect(
      paginate<unknown, Item>(client(server.url), LIST, pagination, {
        query: { page: '1', team: 't1' },
      }),
    );
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?page=1&team=t1',
      '/items?page=2&team=t1',
    ]);
  });

  // Red team: `next: "?cursor=2"` went to the base's parent path, and `things?cursor=2` lost the base path.
  it('reads a relative next link against the URL of the page it came in', async () => {
    server = await startServer((r, res) =>
      query(r).get('cursor') === null
        ? json(res, 200, {
            results: items('a'),
            next: r.url.includes('/v2/') ? '?cursor=2' : 'items?cursor=3',
          })
        : json(res, 200, { results: items('b') }),
    );
    await collect(paginate<unknown, Item>(client(`${server.url}/v2`), LIST, pagination));
    await collect(paginate<unknown, Item>(client(`${server.url}/v3`), LIST, pagination));
    expect(server.received.map((r) => r.url)).toEqual([
      '/v2/items',
      '/v2/items?cursor=2',
      '/v3/items',
      '/v3/items?cursor=3',
    ]);
  });

  it('stops when next is an empty string or missing', async () => {
    server = await startServer((r, res) => {
      if (query(r).get('page') === null)
        json(res, 200, { results: items('a'), next: `${server!.url}/items?page=2` });
      else json(res, 200, { results: items('b') });
    });
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      items('a', 'b'),
    );
    expect(server.received.map((r) => r.url)).toEqual(['/items', '/items?page=2']);
  });

  // DigitalOcean's next links name its public host: a client given a proxy as its baseUrl
  // went there for page 2, without its credentials, and got a 401.
  it('takes a next link to this endpoint on another host at the client base', async () => {
    server = await startServer((r, res) => {
      if (query(r).get('page') === null)
        json(res, 200, {
          results: items('a'),
          next: 'https://public.example/v2/items?page=2&per_page=1',
        });
      else json(res, 200, { results: items('b') });
    });
    const proxied = client(`${server.url}/proxy/v2`);
    expect(await collect(paginate<unknown, Item>(proxied, LIST, pagination))).toEqual(
      items('a', 'b'),
    );
    // A base that is a path, read against the page in a browser (red team).
    const page = globalThis as { location?: { href: string } };
    page.location = { href: `${server.url}/app/index.html` };
    try {
      expect(await collect(paginate<unknown, Item>(client('/proxy/v2'), LIST, pagination))).toEqual(
        items('a', 'b'),
      );
    } finally {
      delete page.location;
    }
    expect(server.received.map((r) => [r.url, r.headers['authorization']])).toEqual([
      ['/proxy/v2/items', 'Bearer sk-pages'],
      ['/proxy/v2/items?page=2&per_page=1', 'Bearer sk-pages'],
      ['/proxy/v2/items', 'Bearer sk-pages'],
      ['/proxy/v2/items?page=2&per_page=1', 'Bearer sk-pages'],
    ]);
  });
});

// Twilio's `next_page_uri` is the endpoint's path at the host's root: a client behind a gateway's
// `/tw` prefix went to the host's root for page 2.
it('takes a next path outside the base path, to this endpoint, under the base path', async () => {
  server = await startServer((r, res) => {
    if (query(r).get('Page') === null)
      json(res, 200, { calls: items('a'), next_page_uri: '/2010-04-01/Calls.json?Page=1' });
    else json(res, 200, { calls: items('b'), next_page_uri: null });
  });
  const calls = { ...LIST, path: '/2010-04-01/Calls.json' };
  const link: Pagination = { kind: 'link', items: 'calls', next: 'next_page_uri' };
  expect(await collect(paginate<unknown, Item>(client(`${server.url}/tw`), calls, link))).toEqual(
    items('a', 'b'),
  );
  // At the host's root, as Twilio's own base is, the path is followed as it is.
  expect(await collect(paginate<unknown, Item>(client(server.url), calls, link))).toEqual(
    items('a', 'b'),
  );
  expect(server.received.map((r) => r.url)).toEqual([
    '/tw/2010-04-01/Calls.json',
    '/tw/2010-04-01/Calls.json?Page=1',
    '/2010-04-01/Calls.json',
    '/2010-04-01/Calls.json?Page=1',
  ]);
  // A path elsewhere on the host is not this endpoint's: followed as it is.
  server.received.length = 0;
  const elsewhere = { ...calls, path: '/2010-04-01/Other.json' };
  await collect(paginate<unknown, Item>(client(`${server.url}/tw`), elsewhere, link));
  expect(server.received.map((r) => r.url)).toEqual([
    '/tw/2010-04-01/Other.json',
    '/2010-04-01/Calls.json?Page=1',
  ]);
});

describe('paginate(): offset', () => {
  const rows = items('r0', 'r1', 'r2', 'r3', 'r4');

  function slice(r: Received, total: boolean): unknown {
    const offset = Number(query(r).get('offset') ?? 0);
    const limit = Number(query(r).get('limit') ?? 100);
    const page = rows.slice(offset, offset + limit);
    return total ? { items: page, total: rows.length } : { items: page };
  }

  it('with total: advances the offset by the items received and stops at the total', async () => {
    const pagination: Pagination = {
      kind: 'offset',
      items: 'items',
      offsetParam: 'offset',
      total: 'total',
    };
    server = await startServer((r, res) => json(res, 200, slice(r, true)));
    const pages = paginate<unknown, Item>(
      client(server.url),
      { ...LIST, query: { limit: 2 } },
      pagination,
    );
    expect(await pages).toEqual({ items: items('r0', 'r1'), total: 5 });
    expect(server.received).toHaveLength(1);
    expect(await collect(pages)).toEqual(rows);
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=2',
      '/items?limit=2&offset=2',
      '/items?limit=2&offset=4',
    ]);
  });

  it('with limitParam: stops after a short page', async () => {
    const pagination: Pagination = {
      kind: 'offset',
      items: 'items',
      offsetParam: 'offset',
      limitParam: 'limit',
    };
    server = await startServer((r, res) => json(res, 200, slice(r, false)));
    const all = await collect(
      paginate<unknown, Item>(
        client(server.url),
        { ...LIST, query: { offset: 0, limit: 2 } },
        pagination,
      ),
    );
    expect(all).toEqual(rows);
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?offset=0&limit=2',
      '/items?offset=2&limit=2',
      '/items?offset=4&limit=2',
    ]);
  });

  // CircleCI's recent builds: the page is the array itself.
  it('walks a bare array, and without a size asked for, stops at an empty page', async () => {
    const pagination: Pagination = {
      kind: 'offset',
      items: [],
      offsetParam: 'offset',
      limitParam: 'limit',
    };
    server = await startServer((r, res) =>
      json(res, 200, (slice(r, false) as { items: Item[] }).items),
    );
    const walk = (q: Record<string, unknown>) =>
      collect(paginate<unknown, Item>(client(server!.url), { ...LIST, query: q }, pagination));
    expect(await walk({ limit: 2 })).toEqual(rows);
    expect(await walk({})).toEqual(rows);
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=2',
      '/items?limit=2&offset=2',
      '/items?limit=2&offset=4',
      '/items',
      '/items?offset=5',
    ]);
  });

  // VocaDB says `totalCount: 0` unless asked for `getTotalCount`: the walk stopped at page one.
  it('a total below the items already given is none: the walk goes on to a short page', async () => {
    const pagination: Pagination = {
      kind: 'offset',
      items: 'items',
      offsetParam: 'offset',
      limitParam: 'limit',
      total: 'total',
    };
    server = await startServer((r, res) => {
      const offset = Number(query(r).get('offset') ?? 0);
      json(res, 200, { items: rows.slice(offset, offset + 2), total: 0 });
    });
    const all = await collect(
      paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 2 } }, pagination),
    );
    expect(all).toEqual(rows);
    expect(server.received).toHaveLength(3);
  });

  // GIPHY caps `limit` at 50 and says `total_count`: a page shorter than asked is not the last.
  it('with total and limitParam: a capped page size walks on to the total', async () => {
    const pagination: Pagination = {
      kind: 'offset',
      items: 'items',
      offsetParam: 'offset',
      limitParam: 'limit',
      total: 'total',
    };
    server = await startServer((r, res) => {
      const offset = Number(query(r).get('offset') ?? 0);
      json(res, 200, { items: rows.slice(offset, offset + 2), total: rows.length });
    });
    const all = await collect(
      paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 3 } }, pagination),
    );
    expect(all).toEqual(rows);
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=3',
      '/items?limit=3&offset=2',
      '/items?limit=3&offset=4',
    ]);
  });

  it('with limitParam: a full last page costs one more request, which comes back empty', async () => {
    const pagination: Pagination = {
      kind: 'offset',
      items: 'items',
      offsetParam: 'offset',
      limitParam: 'limit',
    };
    server = await startServer((r, res) => json(res, 200, slice(r, false)));
    const all = await collect(
      paginate<unknown, Item>(
        client(server.url),
        { ...LIST, query: { offset: 1, limit: 2 } },
        pagination,
      ),
    );
    expect(all).toEqual(rows.slice(1));
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?offset=1&limit=2',
      '/items?offset=3&limit=2',
      '/items?offset=5&limit=2',
    ]);
  });
});

describe('paginate(): iteration', () => {
  const pagination: Pagination = { kind: 'cursor', items: 'data', cursor: 'next', param: 'cursor' };

  function serve(r: Received, res: Parameters<typeof json>[0]): void {
    const n = Number(query(r).get('cursor') ?? 1);
    json(res, 200, { data: items(`${n}a`, `${n}b`), next: n < 5 ? String(n + 1) : null });
  }

  it('fetches pages only as the loop needs them: a break on page 2 makes two requests', async () => {
    server = await startServer(serve);
    const seen: string[] = [];
    for await (const item of paginate<unknown, Item>(client(server.url), LIST, pagination)) {
      seen.push(item.id);
      if (item.id === '2a') break;
    }
    expect(seen).toEqual(['1a', '1b', '2a']);
    expect(server.received.map((r) => r.url)).toEqual(['/items', '/items?cursor=2']);
  });

  it('a failing later page rejects the loop with the typed error, after the earlier items', async () => {
    server = await startServer((r, res) => {
      if (query(r).get('cursor') === null) json(res, 200, { data: items('a'), next: 'gone' });
      else json(res, 404, { error: 'cursor expired' });
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate<unknown, Item>(client(server!.url), LIST, pagination))
        seen.push(item.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['a']);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: { error: 'cursor expired' } });
  });

  it('withResponse() gives the first page with its response', async () => {
    server = await startServer((r, res) =>
      json(res, 200, { data: items('a'), next: null }, { 'x-total': '1' }),
    );
    const { data, response } = await paginate<unknown, Item>(
      client(server.url),
      LIST,
      pagination,
    ).withResponse();
    expect(data).toEqual({ data: items('a'), next: null });
    expect(response.headers.get('x-total')).toBe('1');
    expect(server.received).toHaveLength(1);
  });

  it('a page without the items field yields nothing and stops', async () => {
    server = await startServer((_r, res) => json(res, 200, { next: null }));
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      [],
    );
    expect(server.received).toHaveLength(1);
  });
});

describe('nextPage()', () => {
  const cursor: Pagination = {
    kind: 'cursor',
    items: 'data',
    cursor: 'next_cursor',
    param: 'cursor',
    hasMore: 'has_more',
  };
  const cursorNoFlag: Pagination = {
    kind: 'cursor',
    items: 'data',
    cursor: 'next_cursor',
    param: 'cursor',
  };
  const after: Pagination = {
    kind: 'after',
    items: 'data',
    hasMore: 'has_more',
    id: 'id',
    param: 'starting_after',
  };
  const link: Pagination = { kind: 'link', items: 'data', next: 'next' };
  const offset: Pagination = {
    kind: 'offset',
    items: 'data',
    offsetParam: 'offset',
    limitParam: 'limit',
    total: 'total',
  };
  const one = items('x');

  // The New York Times' article search takes `page` up to 10 and answers page 11 with a 400.
  it('page: ends at the last page the parameter takes', () => {
    const upTo10: Pagination = {
      kind: 'page',
      items: 'docs',
      pageParam: 'page',
      first: 0,
      last: 10,
    };
    expect(nextPage({}, one, { page: 9 }, upTo10)).toEqual({ query: { page: 10 } });
    expect(nextPage({}, one, { page: 10 }, upTo10)).toBeUndefined();
  });

  it('cursor: continues with the cursor merged into the query', () => {
    expect(
      nextPage({ next_cursor: 'c2', has_more: true }, one, { limit: 5, cursor: 'c1' }, cursor),
    ).toEqual({ query: { limit: 5, cursor: 'c2' } });
    expect(nextPage({ next_cursor: 'c2' }, one, {}, cursorNoFlag)).toEqual({
      query: { cursor: 'c2' },
    });
    expect(nextPage({ next_cursor: 7 }, one, {}, cursorNoFlag)).toEqual({ query: { cursor: 7 } });
  });

  it('cursor: ends on an empty, null or missing cursor, or has_more false', () => {
    expect(nextPage({ next_cursor: '' }, one, {}, cursorNoFlag)).toBeUndefined();
    expect(nextPage({ next_cursor: null }, one, {}, cursorNoFlag)).toBeUndefined();
    expect(nextPage({}, one, {}, cursorNoFlag)).toBeUndefined();
    expect(nextPage({ next_cursor: '', has_more: true }, one, {}, cursor)).toBeUndefined();
    expect(nextPage({ next_cursor: 'c2', has_more: false }, one, {}, cursor)).toBeUndefined();
  });

  it('after: continues with the last item id; ends on has_more not true or no items', () => {
    expect(nextPage({ has_more: true }, items('a', 'b'), { limit: 2 }, after)).toEqual({
      query: { limit: 2, starting_after: 'b' },
    });
    expect(nextPage({ has_more: false }, items('a', 'b'), {}, after)).toBeUndefined();
    expect(nextPage({}, items('a', 'b'), {}, after)).toBeUndefined();
    expect(nextPage({ has_more: 'true' }, items('a', 'b'), {}, after)).toBeUndefined();
    expect(nextPage({ has_more: true }, [], {}, after)).toBeUndefined();
  });

  it('link: continues with a non-empty string; ends otherwise', () => {
    expect(nextPage({ next: 'https://h.example/items?page=2' }, one, { a: 1 }, link)).toEqual({
      url: 'https://h.example/items?page=2',
    });
    expect(nextPage({ next: '' }, one, {}, link)).toBeUndefined();
    expect(nextPage({ next: null }, one, {}, link)).toBeUndefined();
    expect(nextPage({}, one, {}, link)).toBeUndefined();
    expect(nextPage({ next: { href: '/x' } }, one, {}, link)).toBeUndefined();
  });

  it('offset: advances by the items received; ends on no items, the total reached, or a short page', () => {
    expect(
      nextPage({ total: 10 }, items('a', 'b'), { offset: 4, limit: 2, q: 'z' }, offset),
    ).toEqual({ query: { offset: 6, limit: 2, q: 'z' } });
    expect(nextPage({}, items('a', 'b'), { limit: 2 }, offset)).toEqual({
      query: { limit: 2, offset: 2 },
    });
    expect(nextPage({ total: 10 }, items('a', 'b'), { offset: '4' }, offset)).toEqual({
      query: { offset: 6 },
    });
    expect(nextPage({ total: 10 }, [], { offset: 4 }, offset)).toBeUndefined();
    // A page size given as its digits (a 64-bit parameter takes a string) ends a short page too.
    expect(nextPage({}, items('a'), { limit: '2' }, offset)).toBeUndefined();
    expect(
      nextPage({ total: 6 }, items('a', 'b'), { offset: 4, limit: 2 }, offset),
    ).toBeUndefined();
    expect(
      nextPage({ total: 5 }, items('a', 'b'), { offset: 4, limit: 2 }, offset),
    ).toBeUndefined();
    expect(nextPage({}, items('a'), { offset: 4, limit: 2 }, offset)).toBeUndefined();
  });

  it('ends when the page is not an object', () => {
    expect(nextPage(null, one, {}, cursorNoFlag)).toBeUndefined();
    expect(nextPage('text', one, {}, link)).toBeUndefined();
    expect(nextPage(undefined, one, {}, after)).toBeUndefined();
  });
});

// A server that never says "no more" the way the pagination expects must not loop forever.
describe('a server whose pages go round in circles', () => {
  it.each<[string, Pagination, (index: number) => unknown]>([
    [
      'the same cursor again',
      { kind: 'cursor', items: ['data'], cursor: ['next'], param: 'cursor' },
      (i) => ({ data: items(`a${i}`), next: 'same' }),
    ],
    [
      'the same next link again',
      { kind: 'link', items: ['data'], next: ['next'] },
      (i) => ({ data: items(`b${i}`), next: '/items?page=2' }),
    ],
    [
      'an offset it ignores',
      { kind: 'offset', items: ['data'], offsetParam: 'offset' },
      () => ({ data: items('c1', 'c2') }),
    ],
  ])('%s: the walk ends', async (_name, pagination, page) => {
    server = await startServer((_r, res, index) => json(res, 200, page(index)));
    const all = await collect(paginate<unknown, unknown>(client(server.url), LIST, pagination));
    expect(all.length).toBeGreaterThan(0);
    expect(server.received.length).toBeLessThanOrEqual(3);
  });

  // Notion's query takes its cursor in the body: sent in the query, it gave page 1 again with
  // `has_more: true`, and the walk had ended after 2 of 5 items as if they were all.
  it.each<[string, Pagination, (index: number) => unknown]>([
    [
      'the same page again, though it says more follow',
      {
        kind: 'cursor',
        items: ['results'],
        cursor: ['next_cursor'],
        param: 'start_cursor',
        hasMore: ['has_more'],
      },
      () => ({ results: items('n1', 'n2'), next_cursor: 'c2', has_more: true }),
    ],
    [
      'the same cursor again, though it says more follow',
      {
        kind: 'cursor',
        items: ['results'],
        cursor: ['next_cursor'],
        param: 'start_cursor',
        hasMore: ['has_more'],
      },
      (i) => ({ results: items(`m${i}`), next_cursor: 'same', has_more: true }),
    ],
    [
      'items without the id to start after, though it says more follow',
      { kind: 'after', items: ['data'], hasMore: ['has_more'], id: 'id', param: 'starting_after' },
      () => ({ data: [{ name: 'x' }], has_more: true }),
    ],
  ])('%s: the walk throws, never looking complete', async (_name, pagination, page) => {
    server = await startServer((_r, res, index) => json(res, 200, page(index)));
    const seen: unknown[] = [];
    const walk = (async () => {
      for await (const item of paginate<unknown, unknown>(client(server!.url), LIST, pagination))
        seen.push(item);
    })();
    await expect(walk).rejects.toThrow(
      new InvalidResponseError(
        200,
        new Headers(),
        'The server gave the same page again, though it says more follow: the walk is stopped',
      ),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(server.received.length).toBeLessThanOrEqual(3);
  });
});

// A new user's DynamoDB statement selected one column that repeats, a row a page: the walk had
// ended at the second `OPEN`, and given 1 of its 4 items. Where the server names the next page,
// the same items may be its own. A server that ignores the cursor, naming a fresh one each time
// (red team: walked without end), is stopped after a hundred, with an error.
it('goes on past the same items where the cursor moves on, and stops a hundred of them', async () => {
  const rows = ['OPEN', 'OPEN', 'OPEN', 'CLOSED'];
  server = await startServer((r, res) => {
    const at = Number(query(r).get('cursor') ?? 0);
    json(res, 200, { data: [{ status: rows[at] }], ...(at < 3 && { next_cursor: `${at + 1}` }) });
  });
  const pagination: Pagination = {
    kind: 'cursor',
    items: ['data'],
    cursor: ['next_cursor'],
    param: 'cursor',
  };
  const all = await collect(paginate<unknown, unknown>(client(server.url), LIST, pagination));
  expect(all).toEqual(rows.map((status) => ({ status })));
  await server.close();
  server = await startServer((_r, res, index) =>
    json(res, 200, { data: [{ status: 'ok' }], next_cursor: `c${index + 1}`, has_more: true }),
  );
  // The same items are held until the walk moves on: given once before the error (red team).
  const given: unknown[] = [];
  const ignored = (async () => {
    for await (const item of paginate<unknown, unknown>(client(server!.url), LIST, pagination))
      given.push(item);
  })();
  await expect(ignored).rejects.toThrow('100 pages in a row held the same items');
  expect(server.received).toHaveLength(102);
  expect(given).toEqual([{ status: 'ok' }]);
  // A server that ignores the cursor and names the same one: its page is given once (red team).
  await server.close();
  server = await startServer((_r, res) =>
    json(res, 200, { data: items('a', 'b'), next_cursor: 'c1' }),
  );
  expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
    items('a', 'b'),
  );
});

// Red team: an offset walk whose server names each next page in a `Link` had ended at the same
// row again, as a walk by its own count does.
it('goes on past the same items where a Link names the next page of an offset walk', async () => {
  server = await startServer((r, res) => {
    const at = Number(query(r).get('offset') ?? 0);
    json(
      res,
      200,
      { data: [{ id: 'same' }] },
      at < 2 ? { link: `</items?offset=${at + 1}&limit=1>; rel="next"` } : {},
    );
  });
  const offset: Pagination = {
    kind: 'offset',
    items: 'data',
    offsetParam: 'offset',
    limitParam: 'limit',
  };
  const all = await collect(
    paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 1 } }, offset),
  );
  expect(all).toEqual(items('same', 'same', 'same'));
});

// An offset the server ignores: the same items again end the walk by its own count.
it('ends an offset walk at the same items again', async () => {
  server = await startServer((_r, res) => json(res, 200, { data: items('a', 'b') }));
  const offset: Pagination = { kind: 'offset', items: 'data', offsetParam: 'offset' };
  const all = await collect(paginate<unknown, Item>(client(server.url), LIST, offset));
  expect(all).toEqual(items('a', 'b'));
  expect(server.received).toHaveLength(2);
});

// Red team: empty pages with a fresh cursor each looped without end, and no loop body ran to stop it.
it('throws after 1000 empty pages in a row, and walks on past fewer (a filtered list)', async () => {
  server = await startServer((_r, res, index) =>
    json(res, 200, { data: index === 3 ? items('late') : [], next: `c${index + 1}` }),
  );
  const pagination: Pagination = { kind: 'cursor', items: 'data', cursor: 'next', param: 'cursor' };
  const seen: Item[] = [];
  const walk = (async () => {
    for await (const item of paginate<unknown, Item>(client(server!.url), LIST, pagination))
      seen.push(item);
  })();
  // Cut short, a walk must not look complete.
  await expect(walk).rejects.toThrow(InvalidResponseError);
  await expect(walk).rejects.toThrow('1000 pages in a row held no items');
  expect(seen).toEqual(items('late'));
  expect(server.received).toHaveLength(4 + 1001);
});

// Vimeo's spec declares its lists bare arrays, and they answer `{ total, paging, data }`: every walk
// had given nothing, silently (new-user trial). An empty object is an empty list (PHP writes one).
it('throws where a page holds an object in place of its items, and takes {} for none', async () => {
  const pagination: Pagination = { kind: 'page', items: [], pageParam: 'page', first: 1 };
  server = await startServer((_r, res) =>
    json(res, 200, { total: 3, paging: { next: '/me/videos?page=2' }, data: items('v1') }),
  );
  const walk = collect(paginate<unknown, Item>(client(server.url), LIST, pagination));
  await expect(walk).rejects.toThrow(InvalidResponseError);
  await expect(walk).rejects.toThrow('The page holds an object where the spec puts its items');
  const keyed: Pagination = { kind: 'page', items: 'data', pageParam: 'page', first: 1 };
  const empty = await startServer((_r, res) => json(res, 200, { data: {} }));
  try {
    expect(await collect(paginate<unknown, Item>(client(empty.url), LIST, keyed))).toEqual([]);
  } finally {
    await empty.close();
  }
});

// Linode's `{ data, page, pages, results }`; Laravel's `current_page` and `last_page`.
describe('paginate(): page number', () => {
  const rows = items('r0', 'r1', 'r2', 'r3', 'r4');

  /** Pages of `size` from page `first`, saying their number and the count of pages. */
  function pageOf(r: Received, first: number, size = 2): unknown {
    const page = Number(query(r).get('page') ?? first);
    const data = rows.slice((page - first) * size, (page - first + 1) * size);
    return { data, page, pages: Math.ceil(rows.length / size) };
  }

  it('counts up from the page the server says, to the count of pages', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      pages: 'pages',
      current: 'page',
    };
    server = await startServer((r, res) => json(res, 200, pageOf(r, 1)));
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      rows,
    );
    expect(server.received.map((r) => r.url)).toEqual(['/items', '/items?page=2', '/items?page=3']);
  });

  // EVE Online's lists are bare arrays with the count of pages in `X-Pages`; a page past it is an
  // error there.
  const byHeader: Pagination = {
    kind: 'page',
    items: [],
    pageParam: 'page',
    first: 1,
    pagesHeader: 'X-Pages',
  };

  it('counts the pages by a response header', async () => {
    server = await startServer((r, res) => {
      const page = Number(query(r).get('page') ?? 1);
      if (page > 3) return json(res, 404, { error: 'Requested page does not exist!' });
      // A short middle page: the count says more follow.
      const data = page === 2 ? rows.slice(2, 3) : rows.slice((page - 1) * 2, page * 2);
      json(res, 200, data, { 'x-pages': '3' });
    });
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, byHeader))).toEqual(
      items('r0', 'r1', 'r2', 'r4'),
    );
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?page=1',
      '/items?page=2',
      '/items?page=3',
    ]);
  });

  // Xero answers a list without `page` with every record, unpaged: a new user's walk over 205
  // invoices had given 310, the first page being all of them.
  describe('a walk whose first page the spec numbers', () => {
    const numbered: Pagination = { kind: 'page', items: 'Invoices', pageParam: 'page', first: 1 };
    const unpagedFirst = (r: Received, res: ServerResponse) => {
      const page = query(r).get('page');
      const at = Number(page) - 1;
      json(res, 200, { Invoices: page === null ? rows : rows.slice(at * 2, at * 2 + 2) });
    };

    it('asks for the first page by its number', async () => {
      server = await startServer(unpagedFirst);
      expect(await collect(paginate<unknown, Item>(client(server.url), LIST, numbered))).toEqual(
        rows,
      );
      expect(server.received.map((r) => r.url)).toEqual([
        '/items?page=1',
        '/items?page=2',
        '/items?page=3',
        '/items?page=4',
      ]);
    });

    it('starts where the call or its options say instead', async () => {
      server = await startServer(unpagedFirst);
      const call = { ...LIST, query: { page: 2 } };
      expect(await collect(paginate<unknown, Item>(client(server.url), call, numbered))).toEqual(
        rows.slice(2),
      );
      const options = { query: { page: 3 } };
      const walk = paginate<unknown, Item>(client(server.url), LIST, numbered, options);
      expect(await collect(walk)).toEqual(rows.slice(4));
      expect(server.received.map((r) => r.url)).toEqual([
        '/items?page=2',
        '/items?page=3',
        '/items?page=4',
        '/items?page=3',
        '/items?page=4',
      ]);
    });

    // Red team: a `null` had kept the first page unnumbered while the walk counted from 1, and an
    // empty list, which leaves the call's own value on the wire, had dropped it from page 2 on.
    it('takes a null or an empty list in the options for no value, as the wire does', async () => {
      server = await startServer(unpagedFirst);
      const call = { ...LIST, query: { per_page: 2 } };
      const options = { query: { page: null, per_page: [] } };
      const walk = paginate<unknown, Item>(client(server.url), call, numbered, options);
      expect(await collect(walk)).toEqual(rows);
      expect(server.received.map((r) => r.url)).toEqual([
        '/items?per_page=2&page=1',
        '/items?per_page=2&page=2',
        '/items?per_page=2&page=3',
        '/items?per_page=2&page=4',
      ]);
    });
  });

  // Red team: a header a proxy drops, or CORS does not expose, had walked on to EVE's 404.
  it('ends where the header that counts the pages is missing', async () => {
    server = await startServer((r, res) => {
      const page = Number(query(r).get('page') ?? 1);
      if (page > 1) return json(res, 404, { error: 'Requested page does not exist!' });
      json(res, 200, rows.slice(0, 2));
    });
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, byHeader))).toEqual(
      rows.slice(0, 2),
    );
  });

  // setlist.fm says its `total` of items and `itemsPerPage`, no count of pages, and answers a
  // page past the last with a 404: the walk stops at the last page the total fills.
  it('counts the pages by the total of items and the page size, where the page says them', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'p',
      current: 'page',
      total: 'total',
      size: 'itemsPerPage',
    };
    server = await startServer((r, res) => {
      const page = Number(query(r).get('p') ?? 1);
      if (page > 3) return json(res, 404, { message: 'not found' });
      const data = rows.slice((page - 1) * 2, page * 2);
      json(res, 200, { data, page, total: rows.length, itemsPerPage: 2 });
    });
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      rows,
    );
    expect(server.received.map((r) => r.url)).toEqual(['/items', '/items?p=2', '/items?p=3']);
  });

  // Red team: a total of 0 (VocaDB's, unless asked for) or one below the items already given
  // counts no pages: the walk goes on to an empty page.
  it('a total below the items already given counts no pages', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      current: 'page',
      total: 'total',
      size: 'size',
    };
    server = await startServer((r, res) => {
      const page = Number(query(r).get('page') ?? 1);
      json(res, 200, { data: rows.slice((page - 1) * 2, page * 2), page, total: 0, size: 2 });
    });
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      rows,
    );
  });

  // The page says its number and the spec says nothing of the first: a 0-based server walks on.
  it('walks a 0-based server whose page says its number, the first page unknown', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      pages: 'pages',
      current: 'page',
    };
    server = await startServer((r, res) => json(res, 200, pageOf(r, 0)));
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      rows,
    );
  });

  it('counts from 0 when the first page is 0, and from the page asked when the page says none', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      first: 0,
      pages: 'pages',
    };
    server = await startServer((r, res) => {
      const { data, pages } = pageOf(r, 0) as { data: Item[]; pages: number };
      json(res, 200, { data, pages });
    });
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, pagination))).toEqual(
      rows,
    );
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?page=0',
      '/items?page=1',
      '/items?page=2',
    ]);
  });

  // DigitalOcean caps `per_page` at 200: fewer items than asked, and more pages all the same.
  it('trusts the count of pages over a short page, and never goes back before the first', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      limitParam: 'per_page',
      pages: 'pages',
      current: 'page',
    };
    server = await startServer((r, res) => json(res, 200, pageOf(r, 1)));
    const spec = { ...LIST, query: { per_page: 500 } };
    expect(await collect(paginate<unknown, Item>(client(server.url), spec, pagination))).toEqual(
      rows,
    );
    server.received.length = 0;
    // A server that answers page 0 where the spec says pages start at 1 is going backwards.
    server.close();
    server = await startServer((_r, res) => json(res, 200, { data: items('x'), page: 0 }));
    const back: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      first: 1,
      current: 'page',
    };
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, back))).toEqual(
      items('x'),
    );
    expect(server.received).toHaveLength(1);
  });

  it('without a count of pages, stops at a short page of the size asked, or an empty one', async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      limitParam: 'per_page',
    };
    server = await startServer((r, res) => {
      const size = Number(query(r).get('per_page') ?? 2);
      json(res, 200, { data: (pageOf(r, 1, size) as { data: Item[] }).data });
    });
    const spec = { ...LIST, query: { per_page: 2 } };
    expect(await collect(paginate<unknown, Item>(client(server.url), spec, pagination))).toEqual(
      rows,
    );
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?per_page=2',
      '/items?per_page=2&page=2',
      '/items?per_page=2&page=3',
    ]);
    server.received.length = 0;
    const unsized: Pagination = { kind: 'page', items: 'data', pageParam: 'page' };
    expect(await collect(paginate<unknown, Item>(client(server.url), LIST, unsized))).toEqual(rows);
    expect(server.received.map((r) => r.url)).toEqual([
      '/items',
      '/items?page=2',
      '/items?page=3',
      '/items?page=4',
    ]);
  });

  // Gitea caps `limit` (at 50) and links the next page, in a Link header its spec does not
  // declare: the first short page had ended the walk, the rest of the items unsaid.
  it("follows the Link header's next over a short page of the size asked", async () => {
    const pagination: Pagination = {
      kind: 'page',
      items: 'data',
      pageParam: 'page',
      limitParam: 'limit',
    };
    server = await startServer((r, res) => {
      const { data } = pageOf(r, 1) as { data: Item[] };
      const page = Number(query(r).get('page') ?? 1);
      const links = ['</docs>; rel="describedby"', '</items?limit=2&page=3>; rel="last"'];
      if (page < 3) links.push(`</items?limit=2&page=${page + 1}>; rel="next"`);
      json(res, 200, { data }, { link: links.join(', ') });
    });
    const spec = { ...LIST, query: { limit: 100 } };
    expect(await collect(paginate<unknown, Item>(client(server.url), spec, pagination))).toEqual(
      rows,
    );
    expect(server.received.map((r) => r.url)).toEqual([
      '/items?limit=100',
      '/items?limit=2&page=2',
      '/items?limit=2&page=3',
    ]);
    // A Link header that says nothing of pages leaves the short page the last.
    server.close();
    server = await startServer((r, res) =>
      json(res, 200, pageOf(r, 1), { link: '</docs>; rel="describedby"' }),
    );
    await collect(paginate<unknown, Item>(client(server.url), spec, pagination));
    expect(server.received.map((r) => r.url)).toEqual(['/items?limit=100']);
  });
});

// Red team: a server that leaves out of each window what the caller may not see links past it;
// counted from the items received, the walk had asked for offsets inside windows it had read.
it('walks an offset by the Link header where the response links its pages', async () => {
  const all = items('r0', 'r1', 'r2', 'r3', 'r4', 'r5');
  server = await startServer((r, res) => {
    const offset = Number(query(r).get('offset') ?? 0);
    // Of each window of 3, the last is hidden.
    const data = all.slice(offset, offset + 2);
    const next =
      offset + 3 < all.length ? [`</items?offset=${offset + 3}&limit=3>; rel="next"`] : [];
    json(
      res,
      200,
      { items: data },
      { link: ['</items?offset=0&limit=3>; rel="first"', ...next].join(', ') },
    );
  });
  const pagination: Pagination = {
    kind: 'offset',
    items: 'items',
    offsetParam: 'offset',
    limitParam: 'limit',
  };
  const walked = await collect(
    paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 3 } }, pagination),
  );
  expect(walked).toEqual(items('r0', 'r1', 'r3', 'r4'));
  expect(server.received.map((r) => r.url)).toEqual(['/items?limit=3', '/items?offset=3&limit=3']);
});

// Red team: a logging `fetch` that rebuilds each Response (`new Response(body, init)`) gives
// them no URL; a relative next link had been read against the base (`/v1?n=2`), the walk lost.
it('reads a relative next link against the endpoint where the Response has no URL', async () => {
  server = await startServer((r, res) => {
    const n = Number(query(r).get('n') ?? 1);
    json(res, 200, { data: [{ id: `p${n}` }], next: n < 3 ? `?n=${n + 1}` : null });
  });
  const wrapped = new BaseClient(
    {
      baseUrl: `${server.url}/v1`,
      maxRetries: 0,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        return new Response(response.body, response);
      },
    },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const all = await collect(
    paginate<unknown, Item>(
      wrapped,
      { ...LIST, path: '/posts', security: [] },
      {
        kind: 'link',
        items: 'data',
        next: 'next',
      },
    ),
  );
  expect(all).toEqual(items('p1', 'p2', 'p3'));
  expect(server.received.map((r) => r.url)).toEqual([
    '/v1/posts',
    '/v1/posts?n=2',
    '/v1/posts?n=3',
  ]);
});

// Red team: the headers of a walk stopped after 100 empty pages had echoed the key in clear.
it('stops a walk of empty pages without the headers that may echo a credential', async () => {
  let n = 0;
  server = await startServer((_r, res) => {
    res.setHeader('x-echo', 'Bearer sk-pages');
    json(res, 200, { data: [], next_cursor: `c${++n}` });
  });
  const error = await collect(
    paginate<unknown, Item>(client(server.url), LIST, {
      kind: 'cursor',
      items: 'data',
      cursor: 'next_cursor',
      param: 'cursor',
    }),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(JSON.stringify([...(error as InvalidResponseError).headers])).not.toContain('sk-pages');
});

// Red team: the last page of a linked offset walk had no Link header, and the walk counted on
// from the first query: 30 items had given 40.
it('ends a walk that followed links at the page that links none', async () => {
  const all = items(...Array.from({ length: 6 }, (_, i) => `r${i}`));
  server = await startServer((r, res) => {
    const offset = Number(query(r).get('offset') ?? 0);
    const next =
      offset + 2 < all.length ? { link: `</items?offset=${offset + 2}&limit=2>; rel="next"` } : {};
    json(res, 200, { items: all.slice(offset, offset + 2) }, next);
  });
  const pagination: Pagination = {
    kind: 'offset',
    items: 'items',
    offsetParam: 'offset',
    limitParam: 'limit',
  };
  const walked = await collect(
    paginate<unknown, Item>(client(server.url), { ...LIST, query: { limit: 2 } }, pagination),
  );
  expect(walked).toEqual(all);
});
