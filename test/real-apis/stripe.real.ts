/** Stripe, from a slice of its real spec: form bodies with deepObject encoding, `has_more` pages, its `error` body. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { collect, loadSdk, type LoadedSdk } from './sdk.js';

const KEY = { scheme: 'bearerAuth', value: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc' };

let stripe: LoadedSdk;
let server: TestServer | undefined;
beforeAll(async () => {
  stripe = await loadSdk('stripe');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('form bodies (application/x-www-form-urlencoded, encoding style deepObject)', () => {
  it('sends nested objects and arrays in bracket notation, in order', async () => {
    server = await startServer((_r, res) => json(res, 200, { id: 'cus_1', object: 'customer' }));
    // { body: { name: 'Alice', metadata: { order_id: '6735' }, shipping: { name: 'Bob', address: { city: 'Paris' } }, expand: ['a', 'b'] } }
    const customer = await stripe.call(
      'createCustomer',
      stripe.client({ baseUrl: server.url }, KEY),
    );
    expect(customer).toEqual({ id: 'cus_1', object: 'customer' });
    const request = server.received[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/customers');
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded\b/);
    expect(request?.headers.authorization).toBe(`Bearer ${KEY.value}`);
    expect([...new URLSearchParams(request?.body)]).toEqual([
      ['name', 'Alice'],
      ['metadata[order_id]', '6735'],
      ['shipping[name]', 'Bob'],
      ['shipping[address][city]', 'Paris'],
      ['expand[]', 'a'],
      ['expand[]', 'b'],
    ]);
  });
});

describe('errors', () => {
  it("a 400 with Stripe's error object rejects with the typed error and its parsed body", async () => {
    const body = {
      error: {
        type: 'invalid_request_error',
        code: 'parameter_unknown',
        param: 'nmae',
        message: 'Received unknown parameter: nmae',
      },
    };
    server = await startServer((_r, res) => json(res, 400, body, { 'request-id': 'req_1' }));
    const call = stripe.call(
      'createCustomerNamed',
      stripe.client({ baseUrl: server.url, maxRetries: 0 }, KEY),
    );
    const error = await Promise.resolve(call).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(stripe.exports.BadRequestError as new () => unknown);
    expect(error).toBeInstanceOf(stripe.exports.ApiError as new () => unknown);
    expect(error).toMatchObject({ status: 400, body, requestId: 'req_1' });
  });
});

// Stripe reads `expand[]=a&expand[]=b` and `created[gte]=1`: its spec says deepObject for both.
it('deepObject query parameters go in bracket notation, arrays too', async () => {
  server = await startServer((_r, res) => json(res, 200, { object: 'list', data: [] }));
  await stripe.call('expandCustomers', stripe.client({ baseUrl: server.url }, KEY));
  const url = new URL(server.received[0]!.url!, 'http://x');
  expect([...url.searchParams]).toEqual([
    ['created[gte]', '1'],
    ['expand[]', 'data.default_source'],
    ['expand[]', 'data.tax'],
  ]);
});

// Search results page by an opaque `next_page` token, sent back as `page`.
it('search: for await follows next_page as the page parameter until has_more is false', async () => {
  const pages: Record<string, unknown> = {
    '': { object: 'search_result', data: [{ id: 'cus_1' }], has_more: true, next_page: 'tok2' },
    tok2: { object: 'search_result', data: [{ id: 'cus_2' }], has_more: false, next_page: null },
  };
  server = await startServer((r, res) =>
    json(res, 200, pages[new URL(r.url, 'http://x').searchParams.get('page') ?? '']),
  );
  const all = await collect(
    stripe.call('searchCustomers', stripe.client({ baseUrl: server.url }, KEY)),
  );
  expect(all).toEqual([{ id: 'cus_1' }, { id: 'cus_2' }]);
  expect(server.received.map((r) => r.url)).toEqual([
    '/v1/customers/search?query=email%3A%27a%40example.com%27',
    '/v1/customers/search?page=tok2&query=email%3A%27a%40example.com%27',
  ]);
});

describe('pagination: has_more and starting_after', () => {
  const pages: Record<string, unknown> = {
    '': {
      object: 'list',
      url: '/v1/customers',
      has_more: true,
      data: [{ id: 'cus_1' }, { id: 'cus_2' }],
    },
    cus_2: { object: 'list', url: '/v1/customers', has_more: false, data: [{ id: 'cus_3' }] },
  };
  const after = (url: string) => new URL(url, 'http://x').searchParams.get('starting_after') ?? '';

  it('awaiting gives the first page; for await walks every customer', async () => {
    server = await startServer((r, res) => json(res, 200, pages[after(r.url)]));
    const client = stripe.client({ baseUrl: server.url }, KEY);
    expect(await stripe.call('listCustomers', client)).toEqual(pages['']);
    server.received.length = 0;
    const all = await collect(stripe.call('walkCustomers', client));
    expect(all).toEqual([{ id: 'cus_1' }, { id: 'cus_2' }, { id: 'cus_3' }]);
    expect(server.received.map((r) => r.url)).toEqual([
      '/v1/customers?limit=2',
      '/v1/customers?limit=2&starting_after=cus_2',
    ]);
  });
});
