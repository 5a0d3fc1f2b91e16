/**
 * The committed Meibel SDK (generated/meibel) against a real server on 127.0.0.1.
 */
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  ApiTimeoutError,
  IngestStatus,
  MeibelClient,
  UnprocessableEntityError,
  getIngestStatus,
  type GetIngestStatusError,
  type IngestStatusResponse,
} from '../generated/meibel/index.js';
import { json, startServer, type TestServer } from './helpers/server.js';

const STATUS: IngestStatusResponse = {
  datasource_id: 'ds_1',
  status: IngestStatus.completed,
  started_at: '2026-01-01T00:00:00Z',
  completed_at: null,
  methods: [{ method: 'rag', total_files: 3, processed_files: 3 }],
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.MEIBEL_API_KEY;
  delete process.env.MEIBEL_BASE_URL;
});

function clientFor(
  s: TestServer,
  options: ConstructorParameters<typeof MeibelClient>[0] = {},
): MeibelClient {
  return new MeibelClient({ baseUrl: `${s.url}/v2`, apiKey: 'key-123', ...options });
}

describe('getIngestStatus against a server on 127.0.0.1', () => {
  it('sends GET to /v2/datasources/<id>/ingest-status with the API key header, no body, and parses the JSON', async () => {
    server = await startServer((_req, res) => json(res, 200, STATUS));
    const result = await clientFor(server).datasources.ingest.getStatus('ds_1');

    expect(result).toEqual(STATUS);
    expectTypeOf(result).toEqualTypeOf<IngestStatusResponse>();
    const [request] = server.received;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('/v2/datasources/ds_1/ingest-status');
    expect(request?.headers['meibel-api-key']).toBe('key-123');
    expect(request?.headers['accept']).toBe('application/json');
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.body).toBe('');
  });

  it('the function and the method send the same request', async () => {
    server = await startServer((_req, res) => json(res, 200, STATUS));
    const client = clientFor(server);
    await getIngestStatus(client, 'ds_1');
    await client.datasources.ingest.getStatus('ds_1');
    expect(server.received[0]?.url).toBe(server.received[1]?.url);
  });

  it('percent-encodes path parameters so an id cannot change the URL', async () => {
    server = await startServer((_req, res) => json(res, 200, STATUS));
    await clientFor(server).datasources.ingest.getStatus('a/b?c#d');
    expect(server.received[0]?.url).toBe('/v2/datasources/a%2Fb%3Fc%23d/ingest-status');
  });

  it('throws UnprocessableEntityError with the typed FastAPI body on 422', async () => {
    const detail = [{ loc: ['path', 'datasource_id'], msg: 'bad id', type: 'value_error' }];
    server = await startServer((_req, res) => json(res, 422, { detail }));
    const error = await clientFor(server)
      .datasources.ingest.getStatus('x')
      .then(
        () => undefined,
        (e: unknown) => e as GetIngestStatusError,
      );

    expect(error).toBeInstanceOf(UnprocessableEntityError);
    if (!(error instanceof UnprocessableEntityError)) return;
    expect(error.status).toBe(422);
    expect(error.body.detail?.[0]?.loc).toEqual(['path', 'datasource_id']);
    expectTypeOf(error.body.detail?.[0]?.loc).toEqualTypeOf<(string | number)[] | undefined>();
    expect(server.received).toHaveLength(1); // 422 is not retried
  });

  it('retries a 503 and then succeeds', async () => {
    server = await startServer((_req, res, i) =>
      i === 0
        ? json(res, 503, { error: 'busy' }, { 'retry-after-ms': '10' })
        : json(res, 200, STATUS),
    );
    const result = await clientFor(server).datasources.ingest.getStatus('ds_1');
    expect(result.status).toBe('completed');
    expect(server.received).toHaveLength(2);
  });

  it('gives ApiTimeoutError when the server is slower than timeout', async () => {
    // The answer comes far later than the timeout, so a busy machine cannot blur the two.
    server = await startServer((_req, res) => setTimeout(() => json(res, 200, STATUS), 5_000));
    const started = Date.now();
    const error = await clientFor(server, { timeout: 50, maxRetries: 0 })
      .datasources.ingest.getStatus('ds_1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('reads the API key from MEIBEL_API_KEY when not given, and never puts it in an error message', async () => {
    process.env.MEIBEL_API_KEY = 'env-secret';
    server = await startServer((_req, res) => json(res, 401, { detail: 'no' }));
    const client = new MeibelClient({ baseUrl: `${server.url}/v2`, maxRetries: 0 });
    const error = (await client.datasources.ingest
      .getStatus('ds_1')
      .catch((e: unknown) => e)) as Error;
    expect(server.received[0]?.headers['meibel-api-key']).toBe('env-secret');
    expect(String(error.message) + String(error.stack)).not.toContain('env-secret');
    // An empty key is none (`apiKey: process.env.OTHER ?? ''`): the variable is read.
    await new MeibelClient({
      baseUrl: `${server.url}/v2`,
      maxRetries: 0,
      apiKey: '',
    }).datasources.ingest
      .getStatus('ds_1')
      .catch(() => undefined);
    expect(server.received[1]?.headers['meibel-api-key']).toBe('env-secret');
  });

  it('defaults baseUrl to the first server, keeping its /v2 path', () => {
    expect(new MeibelClient().baseUrl).toBe('https://api.meibel.ai/v2');
  });

  it('takes the base URL from MEIBEL_BASE_URL when the option is not given; the option wins', async () => {
    server = await startServer((_, res) => json(res, 200, { status: 'completed' }));
    process.env.MEIBEL_BASE_URL = `${server.url}/v2`;
    const client = new MeibelClient({ apiKey: 'k', maxRetries: 0 });
    await client.datasources.ingest.getStatus('ds');
    expect(server.received.map((r) => r.url)).toEqual(['/v2/datasources/ds/ingest-status']);
    expect(new MeibelClient({ baseUrl: 'https://other.example/v2' }).baseUrl).toBe(
      'https://other.example/v2',
    );
  });
});
