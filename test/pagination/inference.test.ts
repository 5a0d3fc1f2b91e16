/** Which pagination normalize infers for each page shape, read through refs, allOf and nesting. */
import { describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { normalizeDocument } from '../../src/normalize/document.js';

const USER = { type: 'object', properties: { id: { type: 'string' } } };
const LINK = { Link: { schema: { type: 'string' } } };

/** The pagination of the one GET /things whose 200 has `schema` (and `headers`), without its item schema. */
function inferred(
  schema: unknown,
  options: {
    params?: Array<string | object>;
    headers?: object;
    extra?: object;
    schemas?: object;
    operation?: object;
    method?: string;
    path?: string;
  } = {},
): unknown {
  const document = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      [options.path ?? '/things']: {
        [options.method ?? 'get']: {
          operationId: 'listThings',
          ...options.operation,
          // `name:type`; a string when not said. Or the Parameter Object itself.
          parameters: (options.params ?? []).map((param) => {
            if (typeof param !== 'string') return param;
            const [name, type = 'string'] = param.split(':');
            return { name, in: 'query', schema: { type } };
          }),
          responses: {
            '200': {
              description: 'ok',
              ...(options.headers && { headers: options.headers }),
              content: { 'application/json': { schema } },
            },
          },
        },
      },
      ...options.extra,
    },
    components: { schemas: { User: USER, ...options.schemas } },
  };
  const op = normalizeDocument(document as unknown as OpenAPI3).operations.find(
    (o) => o.functionName === 'listThings',
  );
  if (op?.pagination === undefined) return undefined;
  const { itemSchema, ...descriptor } = op.pagination;
  return { ...descriptor, item: itemSchema };
}

const USERS = { type: 'array', items: { $ref: '#/components/schemas/User' } };
const USER_REF = { kind: 'ref', target: 'User' };

// CircleCI's recent builds, Jira's user searches, Mist's and Gitea's lists: a bare array they
// page by offset or by number had given its first page only.
describe('a bare array without a Link header', () => {
  it('pages by an offset and a size', () => {
    expect(inferred(USERS, { params: ['offset:integer', 'limit:integer'] })).toEqual({
      kind: 'offset',
      items: [],
      offsetParam: 'offset',
      limitParam: 'limit',
      item: USER_REF,
    });
    // Figshare takes `page` with `page_size` or `offset` with `limit`: the offset goes with its
    // own size (its walk had sent `offset` with `page_size`, which it refuses).
    expect(
      inferred(USERS, {
        params: ['page:integer', 'page_size:integer', 'limit:integer', 'offset:integer'],
      }),
    ).toEqual(expect.objectContaining({ offsetParam: 'offset', limitParam: 'limit' }));
    // A size says where a page is short: without one, no walk.
    expect(inferred(USERS, { params: ['offset:integer'] })).toBeUndefined();
    // A token is no count (Asana's string offset).
    expect(inferred(USERS, { params: ['offset', 'limit:integer'] })).toBeUndefined();
  });

  it('pages by a number that says where pages start, and a size', () => {
    const page = (schema: object, description?: string) => ({
      name: 'page',
      in: 'query',
      schema,
      ...(description && { description }),
    });
    expect(
      inferred(USERS, { params: [page({ type: 'integer', default: 1 }), 'per_page:integer'] }),
    ).toEqual({
      kind: 'page',
      items: [],
      pageParam: 'page',
      first: 1,
      limitParam: 'per_page',
      item: USER_REF,
    });
    expect(
      inferred(USERS, {
        params: [page({ type: 'integer' }, 'Page number (1-based)'), 'limit:integer'],
      }),
    ).toEqual(expect.objectContaining({ kind: 'page', first: 1 }));
    // Where pages start unknown: page 2 would skip one of a 0-based API's. But `page` beside
    // `per_page`, GitHub's pair, counts from 1 (Netlify's, Vimeo's: their first page had been all).
    expect(
      inferred(USERS, { params: [page({ type: 'integer' }), 'limit:integer'] }),
    ).toBeUndefined();
    expect(inferred(USERS, { params: [page({ type: 'integer' }), 'per_page:integer'] })).toEqual(
      expect.objectContaining({
        kind: 'page',
        pageParam: 'page',
        first: 1,
        limitParam: 'per_page',
      }),
    );
    expect(inferred(USERS, { params: [page({ type: 'integer', default: 1 })] })).toBeUndefined();
  });
});

// EVE Online's 44 lists take `page` alone and count the pages in `X-Pages`: first page only.
it('a bare array whose response counts the pages in a header walks to that count', () => {
  const pages = { 'X-Pages': { schema: { type: 'integer' } } };
  expect(inferred(USERS, { params: ['page:integer'], headers: pages })).toEqual({
    kind: 'page',
    items: [],
    pageParam: 'page',
    first: 1,
    pagesHeader: 'X-Pages',
    item: USER_REF,
  });
  expect(
    inferred(USERS, {
      params: ['page:integer', 'limit:integer'],
      headers: { 'x-pagination-page-count': { schema: { type: 'integer' } } },
    }),
  ).toEqual(
    expect.objectContaining({ pagesHeader: 'x-pagination-page-count', limitParam: 'limit' }),
  );
  // No page number to move by, or no such header: as before.
  expect(inferred(USERS, { headers: pages })).toBeUndefined();
  expect(inferred(USERS, { params: ['page:integer'] })).toBeUndefined();
});

describe('the Link header', () => {
  it('a bare array whose response declares Link', () => {
    expect(inferred(USERS, { headers: LINK })).toEqual({
      kind: 'linkHeader',
      items: [],
      item: USER_REF,
    });
    expect(inferred(USERS, { headers: { link: { $ref: '#/components/headers/x' } } })).toEqual(
      expect.objectContaining({ kind: 'linkHeader' }),
    );
  });

  it('page and per_page page by Link when another response of the spec declares it', () => {
    const elsewhere = {
      '/other': { get: { responses: { '200': { description: 'ok', headers: LINK } } } },
    };
    expect(inferred(USERS, { params: ['page', 'per_page'], extra: elsewhere })).toEqual(
      expect.objectContaining({ kind: 'linkHeader', items: [] }),
    );
    expect(inferred(USERS, { params: ['page', 'per_page'] })).toBeUndefined();
    expect(inferred(USERS, { params: ['per_page'], extra: elsewhere })).toBeUndefined();
    // Or `per_page` with a cursor: GitHub's Dependabot alerts and webhook deliveries take `after`.
    for (const cursor of ['after', 'cursor'])
      expect(inferred(USERS, { params: [cursor, 'per_page'], extra: elsewhere })).toEqual(
        expect.objectContaining({ kind: 'linkHeader', items: [] }),
      );
    expect(inferred(USERS, { params: ['after', 'per_page'] })).toBeUndefined();
    expect(inferred(USERS, { params: ['after'], extra: elsewhere })).toBeUndefined();
  });

  // Red team (and BeezUP's exportations): another operation's Link had cancelled the count.
  it('a page that counts its pages walks by them, whatever Link another operation declares', () => {
    const elsewhere = {
      '/other': { get: { responses: { '200': { description: 'ok', headers: LINK } } } },
    };
    const page = {
      type: 'object',
      properties: { items: USERS, total_pages: { type: 'integer' } },
    };
    const number = { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } };
    expect(inferred(page, { params: [number, 'per_page:integer'], extra: elsewhere })).toEqual(
      expect.objectContaining({ kind: 'page', pages: ['total_pages'] }),
    );
  });

  it('a union of arrays pages a union of their items; an object without an array does not page', () => {
    const both = { anyOf: [USERS, { type: 'array', items: { type: 'string' } }] };
    expect(inferred(both, { headers: LINK })).toEqual({
      kind: 'linkHeader',
      items: [],
      item: { kind: 'union', variants: [USER_REF, { kind: 'string' }] },
    });
    expect(inferred({ $ref: '#/components/schemas/User' }, { headers: LINK })).toBeUndefined();
  });

  it('an object page with Link and a paging parameter: its items array', () => {
    const page = {
      type: 'object',
      properties: { total_count: { type: 'integer' }, workflow_runs: USERS },
    };
    expect(inferred(page, { headers: LINK, params: ['per_page'] })).toEqual({
      kind: 'linkHeader',
      items: ['workflow_runs'],
      item: USER_REF,
    });
    // One resource that happens to hold an array (GitHub declares Link on some of those too).
    expect(inferred(page, { headers: LINK, params: ['fields'] })).toBeUndefined();
  });
});

