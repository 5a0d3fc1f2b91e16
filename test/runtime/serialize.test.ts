/** Query styles, `simple` values and request bodies per media type; bodies checked on the wire with a real server. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BaseClient, type RequestSpec } from '../../templates/runtime/client.js';
import {
  appendQuery,
  encodeParams,
  simpleValue,
  type ParamStyle,
} from '../../templates/runtime/serialize.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { jsonBody, rawBody } from '../../templates/runtime/body.js';
import { formFields } from '../../templates/runtime/form-body.js';
import { multipartParts } from '../../templates/runtime/multipart-body.js';
import { bodyOf } from '../helpers/body.js';
import { apiKeyQuery, bearerAuth, applySecurity } from '../../templates/runtime/security.js';

const FORM: ParamStyle = { style: 'form', explode: true };
const FORM_JOINED: ParamStyle = { style: 'form', explode: false };
const SPACE: ParamStyle = { style: 'spaceDelimited', explode: false };
const PIPE: ParamStyle = { style: 'pipeDelimited', explode: false };
const DEEP: ParamStyle = { style: 'deepObject', explode: true };

/** The query string `appendQuery` builds for one parameter. */
function q(key: string, value: unknown, how?: ParamStyle): string {
  const params = new URLSearchParams();
  appendQuery(params, key, value, how);
  return params.toString();
}

const WHEN = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
const WHEN_ISO = '2024-01-02T03:04:05.006Z';

