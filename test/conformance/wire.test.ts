/**
 * specs/conformance through the generated SDK (generated/conformance) against a
 * recording server on 127.0.0.1: every operation, with the exact request it
 * puts on the wire and what it makes of the response.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  ConformanceClient,
  NotFoundError,
  createItem,
  createNote,
  createOrder,
  deleteItem,
  getBlob,
  getDailyReport,
  getHealth,
  getItemMeta,
  getItemVersion,
  getMe,
  listEvents,
  listUsers,
  putBlob,
  runJob,
  searchItems,
  streamEvents,
  submitSignup,
  updateItem,
  uploadFile,
  type ErrorSchema,
  type EventSchema,
  type GetBlobError,
  type GetItemVersionError,
  type Item,
  type JobAccepted,
  type JobResult,
  type User,
} from '../../generated/conformance/index.js';
import {
  json,
  startServer,
  type Handler,
  type Received,
  type TestServer,
} from '../helpers/server.js';

const ITEM: Item = { id: 'it_1', name: 'Lamp', version: 3, tags: ['home'] };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server answering with `handler`, and a client pointed at it (base path `/v1` kept) holding every credential. */
async function serve(
  handler: Handler,
): Promise<{ client: ConformanceClient; received: Received[] }> {
  server = await startServer(handler);
  const client = new ConformanceClient({
    baseUrl: `${server.url}/v1`,
    apiKey: 'key-1',
    bearerAuth: 'tok-1',
    queryKey: 'qk-1',
    maxRetries: 0,
  });
  return { client, received: server.received };
}

function only(received: Received[]): Received {
  expect(received).toHaveLength(1);
  return received[0]!;
}

function noContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

/** The parts of a recorded multipart body, read back with the platform's own parser. */
function formData(request: Received): Promise<FormData> {
  return new Response(request.body, {
    headers: { 'content-type': request.headers['content-type'] ?? '' },
  }).formData();
}

describe('path parameters', () => {
  it('getItemVersion: a string id needing encoding and an integer, below the base path; JSON parsed', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, ITEM));
    const item = await getItemVersion(client, 'a/b c?#%', 3);

    expect(item).toEqual(ITEM);
    expectTypeOf(item).toEqualTypeOf<Item>();
    const r = only(received);
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/v1/items/a%2Fb%20c%3F%23%25/versions/3');
    expect(r.headers['accept']).toBe('application/json');
    expect(r.headers['x-api-key']).toBe('key-1');
    expect(r.headers['authorization']).toBeUndefined();
    expect(r.headers['content-type']).toBeUndefined();
    expect(r.body).toBe('');
  });

  it('getItemVersion: a 404 is a NotFoundError whose body has the declared error schema', async () => {
    const { client, received } = await serve((_r, res) =>
      json(res, 404, { code: 'not_found', message: 'no item it_9' }),
    );
    const error = await getItemVersion(client, 'it_9', 1).then(
      () => undefined,
      (e: unknown) => e as GetItemVersionError,
    );

    expect(error).toBeInstanceOf(NotFoundError);
    if (!(error instanceof NotFoundError)) return;
    expect(error.status).toBe(404);
    expect(error.body).toEqual({ code: 'not_found', message: 'no item it_9' });
    expectTypeOf(error.body).toEqualTypeOf<ErrorSchema>();
    expect(received).toHaveLength(1);
  });
});

