/**
 * SDKs generated from specs cut to the shape of GitHub, Slack, Twilio, Spotify, Royal Mail
 * and SchoolDigger,
 * type-checked together, then walked with `for await` against servers on 127.0.0.1
 * that page as those APIs do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../../src/index.js';
import { json, startServer, type Received, type TestServer } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';
import { GITHUB, ROYAL_MAIL, SCHOOLDIGGER, SLACK, SPOTIFY, TWILIO } from './slices.js';

const dir = mkdtempSync(join(tmpdir(), 'codegen-pagination-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

async function sdk(
  name: string,
  spec: object,
  options: Partial<GenerateOptions> = {},
): Promise<string> {
  const input = join(dir, `${name}.json`);
  writeFileSync(input, JSON.stringify(spec));
  const output = join(dir, name);
  await generate({ input, output, ...options });
  writeFileSync(join(output, 'package.json'), '{ "type": "module" }\n');
  return join(output, 'index.ts');
}

/** The Slack spec says nothing of how `users.list` pages; the config does. */
const SLACK_USERS_LIST = {
  kind: 'cursor',
  items: 'members',
  cursor: ['response_metadata', 'next_cursor'],
  param: 'cursor',
} as const;

const entries: Record<string, string> = {};
beforeAll(async () => {
  entries.github = await sdk('github', GITHUB);
  entries.slack = await sdk('slack', SLACK, { pagination: { users_list: SLACK_USERS_LIST } });
  entries.twilio = await sdk('twilio', TWILIO);
  entries.spotify = await sdk('spotify', SPOTIFY);
  entries.royalMail = await sdk('royal-mail', ROYAL_MAIL);
  entries.schoolDigger = await sdk('schooldigger', SCHOOLDIGGER);
}, 60_000);

it('the SDKs compile under the strict flags', () => {
  expect(typecheck(Object.values(entries))).toEqual([]);
}, 60_000);

type Page<T> = PromiseLike<T> & AsyncIterable<unknown>;

async function load<T>(name: string): Promise<T> {
  return (await import(entries[name]!)) as T;
}

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const urls = (server: TestServer) => server.received.map((r) => r.url);
const auths = (server: TestServer) => server.received.map((r) => r.headers['authorization']);
const query = (r: Received) => new URL(r.url, 'http://placeholder').searchParams;