describe('appendQuery', () => {
  it('form, exploded (the default): one pair per array item', () => {
    expect(q('ids', [1, 2, 3])).toBe('ids=1&ids=2&ids=3');
    expect(q('ids', [1, 2, 3], FORM)).toBe('ids=1&ids=2&ids=3');
    expect(q('tags', ['a b', 'c&d'])).toBe('tags=a+b&tags=c%26d');
  });

  it('form, not exploded: items joined with commas', () => {
    expect(q('ids', [1, 2, 3], FORM_JOINED)).toBe('ids=1%2C2%2C3');
    expect(decodeURIComponent(q('ids', [1, 2, 3], FORM_JOINED))).toBe('ids=1,2,3');
  });

  it('spaceDelimited: items joined with spaces', () => {
    expect(q('ids', [1, 2, 3], SPACE)).toBe('ids=1+2+3');
    expect(new URLSearchParams(q('ids', [1, 2, 3], SPACE)).get('ids')).toBe('1 2 3');
  });

  it('pipeDelimited: items joined with pipes', () => {
    expect(q('ids', [1, 2, 3], PIPE)).toBe('ids=1%7C2%7C3');
    expect(new URLSearchParams(q('ids', [1, 2, 3], PIPE)).get('ids')).toBe('1|2|3');
  });

  it('deepObject: one key[prop] pair per property', () => {
    expect(q('color', { R: 100, G: 200, B: 150 }, DEEP)).toBe(
      'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150',
    );
    expect([...new URLSearchParams(q('filter', { name: 'a b', active: true }, DEEP))]).toEqual([
      ['filter[name]', 'a b'],
      ['filter[active]', 'true'],
    ]);
  });

  // Stripe's `expand` (an array, deepObject) and `created[gte]`; OpenAPI leaves both open.
  it('deepObject arrays and nested objects: brackets all the way, as form bodies write them', () => {
    expect([...new URLSearchParams(q('expand', ['data.source', 'data.tax'], DEEP))]).toEqual([
      ['expand[]', 'data.source'],
      ['expand[]', 'data.tax'],
    ]);
    expect([
      ...new URLSearchParams(q('filter', { created: { gte: 1 }, ids: [{ id: 'a' }] }, DEEP)),
    ]).toEqual([
      ['filter[created][gte]', '1'],
      ['filter[ids][0][id]', 'a'],
    ]);
  });

  it('objects, form exploded: one pair per property, without the parameter name', () => {
    expect(q('color', { R: 100, G: 200, B: 150 }, FORM)).toBe('R=100&G=200&B=150');
    expect(q('color', { R: 100, G: 200 })).toBe('R=100&G=200');
  });

  it('objects, form not exploded: name and value pairs joined with commas', () => {
    expect(q('color', { R: 100, G: 200, B: 150 }, FORM_JOINED)).toBe(
      'color=R%2C100%2CG%2C200%2CB%2C150',
    );
    expect(
      new URLSearchParams(q('color', { R: 100, G: 200, B: 150 }, FORM_JOINED)).get('color'),
    ).toBe('R,100,G,200,B,150');
  });

  it('objects, spaceDelimited and pipeDelimited: pairs joined with the style delimiter', () => {
    expect(new URLSearchParams(q('color', { R: 100, G: 200 }, SPACE)).get('color')).toBe(
      'R 100 G 200',
    );
    expect(new URLSearchParams(q('color', { R: 100, G: 200 }, PIPE)).get('color')).toBe(
      'R|100|G|200',
    );
  });

  it('sends Dates as ISO 8601, alone, in arrays and in objects', () => {
    expect(new URLSearchParams(q('since', WHEN)).get('since')).toBe(WHEN_ISO);
    expect(q('since', WHEN)).toBe('since=2024-01-02T03%3A04%3A05.006Z');
    expect(new URLSearchParams(q('at', [WHEN, WHEN])).getAll('at')).toEqual([WHEN_ISO, WHEN_ISO]);
    expect(new URLSearchParams(q('at', [WHEN, WHEN], FORM_JOINED)).get('at')).toBe(
      `${WHEN_ISO},${WHEN_ISO}`,
    );
    expect([...new URLSearchParams(q('range', { from: WHEN }, DEEP))]).toEqual([
      ['range[from]', WHEN_ISO],
    ]);
  });

  it('skips undefined and null: the whole value, array items and object properties', () => {
    expect(q('a', undefined)).toBe('');
    expect(q('a', null)).toBe('');
    expect(q('a', undefined, DEEP)).toBe('');
    expect(q('ids', [1, null, undefined, 2])).toBe('ids=1&ids=2');
    expect(q('ids', [1, null, undefined, 2], PIPE)).toBe('ids=1%7C2');
    expect(q('o', { a: 1, b: undefined, c: null }, DEEP)).toBe('o%5Ba%5D=1');
    expect(q('o', { a: 1, b: undefined, c: null }, FORM)).toBe('a=1');
    expect(q('o', { a: 1, b: undefined, c: null }, FORM_JOINED)).toBe('o=a%2C1');
  });

  it('sends nothing for an empty array, however it is styled', () => {
    for (const how of [FORM, FORM_JOINED, SPACE, PIPE]) expect(q('ids', [], how)).toBe('');
    expect(q('ids', [null, undefined], FORM_JOINED)).toBe('');
  });

  it('sends scalars as text, and objects nested in a form value as JSON', () => {
    expect(q('n', 0)).toBe('n=0');
    expect(q('b', false)).toBe('b=false');
    expect(q('s', '')).toBe('s=');
    expect(q('s', 'a&b=c d+e')).toBe('s=a%26b%3Dc+d%2Be');
    expect(new URLSearchParams(q('x', [{ a: 1 }])).get('x')).toBe('{"a":1}');
  });

  it('appends to what is already there, keeping repeated keys', () => {
    const params = new URLSearchParams('x=1');
    appendQuery(params, 'x', 2);
    appendQuery(params, 'y', [3, 4], FORM_JOINED);
    expect(params.toString()).toBe('x=1&x=2&y=3%2C4');
  });
});

describe('simpleValue', () => {
  it('gives scalars as text', () => {
    expect(simpleValue('a b')).toBe('a b');
    expect(simpleValue(5)).toBe('5');
    expect(simpleValue(false)).toBe('false');
    expect(simpleValue(WHEN)).toBe(WHEN_ISO);
  });

  it('joins arrays with commas', () => {
    expect(simpleValue([1, 2, 3])).toBe('1,2,3');
    expect(simpleValue(['a', WHEN])).toBe(`a,${WHEN_ISO}`);
    expect(simpleValue([])).toBe('');
  });

  it('joins object names and values with commas', () => {
    expect(simpleValue({ R: 100, G: 200, B: 150 })).toBe('R,100,G,200,B,150');
    expect(simpleValue({ inner: { a: 1 } })).toBe('inner,{"a":1}');
  });

  it('leaves out undefined and null members, as appendQuery does', () => {
    expect(simpleValue({ a: 1, b: undefined, c: null })).toBe('a,1');
    expect(simpleValue([1, undefined, null, 2])).toBe('1,2');
  });
});

