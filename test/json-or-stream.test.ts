/**
 * An operation that answers JSON or a stream of events (OpenAI's chat completions, Mistral's,
 * Ollama's: `stream: true` in the body asks for events): the call's type follows the body's
 * flag, and the call reads what comes by its Content-Type. Through a generated SDK, against a
 * server on 127.0.0.1.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';
import { normalizeDocument } from '../src/normalize/document.js';

const SDK_PATH = './.tmp/json-or-stream/index.js';
const sdk = useFixtureSdk('test/fixtures/json-or-stream.yaml', 'json-or-stream');

interface Chunk {
  id?: string;
  delta?: string;
}
interface LlmSdk {
  LLMClient: new (options: { baseUrl: string; apiKey: string }) => {
    chat: {
      createCompletion(params: {
        body: { model: string; messages: object[]; stream?: boolean };
      }): Promise<unknown>;
    };
    live: { get(id: string): Promise<unknown> };
    edits: { create(params: { body: { input: string; stream?: boolean } }): Promise<unknown> };
    jobs: { listEvents(id: string, params?: { stream?: boolean }): Promise<unknown> };
  };
}

/** A server that answers events where the body (or, for a GET, the query) asks for them. */
async function llmServer() {
  return sdk.serve(
    await startServer((request, response) => {
      const body = request.body === '' ? {} : (JSON.parse(request.body) as { stream?: boolean });
      if (body.stream === true || request.url.includes('stream')) {
        response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
        response.end('data: {"id":"c1","delta":"Hel"}\n\ndata: {"id":"c1","delta":"lo"}\n\n');
      } else json(response, 200, { id: 'c1', choices: [{ text: 'Hello' }] });
    }),
  );
}