describe('query parameters', () => {
  it('searchItems: form exploded and not, spaceDelimited, pipeDelimited, deepObject, integer, boolean; the optional one left out', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, { count: 2 }));
    const result = await searchItems(client, {
      ids: ['a', 'b c'],
      fields: ['id', 'name'],
      sizes: [1, 2],
      colors: ['red', 'blue'],
      filter: { status: 'active', min_price: 10 },
      pageSize: 20,
      includeDeleted: false,
    });

    expect(result).toEqual({ count: 2 });
    const r = only(received);
    expect(r.method).toBe('GET');
    expect(r.url).toBe(
      '/v1/items/search?ids=a&ids=b%20c&fields=id,name&sizes=1%202&colors=red%7Cblue' +
        '&filter%5Bstatus%5D=active&filter%5Bmin_price%5D=10&page_size=20&include_deleted=false',
    );
    // Decoded, the same parameters as OpenAPI's style tables show them.
    const query = new URL(r.url, 'http://x').searchParams;
    expect(query.getAll('ids')).toEqual(['a', 'b c']);
    expect(query.get('fields')).toBe('id,name');
    expect(query.get('sizes')).toBe('1 2');
    expect(query.get('colors')).toBe('red|blue');
    expect(query.get('filter[status]')).toBe('active');
    expect(query.get('filter[min_price]')).toBe('10');
    expect(query.has('lang')).toBe(false);
    expect(r.headers['x-api-key']).toBe('key-1');
    expect(r.headers['content-type']).toBeUndefined();
  });

  it('searchItems: only the required parameter when the rest are undefined', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, { count: 0 }));
    await searchItems(client, { ids: ['x'], fields: undefined, lang: undefined });
    expect(only(received).url).toBe('/v1/items/search?ids=x');
  });
});

