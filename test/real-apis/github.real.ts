/** GitHub, from a slice of @octokit/openapi: a JSON GET with path parameters, `Link` header pages, `basic-error` bodies. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { collect, loadSdk, type LoadedSdk } from './sdk.js';

// GitHub's spec declares no security scheme: the token goes in the client's `headers` option.
const TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';

let github: LoadedSdk;
let server: TestServer | undefined;
beforeAll(async () => {
  github = await loadSdk('github');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (baseUrl: string) =>
  github.client({ baseUrl, maxRetries: 0, headers: { authorization: `Bearer ${TOKEN}` } });

describe('repos/get', () => {
  it('encodes the path parameters and sends Accept and the authorization header', async () => {
    const repo = { id: 1296269, name: 'hello world#1', full_name: 'octo-org/hello world#1' };
    server = await startServer((_r, res) => json(res, 200, repo));
    expect(await github.call('getRepo', client(server.url))).toEqual(repo);
    const request = server.received[0];
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('/repos/octo-org/hello%20world%231');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['content-type']).toBeUndefined();
  });

  it('a 404 with basic-error rejects with NotFoundError and the parsed body', async () => {
    const body = {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository',
    };
    server = await startServer((_r, res) =>
      json(res, 404, body, { 'x-github-request-id': 'CAFE:1' }),
    );
    const error = await Promise.resolve(github.call('getGoneRepo', client(server.url))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(github.exports.NotFoundError as new () => unknown);
    expect(error).toMatchObject({ status: 404, body });
  });
});

describe('pagination: Link header with rel="next"', () => {
  const repos = (...ids: number[]) => ids.map((id) => ({ id, name: `r${id}` }));
  const pages: Record<string, ReturnType<typeof repos>> = {
    '1': repos(1, 2),
    '2': repos(3, 4),
    '3': repos(5),
  };
  const start = () =>
    startServer((r, res) => {
      const page = new URL(r.url, 'http://x').searchParams.get('page') ?? '1';
      const link = (n: number, rel: string) =>
        `<${server?.url}/orgs/octo-org/repos?per_page=2&page=${n}>; rel="${rel}"`;
      const links =
        page === '3'
          ? [link(2, 'prev'), link(1, 'first')]
          : [link(Number(page) + 1, 'next'), link(3, 'last')];
      json(res, 200, pages[page], { link: links.join(', ') });
    });

  it('awaiting gives the first page only', async () => {
    server = await start();
    expect(await github.call('listOrgRepos', client(server.url))).toEqual(pages['1']);
    expect(server.received).toHaveLength(1);
  });

  it('for await walks every repository of every page, following rel="next" until there is none', async () => {
    server = await start();
    const all = await collect(github.call('walkOrgRepos', client(server.url)));
    expect(all).toEqual(repos(1, 2, 3, 4, 5));
    expect(server.received.map((r) => r.url)).toEqual([
      '/orgs/octo-org/repos',
      '/orgs/octo-org/repos?per_page=2&page=2',
      '/orgs/octo-org/repos?per_page=2&page=3',
    ]);
    expect(server.received.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});