// Red team: appended, the key went twice beside a next link's echo or a caller's object of the
// same name, and a server that reads the first took the other.
describe('an API key in the query', () => {
  it('takes the place of every pair of its name, the rest of the query as it was', () => {
    const url = new URL('https://api.example/items?ids=a,b%2Cc&api_key=ECHOED&page=2&API_KEY=x');
    apiKeyQuery('api_key').apply('k&y', { url, headers: new Headers() }, 'key');
    expect(url.search).toBe('?ids=a,b%2Cc&page=2&API_KEY=x&api_key=k%26y');
    const bare = new URL('https://api.example/items');
    apiKeyQuery('api_key').apply('k', { url: bare, headers: new Headers() }, 'key');
    expect(bare.search).toBe('?api_key=k');
  });
});

describe('query, headers and cookies on the wire', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends each query style, header and cookie as serialized', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const client = new BaseClient(
      { baseUrl: server.url },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    await client.request({
      method: 'GET',
      path: '/search',
      encode: encodeParams,
      query: {
        ids: [1, 2],
        // A list's delimiters go as they are, a comma of an item encoded (HERE's `fallback`).
        joined: ['a', 'b,c'],
        space: ['x', 'y'],
        pipe: [3, 4],
        filter: { k: 'v w' },
        since: WHEN,
        skip: undefined,
        none: null,
      },
      queryStyles: { joined: FORM_JOINED, space: SPACE, pipe: PIPE, filter: DEEP },
      headers: { 'x-ids': [1, 2, 3], 'x-obj': { a: 1, b: 2 }, 'x-skip': undefined, 'x-when': WHEN },
      cookies: { session: 'a b;c', list: [1, 2], gone: undefined },
      security: [],
    });
    const [r] = server.received;
    expect(r?.url).toBe(
      '/search?ids=1&ids=2&joined=a,b%2Cc&space=x%20y&pipe=3%7C4&filter%5Bk%5D=v%20w&since=2024-01-02T03%3A04%3A05.006Z',
    );
    expect(r?.headers['x-ids']).toBe('1,2,3');
    expect(r?.headers['x-obj']).toBe('a,1,b,2');
    expect(r?.headers['x-when']).toBe(WHEN_ISO);
    expect(r?.headers).not.toHaveProperty('x-skip');
    expect(r?.headers['cookie']).toBe('session=a%20b%3Bc; list=1%2C2');
  });
});

