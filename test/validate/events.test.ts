/**
 * Event streams of an SDK generated with `validate`, against a node:http
 * server: each event's JSON data is checked against the spec's schema, and a
 * bad event ends the stream with a ResponseValidationError naming the
 * operation and the path; without `validate` nothing is checked, at no cost.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { startServer } from '../helpers/server.js';

const SPEC = 'test/fixtures/validate/events.yaml';
const fixture = useFixtureSdk(SPEC, 'validate-events', { validate: true });

interface ValidationError extends Error {
  operation: string;
  issues: Array<{ path: string; message: string }>;
}
type Validate = { responses?: boolean };
type Events = AsyncIterable<{ event: string; data: unknown }>;
interface ChatSdk {
  ChatClient: new (options: { baseUrl: string; maxRetries?: number }) => {
    completions: {
      stream(
        params: { body: { prompt: string } },
        options?: { validate?: Validate },
      ): Promise<Events>;
    };
    log: { tail(): Promise<Events> };
  };
  ResponseValidationError: new (...args: never[]) => ValidationError;
}
const SDK_PATH = '../.tmp/validate-events/index.js';
const sdk = (): Promise<ChatSdk> => import(SDK_PATH) as Promise<ChatSdk>;

/** A client whose server sends these `data:` payloads, one event each. */
async function chat(payloads: readonly string[]) {
  const { ChatClient } = await sdk();
  const server = fixture.serve(
    await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(payloads.map((p) => `data: ${p}\n\n`).join(''));
    }),
  );
  return new ChatClient({ baseUrl: server.url, maxRetries: 0 });
}

/** Every event's data until the stream ends, and what ended it. */
async function drain(events: Promise<Events>): Promise<{ data: unknown[]; error: unknown }> {
  const data: unknown[] = [];
  try {
    for await (const event of await events) data.push(event.data);
    return { data, error: undefined };
  } catch (error) {
    return { data, error };
  }
}

const GOOD = JSON.stringify({ delta: { text: 'Hel' }, index: 0 });
const BAD = JSON.stringify({ delta: { text: 7 } });
const body = { body: { prompt: 'hi' } };

describe('event streams with validate', () => {
  it('passes events that match', async () => {
    const client = await chat([GOOD, GOOD]);
    const { data, error } = await drain(client.completions.stream(body));
    expect(error).toBeUndefined();
    expect(data).toEqual([JSON.parse(GOOD), JSON.parse(GOOD)]);
  });

  it('a bad event ends the stream with a ResponseValidationError naming the operation and path', async () => {
    const { ResponseValidationError } = await sdk();
    const client = await chat([GOOD, BAD, GOOD]);
    const { data, error } = await drain(client.completions.stream(body));
    expect(data).toEqual([JSON.parse(GOOD)]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { operation, issues, message } = error as ValidationError;
    expect(operation).toBe('streamCompletion');
    expect(issues.map((i) => i.path)).toEqual(['$.delta.text']);
    expect(message).toMatch(
      /^streamCompletion: an event's data does not match the spec at \$\.delta\.text: /,
    );
  });

  it('data that is not JSON is held to the schema too', async () => {
    const { ResponseValidationError } = await sdk();
    const client = await chat(['not json']);
    const { error } = await drain(client.completions.stream(body));
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('is turned off per call like response checks', async () => {
    const client = await chat([BAD]);
    const off = { validate: { responses: false } };
    const { data, error } = await drain(client.completions.stream(body, off));
    expect(error).toBeUndefined();
    expect(data).toEqual([JSON.parse(BAD)]);
  });

  it('leaves a stream of text alone: its events are strings, as the spec says', async () => {
    const client = await chat(['plain line', '{"looks":"like json"}']);
    const { data, error } = await drain(client.log.tail());
    expect(error).toBeUndefined();
    expect(data).toEqual(['plain line', '{"looks":"like json"}']);
  });

  it('without validate, the stream carries no check and no schema', async () => {
    const { files } = await generate({
      input: SPEC,
      output: 'test/.tmp/events-plain',
      dryRun: true,
    });
    const operations = files.find((f) => f.path === 'operations.ts')!.content;
    expect(operations).not.toMatch(/check|schemas/);
    expect(files.map((f) => f.path)).not.toContain('schemas.ts');
  });
});
