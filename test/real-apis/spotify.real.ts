/** Spotify, from a slice of its real spec: paging objects composed with `allOf` (PagingObject + items), with `next`. */
import { afterEach, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { collect, loadSdk, target } from './sdk.js';

const TOKEN = { scheme: 'oauth_2_0', value: 'BQDYN5s1r0l7cNqAgtWf' };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function page(baseUrl: string, offset: number): unknown {
  const all = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }];
  const url = (at: number) => `${baseUrl}/me/playlists?offset=${at}&limit=2`;
  return {
    href: url(offset),
    items: all.slice(offset, offset + 2),
    limit: 2,
    next: offset + 2 < all.length ? url(offset + 2) : null,
    offset,
    previous: offset > 0 ? url(offset - 2) : null,
    total: all.length,
  };
}

describe('pagination: allOf paging object with next', () => {
  it('awaiting gives the first page; for await walks every playlist', async () => {
    const spotify = await loadSdk('spotify');
    server = await startServer((r, res) =>
      json(
        res,
        200,
        page(server?.url ?? '', Number(new URL(r.url, 'http://x').searchParams.get('offset') ?? 0)),
      ),
    );
    const client = spotify.client({ baseUrl: server.url }, TOKEN);
    expect(await spotify.call('listMyPlaylists', client)).toEqual(page(server.url, 0));
    server.received.length = 0;
    const all = await collect(spotify.call('walkMyPlaylists', client));
    expect(all).toEqual([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }]);
    expect(server.received.map((r) => target(r.url))).toEqual([
      { path: '/me/playlists', query: [['limit', '2']] },
      {
        path: '/me/playlists',
        query: [
          ['offset', '2'],
          ['limit', '2'],
        ],
      },
    ]);
    expect(server.received.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${TOKEN.value}`,
      `Bearer ${TOKEN.value}`,
    ]);
  });
});