describe('body encoders', () => {
  it('JSON for application/json, with parameters, and for +json types', () => {
    expect(jsonBody({ a: [1, 'x'] }).encode()).toBe('{"a":[1,"x"]}');
    expect(jsonBody('text').encode()).toBe('"text"');
    expect(jsonBody(null).encode()).toBe('null');
    // Bytes are refused, in words that ask for nothing the call lacks (Netlify's JSON-only deploy
    // had asked for a `contentType` it has no parameter for).
    expect(() => jsonBody(new Blob(['zip'])).encode()).toThrow(
      'The application/json body is a value to send as JSON, not bytes',
    );
  });

  it('form fields for x-www-form-urlencoded, arrays repeated, undefined left out', () => {
    const body = formFields({ name: 'a b', list: [1, 2], when: WHEN, skip: undefined }, {});
    expect(body).toBeInstanceOf(URLSearchParams);
    expect(String(body)).toBe('name=a+b&list=1&list=2&when=2024-01-02T03%3A04%3A05.006Z');
  });

  it('FormData for multipart, a Blob as a file part, objects as JSON, arrays as repeated parts', () => {
    const file = new Blob(['bytes'], { type: 'image/png' });
    const body = multipartParts(
      { file, meta: { a: 1 }, tags: ['x', 'y'], n: 3, when: WHEN, skip: undefined, nil: null },
      {},
    );
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    // Fields before files (Box refuses its `attributes` after the file), each as the caller ordered.
    expect([...form.keys()]).toEqual(['meta', 'tags', 'tags', 'n', 'when', 'file']);
    expect(form.get('file')).toBeInstanceOf(Blob);
    expect(form.get('meta')).toBe('{"a":1}');
    expect(form.getAll('tags')).toEqual(['x', 'y']);
    expect(form.get('n')).toBe('3');
    expect(form.get('when')).toBe('2024-01-02T03:04:05.006Z');
  });

  // multer and FastAPI read a part with a file name as an upload: a plain field must not get one.
  it('multipart encoding types label files that have none, and typed values; plain text stays a field', () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    const form = multipartParts(
      {
        image: new Blob([bytes]),
        photo: new File([bytes], 'me.jpg', { type: 'image/jpeg' }),
        scan: new File([bytes], 'scan'),
        n: 5,
        note: 'hi',
        meta: { a: 1 },
        doc: { b: 2 },
        any: new Blob([bytes]),
      },
      {
        image: { contentType: 'image/png' },
        photo: { contentType: 'image/png' },
        scan: { contentType: 'image/png' },
        n: { contentType: 'text/plain' },
        note: { contentType: 'text/plain; charset=utf-8' },
        meta: { contentType: 'application/json' },
        doc: { contentType: 'application/json; charset=utf-8' },
        any: { contentType: 'image/png, image/jpeg' },
      },
    );
    const file = (key: string) => form.get(key) as File;
    expect([file('image').type, file('image').name]).toEqual(['image/png', 'blob']);
    // A file's own type wins; its name is kept when it is labelled anew.
    expect([file('photo').type, file('photo').name]).toEqual(['image/jpeg', 'me.jpg']);
    expect([file('scan').type, file('scan').name]).toEqual(['image/png', 'scan']);
    expect(form.get('n')).toBe('5');
    expect(form.get('note')).toBe('hi');
    expect(file('meta').type).toBe('application/json');
    expect(file('doc').type).toBe('application/json; charset=utf-8');
    // A list of types (or a wildcard) names no one type.
    expect(file('any').type).toBe('');
  });

  it('passes other bodies through untouched', () => {
    const bytes = new Uint8Array([0, 1, 255]);
    expect(rawBody(bytes, 'application/octet-stream').encode()).toBe(bytes);
    expect(rawBody('plain text', 'text/plain').encode()).toBe('plain text');
  });

  // WhatsApp's upload takes many media types: a JPEG went as the first listed, `application/msword`.
  it('sends a Blob of several possible types as its own type when the caller names none', () => {
    const jpeg = new Blob([new Uint8Array([255, 216])], { type: 'image/jpeg' });
    expect(rawBody(jpeg, undefined, 'application/msword').contentType).toBe('image/jpeg');
    expect(rawBody(jpeg, 'image/png', 'application/msword').contentType).toBe('image/png');
    expect(rawBody(new Blob(['x']), undefined, 'application/msword').contentType).toBe(
      'application/msword',
    );
    expect(rawBody('text', undefined, 'text/plain').contentType).toBe('text/plain');
  });
});