describe('fields below the page', () => {
  it('a cursor nested one object down (Slack)', () => {
    const page = {
      type: 'object',
      properties: {
        ok: { type: 'boolean' },
        members: USERS,
        response_metadata: {
          type: 'object',
          properties: { next_cursor: { type: 'string' } },
        },
      },
    };
    expect(inferred(page, { params: ['limit', 'cursor'] })).toEqual({
      kind: 'cursor',
      items: ['members'],
      cursor: ['response_metadata', 'next_cursor'],
      param: 'cursor',
      item: USER_REF,
    });
  });

  // Apideck's `links.next` carries the cursor alone: walked by it, the caller's filters were
  // dropped after the first page. Its `meta.cursors.next` goes back with the caller's query.
  it('a next cursor in `meta.cursors` before a next link (Apideck)', () => {
    const text = { type: 'string', nullable: true };
    const trio = { type: 'object', properties: { previous: text, current: text, next: text } };
    const page = {
      type: 'object',
      properties: {
        data: USERS,
        meta: { type: 'object', properties: { items_on_page: { type: 'integer' }, cursors: trio } },
        links: trio,
      },
    };
    expect(inferred(page, { params: ['cursor', 'limit:integer', 'filter'] })).toEqual({
      kind: 'cursor',
      items: ['data'],
      cursor: ['meta', 'cursors', 'next'],
      param: 'cursor',
      item: USER_REF,
    });
    // Without a parameter to send it back in, the link is the way on.
    expect(inferred(page, { params: ['limit:integer'] })).toEqual({
      kind: 'link',
      items: ['data'],
      next: ['links', 'next'],
      item: USER_REF,
    });
  });

  it('a next page path or URL (Twilio), top-level before nested', () => {
    const uri = { type: ['string', 'null'], format: 'uri' };
    expect(inferred({ type: 'object', properties: { calls: USERS, next_page_uri: uri } })).toEqual({
      kind: 'link',
      items: ['calls'],
      next: ['next_page_uri'],
      item: USER_REF,
    });
    expect(
      inferred({
        type: 'object',
        properties: {
          attempts: USERS,
          meta: { type: 'object', properties: { next_page_url: uri, page: { type: 'integer' } } },
        },
      }),
    ).toEqual({
      kind: 'link',
      items: ['attempts'],
      next: ['meta', 'next_page_url'],
      item: USER_REF,
    });
  });

  // SendGrid's segment: `for await` had walked its `parent_list_ids`.
  it('a thing with an id is no page of its one list of scalars; its list of records may be', () => {
    const next = {
      _metadata: { type: 'object', properties: { next: { type: 'string', format: 'uri' } } },
    };
    const ids = { type: 'array', items: { type: 'string' } };
    const segment = { id: { type: 'string' }, name: { type: 'string' }, parent_list_ids: ids };
    expect(inferred({ type: 'object', properties: { ...segment, ...next } })).toBeUndefined();
    // LaunchDarkly's member says its id as `_id`: `getMe()` had walked its `customRoles`.
    const member = { _id: { type: 'string' }, customRoles: ids };
    expect(inferred({ type: 'object', properties: { ...member, ...next } })).toBeUndefined();
    // Without an id it is a page of ids (Twitter's followers/ids).
    expect(inferred({ type: 'object', properties: { ids, ...next } })).toMatchObject({
      kind: 'link',
      items: ['ids'],
    });
    expect(
      inferred({
        type: 'object',
        properties: { id: { type: 'string' }, messages: USERS, ...next },
      }),
    ).toMatchObject({ kind: 'link', items: ['messages'] });
    // Nor where the path lists that very thing (red team: `/audiences/{a}/member-ids` answers
    // `member_ids`; here `/things` answers `things`).
    expect(
      inferred({ type: 'object', properties: { id: { type: 'string' }, things: ids, ...next } }),
    ).toMatchObject({ kind: 'link', items: ['things'] });
  });

  // Just Eat's catalogue lists (Facebook's too): `paging.cursors.after`, sent back as `after`.
  // Spotify's has a `next` link beside it, which the walk goes by.
  it('`paging.cursors.after` goes back as `after`, where no next link says more', () => {
    const cursors = {
      type: 'object',
      properties: { cursors: { type: 'object', properties: { after: { type: 'string' } } } },
    };
    const page = { type: 'object', properties: { items: USERS, paging: cursors } };
    expect(inferred(page, { params: ['limit:integer', 'after'] })).toEqual({
      kind: 'cursor',
      items: ['items'],
      cursor: ['paging', 'cursors', 'after'],
      param: 'after',
      item: USER_REF,
    });
    const linked = {
      type: 'object',
      properties: { items: USERS, cursors: cursors.properties.cursors, next: { type: 'string' } },
    };
    expect(inferred(linked, { params: ['limit:integer', 'after'] })).toMatchObject({
      kind: 'link',
    });
  });

  // App Center's errors of an error group: `errors` and a `nextLink`, which had not been walked.
  it('`errors` are the items where the path lists errors', () => {
    const page = {
      type: 'object',
      properties: { errors: USERS, nextLink: { type: 'string', format: 'uri' } },
    };
    expect(inferred(page, { path: '/groups/errors' })).toMatchObject({
      kind: 'link',
      items: ['errors'],
    });
    expect(inferred(page)).toBeUndefined();
  });

  // Vercel's lists: `pagination.next` is a timestamp "that must be used to request the next
  // page", sent back as `until`; its first page had been all.
  it('a timestamp `pagination.next` walks by `until`, where the operation takes it', () => {
    const page = {
      type: 'object',
      properties: {
        deployments: USERS,
        pagination: {
          type: 'object',
          properties: {
            count: { type: 'number' },
            next: { type: ['number', 'null'] },
            prev: { type: ['number', 'null'] },
          },
        },
      },
    };
    expect(inferred(page, { params: ['limit:number', 'since:number', 'until:number'] })).toEqual(
      expect.objectContaining({
        kind: 'cursor',
        items: ['deployments'],
        cursor: ['pagination', 'next'],
        param: 'until',
      }),
    );
    expect(inferred(page, { params: ['limit:number'] })).toBeUndefined();
  });

  it('an array of records is the items beside arrays of scalars', () => {
    const page = {
      type: 'object',
      properties: {
        messages: USERS,
        channel_actions_ts: { type: 'array', items: { type: 'integer' } },
        next_cursor: { type: 'string' },
      },
    };
    expect(inferred(page, { params: ['cursor'] })).toEqual(
      expect.objectContaining({ kind: 'cursor', items: ['messages'] }),
    );
  });

  // Vercel's team members beside its `emailInviteCodes`: the walk had not been found.
  it('the array the path lists is the items beside other arrays of records', () => {
    const page = {
      type: 'object',
      properties: {
        members: USERS,
        emailInviteCodes: USERS,
        pagination: {
          type: 'object',
          properties: { hasNext: { type: 'boolean' }, next: { type: 'number' } },
        },
      },
    };
    const params = ['limit:integer', 'until:integer'];
    expect(inferred(page, { path: '/v2/teams/members', params })).toEqual(
      expect.objectContaining({ kind: 'cursor', items: ['members'], param: 'until' }),
    );
    expect(inferred(page, { path: '/v2/teams/people', params })).toBeUndefined();
  });
});