describe('header and cookie parameters', () => {
  it('getItemMeta: required, optional and array headers, and a cookie', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, { owner: 'ann' }));
    const meta = await getItemMeta(client, 'it_1', {
      xRequestId: 'req-1',
      xTraceId: 'tr-1',
      xTags: ['a', 'b'],
      sessionId: 's 1;x',
    });

    expect(meta).toEqual({ owner: 'ann' });
    const r = only(received);
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/v1/items/it_1/meta');
    expect(r.headers['x-request-id']).toBe('req-1');
    expect(r.headers['x-trace-id']).toBe('tr-1');
    expect(r.headers['x-tags']).toBe('a,b');
    expect(r.headers['cookie']).toBe('session_id=s%201%3Bx');
    expect(r.headers['x-api-key']).toBe('key-1');
  });

  it('getItemMeta: optional headers and the cookie left out when not given', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, {}));
    await getItemMeta(client, 'it_1', { xRequestId: 'req-2' });
    const r = only(received);
    expect(r.headers['x-request-id']).toBe('req-2');
    expect(r.headers['x-trace-id']).toBeUndefined();
    expect(r.headers['x-tags']).toBeUndefined();
    expect(r.headers['cookie']).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('createItem: a required JSON body, 201 parsed', async () => {
    const { client, received } = await serve((_r, res) => json(res, 201, ITEM));
    const item = await createItem(client, { body: { name: 'Lamp', tags: ['home'] } });

    expect(item).toEqual(ITEM);
    const r = only(received);
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/items');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['accept']).toBe('application/json');
    expect(r.body).toBe('{"name":"Lamp","tags":["home"]}');
  });

  it('updateItem: an optional JSON body, sent when given', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, ITEM));
    await updateItem(client, 'it_1', { body: { name: 'Lamp 2' } });
    const r = only(received);
    expect(r.method).toBe('PATCH');
    expect(r.url).toBe('/v1/items/it_1');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.body).toBe('{"name":"Lamp 2"}');
  });

  it('updateItem: without a body, no body and no Content-Type', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, ITEM));
    await updateItem(client, 'it_1');
    const r = only(received);
    expect(r.method).toBe('PATCH');
    expect(r.headers['content-type']).toBeUndefined();
    expect(r.headers['content-length'] ?? '0').toBe('0');
    expect(r.body).toBe('');
  });

  it('submitSignup: application/x-www-form-urlencoded, arrays exploded, scalars as text', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, { ok: true }));
    const result = await submitSignup(client, {
      body: { name: 'Ann & Bob', age: 30, interests: ['tea', 'go'], newsletter: true },
    });

    expect(result).toEqual({ ok: true });
    const r = only(received);
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/forms/signup');
    expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(r.body).toBe('name=Ann+%26+Bob&age=30&interests=tea&interests=go&newsletter=true');
  });

  it('uploadFile: multipart/form-data with a file part, a string field and a repeated array field', async () => {
    const { client, received } = await serve((_r, res) => json(res, 201, { id: 'up_1', size: 5 }));
    const file = new Blob(['hello'], { type: 'text/plain' });
    const upload = await uploadFile(client, {
      body: { file, description: 'greeting', labels: ['x', 'y'] },
    });

    expect(upload).toEqual({ id: 'up_1', size: 5 });
    const r = only(received);
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/uploads');
    expect(r.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(r.body).toMatch(
      /Content-Disposition: form-data; name="file"; filename="[^"]+"\r\nContent-Type: text\/plain\r\n\r\nhello\r\n/,
    );
    const parts = await formData(r);
    expect([...parts.keys()]).toEqual(['description', 'labels', 'labels', 'file']);
    const sent = parts.get('file');
    expect(sent).toBeInstanceOf(Blob);
    expect(await (sent as Blob).text()).toBe('hello');
    expect(parts.get('description')).toBe('greeting');
    expect(parts.getAll('labels')).toEqual(['x', 'y']);
  });

  it('putBlob: application/octet-stream, the bytes as given; 204 is void', async () => {
    const { client, received } = await serve((_r, res) => noContent(res));
    const bytes = new Uint8Array([0x00, 0x01, 0x0d, 0x0a, 0xc3, 0xa9, 0x7f]);
    const result = await putBlob(client, 'k/1', { body: bytes });

    expect(result).toBeUndefined();
    expectTypeOf(result).toEqualTypeOf<void>();
    const r = only(received);
    expect(r.method).toBe('PUT');
    expect(r.url).toBe('/v1/blobs/k%2F1');
    expect(r.headers['content-type']).toBe('application/octet-stream');
    expect(r.headers['content-length']).toBe('7');
    expect([...Buffer.from(r.body, 'utf8')]).toEqual([...bytes]);
    // No response declares a body, so the SDK sets no Accept; fetch sends its default.
    expect(r.headers['accept']).toBe('*/*');
  });

  it('putBlob: a Blob body is sent as its bytes', async () => {
    const { client, received } = await serve((_r, res) => noContent(res));
    await putBlob(client, 'k2', { body: new Blob(['abc']) });
    const r = only(received);
    expect(r.headers['content-type']).toBe('application/octet-stream');
    expect(r.body).toBe('abc');
  });

  it('createNote: a text/plain body and a text/plain response read as a string', async () => {
    const { client, received } = await serve((_r, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('stored: café');
    });
    const text = await createNote(client, { body: 'Remember the milk\nand the café' });

    expect(text).toBe('stored: café');
    expectTypeOf(text).toEqualTypeOf<string>();
    const r = only(received);
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/notes');
    expect(r.headers['content-type']).toBe('text/plain');
    expect(r.headers['accept']).toBe('text/plain');
    expect(r.body).toBe('Remember the milk\nand the café');
  });

  it('createOrder: JSON by default', async () => {
    const { client, received } = await serve((_r, res) =>
      json(res, 201, { sku: 'A-1', quantity: 2 }),
    );
    const order = await createOrder(client, { body: { sku: 'A-1', quantity: 2, gift: true } });

    expect(order).toEqual({ sku: 'A-1', quantity: 2 });
    const r = only(received);
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/orders');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.body).toBe('{"sku":"A-1","quantity":2,"gift":true}');
  });

  it('createOrder: contentType chooses the form encoding instead', async () => {
    const { client, received } = await serve((_r, res) =>
      json(res, 201, { sku: 'A-1', quantity: 2 }),
    );
    await createOrder(client, {
      body: { sku: 'A-1', quantity: 2, gift: true },
      contentType: 'application/x-www-form-urlencoded',
    });
    const r = only(received);
    expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(r.body).toBe('sku=A-1&quantity=2&gift=true');
  });
});

