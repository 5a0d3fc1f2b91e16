/** The runtime's HTTP core, tested once, directly, against a real server on 127.0.0.1. */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BaseClient,
  type ClientOptions,
  type RequestSpec,
} from '../../templates/runtime/client.js';
import { encodeParams } from '../../templates/runtime/serialize.js';
import {
  ApiConnectionError,
  type ApiError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  RateLimitError,
} from '../../templates/runtime/errors.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { bodyOf } from '../helpers/body.js';
import { apiKeyQuery, bearerAuth, applySecurity } from '../../templates/runtime/security.js';

const GET: RequestSpec = {
  method: 'GET',
  path: '/things',
  accept: 'application/json',
  security: [['key']],
};

function client(baseUrl: string, options: ClientOptions = {}, key = 'sk-secret'): BaseClient {
  return new BaseClient(
    { baseUrl, ...options },
    {
      defaultBaseUrl: 'https://unused.example',
      authorize: applySecurity,
      securitySchemes: { key: bearerAuth },
      credentials: { key },
    },
  );
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('BaseClient', () => {
  it('sends the credential, JSON body with Content-Type, and query values', async () => {
    server = await startServer((_r, res) => json(res, 200, { ok: true }));
    const spec: RequestSpec = {
      ...GET,
      method: 'POST',
      query: { a: 1, b: undefined, c: 'x y' },
      encode: encodeParams,
      body: bodyOf({ n: 1 }, 'application/json'),
    };
    expect(await client(server.url).request(spec)).toEqual({ ok: true });
    const [r] = server.received;
    expect(r?.url).toBe('/things?a=1&c=x%20y');
    expect(r?.headers['authorization']).toBe('Bearer sk-secret');
    expect(r?.headers['content-type']).toBe('application/json');
    expect(r?.body).toBe('{"n":1}');
  });

  // AWS's specs declare JSON where its API takes `application/x-amz-json-1.0`: a new user's
  // client-wide Content-Type had been overridden on every call.
  it("sends the client's own Content-Type, and a call's, over the declared one", async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const spec: RequestSpec = {
      ...GET,
      method: 'POST',
      body: bodyOf({ n: 1 }, 'application/json'),
    };
    const aws = client(server.url, { headers: { 'Content-Type': 'application/x-amz-json-1.0' } });
    await aws.request(spec);
    await aws.request(spec, { headers: { 'Content-Type': 'application/x-amz-json-1.1' } });
    // Only over a JSON one: a form and a file keep theirs, and multipart its boundary (red team).
    await aws.request({ ...spec, body: bodyOf({ a: 1 }, 'application/x-www-form-urlencoded') });
    const form = new FormData();
    form.append('a', '1');
    await aws.request({
      ...spec,
      body: { value: form, contentType: 'multipart/form-data', encode: () => form },
    });
    expect(server.received.map((r) => r.headers['content-type'])).toEqual([
      'application/x-amz-json-1.0',
      'application/x-amz-json-1.1',
      'application/x-www-form-urlencoded',
      expect.stringMatching(/^multipart\/form-data; boundary=/),
    ]);
  });

  // What a spec forgot (CircleCI's `branch`, Bitbucket's `q`, Vercel's `teamId`): three new users
  // had no way to send it but a fetch of their own.
  it("adds the call's query parameters in place of the operation's own of their names", async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const spec: RequestSpec = {
      ...GET,
      query: { ids: ['a', 'b'], page: 1, q: 'x' },
      queryStyles: { ids: { style: 'form', explode: false } },
      encode: encodeParams,
    };
    await client(server.url).request(spec, {
      query: { page: 2, 'team id': 'a&b=c', tag: ['x', 'y z'], gone: undefined, none: null },
    });
    expect(server.received[0]?.url).toBe(
      '/things?ids=a,b&q=x&page=2&team%20id=a%26b%3Dc&tag=x&tag=y%20z',
    );
  });

  // Red team: a caller's `access_token` had gone to the other origin a `next` link named, and
  // stayed in an error's message where the server echoed it.
  it("sends the call's query parameters to the API's own origin only, and keeps a credential among them out of errors", async () => {
    const other = await startServer((_r, res) => json(res, 200, {}));
    server = await startServer((_r, res) =>
      json(res, 400, { message: 'bad access_token CALLER_SECRET_1' }),
    );
    try {
      const query = { access_token: 'CALLER_SECRET_1', page: 2 };
      await client(server.url, { maxRetries: 0 }).request(
        GET,
        { query },
        undefined,
        `${other.url}/next?p=1`,
      );
      expect(other.received[0]?.url).toBe('/next?p=1');
      const error = (await client(server.url, { maxRetries: 0 })
        .request(GET, { query })
        .catch((e: unknown) => e)) as ApiError;
      expect(server.received[0]?.url).toBe('/things?access_token=CALLER_SECRET_1&page=2');
      expect(error.message).toBe('400 bad access_token [redacted]');
    } finally {
      await other.close();
    }
  });

  // Review: a redirect that echoed the query took the caller's `access_token` to another origin.
  it("keeps a call's query parameter named as a credential off another origin a redirect names", async () => {
    const other = await startServer((_r, res) => json(res, 200, {}));
    server = await startServer((r, res) =>
      res
        .writeHead(302, { location: `${other.url}/landing${r.url!.slice('/things'.length)}` })
        .end(),
    );
    try {
      await client(server.url, { maxRetries: 0 }).request(GET, {
        query: { access_token: 'CALLER_SECRET_1', page: 2 },
      });
      expect(other.received[0]?.url).toBe('/landing?page=2');
    } finally {
      await other.close();
    }
  });

  // New-user trial: Ticketmaster's key goes as `?apikey=`, which its spec does not declare: each
  // call had to be given it. A client's query goes with every request, the call's own instead.
  it("sends the client's query with every request, a call's own instead, never to another origin", async () => {
    const other = await startServer((_r, res) => json(res, 200, {}));
    server = await startServer((r, res) =>
      r.url!.includes('fail=')
        ? json(res, 401, { message: `bad key CLIENT_KEY_1234` })
        : res.writeHead(302, { location: `${other.url}/landing` }).end(),
    );
    try {
      const keyed = client(server.url, {
        maxRetries: 0,
        query: { apikey: 'CLIENT_KEY_1234', locale: 'en' },
      });
      await keyed.request(GET, { query: { locale: 'de' } });
      expect(server.received[0]?.url).toBe('/things?apikey=CLIENT_KEY_1234&locale=de');
      // A redirect to another origin takes none of it.
      expect(other.received[0]?.url).toBe('/landing');
      // Named as a credential, its value is kept out of errors.
      const error = await keyed.request(GET, { query: { fail: 1 } }).catch((e: unknown) => e);
      expect(String((error as Error).message)).toBe('401 bad key [redacted]');
    } finally {
      await other.close();
    }
  });

  // New-user trial: Vercel's `teamId`, set on the client, had overridden the one a call was given,
  // which then acted on another team.
  it("sends the client's query only where the call's own gives none of its names", async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const teams = client(server.url, { query: { teamId: 'team_1' } });
    await teams.request({ path: '/things', query: { teamId: 'team_2' }, encode: encodeParams });
    await teams.request({ path: '/things', query: { teamId: undefined }, encode: encodeParams });
    expect(server.received.map((r) => r.url)).toEqual([
      '/things?teamId=team_2',
      '/things?teamId=team_1',
    ]);
  });

  it("keeps a query credential's own value beside the call's query parameters", async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const keyed = new BaseClient(
      { baseUrl: server.url },
      {
        defaultBaseUrl: 'https://unused.example',
        authorize: applySecurity,
        securitySchemes: { key: apiKeyQuery('api_key') },
        credentials: { key: 'sk-secret' },
      },
    );
    await keyed.request(GET, { query: { api_key: 'other', a: '1' } });
    expect(server.received[0]?.url).toBe('/things?a=1&api_key=sk-secret');
  });

  // Orbit's docs ask for the token with its scheme: it had gone as `Bearer Bearer …`.
  it('sends a bearer token given with its scheme once', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url, {}, 'bearer  sk-secret').request(GET);
    expect(server.received[0]?.headers['authorization']).toBe('Bearer sk-secret');
  });

  // NetBox's scheme is named `Bearer`, and its key goes as `Token <key>`: it had gone as
  // `Bearer Token …`, which NetBox refuses.
  it("sends a token given with another scheme's word as it is given", async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url, {}, 'Token 0123abcd').request(GET);
    await client(server.url, {}, 'eyJhbGciOi.x-y_z~+/=').request(GET);
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      'Token 0123abcd',
      'Bearer eyJhbGciOi.x-y_z~+/=',
    ]);
  });

  it('sends no credential when the operation needs none', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await client(server.url).request({ ...GET, security: [] });
    expect(server.received[0]?.headers['authorization']).toBeUndefined();
  });

  it('parses 204 as undefined and text as a string', async () => {
    server = await startServer((_r, res, i) => {
      if (i === 0) {
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
      }
    });
    expect(await client(server.url).request(GET)).toBeUndefined();
    expect(await client(server.url).request(GET)).toBe('hello');
  });

  it('does not retry a 404, and throws NotFoundError with status, headers and body', async () => {
    server = await startServer((_r, res) =>
      json(res, 404, { detail: 'gone' }, { 'x-request-id': 'req_1' }),
    );
    const error = await client(server.url)
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: { detail: 'gone' }, requestId: 'req_1' });
    expect(server.received).toHaveLength(1);
  });

  it('retries 429 up to maxRetries, honouring Retry-After, then throws RateLimitError', async () => {
    server = await startServer((_r, res) => json(res, 429, {}, { 'retry-after': '0' }));
    const error = await client(server.url, { maxRetries: 2 })
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.received).toHaveLength(3);
  });

  // Twitter's window lifts in 15 minutes: two retries within a second had spent the limit again.
  it('throws a 429 at once where its reset is past a minute away, and waits for one that is near', async () => {
    const reset = (seconds: number) => String(Math.floor(Date.now() / 1000) + seconds);
    server = await startServer((_r, res) =>
      json(res, 429, {}, { 'x-rate-limit-reset': reset(900) }),
    );
    const error = await client(server.url, { maxRetries: 2 })
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.received).toHaveLength(1);
  });

  // Red team: a `Retry-After: 60` had made a call with a short timeout take two minutes to fail.
  it('throws at once where the pause a server asks for is past the call’s timeout', async () => {
    server = await startServer((_r, res) => json(res, 503, {}, { 'retry-after': '30' }));
    const started = Date.now();
    const error = await client(server.url, { maxRetries: 2, timeout: 1_000 })
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('maps 5xx to InternalServerError once retries are spent, and keeps the secret out of the message', async () => {
    server = await startServer((_r, res) =>
      json(res, 500, { message: 'boom' }, { 'retry-after-ms': '1' }),
    );
    const error = (await client(server.url, { maxRetries: 1 })
      .request(GET)
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe('500 boom');
    expect(JSON.stringify(error) + error.message + error.stack).not.toContain('sk-secret');
  });

  // Three new users read `404 {"errors":[{"message":"task: Unknown object"}]}`: the API's own
  // words, where its body says them the common ways, are the message; the body keeps the rest.
  it.each<[string, unknown, string]>([
    ['GitHub, Adyen, Notion', { message: 'Not Found', documentation_url: 'x' }, '404 Not Found'],
    [
      'Stripe, OpenAI',
      { error: { message: 'No such customer', type: 'x' } },
      '404 No such customer',
    ],
    ['an error of text', { error: 'not_found' }, '404 not_found'],
    [
      'RFC 9457',
      { title: 'Not Found Error', detail: 'Could not find user', type: 'x' },
      '404 Could not find user',
    ],
    [
      'Asana',
      { errors: [{ message: 'task: Unknown object: 999' }] },
      '404 task: Unknown object: 999',
    ],
    ['a list of texts', { errors: ['gone'] }, '404 gone'],
    [
      'Postmark',
      { ErrorCode: 300, Message: "Invalid 'From' address" },
      "404 Invalid 'From' address",
    ],
    [
      'OAuth 2',
      { error: 'invalid_grant', error_description: 'The code has expired' },
      '404 The code has expired',
    ],
    [
      'Plaid',
      { error_code: 'ITEM_LOGIN_REQUIRED', error_message: 'the login details have changed' },
      '404 the login details have changed',
    ],
    [
      'JSON:API (Amadeus)',
      {
        errors: [{ status: 400, code: 425, title: 'INVALID DATE', detail: 'Date is in the past' }],
      },
      '404 Date is in the past',
    ],
    ['JSON:API, a title alone', { errors: [{ title: 'INVALID DATE' }] }, '404 INVALID DATE'],
    [
      'Zuora',
      { success: false, reasons: [{ code: 50000040, message: 'Cannot find entity' }] },
      '404 Cannot find entity',
    ],
    ['ClickUp', { err: 'Token invalid', ECODE: 'OAUTH_025' }, '404 Token invalid'],
    [
      'Okta',
      { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found: missing (User)' },
      '404 Not found: Resource not found: missing (User)',
    ],
    [
      'Just Eat',
      { errors: [{ description: 'The claim was not found', errorCode: 'NotFound' }] },
      '404 The claim was not found',
    ],
    [
      'Velo',
      { errors: [{ errorMessage: 'payor not found', errorCode: '4040' }] },
      '404 payor not found',
    ],
    [
      'Rudder',
      { action: 'nodeDetails', result: 'error', errorDetails: 'Node with ID 7 was not found' },
      '404 Node with ID 7 was not found',
    ],
    [
      'Jira',
      {
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {},
      },
      '404 Issue does not exist or you do not have permission to see it.',
    ],
    [
      'Wowza',
      {
        meta: { status: 404, code: 'ERR-404-RecordNotFound', message: 'The record was not found.' },
      },
      '404 The record was not found.',
    ],
    ['AGCO', { ErrorCode: 404, UserMessage: 'File not found' }, '404 File not found'],
    [
      'Walmart',
      { errors: { error: [{ code: 'CONTENT_NOT_FOUND.GMP_ORDER_API', description: 'No order' }] } },
      '404 No order',
    ],
    [
      'Loket',
      { messages: [{ code: 1201, description: 'Field dateOfBirth must be in the past' }] },
      '404 Field dateOfBirth must be in the past',
    ],
    [
      '1Password',
      { Error: { Message: 'Event token is invalid', Code: 'invalid_token' } },
      '404 Event token is invalid',
    ],
    ['Linode', { errors: [{ reason: 'Not found', field: 'id' }] }, '404 Not found'],
    [
      'Jira, a field',
      { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } },
      '404 You must specify a summary of the issue.',
    ],
    [
      'Xero',
      { Title: 'Unauthorized', Status: 401, Detail: 'AuthenticationUnsuccessful' },
      '404 AuthenticationUnsuccessful',
    ],
    [
      'Xero, a validation',
      {
        ErrorNumber: 10,
        Type: 'ValidationException',
        Message: 'A validation exception occurred',
        Elements: [{ ValidationErrors: [{ Message: 'Email address must be valid.' }] }],
      },
      '404 Email address must be valid.',
    ],
    [
      'Klarna',
      { error_code: 'NOT_FOUND', error_messages: ['No such session'] },
      '404 No such session',
    ],
    [
      'Keycloak',
      { errorMessage: 'User exists with same username' },
      '404 User exists with same username',
    ],
    [
      'Mux',
      { error: { type: 'not_found', messages: ['The requested resource was not found'] } },
      '404 The requested resource was not found',
    ],
    [
      'YNAB',
      { error: { id: '404.2', name: 'resource_not_found', detail: 'Resource not found' } },
      '404 Resource not found',
    ],
    [
      'ElevenLabs',
      { detail: { status: 'invalid_api_key', message: 'Invalid API key' } },
      '404 Invalid API key',
    ],
    [
      'Telegram',
      { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
      '404 Bad Request: chat not found',
    ],
    // A description beside no error's code is a thing's.
    [
      'a description of no error',
      { id: 7, description: 'A pet' },
      '404 {"id":7,"description":"A pet"}',
    ],
    // A title names the thing, not the error (red team: a report's).
    [
      'a title of no error',
      { id: 7, title: 'Quarterly report' },
      '404 {"id":7,"title":"Quarterly report"}',
    ],
    [
      'problem details, title and detail',
      { title: 'Out of credit', detail: 'Your balance is 30.' },
      '404 Your balance is 30.',
    ],
    ['errors of text, no list', { errors: 'gone' }, '404 {"errors":"gone"}'],
    ['none of those', { code: 7, detail: [{ msg: 'x' }] }, '404 {"code":7,"detail":[{"msg":"x"}]}'],
    ['text', 'plain words', '404 plain words'],
    // New-user trial: a proxy's whole page, and Giphy's JSON, had been the message.
    [
      "a proxy's HTML page",
      '<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr>nginx</body></html>',
      '404 Not Found',
    ],
    ['Giphy', { data: [], meta: { status: 404, msg: 'Not Found' } }, '404 Not Found'],
    [
      'Instagram',
      { meta: { error_type: 'APINotFoundError', code: 404, error_message: 'invalid media id' } },
      '404 invalid media id',
    ],
    // Red team: a title with attributes had left the whole page the message.
    ['a title with attributes', '<html><title lang="en">Gone away</title></html>', '404 Gone away'],
    // New-user trial: Open Build Service's XML error had been the message, line breaks and all.
    [
      'Open Build Service',
      '<status code="not_found">\n  <summary>Couldn\'t find request</summary>\n</status>\n',
      "404 Couldn't find request",
    ],
    [
      'S3',
      '<Error><Code>NoSuchKey</Code><Message>The key does not exist.</Message></Error>',
      '404 The key does not exist.',
    ],
    [
      'bunq',
      { Error: [{ error_description: 'Payment not found.', error_description_translated: 'x' }] },
      '404 Payment not found.',
    ],
    ['Apigee (the New York Times)', { fault: { faultstring: 'Not found' } }, '404 Not found'],
    [
      'ClickSend',
      { http_code: 404, response_code: 'NOT_FOUND', response_msg: 'Resource not found.' },
      '404 Resource not found.',
    ],
    ['GitLab, its status said', { message: '404 Issue Not Found' }, '404 Issue Not Found'],
    ['only the status', { message: '404' }, '404'],
  ])("%s: the message says the API's words", async (_who, body, message) => {
    server = await startServer((_r, res) =>
      typeof body === 'string'
        ? res.writeHead(404, { 'content-type': 'text/plain' }).end(body)
        : json(res, 404, body),
    );
    const error = (await client(server.url, { maxRetries: 0 })
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe(message);
    expect(error.body).toEqual(body);
  });

  // Red team: a body of `<message` a hundred thousand times had blocked the event loop for 35 s.
  it("reads an error body's words in a time its length bounds", async () => {
    const body = '<message'.repeat(100_000);
    server = await startServer((_r, res) =>
      res.writeHead(400, { 'content-type': 'text/xml' }).end(body),
    );
    const started = performance.now();
    const error = (await client(server.url, { maxRetries: 0 })
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // Docker's image build: a 503 to a streamed upload was retried with the spent stream, and the
  // caller got "Response body object should not be disturbed or locked" instead of the 503.
  it('does not retry a stream body: the error status comes back with its body', async () => {
    server = await startServer((_r, res) =>
      json(res, 503, { message: 'daemon busy' }, { 'retry-after-ms': '1' }),
    );
    const upload = new Blob(['tar bytes']).stream();
    const error = await client(server.url, { maxRetries: 2 })
      .request({ ...GET, method: 'POST', body: bodyOf(upload, 'application/x-tar') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, body: { message: 'daemon busy' } });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.body).toBe('tar bytes');
  });

  // New-user trial: GitHub's rate limits are 403s, which had failed at once; its request id
  // header had been left out of the error.
  it("retries GitHub's rate-limit 403 at its reset, and names GitHub's request id", async () => {
    const answers = [403, 200];
    server = await startServer((_r, res) =>
      json(
        res,
        answers.shift() ?? 403,
        { message: 'API rate limit exceeded' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)),
          'x-github-request-id': 'A1:B2',
        },
      ),
    );
    await expect(client(server.url, { maxRetries: 1 }).request(GET)).resolves.toEqual({
      message: 'API rate limit exceeded',
    });
    expect(server.received).toHaveLength(2);
    const error = (await client(server.url, { maxRetries: 0 })
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.requestId).toBe('A1:B2');
  });

  // Three new users: bunq's payment, WhatsApp's message and dev.to's article had gone twice.
  it('sends a POST without an idempotency key once on a 500 or a dropped connection, again on a 503', async () => {
    const answers = [500, 503, 200];
    server = await startServer((request, res) => {
      if (new URL(request.url, 'http://x').pathname === '/drop') return void res.destroy();
      json(res, answers.shift()!, {}, { 'retry-after-ms': '1' });
    });
    const post: RequestSpec = {
      ...GET,
      method: 'POST',
      body: bodyOf({ amount: 10 }, 'application/json'),
    };
    const api = client(server.url, { maxRetries: 2 });
    await expect(api.request(post)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
    // A 503 says it was not done: sent again.
    await expect(api.request(post)).resolves.toEqual({});
    expect(server.received).toHaveLength(3);
    await expect(api.request({ ...post, path: '/drop' })).rejects.toBeInstanceOf(
      ApiConnectionError,
    );
    expect(server.received).toHaveLength(4);
    // With an idempotency key it may go again: the server applies it once.
    answers.push(500, 200);
    const keyed = client(server.url, { maxRetries: 2, headers: { 'Idempotency-Key': 'k1' } });
    await expect(keyed.request(post)).resolves.toEqual({});
    expect(server.received).toHaveLength(6);
  });

  it('turns a refused connection into ApiConnectionError after retrying', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await client(`http://127.0.0.1:${port}`, { maxRetries: 1 })
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    // Node's fetch says "fetch failed"; the message says what failed.
    expect((error as Error).message).toMatch(/^Connection error: .*\(.*ECONNREFUSED.*\)$/);
  });

  it('a caller abort stops at once and is not retried', async () => {
    const controller = new AbortController();
    // Never answers: the caller aborts once the request has arrived (a timer could fire before it does).
    server = await startServer(() => controller.abort());
    const pending = client(server.url).request(GET, { signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.received).toHaveLength(1);
  });

  it('refuses header values with a line break before sending', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    await expect(
      client(server.url).request(GET, { headers: { 'x-a': 'b\r\nx-injected: 1' } }),
    ).rejects.toThrow(/"x-a" holds a character no header can carry/);
    expect(server.received).toHaveLength(0);
  });
});

// Petstore's server is `/api/v3`: the platform would say only "Invalid URL".
describe('a relative base URL', () => {
  it('is refused with the fix, before anything is sent, and never quoted', async () => {
    const call = client('/api/v3?token=sk-in-url').request(GET);
    await expect(call).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(call).rejects.toThrow('Give the client an absolute baseUrl (https://host/path)');
    await expect(call).rejects.not.toThrow(/sk-in-url/);
    await expect(client('api.example.com').request(GET)).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  // fetch refuses a URL with a user or password, and its error quoted the password.
  it('with a user or password is refused, and never quoted', async () => {
    const call = client('https://user:pw-secret@api.example/v1').request(GET);
    await expect(call).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(call).rejects.toThrow('without credentials');
    await expect(call).rejects.not.toThrow(/pw-secret/);
  });

  // Red team: `https://host/v2?api-version=1` sent `/v2?api-version=1%2Ffiles%2Ff`, and a 200 came back.
  it('with a query or fragment is refused', async () => {
    for (const base of [
      'https://api.example/v2?api-version=1',
      'https://api.example/v2#f',
      'https://api.example/v2?',
    ])
      await expect(client(base).request(GET), base).rejects.toThrow(
        'without credentials, query or fragment',
      );
  });

  it("is read against the page's URL in a browser", async () => {
    server = await startServer((_r, res) => json(res, 200, { ok: true }));
    const global = globalThis as { location?: { href: string } };
    global.location = { href: `${server.url}/app/index.html` };
    try {
      expect(await client('/api/v3').request(GET)).toEqual({ ok: true });
      expect(server.received[0]?.url).toBe('/api/v3/things');
      // The page's origin is the API's own: the credential goes with it.
      expect(server.received[0]?.headers['authorization']).toBe('Bearer sk-secret');
      // A host without its scheme is a mistake, not a path of the page's server.
      await expect(client('api.example.com/v1').request(GET)).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
      expect(server.received).toHaveLength(1);
    } finally {
      delete global.location;
    }
  });
});
