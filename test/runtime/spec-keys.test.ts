/**
 * Names chosen by a spec (security schemes, query and multipart fields, pagination
 * fields) that are also names on Object.prototype: `constructor`, `toString`, `__proto__`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BaseClient } from '../../templates/runtime/client.js';
import { nextPage } from '../helpers/pager.js';
import { apiKeyHeader, applySecurity, bearerAuth } from '../../templates/runtime/security.js';
import { encodeParams } from '../../templates/runtime/serialize.js';
import { multipartParts } from '../../templates/runtime/multipart-body.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An object with `__proto__` as an own key, as JSON.parse makes it. */
function withOwnProto(value: unknown): Record<string, unknown> {
  return JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`) as Record<string, unknown>;
}

describe('security schemes named like Object.prototype members', () => {
  it('a scheme without a credential sends nothing, never Object.prototype members', async () => {
    for (const name of ['constructor', 'toString', 'valueOf', '__proto__']) {
      const headers = new Headers();
      const url = new URL('https://api.example/x');
      await applySecurity([[name]], { [name]: apiKeyHeader('X-Key') }, {}, { headers, url }, true);
      expect(headers.get('x-key'), name).toBeNull();
    }
  });

  it('a credential given for a scheme named constructor is the one sent', async () => {
    const headers = new Headers();
    const schemes = { constructor: bearerAuth } as const;
    await applySecurity(
      [['constructor']],
      schemes,
      { constructor: 'tok' },
      { headers, url: new URL('https://a.example') },
      true,
    );
    expect(headers.get('authorization')).toBe('Bearer tok');
  });

  it('a scheme the client does not describe is skipped, whatever its name', async () => {
    const headers = new Headers();
    await applySecurity(
      [['toString']],
      {},
      withOwnProto('x') as Record<string, string>,
      { headers, url: new URL('https://a.example') },
      true,
    );
    expect([...headers]).toEqual([]);
  });
});

describe('query fields named like Object.prototype members', () => {
  it('go out exploded as form, the default, unless their own style says otherwise', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const client = new BaseClient(
      { baseUrl: server.url },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    const query = { constructor: [1, 2], toString: [3, 4], ...withOwnProto([5, 6]) };
    await client.request({
      method: 'GET',
      path: '/q',
      query,
      encode: encodeParams,
      queryStyles: { other: { style: 'pipeDelimited', explode: false } },
      security: [],
    });
    expect(server.received[0]?.url).toBe(
      '/q?constructor=1&constructor=2&toString=3&toString=4&__proto__=5&__proto__=6',
    );
  });
});

describe('multipart fields named like Object.prototype members', () => {
  it('are plain text parts unless the spec types them', () => {
    const form = multipartParts(
      { constructor: 'a', toString: 'b', ...withOwnProto('c') },
      {},
    ) as FormData;
    expect([...form.entries()]).toEqual([
      ['constructor', 'a'],
      ['toString', 'b'],
      ['__proto__', 'c'],
    ]);
  });
});

describe('pagination fields named like Object.prototype members', () => {
  it('a page without its own cursor field ends the list', () => {
    expect(
      nextPage(
        { data: [] },
        [],
        {},
        { kind: 'cursor', items: 'data', cursor: 'toString', param: 'c' },
      ),
    ).toBeUndefined();
    expect(
      nextPage({ data: [1] }, [1], {}, { kind: 'link', items: 'data', next: 'constructor' }),
    ).toBeUndefined();
  });

  it('a page with its own such field is read', () => {
    expect(
      nextPage(
        { toString: 'c2' },
        [],
        {},
        { kind: 'cursor', items: 'data', cursor: 'toString', param: 'c' },
      ),
    ).toEqual({ query: { c: 'c2' } });
  });

  it('offset reads its parameters from the query only when the query has them', () => {
    const p = {
      kind: 'offset',
      items: 'data',
      offsetParam: 'constructor',
      limitParam: 'valueOf',
    } as const;
    expect(nextPage({}, [1, 2], {}, p)).toEqual({ query: { constructor: 2 } });
  });
});
