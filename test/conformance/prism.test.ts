/**
 * Every operation of specs/conformance, called through the generated SDK with
 * valid arguments, against Prism mocking the same spec with `--errors`: Prism
 * answers 4xx/422 to any request the spec does not allow, so each call
 * succeeding (and Prism logging no violation) means the SDK sent what the
 * spec says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConformanceClient,
  NotFoundError,
  UnprocessableEntityError,
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
} from '../../generated/conformance/index.js';
import { startPrism, violations, type Prism } from './prism.js';

let prism: Prism;
let client: ConformanceClient;

beforeAll(async () => {
  prism = await startPrism('specs/conformance/openapi.yaml', 60_000);
  // Prism serves the paths at its root: the spec's `/v1` server path is not part of its routes.
  client = new ConformanceClient({
    baseUrl: prism.url,
    apiKey: 'key-1',
    bearerAuth: 'tok-1',
    queryKey: 'qk-1',
    maxRetries: 0,
  });
}, 90_000);

afterAll(async () => {
  await prism?.stop();
});

/** Prism logs a request over several lines, some after it has answered: waits until its log stops growing. */
async function quiet(): Promise<void> {
  for (let length = -1; prism.output().length !== length;) {
    length = prism.output().length;
    await new Promise((resolve) => setTimeout(resolve, 75));
  }
}

/** Runs one call and returns its result, checking that Prism logged no violation for the request(s) it made. */
async function call<T>(send: () => Promise<T>): Promise<T> {
  await quiet();
  const from = prism.output().length;
  const result = await send();
  await quiet();
  const log = prism.output().slice(from);
  expect(log).toContain('Request received');
  expect(violations(log)).toEqual([]);
  return result;
}

