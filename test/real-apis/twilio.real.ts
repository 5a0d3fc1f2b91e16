/**
 * Twilio, from slices of two of its real specs: the 2010 API's `next_page_uri`
 * (a path on the API's host) and the v1 APIs' `meta.next_page_url` (a whole URL).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { collect, loadSdk, target } from './sdk.js';

const AUTH = { scheme: 'accountSid_authToken', value: 'AC0123456789abcdef:auth-token' };
const BASIC = `Basic ${Buffer.from(AUTH.value).toString('base64')}`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const token = (url: string) => new URL(url, 'http://x').searchParams.get('PageToken') ?? '';

describe('pagination: next_page_uri (2010 API)', () => {
  const base = '/2010-04-01/Accounts/AC0123456789abcdef/Messages.json';
  const pages: Record<string, unknown> = {
    '': {
      messages: [{ sid: 'SM1' }, { sid: 'SM2' }],
      page: 0,
      page_size: 2,
      next_page_uri: `${base}?PageSize=2&Page=1&PageToken=PASM2`,
      uri: `${base}?PageSize=2&Page=0`,
    },
    PASM2: { messages: [{ sid: 'SM3' }], page: 1, page_size: 2, next_page_uri: null },
  };

  it('awaiting gives the first page; for await follows next_page_uri on the same host', async () => {
    const twilio = await loadSdk('twilio');
    server = await startServer((r, res) => json(res, 200, pages[token(r.url)]));
    const client = twilio.client({ baseUrl: server.url }, AUTH);
    expect(await twilio.call('listMessages', client)).toEqual(pages['']);
    server.received.length = 0;
    const all = await collect(twilio.call('walkMessages', client));
    expect(all).toEqual([{ sid: 'SM1' }, { sid: 'SM2' }, { sid: 'SM3' }]);
    expect(server.received.map((r) => target(r.url))).toEqual([
      { path: base, query: [['PageSize', '2']] },
      {
        path: base,
        query: [
          ['PageSize', '2'],
          ['Page', '1'],
          ['PageToken', 'PASM2'],
        ],
      },
    ]);
    expect(server.received.map((r) => r.headers.authorization)).toEqual([BASIC, BASIC]);
  });
});

describe('pagination: meta.next_page_url (v1 APIs)', () => {
  it('awaiting gives the first page; for await follows meta.next_page_url', async () => {
    const messaging = await loadSdk('twilio-messaging');
    server = await startServer((r, res) => {
      const next = `${server?.url}/v1/Services?PageSize=2&Page=1&PageToken=PAMG2`;
      const pages: Record<string, unknown> = {
        '': {
          services: [{ sid: 'MG1' }, { sid: 'MG2' }],
          meta: { key: 'services', page: 0, page_size: 2, next_page_url: next },
        },
        PAMG2: {
          services: [{ sid: 'MG3' }],
          meta: { key: 'services', page: 1, page_size: 2, next_page_url: null },
        },
      };
      json(res, 200, pages[token(r.url)]);
    });
    const client = messaging.client({ baseUrl: server.url }, AUTH);
    const first = (await messaging.call('listServices', client)) as {
      services: unknown;
    };
    expect(first.services).toEqual([{ sid: 'MG1' }, { sid: 'MG2' }]);
    server.received.length = 0;
    const all = await collect(messaging.call('walkServices', client));
    expect(all).toEqual([{ sid: 'MG1' }, { sid: 'MG2' }, { sid: 'MG3' }]);
    expect(server.received.map((r) => target(r.url))).toEqual([
      { path: '/v1/Services', query: [['PageSize', '2']] },
      {
        path: '/v1/Services',
        query: [
          ['PageSize', '2'],
          ['Page', '1'],
          ['PageToken', 'PAMG2'],
        ],
      },
    ]);
  });
});