// Giphy: `count` is this page's length, `total_count` the whole result's.
it('offset pages: the total is the surest name the page has, not the first it lists', () => {
  const page = {
    type: 'object',
    properties: {
      data: USERS,
      pagination: {
        type: 'object',
        properties: {
          count: { type: 'integer' },
          offset: { type: 'integer' },
          total_count: { type: 'integer' },
        },
      },
    },
  };
  expect(inferred(page, { params: ['limit:integer', 'offset:integer'] })).toEqual({
    kind: 'offset',
    items: ['data'],
    offsetParam: 'offset',
    limitParam: 'limit',
    total: ['pagination', 'total_count'],
    item: USER_REF,
  });
});

// Stripe's search results: `next_page` is an opaque token for the `page` parameter.
it('next_page with has_more is a cursor for page; without has_more it may be a URL, so no', () => {
  const search = {
    type: 'object',
    properties: {
      data: USERS,
      has_more: { type: 'boolean' },
      next_page: { type: 'string', nullable: true },
    },
  };
  expect(inferred(search, { params: ['limit', 'page', 'query'] })).toEqual({
    kind: 'cursor',
    items: ['data'],
    cursor: ['next_page'],
    param: 'page',
    hasMore: ['has_more'],
    item: USER_REF,
  });
  const zendesk = { type: 'object', properties: { tickets: USERS, next_page: { type: 'string' } } };
  expect(inferred(zendesk, { params: ['page'] })).toBeUndefined();
});

describe('allOf paging objects (Spotify)', () => {
  const schemas = {
    PagingObject: {
      type: 'object',
      properties: {
        href: { type: 'string' },
        next: { type: ['string', 'null'] },
        offset: { type: 'integer' },
        limit: { type: 'integer' },
        total: { type: 'integer' },
      },
    },
    PagingUsers: {
      allOf: [
        { $ref: '#/components/schemas/PagingObject' },
        { type: 'object', properties: { items: USERS } },
      ],
    },
  };
  const paging = { $ref: '#/components/schemas/PagingUsers' };

  it('the parts merge into one page: items from one, next from the other', () => {
    expect(inferred(paging, { params: ['limit', 'offset'], schemas })).toEqual({
      kind: 'link',
      items: ['items'],
      next: ['next'],
      item: USER_REF,
    });
  });

  it('the one page inside a response; none when there are several (search)', () => {
    const featured = {
      type: 'object',
      properties: { message: { type: 'string' }, playlists: paging },
    };
    expect(inferred(featured, { schemas })).toEqual({
      kind: 'link',
      items: ['playlists', 'items'],
      next: ['playlists', 'next'],
      item: USER_REF,
    });
    const search = { type: 'object', properties: { tracks: paging, artists: paging } };
    expect(inferred(search, { schemas })).toBeUndefined();
  });

  it('a cycle of allOf parts ends in the located error, not in a stack overflow', () => {
    const cyclic = {
      A: {
        allOf: [
          { $ref: '#/components/schemas/B' },
          { type: 'object', properties: { data: USERS } },
        ],
      },
      B: { allOf: [{ $ref: '#/components/schemas/A' }] },
    };
    expect(() => inferred({ $ref: '#/components/schemas/A' }, { schemas: cyclic })).toThrow(
      /refers to itself/,
    );
  });
});

// Asana's `offset` is a string token only a previous page hands out: counting it up breaks page 2.
it('an offset parameter that is a string is no count to add to', () => {
  const page = {
    type: 'object',
    properties: { data: USERS, total: { type: 'integer' } },
  };
  expect(inferred(page, { params: ['limit:integer', 'offset:string'] })).toBeUndefined();
  // Red team: an Airtable-like token that says where the next page starts.
  const token = {
    name: 'offset',
    in: 'query',
    description: 'Where to continue: the position returned as `offset` by the previous page.',
    schema: { type: 'string' },
  };
  expect(inferred(page, { params: ['limit:integer', token] })).toBeUndefined();
  // DocuSign's others say "the position within the total result set".
  const within = {
    ...token,
    description: 'The position within the total result set from which to start returning values.',
  };
  expect(inferred(page, { params: ['limit:integer', within] })).toEqual(
    expect.objectContaining({ kind: 'offset', offsetParam: 'offset' }),
  );
  expect(inferred(page, { params: ['limit:integer', 'offset:integer'] })).toEqual(
    expect.objectContaining({ kind: 'offset', offsetParam: 'offset' }),
  );
  // Unless it says it is an index: DocuSign's `start_position`, whose every number is a string
  // (18 lists walk by it; none had).
  const envelopes = {
    type: 'object',
    properties: {
      envelopes: USERS,
      folders: { type: 'array', items: { type: 'string' } },
      totalSetSize: { type: 'string' },
      nextUri: { type: 'string', description: 'The URI for the next chunk of records.' },
    },
  };
  const startPosition = {
    name: 'start_position',
    in: 'query',
    description: 'The zero-based index of the result from which to start returning results.',
    schema: { type: 'string' },
  };
  expect(inferred(envelopes, { params: ['count', startPosition] })).toEqual(
    expect.objectContaining({
      kind: 'offset',
      items: ['envelopes'],
      offsetParam: 'start_position',
      limitParam: 'count',
    }),
  );
});

// Akeneo's lists (HAL): `_links.next.href`, beside a `page` its `search_after` mode ignores.
it("HAL's next link is the next page", () => {
  const link = { type: 'object', properties: { href: { type: 'string' } } };
  const page = {
    type: 'object',
    properties: {
      _links: { type: 'object', properties: { self: link, next: link } },
      _embedded: { type: 'object', properties: { items: USERS } },
      items: USERS,
    },
  };
  expect(inferred(page, { params: ['page:integer', 'limit:integer'] })).toEqual(
    expect.objectContaining({ kind: 'link', next: ['_links', 'next', 'href'] }),
  );
});

// HAL keeps the items in `_embedded`, the next link beside them: Akeneo's `search_after` lists
// (and Vonage's) stopped at one page. API2Cart's `pagination.next` beside `result` is a cursor.
it("HAL's next link beside `_embedded` pages its items, and only HAL's", () => {
  const link = { type: 'object', properties: { href: { type: 'string' } } };
  const hal = {
    type: 'object',
    properties: {
      _links: { type: 'object', properties: { self: link, next: link } },
      _embedded: { type: 'object', properties: { items: USERS } },
    },
  };
  expect(inferred(hal, { params: ['search_after'] })).toEqual(
    expect.objectContaining({
      kind: 'link',
      items: ['_embedded', 'items'],
      next: ['_links', 'next', 'href'],
    }),
  );
  const api2cart = {
    type: 'object',
    properties: {
      result: { type: 'object', properties: { product: USERS } },
      pagination: { type: 'object', properties: { next: { type: 'string' } } },
    },
  };
  expect(inferred(api2cart, { params: ['page_cursor'] })).toBeUndefined();
});

// Spring Data REST's HAL: GoToWebinar's `page.totalPages` beside `_embedded` (its walk had asked
// for a page past the last, which its server may answer with an error).
// The New York Times' article search: `page` up to 10, whose page 11 is a 400.
it("a page number's maximum is the last page", () => {
  const page = { type: 'object', properties: { docs: USERS } };
  const upTo10 = {
    name: 'page',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: 10 },
  };
  expect(inferred(page, { params: [upTo10, 'limit:integer'] })).toEqual(
    expect.objectContaining({ kind: 'page', pageParam: 'page', last: 10 }),
  );
  // Red team: a maximum the parameter excludes is one past the last; one below the first, none.
  const exclusive = { ...upTo10, schema: { ...upTo10.schema, exclusiveMaximum: 10 } };
  delete (exclusive.schema as { maximum?: number }).maximum;
  expect(inferred(page, { params: [exclusive, 'limit:integer'] })).toEqual(
    expect.objectContaining({ last: 9 }),
  );
  const below = { ...upTo10, schema: { type: 'integer', minimum: 1, maximum: 0 } };
  expect(inferred(page, { params: [below, 'limit:integer'] })).not.toHaveProperty('last');
});