describe('every operation against Prism --errors', () => {
  it('getItemVersion: string and integer path parameters', async () => {
    const item = await call(() => getItemVersion(client, 'item 1', 3));
    expect(typeof item.id).toBe('string');
  });

  it('getItemVersion: the declared 404 (asked for with Prefer) is a NotFoundError with the error body', async () => {
    const error = await call(() =>
      getItemVersion(client, 'item-1', 3, { headers: { Prefer: 'code=404' } }).catch(
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    if (error instanceof NotFoundError)
      expect(Object.keys(error.body).sort()).toEqual(['code', 'message']);
  });

  it('searchItems: every query style', async () => {
    const result = await call(() =>
      searchItems(client, {
        ids: ['a', 'b c'],
        fields: ['id', 'name'],
        // One size only: Prism 5.14 splits spaceDelimited values on a literal "%20" after
        // decoding the query, so it rejects any array of two or more, however encoded.
        sizes: [30],
        colors: ['red', 'blue'],
        filter: { status: 'active', min_price: 10 },
        pageSize: 20,
        includeDeleted: false,
      }),
    );
    expect(result).toEqual({ count: 2 });
  });

  it('searchItems: only the required parameter', async () => {
    await call(() => searchItems(client, { ids: ['x'] }));
  });

  it('getItemMeta: header and cookie parameters', async () => {
    const meta = await call(() =>
      getItemMeta(client, 'item-1', {
        xRequestId: 'req-1',
        xTraceId: 'tr-1',
        xTags: ['a', 'b'],
        sessionId: 's-1',
      }),
    );
    expect(meta).toEqual({ owner: 'ann' });
  });

  it('createItem: a required JSON body', async () => {
    await call(() => createItem(client, { body: { name: 'Lamp', tags: ['home'] } }));
  });

  it('updateItem: with and without its optional JSON body', async () => {
    await call(() => updateItem(client, 'item-1', { body: { name: 'Lamp 2' } }));
    await call(() => updateItem(client, 'item-1'));
  });

  it('deleteItem: 204', async () => {
    expect(await call(() => deleteItem(client, 'item-1'))).toBeUndefined();
  });

  it('submitSignup: a form-urlencoded body', async () => {
    // Without `interests`: Prism 5.14 keeps only the last value of a repeated form field and,
    // with no `encoding` in the spec, never reads an array from a form body ("must be array").
    await call(() =>
      submitSignup(client, { body: { name: 'Ann & Bob', age: 30, newsletter: true } }),
    );
  });

  it('uploadFile: a multipart body with a file and a string', async () => {
    const file = new Blob(['hello'], { type: 'text/plain' });
    // Without `labels`: Prism 5.14 reads a multipart body as one string per part name, so it
    // rejects any array field ("must be array") however the parts are sent.
    await call(() => uploadFile(client, { body: { file, description: 'greeting' } }));
  });

  it('putBlob: an octet-stream body', async () => {
    await call(() => putBlob(client, 'blob-1', { body: new Uint8Array([0, 1, 2, 255]) }));
  });

  it('getBlob: a binary response', async () => {
    const blob = await call(() => getBlob(client, 'blob-1'));
    expect(blob).toBeInstanceOf(Blob);
  });

  it('createNote: a text body and a text response', async () => {
    expect(await call(() => createNote(client, { body: 'Remember the milk' }))).toBe('stored');
  });

  it('createOrder: as JSON and as a form', async () => {
    await call(() => createOrder(client, { body: { sku: 'A-1', quantity: 2, gift: true } }));
    await call(() =>
      createOrder(client, {
        body: { sku: 'A-1', quantity: 2, gift: true },
        contentType: 'application/x-www-form-urlencoded',
      }),
    );
  });

  it('runJob: the 200 body, and the 202 body when asked for with Prefer', async () => {
    const done = await call(() => runJob(client, { body: { task: 'sum' } }).withResponse());
    expect(done.response.status).toBe(200);
    expect('result' in done.data).toBe(true);
    const later = await call(() =>
      runJob(client, { body: { task: 'sum' } }, { headers: { Prefer: 'code=202' } }).withResponse(),
    );
    expect(later.response.status).toBe(202);
    expect('status_url' in later.data).toBe(true);
  });

  it('getMe: bearer authentication', async () => {
    await call(() => getMe(client));
  });

  it('getDailyReport: an API key in the query', async () => {
    await call(() => getDailyReport(client, { day: '2026-01-02' }));
  });

  it('getHealth: no authentication', async () => {
    const bare = new ConformanceClient({ baseUrl: prism.url, maxRetries: 0 });
    await call(() => getHealth(bare));
  });

  it('listEvents: cursor pagination', async () => {
    const ids: string[] = [];
    await call(async () => {
      for await (const event of listEvents(client, { limit: 10 })) ids.push(event.id);
    });
    expect(ids).toEqual(['e1']);
  });

  it('listUsers: offset pagination', async () => {
    const names: string[] = [];
    await call(async () => {
      for await (const user of listUsers(client, { offset: 0, limit: 10 })) names.push(user.name);
    });
    expect(names).toEqual(['Ann']);
  });

  it('streamEvents: server-sent events', async () => {
    const events: unknown[] = [];
    await call(async () => {
      for await (const event of await streamEvents(client)) events.push(event);
    });
    expect(events).toEqual([
      { event: 'created', data: '{"id":"e1","type":"created"}', id: '1', retry: undefined },
      { event: 'message', data: 'done', id: '1', retry: undefined },
    ]);
  });

  it('Prism logged no request violation at all', () => {
    expect(violations(prism.output())).toEqual([]);
  });

  // Last, so the check above sees none of it: the harness does catch a request the spec forbids.
  it('control: a request breaking the spec (page_size above its maximum) is refused and logged as a violation', async () => {
    await quiet();
    const from = prism.output().length;
    const error = await searchItems(client, { ids: ['x'], pageSize: 500 }).catch((e: unknown) => e);
    await quiet();
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(violations(prism.output().slice(from)).join('\n')).toMatch(/page_size must be <= 100/);
  });
});