describe('an operation that answers JSON or events', () => {
  it('is typed by the body’s `stream` flag, and a flag known at run time gets either', () => {
    const usage = join(sdk.out, 'usage.ts');
    writeFileSync(
      usage,
      [
        "import { LLMClient, createChatCompletion, type ChatChunk, type ChatCompletion, type CreateCompletionResponse, type Stream } from './index.js';",
        "const client = new LLMClient({ apiKey: 'k' });",
        "const messages = [{ role: 'user', content: 'Hi' }];",
        "const events: Stream<ChatChunk> = await client.chat.createCompletion({ body: { model: 'm', messages, stream: true } });",
        'for await (const event of events) event.data.delta?.toUpperCase();',
        "const answer: ChatCompletion = await client.chat.createCompletion({ body: { model: 'm', messages } });",
        "const unstreamed: ChatCompletion = await createChatCompletion(client, { body: { model: 'm', messages, stream: false } });",
        'declare const flag: boolean;',
        "const either: ChatCompletion | Stream<ChatChunk> = await client.chat.createCompletion({ body: { model: 'm', messages, stream: flag } });",
        '// @ts-expect-error: a stream asked for is no ChatCompletion',
        "const wrong: ChatCompletion = await client.chat.createCompletion({ body: { model: 'm', messages, stream: true } });",
        "const live: ChatCompletion | Stream<ChatChunk> = await client.live.get('x');",
        "const inline: Stream<ChatChunk> = await client.completions.create({ body: { prompt: 'p', stream: true } });",
        "const listed: CreateCompletionResponse = await client.completions.create({ body: { prompt: 'p' }, limit: 2 });",
        "const jobEvents: Stream<unknown> = await client.jobs.listEvents('j', { stream: true });",
        "const jobAnswer: ChatCompletion = await client.jobs.listEvents('j');",
        'export { jobEvents, jobAnswer };',
        'export { inline, listed };',
        'export { answer, unstreamed, either, wrong, live };',
      ].join('\n'),
    );
    expect(typecheck([usage])).toEqual([]);
  });

  it('resolves to the JSON answer, or to a stream of its events', async () => {
    const server = await llmServer();
    const { LLMClient } = (await import(SDK_PATH)) as LlmSdk;
    const client = new LLMClient({ baseUrl: server.url, apiKey: 'k' });
    const messages = [{ role: 'user', content: 'Hi' }];
    expect(await client.chat.createCompletion({ body: { model: 'm', messages } })).toEqual({
      id: 'c1',
      choices: [{ text: 'Hello' }],
    });
    const stream = (await client.chat.createCompletion({
      body: { model: 'm', messages, stream: true },
    })) as AsyncIterable<{ data: Chunk }>;
    const deltas: string[] = [];
    for await (const event of stream) deltas.push(event.data.delta ?? '');
    expect(deltas).toEqual(['Hel', 'lo']);
    // Each asks for what its flag says, for a server that chooses by `Accept`.
    expect(server.received.map((r) => [r.method, r.url, r.headers['accept']])).toEqual([
      ['POST', '/chat/completions', 'application/json'],
      ['POST', '/chat/completions', 'text/event-stream'],
    ]);
  });

  // OpenAI's spec declares only the JSON answer: `stream: true` had resolved to a Blob typed as it.
  it('streams where the flag says it asks for server-sent events, the spec declaring only JSON', async () => {
    const server = await llmServer();
    const { LLMClient } = (await import(SDK_PATH)) as LlmSdk;
    const client = new LLMClient({ baseUrl: server.url, apiKey: 'k' });
    const stream = (await client.edits.create({
      body: { input: 'x', stream: true },
    })) as AsyncIterable<{ data: Chunk }>;
    const deltas: string[] = [];
    for await (const event of stream) deltas.push(event.data.delta ?? '');
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(await client.edits.create({ body: { input: 'x' } })).toMatchObject({ id: 'c1' });
    expect(server.received.map((r) => r.headers['accept'])).toEqual([
      'text/event-stream',
      'application/json',
    ]);
  });

  // OpenAI's fine-tune events ask by the query: `stream: true` had resolved to a Blob typed as
  // the JSON list.
  it("streams where the query's flag says it asks for server-sent events", async () => {
    const server = await llmServer();
    const { LLMClient } = (await import(SDK_PATH)) as LlmSdk;
    const client = new LLMClient({ baseUrl: server.url, apiKey: 'k' });
    const stream = (await client.jobs.listEvents('j1', { stream: true })) as AsyncIterable<{
      data: Chunk;
    }>;
    const deltas: string[] = [];
    for await (const event of stream) deltas.push(event.data.delta ?? '');
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(await client.jobs.listEvents('j1')).toMatchObject({ id: 'c1' });
    expect(server.received.map((r) => [r.url, r.headers['accept']])).toEqual([
      ['/jobs/j1/events?stream=true', 'text/event-stream'],
      ['/jobs/j1/events', 'application/json'],
    ]);
  });

  // Red team: `stream: true` answered with JSON had made `for await` throw a TypeError.
  it('refuses the answer its body did not ask for, as the type says', async () => {
    const server = sdk.serve(
      await startServer((_request, response) => json(response, 200, { id: 'c1' })),
    );
    const { LLMClient, InvalidResponseError } = (await import(SDK_PATH)) as LlmSdk & {
      InvalidResponseError: new () => Error;
    };
    const client = new LLMClient({ baseUrl: server.url, apiKey: 'k' });
    const refused = await client.chat
      .createCompletion({ body: { model: 'm', messages: [], stream: true } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidResponseError);
    expect((refused as Error).message).toBe(
      'The body asked for a stream of events (`stream: true`); the response is "application/json"',
    );
    // A GET, with no flag to ask by, takes either.
    expect(await client.live.get('x')).toEqual({ id: 'c1' });
  });
});

/** The event stream of one POST whose body has `stream`, and whose query has `parameters`. */
const eventStreamOf = (stream: object, parameters: object[] = []) =>
  normalizeDocument({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/x': {
        post: {
          operationId: 'x',
          parameters,
          requestBody: {
            content: {
              'application/json': { schema: { type: 'object', properties: { stream } } },
            },
          },
          responses: {
            200: { description: 'ok', content: { 'application/json': { schema: {} } } },
          },
        },
      },
    },
  } as never).operations[0]?.eventStream;

// Red team: a flag on by default would be typed JSON when left out, and a description that says
// the answer is not server-sent events had made a stream of it.
it('implies no stream where the flag is on by default, or says it sends no events', () => {
  const implied = (stream: object) => eventStreamOf(stream) !== undefined;
  const said = 'Tokens are sent as server-sent events.';
  expect([
    implied({ type: 'boolean', description: said }),
    implied({ type: 'boolean', default: true, description: said }),
    implied({ type: 'boolean', description: 'Newline-delimited JSON, not server-sent events.' }),
    implied({ type: 'boolean', description: 'Whether to stream.' }),
  ]).toEqual([true, false, false, false]);
});

// Red team: a body's `stream` that persists had been taken for the query's that streams: typed by
// the body, the call streamed by the query.
it("asks by the query's flag where only it says it sends events, beside a body's other `stream`", () => {
  const query = {
    name: 'stream',
    in: 'query',
    schema: { type: 'boolean' },
    description: 'Send server-sent events.',
  };
  expect(
    eventStreamOf({ type: 'boolean', description: 'Whether to persist.' }, [query]),
  ).toMatchObject({ flag: 'stream', flagIn: 'query' });
});