it("Spring's `page` beside `_embedded` counts the pages", () => {
  const int = { type: 'integer' };
  const spring = {
    type: 'object',
    properties: {
      _embedded: { type: 'object', properties: { webinars: USERS } },
      page: {
        type: 'object',
        properties: { number: int, size: int, totalElements: int, totalPages: int },
      },
    },
  };
  const first0 = { name: 'page', in: 'query', description: 'The first page is 0', schema: int };
  expect(inferred(spring, { params: [first0, 'size:integer'] })).toEqual(
    expect.objectContaining({
      kind: 'page',
      items: ['_embedded', 'webinars'],
      first: 0,
      pages: ['page', 'totalPages'],
    }),
  );
  // Red team: another `page` is not Spring's: its `count` of this page's items is no total, and
  // its `next` token no link.
  const own = (properties: object) => ({
    type: 'object',
    properties: {
      _embedded: { type: 'object', properties: { items: USERS } },
      page: { type: 'object', properties },
    },
  });
  expect(
    inferred(own({ count: int, offset: int }), { params: ['offset:integer', 'limit:integer'] }),
  ).not.toHaveProperty('total');
  expect(inferred(own({ next: { type: 'string' } }), { params: ['cursor'] })).toBeUndefined();
});

// Zalando's `page` is typed as text: its lists had not been walked. Only beside a page that says
// its number: a text `page` may be a page's name.
it('walks a page number typed as text where the page says its number', () => {
  const int = { type: 'integer' };
  const page = { type: 'object', properties: { content: USERS, page: int, totalPages: int } };
  expect(inferred(page, { params: ['page:string', 'pageSize:string'] })).toEqual(
    expect.objectContaining({ kind: 'page', pageParam: 'page', pages: ['totalPages'] }),
  );
  const unnumbered = { type: 'object', properties: { content: USERS, totalPages: int } };
  expect(inferred(unnumbered, { params: ['page:string', 'pageSize:string'] })).toBeUndefined();
});

// .NET's PascalCase: Billbee's `{ Paging: { Page, TotalPages }, Data }` had left its lists unpaged.
it('reads a page whatever the case of its fields', () => {
  const page = {
    type: 'object',
    properties: {
      Paging: {
        type: 'object',
        properties: { Page: { type: 'integer' }, TotalPages: { type: 'integer' } },
      },
      Data: USERS,
    },
  };
  expect(inferred(page, { params: ['page:integer', 'pageSize:integer'] })).toEqual(
    expect.objectContaining({
      kind: 'page',
      items: ['Data'],
      pages: ['Paging', 'TotalPages'],
      current: ['Paging', 'Page'],
    }),
  );
});

// Telstra's `paging.totalCount` is "the total number of pages": as a total of items, its walk
// stopped after one page.
it('a total that counts pages is no total of items', () => {
  const page = {
    type: 'object',
    properties: {
      messages: USERS,
      paging: {
        type: 'object',
        properties: { totalCount: { type: 'number', description: 'The total number of pages.' } },
      },
    },
  };
  const descriptor = inferred(page, { params: ['offset:integer', 'limit:integer'] });
  expect(descriptor).toEqual(expect.objectContaining({ kind: 'offset', offsetParam: 'offset' }));
  expect(descriptor).not.toHaveProperty('total');
  // Red team: items "across all pages" are items.
  const items = {
    type: 'object',
    properties: {
      data: USERS,
      total: { type: 'integer', description: 'Total number of items across all pages' },
    },
  };
  expect(inferred(items, { params: ['offset:integer'] })).toEqual(
    expect.objectContaining({ kind: 'offset', total: ['total'] }),
  );
});

// e-conomic's 17 lists take `Cursor`: parameters are known by name whatever their case.
it('a paging parameter is known whatever its case', () => {
  const page = {
    type: 'object',
    properties: { cursor: { type: 'string' }, items: USERS },
  };
  expect(inferred(page, { params: ['Cursor'] })).toEqual(
    expect.objectContaining({ kind: 'cursor', cursor: ['cursor'], param: 'Cursor' }),
  );
});

// Mist's `start` is the epoch second a time range starts at: its lists had been walked as offsets.
it('a start beside a page number is no offset', () => {
  const page = { type: 'object', properties: { results: USERS, total: { type: 'integer' } } };
  const params = ['page:integer', 'limit:integer', 'start:integer', 'end:integer'];
  expect(inferred(page, { params })).not.toEqual(expect.objectContaining({ offsetParam: 'start' }));
  expect(inferred(page, { params: ['limit:integer', 'start:integer'] })).toEqual(
    expect.objectContaining({ kind: 'offset', offsetParam: 'start' }),
  );
});

// Airflow's collections: `allOf` of the items and `CollectionInfo`, whose `total_entries` is
// the total (without it, a walk stopped at the server's cap of 100 as if it were the last page).
it('total_entries through allOf is the total', () => {
  const collection = {
    allOf: [
      { type: 'object', properties: { dags: USERS } },
      { $ref: '#/components/schemas/CollectionInfo' },
    ],
  };
  const schemas = {
    CollectionInfo: { type: 'object', properties: { total_entries: { type: 'integer' } } },
  };
  expect(inferred(collection, { params: ['limit:integer', 'offset:integer'], schemas })).toEqual(
    expect.objectContaining({ kind: 'offset', offsetParam: 'offset', total: ['total_entries'] }),
  );
});

it("Jira's PageBean (startAt, maxResults, total) and Zoom's next_page_token", () => {
  const bean = {
    type: 'object',
    properties: {
      startAt: { type: 'integer' },
      maxResults: { type: 'integer' },
      total: { type: 'integer' },
      isLast: { type: 'boolean' },
      values: USERS,
    },
  };
  expect(inferred(bean, { params: ['startAt:integer', 'maxResults:integer'] })).toEqual({
    kind: 'offset',
    items: ['values'],
    offsetParam: 'startAt',
    limitParam: 'maxResults',
    total: ['total'],
    item: USER_REF,
  });
  const zoom = {
    type: 'object',
    properties: {
      next_page_token: { type: 'string' },
      page_size: { type: 'integer' },
      users: USERS,
    },
  };
  expect(inferred(zoom, { params: ['page_size:integer', 'next_page_token'] })).toEqual({
    kind: 'cursor',
    items: ['users'],
    cursor: ['next_page_token'],
    param: 'next_page_token',
    item: USER_REF,
  });
});

// Square's lists answer `{customers, cursor, errors}`; Mailchimp's `{members, total_items, _links}`.
it('arrays of errors or links beside the items are not the items; total_items is a total', () => {
  const square = {
    type: 'object',
    properties: { errors: USERS, customers: USERS, cursor: { type: 'string' } },
  };
  expect(inferred(square, { params: ['cursor'] })).toEqual(
    expect.objectContaining({ kind: 'cursor', items: ['customers'], param: 'cursor' }),
  );
  const mailchimp = {
    type: 'object',
    properties: { members: USERS, total_items: { type: 'integer' }, _links: USERS },
  };
  expect(inferred(mailchimp, { params: ['offset:integer', 'count:integer'] })).toEqual(
    expect.objectContaining({
      kind: 'offset',
      items: ['members'],
      total: ['total_items'],
      limitParam: 'count',
    }),
  );
});

