/** Slack, from a slice of its real spec: a cursor nested in the body (`response_metadata.next_cursor`). */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { collect, loadSdk, target, type LoadedSdk } from './sdk.js';

const TOKEN = {
  scheme: 'slackAuth',
  value: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
};

let slack: LoadedSdk;
let server: TestServer | undefined;
beforeAll(async () => {
  slack = await loadSdk('slack');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Slack ends the walk with an empty cursor (or none at all).
const pages: Record<string, unknown> = {
  '': {
    ok: true,
    channels: [{ id: 'C1' }, { id: 'C2' }],
    response_metadata: { next_cursor: 'dGVhbTpDMDYxRkE1UEI=' },
  },
  'dGVhbTpDMDYxRkE1UEI=': {
    ok: true,
    channels: [{ id: 'C3' }],
    response_metadata: { next_cursor: '' },
  },
};
const start = () =>
  startServer((r, res) =>
    json(res, 200, pages[new URL(r.url, 'http://x').searchParams.get('cursor') ?? '']),
  );

describe('pagination: response_metadata.next_cursor', () => {
  it('awaiting gives the first page only', async () => {
    server = await start();
    expect(
      await slack.call('listConversations', slack.client({ baseUrl: server.url }, TOKEN)),
    ).toEqual(pages['']);
    expect(server.received).toHaveLength(1);
  });

  it('for await walks every channel, sending the cursor back until it is empty', async () => {
    server = await start();
    const all = await collect(
      slack.call('walkConversations', slack.client({ baseUrl: server.url }, TOKEN)),
    );
    expect(all).toEqual([{ id: 'C1' }, { id: 'C2' }, { id: 'C3' }]);
    expect(server.received.map((r) => target(r.url))).toEqual([
      { path: '/conversations.list', query: [['limit', '2']] },
      {
        path: '/conversations.list',
        query: [
          ['limit', '2'],
          ['cursor', 'dGVhbTpDMDYxRkE1UEI='],
        ],
      },
    ]);
    expect(server.received[1]?.headers.authorization).toBe(`Bearer ${TOKEN.value}`);
  });
});
