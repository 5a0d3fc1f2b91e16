/**
 * Responses that are a stream of JSON values, one per line: an NDJSON export (Otoroshi's), a
 * Kubernetes list that streams its changes where the query says `watch: true`, and a
 * Kubernetes `/watch/` path. Through a generated SDK, against a server on 127.0.0.1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';
import { normalizeDocument } from '../src/normalize/document.js';

const SDK_PATH = './.tmp/json-lines/index.js';
const sdk = useFixtureSdk('test/fixtures/json-lines.yaml', 'json-lines');

interface ClusterSdk {
  ClusterClient: new (options: { baseUrl: string; maxRetries?: number }) => {
    exports: { events(): Promise<AsyncIterable<unknown>> };
    tweets: { searchStream(options?: { timeout?: number }): Promise<AsyncIterable<unknown>> };
    pods: {
      listNamespacedPod(
        namespace: string,
        params?: { watch?: boolean; limit?: number },
      ): Promise<unknown> & AsyncIterable<unknown>;
      watchNamespacedPodList(namespace: string): Promise<AsyncIterable<unknown>>;
      readNamespacedPodLog(
        namespace: string,
        name: string,
        params?: { follow?: boolean },
        options?: { timeout?: number },
      ): Promise<unknown>;
    };
    deployments: { listEvents(id: string, params?: { follow?: 0 | 1 }): Promise<unknown> };
    services: {
      logs(
        id: string,
        params?: { follow?: boolean },
        options?: { timeout?: number },
      ): Promise<unknown>;
    };
  };
  InvalidResponseError: new () => Error;
}

async function collect(values: AsyncIterable<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  for await (const value of values) seen.push(value);
  return seen;
}

describe('a stream of JSON lines', () => {
  it('is typed as the values a line holds; a query flag asks for it beside the pages', () => {
    const usage = join(sdk.out, 'usage.ts');
    writeFileSync(
      usage,
      [
        "import { ClusterClient, type ExportEventsResponse, type JsonLines, type LogLine, type PagePromise, type Pod, type PodList, type WatchEvent } from './index.js';",
        'const client = new ClusterClient();',
        'const events: JsonLines<ExportEventsResponse> = await client.exports.events();',
        'for await (const event of events) event.kind.toUpperCase();',
        "const changes: JsonLines<unknown> = await client.pods.listNamespacedPod('ns', { watch: true });",
        "const pages: PagePromise<PodList, Pod> = client.pods.listNamespacedPod('ns', { limit: 2 });",
        "for await (const pod of client.pods.listNamespacedPod('ns')) pod.name.toUpperCase();",
        "const watched: JsonLines<WatchEvent> = await client.pods.watchNamespacedPodList('ns');",
        'declare const flag: boolean;',
        "const either = await client.pods.listNamespacedPod('ns', { watch: flag });",
        '// @ts-expect-error: a stream asked for is no page',
        "const wrong: PodList = await client.pods.listNamespacedPod('ns', { watch: true });",
        "const live: JsonLines<LogLine> = await client.deployments.listEvents('d', { follow: 1 });",
        "const logs: LogLine[] = await client.deployments.listEvents('d', { follow: 0 });",
        '// @ts-expect-error: a stream asked for is no array',
        "const notLogs: LogLine[] = await client.deployments.listEvents('d', { follow: 1 });",
        "const tail: JsonLines<string> = await client.pods.readNamespacedPodLog('ns', 'web', { follow: true });",
        "const log: string = await client.pods.readNamespacedPodLog('ns', 'web');",
        'export { changes, pages, watched, either, wrong, live, logs, notLogs, tail, log };',
      ].join('\n'),
    );
    expect(typecheck([usage])).toEqual([]);
    // A followed text's docs say its lines are text (red team: they had said JSON values).
    expect(readFileSync(join(sdk.out, 'client.ts'), 'utf8')).toContain(
      'where the query says `follow: true`, a stream of lines of text',
    );
  });

  // Twitter's streams had been read whole: the call waited out its timeout and threw.
  it('a JSON answer the operation says is a stream (`x-twitter-streaming`) is read a line at a time', async () => {
    const server = sdk.serve(
      await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"id":"1"}\r\n{"id":"2"}\r\n');
        // A heartbeat, then nothing: the stream stays open.
        setTimeout(() => response.write('\r\n'), 20);
      }),
    );
    const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url });
    const seen: unknown[] = [];
    for await (const tweet of await client.tweets.searchStream({ timeout: 5_000 })) {
      seen.push(tweet);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([{ id: '1' }, { id: '2' }]);
  });

  it('reads each line as it comes: NDJSON, CRLF, blank lines, a JSON text sequence', async () => {
    const server = sdk.serve(
      await startServer((request, response) => {
        response.writeHead(200, { 'content-type': 'application/x-ndjson' });
        if (request.url.startsWith('/exports')) {
          // A value split across writes, CRLF line ends, a blank line, no final newline.
          response.write('{"id":1,"kind":"a"}\r\n{"id":2,');
          setTimeout(() => response.end('"kind":"b"}\n\n{"id":3,"kind":"c"}'), 20);
        } else
          response.end('\x1e{"type":"ADDED","object":{}}\n\x1e{"type":"DELETED","object":{}}\n');
      }),
    );
    const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url });
    expect(await collect(await client.exports.events())).toEqual([
      { id: 1, kind: 'a' },
      { id: 2, kind: 'b' },
      { id: 3, kind: 'c' },
    ]);
    expect(await collect(await client.pods.watchNamespacedPodList('ns'))).toEqual([
      { type: 'ADDED', object: {} },
      { type: 'DELETED', object: {} },
    ]);
  });

  it('streams a list where `watch: true` asks, and pages it where not', async () => {
    const server = sdk.serve(
      await startServer((request, response) => {
        const url = new URL(request.url, 'http://x');
        if (url.searchParams.get('watch') === 'true') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            '{"type":"ADDED","object":{"name":"a"}}\n{"type":"MODIFIED","object":{"name":"a"}}\n',
          );
        } else if (url.searchParams.get('continue') === 'next')
          json(response, 200, { items: [{ name: 'b' }], metadata: {} });
        else json(response, 200, { items: [{ name: 'a' }], metadata: { continue: 'next' } });
      }),
    );
    const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url });
    const changes = (await client.pods.listNamespacedPod('ns', {
      watch: true,
    })) as AsyncIterable<unknown>;
    expect(await collect(changes)).toEqual([
      { type: 'ADDED', object: { name: 'a' } },
      { type: 'MODIFIED', object: { name: 'a' } },
    ]);
    expect(await collect(client.pods.listNamespacedPod('ns'))).toEqual([
      { name: 'a' },
      { name: 'b' },
    ]);
    expect(server.received.map((r) => r.url)).toEqual([
      '/namespaces/ns/pods?watch=true',
      '/namespaces/ns/pods',
      '/namespaces/ns/pods?continue=next',
    ]);
  });

  // Vercel's live deployment events had been read as one JSON document, and refused.
  it('streams where a `follow` of 0 or 1 asks with 1, and reads the JSON array where not', async () => {
    const server = sdk.serve(
      await startServer((request, response) => {
        if (new URL(request.url, 'http://x').searchParams.get('follow') === '1') {
          response.writeHead(200, { 'content-type': 'application/stream+json' });
          response.end('{"text":"building"}\n{"text":"ready"}\n');
        } else json(response, 200, [{ text: 'building' }]);
      }),
    );
    const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url });
    const live = (await client.deployments.listEvents('d', {
      follow: 1,
    })) as AsyncIterable<unknown>;
    expect(await collect(live)).toEqual([{ text: 'building' }, { text: 'ready' }]);
    expect(await client.deployments.listEvents('d', { follow: 0 })).toEqual([{ text: 'building' }]);
    expect(server.received.map((r) => r.url)).toEqual([
      '/deployments/d/events?follow=1',
      '/deployments/d/events?follow=0',
    ]);
  });

  // Kubernetes' pod log, followed, had been read whole: it never ended, and the timeout threw
  // away what had come.
  it('streams the lines of a text answer where `follow` asks, past the timeout', async () => {
    const server = sdk.serve(
      await startServer((request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        if (new URL(request.url, 'http://x').searchParams.get('follow') !== 'true')
          return void response.end('one\ntwo\n');
        response.write('one\r\n\ntw');
        setTimeout(() => response.end('o\nthree'), 150);
      }),
    );
    const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url });
    const tail = (await client.pods.readNamespacedPodLog(
      'ns',
      'web',
      { follow: true },
      { timeout: 50 },
    )) as AsyncIterable<unknown>;
    expect(await collect(tail)).toEqual(['one', '', 'two', 'three']);
    expect(server.received[0]?.headers['accept']).toBe('text/plain');
    expect(await client.pods.readNamespacedPodLog('ns', 'web')).toBe('one\ntwo\n');
  });

  // New-user trial: Docker's service logs had waited for the timeout and thrown their lines away.
  it("streams the lines of a stream's own type beside a JSON string where `follow` asks", async () => {
    const server = sdk.serve(
      await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/vnd.docker.raw-stream' });
        response.write('one\n');
        setTimeout(() => response.end('two\n'), 150);
      }),
    );
    const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url });
    const tail = (await client.services.logs(
      'web',
      { follow: true },
      { timeout: 50 },
    )) as AsyncIterable<unknown>;
    expect(await collect(tail)).toEqual(['one', 'two']);
    expect(server.received[0]?.headers['accept']).toBe('application/vnd.docker.raw-stream');
  });

  it('refuses a line that is not JSON, naming the line and not its text', async () => {
    const server = sdk.serve(
      await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/x-ndjson' });
        response.end('{"id":1,"kind":"a"}\n{"token": sk-secret\n');
      }),
    );
    const { ClusterClient, InvalidResponseError } = (await import(SDK_PATH)) as ClusterSdk;
    const client = new ClusterClient({ baseUrl: server.url, maxRetries: 0 });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const value of await client.exports.events()) seen.push(value);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ id: 1, kind: 'a' }]);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe("Line 2 of the 200 response's stream is not valid JSON");
  });
});

/** The `jsonLines` of `GET /log`, whose query takes `follow` and which answers `content`. */
const followed = (follow: object, content: object) =>
  normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/log': {
        get: {
          operationId: 'readLog',
          parameters: [{ name: 'follow', in: 'query', schema: { type: 'boolean' }, ...follow }],
          responses: { 200: { description: 'ok', content } },
        },
      },
    },
  } as never).operations[0]?.jsonLines;