// Mailchimp's `GET /lists/{id}/abuse-reports/{report_id}` takes offset and count, and answers one
// report; GitHub's `GET /repos/{owner}/{repo}/git/matching-refs/{ref}` answers a list all the same.
it("an object answered at an item path is no page unless its list is named as a page's; an array there is", () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/reports/{id}': {
        get: {
          operationId: 'getReport',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'offset', in: 'query', schema: { type: 'integer' } },
            { name: 'count', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { timeseries: USERS, total: { type: 'integer' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: { schemas: { User: USER } },
  };
  (document.paths as Record<string, unknown>)['/matching-refs/{ref}'] = {
    get: {
      operationId: 'listMatchingRefs',
      parameters: [
        { name: 'ref', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'per_page', in: 'query', schema: { type: 'integer' } },
      ],
      responses: {
        '200': {
          description: 'ok',
          headers: LINK,
          content: { 'application/json': { schema: USERS } },
        },
      },
    },
  };
  // LaunchDarkly's `/flags/{projectKey}`: the flags of a project, `items` with `totalCount`.
  (document.paths as Record<string, unknown>)['/flags/{projectKey}'] = {
    get: {
      operationId: 'getFeatureFlags',
      parameters: [
        { name: 'projectKey', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'limit', in: 'query', schema: { type: 'integer' } },
        { name: 'offset', in: 'query', schema: { type: 'integer' } },
      ],
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { items: USERS, totalCount: { type: 'integer' } },
              },
            },
          },
        },
      },
    },
  };
  // Spotify's album: its `tracks` page goes on at /albums/{id}/tracks, which answers the page alone.
  (document.paths as Record<string, unknown>)['/albums/{id}'] = {
    get: {
      operationId: 'getAlbum',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  tracks: {
                    type: 'object',
                    properties: { items: USERS, next: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
  // Zuora's invoices of an account: the list the path names before the account's item.
  (document.paths as Record<string, unknown>)['/invoices/accounts/{key}'] = {
    get: {
      operationId: 'getAccountInvoices',
      parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { invoices: USERS, nextPage: { type: 'string', format: 'uri' } },
              },
            },
          },
        },
      },
    },
  };
  const [report, refs, flags, album, invoices] = normalizeDocument(
    document as unknown as OpenAPI3,
  ).operations;
  expect(invoices?.pagination).toEqual(
    expect.objectContaining({ kind: 'link', items: ['invoices'], next: ['nextPage'] }),
  );
  expect(album?.pagination).toBeUndefined();
  expect(report?.pagination).toBeUndefined();
  expect(refs?.pagination?.kind).toBe('linkHeader');
  expect(flags?.pagination).toEqual(
    expect.objectContaining({ kind: 'offset', items: ['items'], total: ['totalCount'] }),
  );
});

// DigitalOcean: `{ droplets, links: { pages: { next } }, meta: { total } }`.
it('a next link two objects down, in paging containers only', () => {
  const page = {
    type: 'object',
    properties: {
      droplets: USERS,
      links: {
        type: 'object',
        properties: {
          pages: {
            type: 'object',
            properties: { next: { type: 'string' }, last: { type: 'string' } },
          },
        },
      },
    },
  };
  expect(inferred(page, { params: ['page:integer', 'per_page:integer'] })).toEqual({
    kind: 'link',
    items: ['droplets'],
    next: ['links', 'pages', 'next'],
    item: USER_REF,
  });
  const deepElsewhere = {
    type: 'object',
    properties: {
      droplets: USERS,
      config: {
        type: 'object',
        properties: { schedule: { type: 'object', properties: { next: { type: 'string' } } } },
      },
    },
  };
  expect(inferred(deepElsewhere, { params: ['limit:integer'] })).toBeUndefined();
});

// Twitter: `meta.next_token` goes back as `pagination_token`.
it("Twitter's next_token, sent back as pagination_token", () => {
  const page = {
    type: 'object',
    properties: {
      data: USERS,
      meta: { type: 'object', properties: { next_token: { type: 'string' } } },
    },
  };
  expect(inferred(page, { params: ['max_results:integer', 'pagination_token'] })).toEqual({
    kind: 'cursor',
    items: ['data'],
    cursor: ['meta', 'next_token'],
    param: 'pagination_token',
    item: USER_REF,
  });
});

