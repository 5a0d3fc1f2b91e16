/** A 2xx whose body does not parse as its Content-Type says is an SDK error, not a bare SyntaxError. */
import { afterEach, expect, it } from 'vitest';
import { BaseClient, type RequestSpec } from '../../templates/runtime/client.js';
import { InvalidResponseError, SdkError } from '../../templates/runtime/errors.js';
import { startServer, type TestServer } from '../helpers/server.js';

const GET: RequestSpec = {
  method: 'GET',
  path: '/things',
  accept: 'application/json',
  security: [],
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('invalid JSON in a 200: InvalidResponseError with status and headers, without the body in its message, not retried', async () => {
  server = await startServer((_r, res) => {
    res
      .writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_7' })
      .end('{"token": sk-body-secret');
  });
  const client = new BaseClient(
    { baseUrl: server.url, maxRetries: 2 },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const error = await client.request(GET).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toBeInstanceOf(SdkError);
  const invalid = error as InvalidResponseError;
  expect(invalid.status).toBe(200);
  expect(invalid.headers.get('x-request-id')).toBe('req_7');
  expect(invalid.message).toMatch(/not valid JSON/);
  expect(`${invalid.message}${invalid.stack ?? ''}${String(invalid.cause)}`).not.toContain(
    'sk-body-secret',
  );
  expect(server.received).toHaveLength(1);
});