interface RawRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Like the shared test server, but keeps the body as bytes. */
async function startRawServer(): Promise<{
  url: string;
  received: RawRequest[];
  close(): Promise<void>;
}> {
  const received: RawRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('bodies on the wire', () => {
  let server: TestServer | undefined;
  let raw: Awaited<ReturnType<typeof startRawServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    await raw?.close();
    server = undefined;
    raw = undefined;
  });

  // `accept: ''` sends no Accept: then only a JSON body's Content-Type may say JSON.
  const POST: RequestSpec = { method: 'POST', path: '/upload', accept: '', security: [['key']] };

  function client(baseUrl: string): BaseClient {
    return new BaseClient(
      { baseUrl, maxRetries: 0 },
      {
        defaultBaseUrl: 'https://unused.example',
        authorize: applySecurity,
        securitySchemes: { key: bearerAuth },
        credentials: { key: 'sk-body' },
      },
    );
  }

  it('a +json body goes as JSON with its declared Content-Type', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url).request({
      ...POST,
      method: 'PATCH',
      body: bodyOf({ name: 'n', tags: null }, 'application/merge-patch+json'),
    });
    const [r] = server.received;
    expect(r?.headers['content-type']).toBe('application/merge-patch+json');
    expect(r?.body).toBe('{"name":"n","tags":null}');
  });

  it('an x-www-form-urlencoded body goes as form fields', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url).request({
      ...POST,
      body: bodyOf(
        { grant_type: 'client_credentials', scope: ['a', 'b'], note: 'x&y z' },
        'application/x-www-form-urlencoded',
      ),
    });
    const [r] = server.received;
    expect(r?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(r?.body).toBe('grant_type=client_credentials&scope=a&scope=b&note=x%26y+z');
  });

  it('a multipart body carries its parts and a boundary Content-Type, never a JSON one', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const file = new File(['hello, file\n'], 'notes.txt', { type: 'text/plain' });
    const blob = new Blob(['{"raw":true}'], { type: 'application/json' });
    await client(server.url).request({
      ...POST,
      body: bodyOf(
        { file, blob, meta: { a: 1, b: ['x'] }, tags: ['t1', 't2'], count: 2, skip: undefined },
        'multipart/form-data',
      ),
    });
    const [r] = server.received;
    const contentType = r?.headers['content-type'] ?? '';
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(contentType)?.[1];
    expect(boundary).toBeDefined();
    const body = r?.body ?? '';
    expect(body.startsWith(`--${boundary}\r\n`)).toBe(true);
    expect(body.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
    expect(body.split(`--${boundary}\r\n`).length - 1).toBe(6); // one opening delimiter per part
    expect(body).toContain(
      'Content-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nhello, file\n\r\n',
    );
    expect(body).toContain(
      'Content-Disposition: form-data; name="meta"\r\n\r\n{"a":1,"b":["x"]}\r\n',
    );
    expect(body).toContain('Content-Disposition: form-data; name="count"\r\n\r\n2\r\n');
    expect(body).not.toContain('name="skip"');
    // Parse it back the way a server would.
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    expect([...form.keys()]).toEqual(['meta', 'tags', 'tags', 'count', 'file', 'blob']);
    const sentFile = form.get('file') as File;
    expect(sentFile.name).toBe('notes.txt');
    expect(await sentFile.text()).toBe('hello, file\n');
    const sentBlob = form.get('blob') as File;
    expect(sentBlob.type).toBe('application/json');
    expect(await sentBlob.text()).toBe('{"raw":true}');
    expect(form.get('meta')).toBe('{"a":1,"b":["x"]}');
    expect(form.getAll('tags')).toEqual(['t1', 't2']);
    expect(Object.values(r?.headers ?? {}).join('\n')).not.toContain('application/json');
    expect(r?.headers['authorization']).toBe('Bearer sk-body');
  });

  it('a text/plain body goes as the string given', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url).request({
      ...POST,
      body: bodyOf('héllo\nwörld ✓', 'text/plain'),
    });
    const [r] = server.received;
    expect(r?.headers['content-type']).toBe('text/plain');
    expect(r?.body).toBe('héllo\nwörld ✓');
    expect(r?.headers['content-length']).toBe(String(Buffer.byteLength('héllo\nwörld ✓')));
  });

  it('an octet-stream Uint8Array body arrives byte for byte', async () => {
    raw = await startRawServer();
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 3) % 256;
    expect(
      await client(raw.url).request({
        ...POST,
        body: bodyOf(bytes, 'application/octet-stream'),
      }),
    ).toBeUndefined();
    const [r] = raw.received;
    expect(r?.headers['content-type']).toBe('application/octet-stream');
    expect(r?.headers['content-length']).toBe('512');
    expect(r?.body.equals(Buffer.from(bytes))).toBe(true);
  });

  it('a request without a body sends no Content-Type', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url).request({ ...POST, body: bodyOf(undefined, 'application/json') });
    const [r] = server.received;
    expect(r?.headers).not.toHaveProperty('content-type');
    expect(r?.body).toBe('');
  });
});

describe('a streamed binary body', () => {
  it('a ReadableStream is sent as it is produced (fetch needs duplex: half)', async () => {
    const { BaseClient } = await import('../../templates/runtime/client.js');
    const { startServer } = await import('../helpers/server.js');
    const server = await startServer((_r, res) => res.writeHead(204).end());
    try {
      const chunks = [new Uint8Array([1, 2]), new Uint8Array([3])];
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      });
      const client = new BaseClient(
        { baseUrl: server.url },
        { defaultBaseUrl: '', securitySchemes: {}, credentials: {} },
      );
      await client.request({
        method: 'PUT',
        path: '/blob',
        body: bodyOf(body, 'application/octet-stream'),
        security: [],
      });
      expect(server.received[0]?.headers['content-type']).toBe('application/octet-stream');
      expect([...Buffer.from(server.received[0]?.body ?? '', 'latin1')]).toEqual([1, 2, 3]);
    } finally {
      await server.close();
    }
  });
});