describe('page numbers', () => {
  // Linode: `{ data, page, pages, results }`, asked for with `page` and `page_size`.
  it('a page number with the count of pages, and the page saying its own number', () => {
    const page = {
      type: 'object',
      properties: {
        data: USERS,
        page: { type: 'integer' },
        pages: { type: 'integer' },
        results: { type: 'integer' },
      },
    };
    expect(inferred(page, { params: ['page:integer', 'page_size:integer'] })).toEqual({
      kind: 'page',
      items: ['data'],
      pageParam: 'page',
      limitParam: 'page_size',
      pages: ['pages'],
      current: ['page'],
      item: USER_REF,
    });
  });

  // New-user trial: Probely's `{ page, length, page_total, count, results }` had been no walk.
  it("Probely's page_total counts the pages", () => {
    const page = {
      type: 'object',
      properties: {
        results: USERS,
        page: { type: 'integer' },
        page_total: { type: 'integer' },
        count: { type: 'integer' },
      },
    };
    expect(inferred(page, { params: ['page:integer', 'length:integer'] })).toEqual(
      expect.objectContaining({ kind: 'page', pages: ['page_total'], current: ['page'] }),
    );
  });

  it("Laravel's last_page; pages from 0 where the parameter's default is 0", () => {
    const page = {
      type: 'object',
      properties: { data: USERS, last_page: { type: 'integer' } },
    };
    const document = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', default: 0 } }],
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: page } } },
            },
          },
        },
      },
    };
    const op = normalizeDocument(document as unknown as OpenAPI3).operations[0]!;
    expect(op.pagination).toEqual(
      expect.objectContaining({ kind: 'page', pageParam: 'page', first: 0, pages: ['last_page'] }),
    );
  });

  // Open States answers a page past `pagination.max_page` with a 404: every full walk threw.
  it("Open States' max_page is the page count", () => {
    const page = {
      type: 'object',
      properties: {
        results: USERS,
        pagination: {
          type: 'object',
          properties: {
            per_page: { type: 'integer' },
            page: { type: 'integer' },
            max_page: { type: 'integer' },
            total_items: { type: 'integer' },
          },
        },
      },
    };
    expect(inferred(page, { params: ['page:integer', 'per_page:integer'] })).toEqual(
      expect.objectContaining({ kind: 'page', pages: ['pagination', 'max_page'] }),
    );
  });

  // setlist.fm: `p`, and a page that says its `total` of items and `itemsPerPage`, no count of
  // pages (a `size` beside no total, Gitea's `repository.size`, is no page size).
  it("setlist.fm's total and itemsPerPage count the pages", () => {
    const page = {
      type: 'object',
      properties: {
        setlist: USERS,
        total: { type: 'integer' },
        page: { type: 'integer' },
        itemsPerPage: { type: 'integer' },
      },
    };
    expect(inferred(page, { params: ['p:integer'] })).toEqual(
      expect.objectContaining({
        kind: 'page',
        pageParam: 'p',
        total: ['total'],
        size: ['itemsPerPage'],
      }),
    );
    const gitea = {
      type: 'object',
      properties: {
        statuses: USERS,
        page: { type: 'integer' },
        total_count: { type: 'integer' },
        repository: { type: 'object', properties: { size: { type: 'integer' } } },
      },
    };
    const walk = inferred(gitea, { params: ['page:integer', 'limit:integer'] });
    expect(walk).toEqual(expect.objectContaining({ kind: 'page' }));
    expect(walk).not.toHaveProperty('size');
    // Red team: a `size` beside a total of files is their bytes; a bare `p` beside no page
    // number may be a precision.
    const files = {
      type: 'object',
      properties: {
        files: USERS,
        page: { type: 'integer' },
        total: { type: 'integer' },
        size: { type: 'integer' },
      },
    };
    const byFiles = inferred(files, { params: ['page:integer', 'limit:integer'] });
    expect(byFiles).toEqual(expect.objectContaining({ kind: 'page' }));
    expect(byFiles).not.toHaveProperty('size');
    const quotes = { type: 'object', properties: { data: USERS } };
    expect(
      inferred(quotes, { params: ['p:integer', 'limit:integer'] }) as { pageParam?: string },
    ).not.toEqual(expect.objectContaining({ pageParam: 'p' }));
  });

  // GoToWebinar: "The first page is 0", no default, no page number in the page. Asked for
  // page 2 after the unnumbered first page, its page 1 was skipped.
  it('where pages start must be known: the page says its number, or the parameter says', () => {
    const page = { type: 'object', properties: { data: USERS, total_pages: { type: 'integer' } } };
    const document = (param: object) => ({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            parameters: [{ name: 'page', in: 'query', ...param }],
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: page } } },
            },
          },
        },
      },
    });
    const paged = (param: object) =>
      normalizeDocument(document(param) as unknown as OpenAPI3).operations[0]!.pagination;
    expect(paged({ schema: { type: 'integer' } })).toBeUndefined();
    expect(paged({ description: 'The first page is 0', schema: { type: 'integer' } })).toEqual(
      expect.objectContaining({ kind: 'page', first: 0 }),
    );
    // A default said in words, as SchoolDigger's is.
    for (const [description, first] of [
      ['Page number to retrieve (optional, default: 1)', 1],
      ['The page to return. Default: 0.', 0],
      ['Page number, defaults to 1', 1],
      ['Page number (default 0)', 0],
    ] as const)
      expect(paged({ description, schema: { type: 'integer' } })).toEqual(
        expect.objectContaining({ kind: 'page', first }),
      );
    // Not a default of another number (a page size's, said beside it).
    expect(
      paged({ description: 'Page number; 10 a page (default: 10)', schema: { type: 'integer' } }),
    ).toBeUndefined();
    expect(paged({ schema: { type: 'integer', minimum: 0 } })).toEqual(
      expect.objectContaining({ kind: 'page', first: 0 }),
    );
    expect(paged({ schema: { type: 'integer', minimum: 1 } })).toEqual(
      expect.objectContaining({ kind: 'page', first: 1 }),
    );
  });

  // SchoolDigger's districts and schools: `numberOfPages` beside `districtList`, and a `page`
  // whose description alone says where pages start.
  it("SchoolDigger's numberOfPages is the page count", () => {
    const integer = { type: 'integer', format: 'int32' };
    const page = {
      type: 'object',
      properties: { districtList: USERS, numberOfDistricts: integer, numberOfPages: integer },
    };
    const pageParam = {
      name: 'page',
      in: 'query',
      description: 'Page number to retrieve (optional, default: 1)',
      schema: integer,
    };
    expect(inferred(page, { params: ['st', pageParam, 'perPage:integer'] })).toEqual({
      kind: 'page',
      items: ['districtList'],
      pageParam: 'page',
      first: 1,
      limitParam: 'perPage',
      pages: ['numberOfPages'],
      item: USER_REF,
    });
    const snake = { type: 'object', properties: { data: USERS, number_of_pages: integer } };
    expect(inferred(snake, { params: [pageParam] })).toEqual(
      expect.objectContaining({ kind: 'page', pages: ['number_of_pages'] }),
    );
  });

  it('no end to tell (no count of pages, no page size), or a page token: not paged by number', () => {
    const page = { type: 'object', properties: { data: USERS } };
    expect(inferred(page, { params: ['page:integer'] })).toBeUndefined();
    const counted = { type: 'object', properties: { data: USERS, pages: { type: 'integer' } } };
    expect(inferred(counted, { params: ['page:string'] })).toBeUndefined();
  });
});

describe("a cursor sent back under its parameter's own name", () => {
  // Royal Mail's Click & Drop `GET /orders`: `{ orders, continuationToken }`, the token asked
  // for as `continuationToken`.
  it("Royal Mail's continuationToken", () => {
    const page = {
      type: 'object',
      properties: { continuationToken: { type: 'string' }, orders: USERS },
    };
    expect(
      inferred(page, { params: ['pageSize:integer', 'startDateTime', 'continuationToken'] }),
    ).toEqual({
      kind: 'cursor',
      items: ['orders'],
      cursor: ['continuationToken'],
      param: 'continuationToken',
      item: USER_REF,
    });
  });

  // Stream's search: a `next` that is a value to send back, not a link (its walk had asked for
  // `GET /bmV4dDI=`, the key attached).
  it('a `next` that says it is a value to pass back is no link', () => {
    const page = {
      type: 'object',
      properties: {
        next: {
          type: 'string',
          description: 'Value to pass to the next search query in order to paginate',
        },
        results: USERS,
      },
    };
    expect(inferred(page, { params: ['limit:integer'] })).toBeUndefined();
    // Red team: one said to be an offset is no cursor for `after`, a date filter.
    const offsetPage = {
      type: 'object',
      properties: {
        next: { type: 'string', description: 'Offset of the next page, or null at the end' },
        results: USERS,
      },
    };
    expect(
      inferred(offsetPage, { params: ['after', 'offset:integer', 'limit:integer'] }),
    ).not.toMatchObject({ kind: 'cursor' });
    // Sent back as the cursor where a parameter takes one (Shutterstock's editorial search).
    expect(inferred(page, { params: ['limit:integer', 'cursor'] })).toEqual({
      kind: 'cursor',
      items: ['results'],
      cursor: ['next'],
      param: 'cursor',
      item: USER_REF,
    });
  });

  // Red team: an echoed `marker` beside a `next` link had become the cursor, and the walk ended
  // after one page.
  it('gives way to a next link: the field may be the cursor asked for, given back', () => {
    const page = {
      type: 'object',
      properties: { marker: { type: 'string' }, next: { type: 'string' }, orders: USERS },
    };
    expect(inferred(page, { params: ['marker'] })).toEqual({
      kind: 'link',
      items: ['orders'],
      next: ['next'],
      item: USER_REF,
    });
  });

  it('any name a cursor goes by, whatever its case, in the page or its paging object', () => {
    for (const name of [
      'marker',
      'Marker',
      'ContinuationToken',
      'continuation',
      'startCursor',
      'skipToken',
      'resumptionToken',
      'paginationToken',
    ]) {
      const page = { type: 'object', properties: { data: USERS, [name]: { type: 'string' } } };
      expect(inferred(page, { params: ['limit:integer', name] })).toEqual(
        expect.objectContaining({ kind: 'cursor', cursor: [name], param: name }),
      );
    }
    const nested = {
      type: 'object',
      properties: {
        data: USERS,
        meta: { type: 'object', properties: { continuationToken: { type: ['string', 'null'] } } },
        hasMore: { type: 'boolean' },
      },
    };
    expect(inferred(nested, { params: ['continuationToken'] })).toEqual({
      kind: 'cursor',
      items: ['data'],
      cursor: ['meta', 'continuationToken'],
      param: 'continuationToken',
      hasMore: ['hasMore'],
      item: USER_REF,
    });
  });

  // A same-named field may be the token asked for, given back: a `next` one is the next page's.
  it('the next one before the same-named one', () => {
    const page = {
      type: 'object',
      properties: {
        data: USERS,
        continuationToken: { type: 'string' },
        nextContinuationToken: { type: 'string' },
      },
    };
    expect(inferred(page, { params: ['continuationToken'] })).toEqual(
      expect.objectContaining({ cursor: ['nextContinuationToken'], param: 'continuationToken' }),
    );
    const snake = {
      type: 'object',
      properties: { data: USERS, marker: { type: 'string' }, next_marker: { type: 'string' } },
    };
    expect(inferred(snake, { params: ['marker'] })).toEqual(
      expect.objectContaining({ cursor: ['next_marker'], param: 'marker' }),
    );
  });

  it('a field named as a parameter that is no cursor is none', () => {
    const page = (name: string, type = 'string') => ({
      type: 'object',
      properties: { data: USERS, [name]: { type } },
    });
    // A filter, a page size or number, a credential, a sync token, a token that is no page's,
    // a map's marker colour.
    for (const name of [
      'status',
      'q',
      'token',
      'accessToken',
      'syncToken',
      'restartToken',
      'markerColor',
    ])
      expect(inferred(page(name), { params: [name] })).toBeUndefined();
    for (const name of ['limit', 'page', 'pageSize'])
      expect(inferred(page(name, 'integer'), { params: [`${name}:integer`] })).toBeUndefined();
    // Not an object that echoes the request, which holds the cursor asked for.
    const echo = {
      type: 'object',
      properties: {
        data: USERS,
        request: { type: 'object', properties: { continuationToken: { type: 'string' } } },
      },
    };
    expect(inferred(echo, { params: ['continuationToken'] })).toBeUndefined();
    // Nor one that is no string or number.
    expect(inferred(page('marker', 'boolean'), { params: ['marker'] })).toBeUndefined();
  });
});

