/**
 * specs/nasty: text from a spec never escapes a comment, string or identifier,
 * and the odd names still produce a working SDK.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NastyClient,
  Weird,
  WeirdValues,
  defaultOperation,
  getItemById,
  type ErrorSchema,
} from '../generated/nasty/index.js';
import { json, startServer, type TestServer } from './helpers/server.js';

const files = readdirSync('generated/nasty', { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.ts'),
);

describe('escaping', () => {
  it.each(files)(
    '%s: spec text becomes no code (no calls to alert, console.log or process.exit)',
    (file) => {
      const source = ts.createSourceFile(
        file,
        readFileSync(join('generated/nasty', file), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const calls: string[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) calls.push(node.expression.getText(source));
        ts.forEachChild(node, visit);
      };
      visit(source);
      expect(calls.filter((c) => /alert|console|process|injection/.test(c))).toEqual([]);
    },
  );

  it('enum values that are keywords, empty or `__proto__` are kept as own keys', () => {
    const status: NonNullable<ErrorSchema['status']>[] = [
      'a-b',
      '1st',
      '',
      'default',
      '*/',
      "it's",
      '__proto__',
      'constructor',
    ];
    expect(status).toHaveLength(8);
    expect(Object.keys(Weird)).toEqual(['__proto__', 'a-b', '', 'constructor', '*/']);
    expect(Object.getPrototypeOf(Weird)).toBe(Object.prototype);
    expect(Weird['__proto__']).toBe('__proto__');
    expect(WeirdValues).toEqual(Object.values(Weird));
  });
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('odd names still work on the wire', () => {
  it('encodes path values, keeps literal path text, sends query and header parameters by their spec names', async () => {
    server = await startServer((_r, res) => json(res, 200, { status: 'a-b' }));
    const client = new NastyClient({ baseUrl: server.url, apiKey: 'tok' });
    await getItemById(client, 'x/../y', 7, { filterName: 'a&b', xTraceId: 't-1' });
    const [r] = server.received;
    expect(r?.url).toBe('/items/x%2F..%2Fy/%60weird%60/7?filter%5Bname%5D=a%26b');
    expect(r?.headers['x-trace-id']).toBe('t-1');
    expect(r?.headers['authorization']).toBe('Bearer tok');
  });

  it('a body with `constructor` and `__proto__` keys is sent as written', async () => {
    server = await startServer((_r, res) => json(res, 201, { 'content-type': 'x' }));
    const client = new NastyClient({ baseUrl: server.url, apiKey: 'tok' });
    const body = JSON.parse('{"constructor":"c","__proto__":"p"}') as {
      constructor: string;
      __proto__?: string;
    };
    expect(await defaultOperation(client, { body })).toEqual({ 'content-type': 'x' });
    expect(server.received[0]?.body).toBe('{"constructor":"c","__proto__":"p"}');
  });

  it('server variables take their defaults', () => {
    expect(new NastyClient({ apiKey: 'x' }).baseUrl).toBe('https://eu.nasty.example/api/v1');
  });
});