// Red team: a `follow` that keeps no answer coming, and a JSON string with no text form, had been
// streams of lines.
it('reads a text answer as lines where its `follow` says it streams, and a text form is declared', () => {
  const text = { 'text/plain': { schema: { type: 'string' } } };
  const json = { 'application/json': { schema: { type: 'string' } } };
  const stream = { description: 'Follow the log stream of the pod. Defaults to false.' };
  expect(followed(stream, text)).toEqual({
    schema: { kind: 'string' },
    flag: 'follow',
    text: 'text/plain',
  });
  // Kubernetes' JSON string first: the stream asks for the text (red team).
  expect(followed(stream, { ...json, ...text })).toEqual(
    expect.objectContaining({ text: 'text/plain' }),
  );
  expect(followed({ description: 'Follow symbolic links.' }, text)).toBeUndefined();
  expect(followed({}, text)).toBeUndefined();
  expect(followed(stream, json)).toBeUndefined();
});

it('reads a followed text the server answers as one JSON string as its lines', async () => {
  const server = sdk.serve(
    await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify('one\n"two"\nthree'));
    }),
  );
  const { ClusterClient } = (await import(SDK_PATH)) as ClusterSdk;
  const client = new ClusterClient({ baseUrl: server.url });
  const tail = (await client.pods.readNamespacedPodLog('ns', 'web', {
    follow: true,
  })) as AsyncIterable<unknown>;
  expect(await collect(tail)).toEqual(['one', '"two"', 'three']);
});