describe('cursors of the big APIs', () => {
  // Kubernetes' lists: `metadata.continue`, sent back as `continue` (95 list operations).
  it("Kubernetes' metadata.continue", () => {
    const list = {
      type: 'object',
      properties: {
        items: USERS,
        metadata: { type: 'object', properties: { continue: { type: 'string' } } },
      },
    };
    expect(inferred(list, { params: ['continue', 'limit:integer'] })).toEqual({
      kind: 'cursor',
      items: ['items'],
      cursor: ['metadata', 'continue'],
      param: 'continue',
      item: USER_REF,
    });
  });

  // Svix's: `iterator` sent back as itself, until the page says `done` (its last still names one).
  it("Svix's iterator and done", () => {
    const list = {
      type: 'object',
      properties: { data: USERS, iterator: { type: 'string' }, done: { type: 'boolean' } },
    };
    expect(inferred(list, { params: ['iterator', 'limit:integer'] })).toEqual({
      kind: 'cursor',
      items: ['data'],
      cursor: ['iterator'],
      param: 'iterator',
      done: ['done'],
      item: USER_REF,
    });
  });

  // HubSpot's `paging.next.after`; Spotify's `cursors.after` is not a next page's (its `next`
  // link goes on with `before`), so the link stays what pages it.
  it("HubSpot's paging.next.after, and not Spotify's cursors.after", () => {
    const hubspot = {
      type: 'object',
      properties: {
        results: USERS,
        paging: {
          type: 'object',
          properties: {
            next: {
              type: 'object',
              properties: { after: { type: 'string' }, link: { type: 'string' } },
            },
          },
        },
      },
    };
    expect(inferred(hubspot, { params: ['after', 'limit:integer'] })).toEqual(
      expect.objectContaining({
        kind: 'cursor',
        cursor: ['paging', 'next', 'after'],
        param: 'after',
      }),
    );
    const spotify = {
      type: 'object',
      properties: {
        items: USERS,
        next: { type: 'string' },
        cursors: { type: 'object', properties: { after: { type: 'string' } } },
      },
    };
    expect(inferred(spotify, { params: ['after', 'limit:integer'] })).toEqual(
      expect.objectContaining({ kind: 'link', next: ['next'] }),
    );
  });
});

// SoundCloud's `next_href`: its lists went by the `offset` it deprecates.
it('a next_href link before an offset', () => {
  const page = {
    type: 'object',
    properties: { collection: USERS, next_href: { type: 'string' } },
  };
  expect(inferred(page, { params: ['offset:integer', 'limit:integer'] })).toEqual(
    expect.objectContaining({ kind: 'link', next: ['next_href'] }),
  );
});

// Stripe's lists walk back from `ending_before` with each page's first id.
it('has_more with starting_after, and ending_before where the operation takes it', () => {
  const list = { type: 'object', properties: { data: USERS, has_more: { type: 'boolean' } } };
  const stripe = {
    kind: 'after',
    items: ['data'],
    hasMore: ['has_more'],
    id: 'id',
    param: 'starting_after',
  };
  expect(inferred(list, { params: ['starting_after', 'ending_before', 'limit:integer'] })).toEqual({
    ...stripe,
    before: 'ending_before',
    item: USER_REF,
  });
  expect(inferred(list, { params: ['starting_after', 'limit:integer'] })).toEqual({
    ...stripe,
    item: USER_REF,
  });
  // Red team: a `before` date filters; a walk back would overwrite it with an id.
  expect(inferred(list, { params: ['after', 'before:integer'] })).not.toHaveProperty('before');
});

// The red team's: a next page's own number is not this page's (the walk went 1, 3, 5).
it("a next page's number is not read as the page's own", () => {
  const page = {
    type: 'object',
    properties: {
      data: USERS,
      pagination: {
        type: 'object',
        properties: {
          next: { type: 'object', properties: { page: { type: 'integer' } } },
        },
      },
    },
  };
  expect(inferred(page, { params: ['page:integer', 'limit:integer'] })).not.toEqual(
    expect.objectContaining({ current: ['pagination', 'next', 'page'] }),
  );
});

// DigitalOcean's real `links.pages`: a choice of the pages before and after, each an `allOf`.
// Unread, its lists fell to page numbers and stopped at the first short page: 200 of 450 droplets.
it('a next link among the choices of an anyOf', () => {
  const pages = {
    anyOf: [
      {
        allOf: [
          { type: 'object', properties: { last: { type: 'string' } } },
          { type: 'object', properties: { next: { type: 'string' } } },
        ],
      },
      {
        allOf: [
          { type: 'object', properties: { first: { type: 'string' } } },
          { type: 'object', properties: { prev: { type: 'string' } } },
        ],
      },
      {},
    ],
  };
  const page = {
    type: 'object',
    properties: {
      droplets: USERS,
      links: { type: 'object', properties: { pages } },
      meta: { type: 'object', properties: { total: { type: 'integer' } } },
    },
  };
  expect(inferred(page, { params: ['page:integer', 'per_page:integer'] })).toEqual({
    kind: 'link',
    items: ['droplets'],
    next: ['links', 'pages', 'next'],
    item: USER_REF,
  });
});

// Zuora's `nextPage` ("URL to retrieve the next page", format URL); a bare `next_page` string
// may be a token (Stripe's search, with `has_more`), so only one said to be a URL is followed.
it('a next_page that says it is a URL is a link', () => {
  const page = (nextPage: object) => ({
    type: 'object',
    properties: { usage: USERS, nextPage: { type: 'string', ...nextPage } },
  });
  expect(inferred(page({ format: 'URL' }), { params: ['page:integer'] })).toEqual({
    kind: 'link',
    items: ['usage'],
    next: ['nextPage'],
    item: USER_REF,
  });
  expect(inferred(page({ description: 'The URL for requesting the next page, if any.' }))).toEqual(
    expect.objectContaining({ kind: 'link', next: ['nextPage'] }),
  );
  expect(inferred(page({ description: 'An opaque token.' }))).toBeUndefined();
});

// AWS's lists: Lambda's `NextMarker` sent back as `Marker`, DynamoDB-style `NextToken` as itself.
it('AWS markers and tokens', () => {
  const page = (field: string) => ({
    type: 'object',
    properties: { Functions: USERS, [field]: { type: 'string' } },
  });
  expect(inferred(page('NextMarker'), { params: ['Marker', 'MaxItems:integer'] })).toEqual({
    kind: 'cursor',
    items: ['Functions'],
    cursor: ['NextMarker'],
    param: 'Marker',
    item: USER_REF,
  });
  expect(inferred(page('NextToken'), { params: ['NextToken'] })).toEqual(
    expect.objectContaining({ kind: 'cursor', cursor: ['NextToken'], param: 'NextToken' }),
  );
});