describe('GitHub: the Link header', () => {
  interface GitHub {
    GitHubClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
    reposListForOrg: (c: unknown, org: string, p?: { perPage?: number }) => Page<unknown[]>;
    orgsListMembers: (c: unknown, org: string, p?: { perPage?: number }) => Page<unknown[]>;
    searchRepos: (c: unknown, p: { q: string; perPage?: number }) => Page<unknown>;
  }
  const repos = (...ids: number[]) => ids.map((id) => ({ id, name: `r${id}` }));

  it('a bare array: awaiting gives page one; for await follows rel="next" to the end', async () => {
    const github = await load<GitHub>('github');
    const server = await serve((r, res) => {
      const page = query(r).get('page') ?? '1';
      const at = (n: number) => `${server.url}/orgs/acme/repos?per_page=2&page=${n}`;
      if (page === '1')
        json(res, 200, repos(1, 2), { link: `<${at(2)}>; rel="next", <${at(3)}>; rel="last"` });
      // A relative target and a rel list, as RFC 8288 allows.
      else if (page === '2')
        json(res, 200, repos(3, 4), {
          link: `</orgs/acme/repos?per_page=2&page=3>; rel="next last", <${at(1)}>; rel="prev first"`,
        });
      else json(res, 200, repos(5), { link: `<${at(2)}>; rel="prev", <${at(1)}>; rel="first"` });
    });
    const client = new github.GitHubClient({ baseUrl: server.url, apiKey: 'ghp_x' });
    const first = github.reposListForOrg(client, 'acme', { perPage: 2 });
    expect(await first).toEqual(repos(1, 2));
    expect(server.received).toHaveLength(1);
    expect(await collect(first)).toEqual(repos(1, 2, 3, 4, 5));
    expect(urls(server)).toEqual([
      '/orgs/acme/repos?per_page=2',
      '/orgs/acme/repos?per_page=2&page=2',
      '/orgs/acme/repos?per_page=2&page=3',
    ]);
    expect(auths(server)).toEqual(['Bearer ghp_x', 'Bearer ghp_x', 'Bearer ghp_x']);
  });

  it('an operation that declares no Link header but takes page and per_page pages by it too', async () => {
    const github = await load<GitHub>('github');
    const server = await serve((r, res) => {
      if (query(r).get('page') === null)
        json(res, 200, [{ login: 'a' }], {
          // A quoted title holding a comma and a semicolon does not split the link.
          link: `<${server.url}/orgs/acme/members?page=2>; title="a, b; c"; rel=next`,
        });
      else json(res, 200, [{ login: 'b' }]);
    });
    const client = new github.GitHubClient({ baseUrl: server.url, apiKey: 'ghp_x' });
    expect(await collect(github.orgsListMembers(client, 'acme'))).toEqual([
      { login: 'a' },
      { login: 'b' },
    ]);
    expect(urls(server)).toEqual(['/orgs/acme/members', '/orgs/acme/members?page=2']);
  });

  it('an object page: the items array, the next page from the header', async () => {
    const github = await load<GitHub>('github');
    const server = await serve((r, res) => {
      const page = query(r).get('page');
      const body = { total_count: 3, incomplete_results: false };
      if (page === null)
        json(
          res,
          200,
          { ...body, items: repos(1, 2) },
          { link: `<${server.url}/search/repositories?q=x&page=2>; rel="next"` },
        );
      else json(res, 200, { ...body, items: repos(3) });
    });
    const client = new github.GitHubClient({ baseUrl: server.url, apiKey: 'ghp_x' });
    expect(await collect(github.searchRepos(client, { q: 'x' }))).toEqual(repos(1, 2, 3));
  });

  it('a next link to another origin gets no credential', async () => {
    const github = await load<GitHub>('github');
    const other = await serve((_r, res) => json(res, 200, repos(2)));
    const server = await serve((_r, res) =>
      // GitHub's own links name the organization by its id: another endpoint, followed as it is.
      json(res, 200, repos(1), { link: `<${other.url}/organizations/7/repos?page=2>; rel="next"` }),
    );
    const client = new github.GitHubClient({ baseUrl: server.url, apiKey: 'ghp_secret' });
    expect(await collect(github.reposListForOrg(client, 'acme'))).toEqual(repos(1, 2));
    expect(auths(server)).toEqual(['Bearer ghp_secret']);
    expect(other.received[0]?.url).toBe('/organizations/7/repos?page=2');
    expect(other.received[0]?.headers).not.toHaveProperty('authorization');
  });
});

describe('Slack: a cursor nested in response_metadata', () => {
  interface Slack {
    SlackClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
    conversationsList: (c: unknown, p?: { limit?: number }) => Page<unknown>;
    usersList: (c: unknown, p?: { limit?: number }) => Page<unknown>;
  }

  function slackPages(field: string, ids: string[][]): Parameters<typeof startServer>[0] {
    return (r, res) => {
      const at = Number(query(r).get('cursor')?.replace('dXNlcjo', '') ?? 0);
      const next = at + 1 < ids.length ? `dXNlcjo${at + 1}` : '';
      json(res, 200, {
        ok: true,
        [field]: ids[at]!.map((id) => ({ id })),
        response_metadata: { next_cursor: next },
      });
    };
  }

  it('sends next_cursor back as cursor, and stops on an empty string', async () => {
    const slack = await load<Slack>('slack');
    const server = await serve(slackPages('channels', [['C1', 'C2'], ['C3'], ['C4']]));
    const client = new slack.SlackClient({ baseUrl: server.url, apiKey: 'xoxb-1' });
    const first = slack.conversationsList(client, { limit: 2 });
    expect(await first).toMatchObject({ channels: [{ id: 'C1' }, { id: 'C2' }] });
    expect(await collect(first)).toEqual(['C1', 'C2', 'C3', 'C4'].map((id) => ({ id })));
    expect(urls(server)).toEqual([
      '/conversations.list?limit=2',
      '/conversations.list?limit=2&cursor=dXNlcjo1',
      '/conversations.list?limit=2&cursor=dXNlcjo2',
    ]);
    expect(new Set(auths(server))).toEqual(new Set(['Bearer xoxb-1']));
  });

  it('an operation whose spec hides its paging pages as the config says', async () => {
    const slack = await load<Slack>('slack');
    const server = await serve(slackPages('members', [['U1'], ['U2']]));
    const client = new slack.SlackClient({ baseUrl: server.url, apiKey: 'xoxb-1' });
    expect(await collect(slack.usersList(client))).toEqual([{ id: 'U1' }, { id: 'U2' }]);
    expect(urls(server)).toEqual(['/users.list', '/users.list?cursor=dXNlcjo1']);
  });
});