describe('responses', () => {
  it('deleteItem: 204 resolves to undefined, with no body sent', async () => {
    const { client, received } = await serve((_r, res) => noContent(res));
    const result = await deleteItem(client, 'it_1');
    expect(result).toBeUndefined();
    const r = only(received);
    expect(r.method).toBe('DELETE');
    expect(r.url).toBe('/v1/items/it_1');
    expect(r.headers['content-type']).toBeUndefined();
    expect(r.body).toBe('');
  });

  it('getBlob: an octet-stream response is a Blob with the exact bytes', async () => {
    const bytes = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x0a]);
    const { client, received } = await serve((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(bytes);
    });
    const blob = await getBlob(client, 'k1');

    expect(blob).toBeInstanceOf(Blob);
    expectTypeOf(blob).toEqualTypeOf<Blob>();
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...bytes]);
    const r = only(received);
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/v1/blobs/k1');
    expect(r.headers['accept']).toBe('application/octet-stream, application/json;q=0.1');
  });

  it('getBlob: a JSON 404 is a NotFoundError with the error body', async () => {
    const { client } = await serve((_r, res) =>
      json(res, 404, { code: 'gone', message: 'no blob' }),
    );
    const error = await getBlob(client, 'k1').catch((e: unknown) => e as GetBlobError);
    expect(error).toBeInstanceOf(NotFoundError);
    if (error instanceof NotFoundError) expect(error.body.code).toBe('gone');
  });

  it('runJob: 200 gives the JobResult', async () => {
    const { client, received } = await serve((_r, res) =>
      json(res, 200, { id: 'j1', result: 'done' }),
    );
    const result = await runJob(client, { body: { task: 'sum' } });
    expectTypeOf(result).toEqualTypeOf<JobResult | JobAccepted>();
    expect(result).toEqual({ id: 'j1', result: 'done' });
    expect(only(received).body).toBe('{"task":"sum"}');
  });

  it('runJob: 202 gives the JobAccepted, and withResponse() the status and headers', async () => {
    const { client } = await serve((_r, res) =>
      json(
        res,
        202,
        { id: 'j2', status_url: '/jobs/j2' },
        { 'x-request-id': 'req-77', location: '/jobs/j2' },
      ),
    );
    const { data, response } = await runJob(client, { body: { task: 'slow' } }).withResponse();

    expect(response.status).toBe(202);
    expect(response.headers.get('x-request-id')).toBe('req-77');
    expect(response.headers.get('location')).toBe('/jobs/j2');
    expect('status_url' in data && data.status_url).toBe('/jobs/j2');
    expect(data).toEqual({ id: 'j2', status_url: '/jobs/j2' });
  });
});

describe('security', () => {
  it('getMe: bearer only, no API key header', async () => {
    const { client, received } = await serve((_r, res) =>
      json(res, 200, { id: 'u1', name: 'Ann' }),
    );
    const me = await getMe(client);
    expect(me).toEqual({ id: 'u1', name: 'Ann' });
    expectTypeOf(me).toEqualTypeOf<User>();
    const r = only(received);
    expect(r.url).toBe('/v1/me');
    expect(r.headers['authorization']).toBe('Bearer tok-1');
    expect(r.headers['x-api-key']).toBeUndefined();
  });

  it('getDailyReport: the API key in the query, after the parameters; no header credential', async () => {
    const { client, received } = await serve((_r, res) =>
      json(res, 200, { day: '2026-01-02', total: 4 }),
    );
    const report = await getDailyReport(client, { day: '2026-01-02' });
    expect(report).toEqual({ day: '2026-01-02', total: 4 });
    const r = only(received);
    expect(r.url).toBe('/v1/reports/daily?day=2026-01-02&api_key=qk-1');
    expect(r.headers['x-api-key']).toBeUndefined();
    expect(r.headers['authorization']).toBeUndefined();
  });

  it('getHealth: `security: []` sends no credential at all', async () => {
    const { client, received } = await serve((_r, res) => json(res, 200, { status: 'ok' }));
    expect(await getHealth(client)).toEqual({ status: 'ok' });
    const r = only(received);
    expect(r.url).toBe('/v1/health');
    expect(r.headers['x-api-key']).toBeUndefined();
    expect(r.headers['authorization']).toBeUndefined();
    expect(r.headers['cookie']).toBeUndefined();
  });
});