// Microsoft Graph: `value` and `@odata.nextLink`, which no dot splits.
it("OData's next link", () => {
  const page = {
    type: 'object',
    properties: { value: USERS, '@odata.nextLink': { type: 'string', nullable: true } },
  };
  expect(inferred(page)).toEqual({
    kind: 'link',
    items: ['value'],
    next: ['@odata.nextLink'],
    item: USER_REF,
  });
});

// Azure's `x-ms-pageable` says which fields: Graph's 11,422 operations had none inferred.
it("Azure's x-ms-pageable names the next link and the items", () => {
  const page = {
    type: 'object',
    properties: { entries: USERS, continuation: { type: 'string' } },
  };
  const pageable = (extension: object) => ({ operation: { 'x-ms-pageable': extension } });
  expect(inferred(page, pageable({ nextLinkName: 'continuation', itemName: 'entries' }))).toEqual({
    kind: 'link',
    items: ['entries'],
    next: ['continuation'],
    item: USER_REF,
  });
  // `null`: one page, whatever its fields look like.
  const linked = { type: 'object', properties: { value: USERS, nextLink: { type: 'string' } } };
  expect(inferred(linked, pageable({ nextLinkName: null }))).toBeUndefined();
  // A POST's next page would be sent again with its body: not paginated by the extension.
  expect(
    inferred(page, {
      ...pageable({ nextLinkName: 'continuation', itemName: 'entries' }),
      method: 'post',
    }),
  ).toBeUndefined();
  // Items the response does not have: the extension is wrong, and inference decides.
  expect(inferred(linked, pageable({ nextLinkName: 'nextLink', itemName: 'rows' }))).toEqual(
    expect.objectContaining({ kind: 'link', items: ['value'], next: ['nextLink'] }),
  );
});

// Red team: 200 properties that each name the page again listed 8 million fields (14 s).
it('lists a bounded number of fields of a page that names itself', async () => {
  const { pageFields } = await import('../../src/normalize/page-schema.js');
  const properties = Object.fromEntries(
    Array.from({ length: 200 }, (_, i) => [`p${i}`, { kind: 'ref', target: 'S' }]),
  );
  const page = {
    kind: 'object',
    properties: Object.entries(properties).map(([name, schema]) => ({
      name,
      required: false,
      schema,
    })),
  };
  const schemas = new Map([['S', { key: 'S', typeName: 'S', schema: page }]]);
  const fields = pageFields(page as never, schemas as never, 3);
  expect(fields.length).toBeLessThanOrEqual(5_200);
  expect(fields.slice(0, 200).map((f) => f.path.join('.'))).toEqual(
    Array.from({ length: 200 }, (_, i) => `p${i}`),
  );
});

// JSON:API's page parameters (Telnyx's 74 lists had none inferred).
it("JSON:API's page[number] and page[size], with meta's page count", () => {
  const page = {
    type: 'object',
    properties: {
      data: USERS,
      meta: {
        type: 'object',
        properties: { page_number: { type: 'integer' }, total_pages: { type: 'integer' } },
      },
    },
  };
  expect(inferred(page, { params: ['page[number]:integer', 'page[size]:integer'] })).toEqual({
    kind: 'page',
    items: ['data'],
    pageParam: 'page[number]',
    limitParam: 'page[size]',
    pages: ['meta', 'total_pages'],
    current: ['meta', 'page_number'],
    item: USER_REF,
  });
});

// NYT's article search and OMDb's: a page number whose first page is said, and nothing to count
// pages by. Walked to an empty page; where the first page is not said, not at all (page 2 would
// skip a 0-based API's second page).
it('a page number that says where pages start, with nothing to count by, walks to an empty page', () => {
  const page = { type: 'object', properties: { Search: USERS, Response: { type: 'string' } } };
  const said = {
    name: 'page',
    in: 'query',
    description: 'Page number, 1-based',
    schema: { type: 'integer' },
  };
  expect(inferred(page, { params: [said] })).toEqual({
    kind: 'page',
    items: ['Search'],
    pageParam: 'page',
    first: 1,
    item: USER_REF,
  });
  expect(inferred(page, { params: ['page:integer'] })).toBeUndefined();
  // Or the page its example asks for: Xero's 15 lists had given their first page only. Not an
  // example of another parameter's (`subpage=1`), nor of a page past the first.
  const example = (description: string) => ({ ...said, description });
  expect(
    inferred(page, { params: [example('e.g. page=1 – Up to 100 invoices will be returned')] }),
  ).toEqual(expect.objectContaining({ kind: 'page', first: 1 }));
  expect(inferred(page, { params: [example('e.g. subpage=1')] })).toBeUndefined();
  expect(inferred(page, { params: [example('e.g. page=12')] })).toBeUndefined();
  // Only as an example: a special value is no first page (red team).
  expect(
    inferred(page, { params: [example('Use page=0 to return all results.')] }),
  ).toBeUndefined();
  expect(inferred(page, { params: [example('For example: `page=0`.')] })).toEqual(
    expect.objectContaining({ kind: 'page', first: 0 }),
  );
  // The words before a minimum of 0, which may only say no page is negative: the first page is
  // now asked for by its number (red team: every list had asked for its page 0).
  const atLeast = (minimum: number, description: string) => ({
    ...said,
    description,
    schema: { type: 'integer', minimum },
  });
  expect(inferred(page, { params: [atLeast(0, 'Page number, starting at 1.')] })).toEqual(
    expect.objectContaining({ kind: 'page', first: 1 }),
  );
  expect(inferred(page, { params: [atLeast(0, 'Page number.')] })).toEqual(
    expect.objectContaining({ kind: 'page', first: 0 }),
  );
  // Markdown or a URL between: Chomp's and Xero's.
  for (const shown of [
    '**Example**\n> ```&page=1```',
    'e.g ?page=1',
    'Example - https://x.example/a?page=1',
  ])
    expect(inferred(page, { params: [example(shown)] })).toEqual(
      expect.objectContaining({ kind: 'page', first: 1 }),
    );
  // A next link the page gives goes first (Zuora's `pagination.next_page`).
  const linked = {
    type: 'object',
    properties: {
      data: USERS,
      pagination: { type: 'object', properties: { next_page: { type: 'string', format: 'uri' } } },
    },
  };
  expect(inferred(linked, { params: [said] })).toEqual(
    expect.objectContaining({ kind: 'link', next: ['pagination', 'next_page'] }),
  );
});

// Loket's lists: `_embedded` is the array of items, beside `currentPage` and `totalPages` and a
// `messages` array of warnings; where `content` is one thing, there is no page (8 walks had given
// its warnings as items).
it("Loket's `_embedded` array is the items, and beside one `content` nothing pages", () => {
  const int = { type: 'integer' };
  const messages = { type: 'array', items: { type: 'object', properties: { code: int } } };
  const paging = { currentPage: int, pageSize: int, totalPages: int, totalSize: int };
  const params = ['pageNumber:integer', 'pageSize:integer'];
  const list = { type: 'object', properties: { ...paging, messages, _embedded: USERS } };
  expect(inferred(list, { params })).toEqual(
    expect.objectContaining({ kind: 'page', items: ['_embedded'], pages: ['totalPages'] }),
  );
  const one = { type: 'object', properties: { ...paging, messages, content: USER } };
  expect(inferred(one, { params })).toBeUndefined();
  // Red team: beside an array named as items, an `_embedded` thing is the page's own.
  const owned = {
    type: 'object',
    properties: { items: USERS, next_cursor: { type: 'string' }, _embedded: USER },
  };
  expect(inferred(owned, { params: ['cursor'] })).toEqual(
    expect.objectContaining({ kind: 'cursor', items: ['items'] }),
  );
});