describe('Twilio: the next page as a path or a URL in the body', () => {
  interface Twilio {
    TwilioClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
    listCall: (c: unknown, sid: string, p?: { pageSize?: number }) => Page<unknown>;
    listVerificationAttempt: (c: unknown, p?: { pageSize?: number }) => Page<unknown>;
  }
  const BASIC = `Basic ${Buffer.from('AC1:token').toString('base64')}`;

  it('next_page_uri is a path on the server; null ends the list', async () => {
    const twilio = await load<Twilio>('twilio');
    const base = '/2010-04-01/Accounts/AC1/Calls.json';
    const server = await serve((r, res) => {
      const token = query(r).get('PageToken');
      if (token === null)
        json(res, 200, {
          calls: [{ sid: 'CA1' }],
          next_page_uri: `${base}?PageSize=1&Page=1&PageToken=PACA1`,
          page: 0,
        });
      else json(res, 200, { calls: [{ sid: 'CA2' }], next_page_uri: null, page: 1 });
    });
    const client = new twilio.TwilioClient({ baseUrl: server.url, apiKey: 'AC1:token' });
    expect(await collect(twilio.listCall(client, 'AC1', { pageSize: 1 }))).toEqual([
      { sid: 'CA1' },
      { sid: 'CA2' },
    ]);
    expect(urls(server)).toEqual([
      `${base}?PageSize=1`,
      `${base}?PageSize=1&Page=1&PageToken=PACA1`,
    ]);
    expect(auths(server)).toEqual([BASIC, BASIC]);
  });

  it('meta.next_page_url is a whole URL', async () => {
    const twilio = await load<Twilio>('twilio');
    const server = await serve((r, res) => {
      const page = query(r).get('Page');
      json(res, 200, {
        attempts: [{ sid: `VL${page ?? 0}` }],
        meta: {
          key: 'attempts',
          next_page_url: page === null ? `${server.url}/v2/Attempts?PageSize=1&Page=1` : null,
        },
      });
    });
    const client = new twilio.TwilioClient({ baseUrl: server.url, apiKey: 'AC1:token' });
    expect(await collect(twilio.listVerificationAttempt(client, { pageSize: 1 }))).toEqual([
      { sid: 'VL0' },
      { sid: 'VL1' },
    ]);
    expect(auths(server)).toEqual([BASIC, BASIC]);
  });
});

describe('Spotify: paging objects composed with allOf', () => {
  interface Spotify {
    SpotifyClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
    getAListOfCurrentUsersPlaylists: (c: unknown, p?: { limit?: number }) => Page<unknown>;
    getFeaturedPlaylists: (c: unknown, p?: { limit?: number }) => Page<unknown>;
  }

  function paging(server: TestServer, path: string, r: Received): object {
    const offset = Number(query(r).get('offset') ?? 0);
    const all = ['p1', 'p2', 'p3'];
    const next =
      offset + 2 < all.length ? `${server.url}${path}?offset=${offset + 2}&limit=2` : null;
    return {
      href: `${server.url}${r.url}`,
      items: all.slice(offset, offset + 2).map((id) => ({ id })),
      limit: 2,
      next,
      offset,
      previous: null,
      total: all.length,
    };
  }

  it('follows next until null', async () => {
    const spotify = await load<Spotify>('spotify');
    const server = await serve((r, res) => json(res, 200, paging(server, '/me/playlists', r)));
    const client = new spotify.SpotifyClient({ baseUrl: server.url, apiKey: 'BQD' });
    expect(await collect(spotify.getAListOfCurrentUsersPlaylists(client, { limit: 2 }))).toEqual([
      { id: 'p1' },
      { id: 'p2' },
      { id: 'p3' },
    ]);
    expect(urls(server)).toEqual(['/me/playlists?limit=2', '/me/playlists?offset=2&limit=2']);
    expect(auths(server)).toEqual(['Bearer BQD', 'Bearer BQD']);
  });

  it('a page nested in the response (featured playlists)', async () => {
    const spotify = await load<Spotify>('spotify');
    const path = '/browse/featured-playlists';
    const server = await serve((r, res) =>
      json(res, 200, { message: 'Monday morning', playlists: paging(server, path, r) }),
    );
    const client = new spotify.SpotifyClient({ baseUrl: server.url, apiKey: 'BQD' });
    expect(await collect(spotify.getFeaturedPlaylists(client, { limit: 2 }))).toEqual([
      { id: 'p1' },
      { id: 'p2' },
      { id: 'p3' },
    ]);
    expect(server.received).toHaveLength(2);
  });
});