describe('pagination', () => {
  it('listEvents: awaiting gives the first page; for await walks every cursor page', async () => {
    const pages: Record<string, { data: EventSchema[]; next_cursor: string | null }> = {
      '': {
        data: [
          { id: 'e1', type: 'a' },
          { id: 'e2', type: 'b' },
        ],
        next_cursor: 'c2',
      },
      c2: {
        data: [
          { id: 'e3', type: 'c' },
          { id: 'e4', type: 'd' },
        ],
        next_cursor: 'c 3',
      },
      'c 3': { data: [{ id: 'e5', type: 'e' }], next_cursor: null },
    };
    const { client, received } = await serve((r, res) => {
      const cursor = new URL(r.url, 'http://x').searchParams.get('cursor') ?? '';
      json(res, 200, pages[cursor]);
    });

    const first = await listEvents(client, { limit: 2 });
    expect(first.data.map((e) => e.id)).toEqual(['e1', 'e2']);
    received.length = 0;

    const ids: string[] = [];
    for await (const event of listEvents(client, { limit: 2 })) {
      expectTypeOf(event).toEqualTypeOf<EventSchema>();
      ids.push(event.id);
    }
    expect(ids).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(received.map((r) => r.url)).toEqual([
      '/v1/events?limit=2',
      '/v1/events?cursor=c2&limit=2',
      '/v1/events?cursor=c%203&limit=2',
    ]);
    expect(received.every((r) => r.headers['x-api-key'] === 'key-1')).toBe(true);
  });

  it('listUsers: for await walks offset pages until total', async () => {
    const users: User[] = ['Ann', 'Bob', 'Cy', 'Di', 'Ed'].map((name, i) => ({
      id: `u${i + 1}`,
      name,
    }));
    const { client, received } = await serve((r, res) => {
      const query = new URL(r.url, 'http://x').searchParams;
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? 100);
      json(res, 200, { items: users.slice(offset, offset + limit), total: users.length });
    });

    const names: string[] = [];
    for await (const user of listUsers(client, { limit: 2 })) {
      expectTypeOf(user).toEqualTypeOf<User>();
      names.push(user.name);
    }
    expect(names).toEqual(['Ann', 'Bob', 'Cy', 'Di', 'Ed']);
    expect(received.map((r) => r.url)).toEqual([
      '/v1/users?limit=2',
      '/v1/users?offset=2&limit=2',
      '/v1/users?offset=4&limit=2',
    ]);
  });
});

describe('server-sent events', () => {
  const STREAM = [
    ': a comment',
    'event: created',
    'id: 1',
    'data: {"id":"e1","type":"created"}',
    '',
    'data: first line',
    'data: second line',
    '',
    'event: done',
    'retry: 500',
    'data: bye',
    '',
    '',
  ].join('\n');

  function sse(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(STREAM);
  }

  it('streamEvents: sends Accept: text/event-stream and yields the parsed events', async () => {
    const { client, received } = await serve((_r, res) => sse(res));
    const stream = await streamEvents(client);
    const events = [];
    for await (const event of stream) events.push(event);

    expect(events).toEqual([
      { event: 'created', data: '{"id":"e1","type":"created"}', id: '1', retry: undefined },
      { event: 'message', data: 'first line\nsecond line', id: '1', retry: undefined },
      { event: 'done', data: 'bye', id: '1', retry: 500 },
    ]);
    const r = only(received);
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/v1/events/stream');
    expect(r.headers['accept']).toBe('text/event-stream');
    expect(r.headers['x-api-key']).toBe('key-1');
  });

  // The spec says each event's data is a string, so JSON-looking data is kept as text.
  it('streamEvents: each event data has the type the SDK declares (string)', async () => {
    const { client } = await serve((_r, res) => sse(res));
    for await (const event of await streamEvents(client)) {
      expectTypeOf(event.data).toEqualTypeOf<string>();
      expect(typeof event.data).toBe('string');
    }
  });
});

describe('the client methods', () => {
  it('send the same requests as the functions', async () => {
    const { client, received } = await serve((r, res) =>
      r.method === 'DELETE' ? noContent(res) : json(res, 200, ITEM),
    );
    await client.items.getVersion('a b', 2);
    await getItemVersion(client, 'a b', 2);
    await client.items.delete('x');
    await deleteItem(client, 'x');
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/items/a%20b/versions/2',
      'GET /v1/items/a%20b/versions/2',
      'DELETE /v1/items/x',
      'DELETE /v1/items/x',
    ]);
  });
});