describe('Royal Mail: a continuationToken sent back under its own name', () => {
  interface RoyalMail {
    ChannelShipperRoyalMailClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
    getOrders: (c: unknown, p?: { pageSize?: number; startDateTime?: string }) => Page<unknown>;
  }
  const orders = (...ids: number[]) => ids.map((orderIdentifier) => ({ orderIdentifier }));

  it('follows continuationToken until a page has none', async () => {
    const royalMail = await load<RoyalMail>('royalMail');
    const pages: Record<string, object> = {
      '': { orders: orders(1, 2), continuationToken: 'ct-2' },
      'ct-2': { orders: orders(3, 4), continuationToken: 'ct-3' },
      // The last page leaves the token out.
      'ct-3': { orders: orders(5) },
    };
    const server = await serve((r, res) =>
      json(res, 200, pages[query(r).get('continuationToken') ?? '']),
    );
    const client = new royalMail.ChannelShipperRoyalMailClient({
      baseUrl: server.url,
      apiKey: 'Bearer rm-key',
    });
    const first = royalMail.getOrders(client, { pageSize: 2 });
    expect(await first).toEqual(pages['']);
    expect(await collect(first)).toEqual(orders(1, 2, 3, 4, 5));
    expect(urls(server)).toEqual([
      '/orders?pageSize=2',
      '/orders?pageSize=2&continuationToken=ct-2',
      '/orders?pageSize=2&continuationToken=ct-3',
    ]);
    expect(new Set(server.received.map((r) => r.headers['authorization']))).toEqual(
      new Set(['Bearer rm-key']),
    );
  });

  it('stops at a null or empty token', async () => {
    const royalMail = await load<RoyalMail>('royalMail');
    for (const end of [null, '']) {
      const server = await serve((r, res) =>
        json(
          res,
          200,
          query(r).get('continuationToken') === null
            ? { orders: orders(1), continuationToken: 'ct-2' }
            : { orders: orders(2), continuationToken: end },
        ),
      );
      const client = new royalMail.ChannelShipperRoyalMailClient({
        baseUrl: server.url,
        apiKey: 'k',
      });
      expect(await collect(royalMail.getOrders(client))).toEqual(orders(1, 2));
      expect(server.received).toHaveLength(2);
    }
  });
});

describe('SchoolDigger: numberOfPages counts the pages', () => {
  interface SchoolDigger {
    SchoolDiggerClient: new (options: { baseUrl: string }) => unknown;
    districtsGetAllDistricts: (
      c: unknown,
      p: { st: string; perPage?: number; appID: string; appKey: string },
    ) => Page<unknown>;
  }
  const districts = (...ids: string[]) => ids.map((districtID) => ({ districtID }));

  it('counts page up from 1 to numberOfPages, through a short page, and no further', async () => {
    const schoolDigger = await load<SchoolDigger>('schoolDigger');
    const lists = [districts('d1', 'd2'), districts('d3'), districts('d4', 'd5')];
    const server = await serve((r, res) => {
      const list = lists[Number(query(r).get('page') ?? 1) - 1];
      if (list === undefined) json(res, 400, { message: 'no such page' });
      else json(res, 200, { districtList: list, numberOfDistricts: 5, numberOfPages: 3 });
    });
    const client = new schoolDigger.SchoolDiggerClient({ baseUrl: server.url });
    const params = { st: 'CA', perPage: 2, appID: 'id', appKey: 'key' };
    expect(await collect(schoolDigger.districtsGetAllDistricts(client, params))).toEqual(
      districts('d1', 'd2', 'd3', 'd4', 'd5'),
    );
    expect(urls(server)).toEqual([
      '/v2.0/districts?st=CA&page=1&perPage=2&appID=id&appKey=key',
      '/v2.0/districts?st=CA&page=2&perPage=2&appID=id&appKey=key',
      '/v2.0/districts?st=CA&page=3&perPage=2&appID=id&appKey=key',
    ]);
  });
});
