/** No credential reaches an error the SDK builds: not its message, stack, cause, body or headers. */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BaseClient,
  readAny,
  readText,
  type ClientConfig,
  type ClientOptions,
  type RequestSpec,
} from '../../templates/runtime/client.js';
import {
  ApiConnectionError,
  ApiError,
  InvalidArgumentError,
  InvalidResponseError,
} from '../../templates/runtime/errors.js';
import { redactor, scrubber } from '../../templates/runtime/redact.js';
import { encodeParams } from '../../templates/runtime/serialize.js';
import { stream } from '../../templates/runtime/sse.js';
import { bodyChecks, ResponseValidationError } from '../../templates/runtime/validate.js';
import { z } from 'zod';
import { json, startServer, type TestServer } from '../helpers/server.js';
import {
  apiKeyHeader,
  apiKeyQuery,
  basicAuth,
  bearerAuth,
  applySecurity,
} from '../../templates/runtime/security.js';

const GET: RequestSpec = {
  method: 'GET',
  path: '/things',
  accept: 'application/json',
  security: [['key']],
};

function client(
  baseUrl: string,
  schemes: ClientConfig['securitySchemes'],
  credential: string,
  options: ClientOptions = {},
): BaseClient {
  return new BaseClient(
    { baseUrl, maxRetries: 0, ...options },
    {
      defaultBaseUrl: 'https://unused.example',
      authorize: applySecurity,
      securitySchemes: schemes,
      credentials: { key: credential },
    },
  );
}

/** Everything a logger could print of an error: message, stack, own properties, and the same for each cause. */
function printable(error: unknown, depth = 0): string {
  if (!(error instanceof Error) || depth > 5) return String(error);
  return [
    error.message,
    error.stack ?? '',
    JSON.stringify(error),
    printable(error.cause, depth + 1),
  ].join('\n');
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('errors from a server that echoes the credential', () => {
  // `console.error(e)` prints the body and headers; a logger may JSON.stringify the error.
  it('the body and headers an error keeps are redacted too, and keep their shape', async () => {
    const secret = 'S3CR3T-key';
    server = await startServer((_r, res) =>
      json(
        res,
        401,
        { error: `invalid key ${secret}`, detail: { echoed: [secret, 'other'] } },
        { 'x-echo': `k=${secret}`, 'x-request-id': 'req_1' },
      ),
    );
    const error = (await client(server.url, { key: apiKeyQuery('api_key') }, secret)
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({
      error: 'invalid key [redacted]',
      detail: { echoed: ['[redacted]', 'other'] },
    });
    expect(error.headers.get('x-echo')).toBe('k=[redacted]');
    expect(error.requestId).toBe('req_1');
    expect(inspect(error, { depth: 5 })).not.toContain(secret);
    expect(JSON.stringify(error)).not.toContain(secret);
  });

  // Red teams: a proxy's error page echoed the key HTML-escaped, in the title the message says,
  // each escaper its own way (Go's `&#43;` and `&#34;`, Python's `&#x27;`, `&#x2F;`, `&apos;`).
  it.each([
    [
      'named',
      (c: string) => {
        const name = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c];
        return name === undefined ? c : `&${name};`;
      },
    ],
    ['decimal', (c: string) => `&#${c.charCodeAt(0)};`],
    ['hex, upper case', (c: string) => `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`],
  ])(
    'an HTML page that echoes the credential escaped (%s) keeps it out of the error',
    async (_how, escape) => {
      const secret = `sk-s3cr&t<key>"'+/=`;
      const escaped = secret.replace(/[&<>"'+/=]/g, escape);
      server = await startServer((_r, res) => {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(
          `<html><head><title>Bad key ${escaped}</title></head><body>${escaped}</body></html>`,
        );
      });
      const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, secret)
        .request(GET)
        .catch((e: unknown) => e)) as ApiError;
      expect(error.message).toBe('502 Bad key [redacted]');
      expect(inspect(error, { depth: 5 })).not.toContain(escaped);
      expect(inspect(error, { depth: 5 })).not.toContain(secret);
    },
  );

  it('a response that is not the JSON it says keeps no echoed credential in its headers', async () => {
    const secret = 'S3CR3T-key';
    server = await startServer((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-echo': secret });
      res.end('{bad');
    });
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, secret)
      .request(GET)
      .catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.headers.get('x-echo')).toBe('[redacted]');
    expect(inspect(error, { depth: 5 })).not.toContain(secret);
  });

  // Red team: a header's name may echo the key as well as its value (Headers lowercase names),
  // in any of the forms it travels in (percent-encoded, base64).
  it('a header whose name echoes the credential is left out of the error', async () => {
    const secret = 'sk_live_Abcdef0123456789/Q';
    server = await startServer((_r, res) => {
      res.setHeader('sk_live_abcdef0123456789', 'a prefix is no secret');
      res.setHeader(encodeURIComponent(secret), 'percent-encoded');
      res.setHeader(btoa(secret).replace(/=+$/, ''), 'base64');
      json(res, 401, { error: 'no' }, { 'x-request-id': 'req_2' });
    });
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, secret)
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(error.headers.get('x-request-id')).toBe('req_2');
    const names: string[] = [];
    error.headers.forEach((_value, name) => names.push(name));
    expect(names.filter((n) => /sk_live|c2tf/i.test(n))).toEqual(['sk_live_abcdef0123456789']);
  });

  // A session cookie the server sets on an error is a credential, though the call gave none:
  // `console.error(e)` had printed it.
  it('a cookie an error response sets is left out, its other headers kept', async () => {
    server = await startServer((_r, res) => {
      res.setHeader('set-cookie', [
        'session=s3ss10n-t0k3n-value; HttpOnly',
        'csrf=abcdef0123456789',
      ]);
      json(res, 403, { error: 'no' }, { 'x-request-id': 'req_3' });
    });
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, 'sk_live_0123456789')
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(403);
    expect(error.headers.get('set-cookie')).toBeNull();
    expect(error.headers.get('x-request-id')).toBe('req_3');
    expect(printable(error)).not.toMatch(/s3ss10n|abcdef0123456789/);
  });

  // Red team: a text or untyped call's body past the bound had kept the raw headers. The same
  // 16 MiB chunk, again and again: past 256 MiB without holding it.
  it.each([
    ['text', readText],
    ['untyped', readAny],
  ])('a %s body past the bound keeps no echoed credential in its headers', async (_kind, read) => {
    const secret = 'S3CR3T-key-text';
    const chunk = new Uint8Array(16 * 2 ** 20);
    const body = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(chunk) });
    const response = new Response(body, {
      headers: { 'content-type': 'text/plain', 'x-echo': secret },
    });
    const error = await read(response, scrubber([secret])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).headers.get('x-echo')).toBe('[redacted]');
  });

  // GitHub's OAuth endpoint answers form-encoded by default; YAML and unknown types are Blobs too.
  it('a body read as a Blob (form-encoded, YAML) is redacted in its text and keeps its type', async () => {
    const secret = 'S3CR3T-blob';
    server = await startServer((r, res) => {
      res.writeHead(400, { 'content-type': 'application/x-www-form-urlencoded' });
      res.end(`error=invalid_key&key=${String(r.headers['x-key'])}`);
    });
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, secret)
      .request(GET)
      .catch((e: unknown) => e)) as ApiError<Blob>;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.body).toBeInstanceOf(Blob);
    expect(error.body.type).toBe('application/x-www-form-urlencoded');
    expect(await error.body.text()).toBe('error=invalid_key&key=[redacted]');
  });

  it('a key pasted with spaces around it is redacted as it was sent, trimmed', async () => {
    server = await startServer((r, res) =>
      json(
        res,
        401,
        { got: r.headers['x-key'] },
        { 'www-authenticate': `key="${String(r.headers['x-key'])}"` },
      ),
    );
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, '\tS3CR3T-pasted ')
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({ got: '[redacted]' });
    expect(error.headers.get('www-authenticate')).toBe('key="[redacted]"');
    expect(printable(error)).not.toContain('S3CR3T-pasted');
  });

  it('a body too deep to write out is dropped, and the error keeps its status class', async () => {
    server = await startServer((_r, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    });
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, 'k1')
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.constructor.name).toBe('BadRequestError');
    expect(error.body).toBeUndefined();
  });

  it('a body without a secret is left as the server sent it', async () => {
    server = await startServer((_r, res) => json(res, 404, { error: 'no such thing' }));
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, 'k1')
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({ error: 'no such thing' });
    expect(error.headers.get('content-type')).toContain('application/json');
  });

  it('a short key is redacted only as a word of its own, and no marker is redacted again', async () => {
    // New-user trial: a key `t` had made `404 No[redac[redacted]ed] Found` of DRACOON's error.
    server = await startServer((_r, res) =>
      json(res, 404, { message: 'Not Found', debugInfo: 'token 7ab2 not found' }),
    );
    const error = (await client(server.url, { key: apiKeyHeader('X-Key') }, 't')
      .request(GET)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe('404 Not Found');
    expect(error.body).toEqual({ message: 'Not Found', debugInfo: 'token 7ab2 not found' });
    const redact = redactor(['7ab2', 't']);
    expect(redact('token 7ab2 not found; x7ab2 [redacted]')).toBe(
      'token [redacted] not found; x7ab2 [redacted]',
    );
    // Red team: after an escape a word starts (JSON's `\n`, a URL's `%3D`); a short one refused
    // hides no long one beside it; letters are any language's.
    expect(redactor(['k3y42'])('key:\\nk3y42 and api_key%3Dk3y42%26')).toBe(
      'key:\\n[redacted] and api_key%3D[redacted]%26',
    );
    expect(redactor(['ab', 'bcdefghijk'])('xabcdefghijk')).toBe('xa[redacted]');
    // Overlapping secrets go as one run (red team: `2345` had been left), and a JSON `\u` escape
    // ends a word as `\n` does.
    expect(redactor(['xsecret1', 'secret12345'])('xsecret12345!')).toBe('[redacted]!');
    expect(redactor(['k3y42'])('bad key \\u0001k3y42')).toBe('bad key \\u0001[redacted]');
    expect(redactor(['t'])("L'accès a été refusé")).toBe("L'accès a été refusé");
    expect(redactor(['пар'])('пароль')).toBe('пароль');
    // A body of one letter repeated makes no span per letter (red team: seconds, gigabytes).
    const keys = Array.from({ length: 20 }, (_, i) => 'a'.repeat(8 + i));
    expect(redactor(keys)('a'.repeat(1 << 20))).toMatch(/^(\[redacted\])+a*$/);
    // A key too long for any RegExp is still taken out, and nothing throws.
    const huge = `SECRET${'x'.repeat(40_000)}`;
    expect(redactor([huge])(`a ${huge} ${btoa(huge).replace(/=+$/, '')} b`)).toBe(
      'a [redacted] [redacted] b',
    );
    // A long one, wherever it shows; none, nothing.
    expect(redactor(['sk_0123456789'])('keysk_0123456789s')).toBe('key[redacted]s');
    expect([redactor([])(''), redactor([])('text')]).toEqual(['', 'text']);
  });

  it('an API key in the JSON body is redacted from the message', async () => {
    const secret = 'sk-live-0123456789"quoted"';
    server = await startServer((r, res) =>
      json(res, 401, { error: `bad key ${String(r.headers['x-api-key'])}` }),
    );
    const error = await client(server.url, { key: apiKeyHeader('X-Api-Key') }, secret)
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const message = (error as Error).message;
    expect(message).toContain('bad key [redacted]');
    expect(message).not.toContain('sk-live-0123456789');
    expect((error as Error).stack).not.toContain('sk-live-0123456789');
  });

  it('a basic credential is redacted in its raw, base64 and password forms', async () => {
    server = await startServer((r, res) => {
      res
        .writeHead(403, { 'content-type': 'text/plain' })
        .end(`you sent ${String(r.headers['authorization'])}; password s3cr3t-pw!`);
    });
    const error = (await client(server.url, { key: basicAuth }, 'alice:s3cr3t-pw!')
      .request(GET)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('403 you sent Basic [redacted]; password [redacted]');
  });

  // Stripe's basic auth: the secret key is the user name, the password empty.
  it('a basic user name with an empty password is the secret, redacted too; a bare key gets its colon', async () => {
    server = await startServer((r, res) => {
      res
        .writeHead(401, {
          'content-type': 'text/plain',
          'www-authenticate': 'Basic realm="sk_test_SECRET123456"',
        })
        .end(`no such key: sk_test_SECRET123456 (${String(r.headers['authorization'])})`);
    });
    for (const credential of ['sk_test_SECRET123456:', 'sk_test_SECRET123456']) {
      const error = (await client(server.url, { key: basicAuth }, credential)
        .request(GET)
        .catch((e: unknown) => e)) as Error & { headers: Headers };
      expect(error.message).toBe('401 no such key: [redacted] (Basic [redacted])');
      expect(error.headers.get('www-authenticate')).toBe('Basic realm="[redacted]"');
    }
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      `Basic ${btoa('sk_test_SECRET123456:')}`,
      `Basic ${btoa('sk_test_SECRET123456:')}`,
    ]);
  });

  it('a query-string key echoed percent-encoded is redacted', async () => {
    server = await startServer((r, res) =>
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`url was ${r.url}`),
    );
    const error = (await client(server.url, { key: apiKeyQuery('k') }, 'a b/c&d+e')
      .request(GET)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('400 url was /things?k=[redacted]');
  });

  it('a query-string key with a space and ! ( ) ~ is redacted in the form it was sent', async () => {
    server = await startServer((r, res) =>
      res.writeHead(401, { 'content-type': 'text/plain' }).end(`you sent ${r.url}`),
    );
    const error = (await client(server.url, { key: apiKeyQuery('k') }, "QK secret!('~)")
      .request(GET)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('401 you sent /things?k=[redacted]');
  });

  it('a key that would be cut at the 500th character leaves no prefix behind', async () => {
    const secret = 'sk-abcdefghijklmnopqrstuvwxyz';
    server = await startServer((_r, res) =>
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`${'x'.repeat(490)}${secret}`),
    );
    const error = (await client(server.url, { key: bearerAuth }, secret)
      .request(GET)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('sk-abc');
  });
});

describe('credentials a header cannot carry', () => {
  it.each([
    ['a bearer token with CR LF', bearerAuth, 'sk-line-secret\r\nX-Evil: 1'],
    ['an API-key header with CR LF', apiKeyHeader('X-Api-Key'), 'sk-line-secret\r\nX-Evil: 1'],
    ['an API-key header with NUL', apiKeyHeader('X-Api-Key'), 'sk-line-secret\0'],
    ['an API-key header beyond Latin-1', apiKeyHeader('X-Api-Key'), 'sk-line-secret€'],
  ])(
    '%s: a usage error naming the scheme, not the value, and nothing sent',
    async (_label, scheme, credential) => {
      server = await startServer((_r, res) => json(res, 200, {}));
      const error = await client(server.url, { key: scheme }, credential)
        .request(GET)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toContain('"key"');
      expect(printable(error)).not.toContain('sk-line-secret');
      expect(server.received).toHaveLength(0);
    },
  );

  // RFC 7617: basic credentials are UTF-8 (a `pässwörd` went as Latin-1, and `s€cret` was refused).
  it('a basic credential beyond Latin-1 goes as its UTF-8, and is kept out of errors', async () => {
    server = await startServer((r, res) => json(res, 401, { echo: r.headers.authorization }));
    const error = await client(server.url, { key: basicAuth }, 'me:pässwörd€')
      .request(GET)
      .catch((e: unknown) => e);
    const token = Buffer.from('me:pässwörd€', 'utf8').toString('base64');
    expect(server.received[0]?.headers.authorization).toBe(`Basic ${token}`);
    expect(printable(error)).not.toContain(token);
    expect(printable(error)).not.toContain('pässwörd');
  });

  // Red team: a lone surrogate went as U+FFFD, another password; a long one overflowed the stack;
  // a header echoing the UTF-8 password showed it as Latin-1, which was not redacted.
  it('a basic credential: refused when no text, sent when long, redacted as a header echoes it', async () => {
    server = await startServer((r, res) => {
      const echoed = Buffer.from(String(r.headers.authorization).slice(6), 'base64');
      res.writeHead(401, { 'x-echo': echoed.toString('latin1') }).end();
    });
    const lone = await client(server.url, { key: basicAuth }, 'me:a\uD800b')
      .request(GET)
      .catch((e: unknown) => e);
    expect(lone).toBeInstanceOf(InvalidArgumentError);
    expect(server.received).toHaveLength(0);
    // Longer than a server takes: the scheme itself is asked.
    const long = `me:${'x'.repeat(200_000)}`;
    const headers = new Headers();
    basicAuth.apply(long, { headers, url: new URL('https://api.example') }, 'subject');
    expect(headers.get('authorization')).toBe(`Basic ${Buffer.from(long).toString('base64')}`);
    const error = await client(server.url, { key: basicAuth }, 'me:pässwörd')
      .request(GET)
      .catch((e: unknown) => e);
    expect(printable(error)).not.toContain('pÃ¤sswÃ¶rd');
  });

  it('a custom header with NUL: a usage error naming the header, not the value', async () => {
    server = await startServer((_r, res) => json(res, 200, {}));
    const error = await client(server.url, { key: bearerAuth }, 'tok')
      .request(GET, { headers: { 'x-token': 'hidden-value\0' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain('"x-token"');
    expect(printable(error)).not.toContain('hidden-value');
  });
});

describe('connection errors', () => {
  it('a fetch failure that names the URL with its key: message and cause are redacted', async () => {
    const failing = async (input: string | URL | Request): Promise<Response> => {
      throw new TypeError(`could not reach ${String(input)}`, {
        cause: new Error(`socket for ${String(input)}`),
      });
    };
    const error = await client(
      'https://api.example',
      { key: apiKeyQuery('key') },
      'sk-conn-secret',
      { fetch: failing },
    )
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toContain(
      'could not reach https://api.example/things?key=[redacted]',
    );
    expect(printable(error)).not.toContain('sk-conn-secret');
    expect(printable(error)).toContain('socket for');
  });
  // Red team: undici's parser error keeps the raw bytes it could not parse as `data`.
  it("a cause's other fields: text redacted, numbers and codes kept, anything else left out", async () => {
    const secret = 'sk-cause-secret';
    const parser = Object.assign(new Error('Invalid header value char'), {
      code: 'HPE_INVALID_HEADER_TOKEN',
      errno: 7,
      data: `\r\n\r\n{"echo":"${secret}"}`,
      bytes: new TextEncoder().encode(secret),
    });
    const failing = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: parser });
    };
    const error = await client('https://api.example', { key: apiKeyHeader('X-Key') }, secret, {
      fetch: failing,
    })
      .request(GET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    const cause = ((error as Error).cause as Error).cause as Record<string, unknown>;
    expect(cause).toMatchObject({ code: 'HPE_INVALID_HEADER_TOKEN', errno: 7 });
    expect(cause.data).toBe('\r\n\r\n{"echo":"[redacted]"}');
    expect(cause.bytes).toBeUndefined();
    expect(inspect(error, { depth: 8 })).not.toContain(secret);
  });

  // Red team: a cause with an object field (undici's `socket`) had been copied whatever it held,
  // and lost its class: an error that holds no secret is kept as it is.
  it('a cause that holds no secret keeps its class and its fields', async () => {
    const socket = { remoteAddress: '127.0.0.1' };
    const dropped = Object.assign(new TypeError('other side closed'), { socket, ratio: NaN });
    const failing = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: dropped });
    };
    const error = await client('https://api.example', { key: apiKeyHeader('X-Key') }, 'sk-kept', {
      fetch: failing,
    })
      .request(GET)
      .catch((e: unknown) => e);
    const outer = (error as Error).cause as Error;
    expect(outer).toBeInstanceOf(TypeError);
    expect(outer.cause).toBe(dropped);
  });

  // node-fetch's wording: "Invalid response body while trying to fetch <url>".
  it('a stream whose body fails quoting the URL with its key: message and cause are redacted', async () => {
    const quoting = async (input: string | URL | Request): Promise<Response> => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('data: 1\n\n'));
          controller.error(
            new TypeError(`Invalid response body while trying to fetch ${String(input)}`),
          );
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    };
    const events = await stream<number>(
      client('https://api.example', { key: apiKeyQuery('key') }, 'sk-stream-secret', {
        fetch: quoting,
      }),
      GET,
    );
    const error = await (async () => {
      for await (const _event of events);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toContain('things?key=[redacted]');
    expect(printable(error)).not.toContain('sk-stream-secret');
  });
});

describe('credentials given as headers', () => {
  // GitHub's spec names no scheme: its users send their token in `headers`.
  it("the client's and the call's credential headers are redacted, an SDK without schemes too", async () => {
    server = await startServer((r, res) =>
      json(
        res,
        401,
        {
          sent: r.headers.authorization,
          other: r.headers['x-other-token'],
          accept: r.headers.accept,
        },
        { 'x-echo': String(r.headers.authorization) },
      ),
    );
    const github = new BaseClient(
      { baseUrl: server.url, maxRetries: 0, headers: { Authorization: 'token ghp_REAL123' } },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    const error = (await github
      .request(GET, { headers: { 'X-Other-Token': 'CALL_SECRET' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({
      sent: 'token [redacted]',
      other: '[redacted]',
      accept: 'application/json',
    });
    expect(error.headers.get('x-echo')).toBe('token [redacted]');
    expect(printable(error)).not.toMatch(/ghp_REAL123|CALL_SECRET/);
  });

  // Just Eat declares `Authorization` as a header parameter, Whapi an `apiSecret`: no scheme knew them.
  it('a credential sent as a header parameter is redacted too', async () => {
    server = await startServer((r, res) =>
      json(res, 401, { sent: r.headers.authorization, secret: r.headers.apisecret }),
    );
    const api = new BaseClient(
      { baseUrl: server.url, maxRetries: 0 },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    const spec: RequestSpec = {
      ...GET,
      encode: (_spec, { headers }) => {
        headers.set('Authorization', 'JE-API-KEY PARTNERSECRET');
        headers.set('apiSecret', 'WH_SECRET_abcdef');
      },
    };
    const error = (await api.request(spec).catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({ sent: '[redacted]', secret: '[redacted]' });
    expect(printable(error)).not.toMatch(/PARTNERSECRET|WH_SECRET/);
  });

  // Red team: a passphrase's first word had been left, and `key abc1234` not redacted at all.
  it('a value is redacted whole unless it starts with a scheme, whose name stays readable', async () => {
    server = await startServer((r, res) =>
      json(res, 401, { pass: r.headers['x-passphrase'], key: r.headers['x-key'] }),
    );
    const api = new BaseClient(
      {
        baseUrl: server.url,
        maxRetries: 0,
        headers: { 'X-Passphrase': 'correct horse battery staple', 'X-Key': 'key abc1234' },
      },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    const error = (await api.request(GET).catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({ pass: '[redacted]', key: '[redacted]' });
  });

  // Red team: `X-Max-Tokens: 2` took every 2 out of an error's body, `Idempotency-Key` its message.
  it('leaves short values and idempotency keys alone, and takes each cookie value out', async () => {
    server = await startServer((_r, res) =>
      json(res, 404, {
        message: 'No such order: order-42',
        code: 2,
        note: 'session abc123xyz expired',
      }),
    );
    const api = new BaseClient(
      {
        baseUrl: server.url,
        maxRetries: 0,
        headers: {
          'X-Max-Tokens': '2',
          'Idempotency-Key': 'order-42',
          Cookie: 'a=1; sid=abc123xyz',
        },
      },
      { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
    );
    const error = (await api.request(GET).catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({
      message: 'No such order: order-42',
      code: 2,
      note: 'session [redacted] expired',
    });
  });
});

describe('a response checked against its schema (`validate`)', () => {
  it('an echoed credential is redacted from the paths and messages of its issues', async () => {
    const secret = 'HDR_s3cr3t_key';
    server = await startServer((_r, res) =>
      json(res, 200, { [secret]: 'not-a-number', mode: secret }, { 'x-echo': `key ${secret}` }),
    );
    const api = client(server.url, { key: apiKeyHeader('X-Key') }, secret);
    const schemas = {
      response: z.object({ mode: z.enum(['a', 'b']) }).catchall(z.number()),
    };
    const error = (await api
      .request({ ...GET, check: bodyChecks(api, {}, 'getRec', schemas) })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues.map((i) => i.path)).toContain('$.[redacted]');
    expect(printable(error) + JSON.stringify(error.issues)).not.toContain(secret);
    // The answer it keeps, without the credential (two new users: the server had acted).
    expect(error.status).toBe(200);
    expect(error.body).toEqual({ '[redacted]': 'not-a-number', mode: '[redacted]' });
    expect(error.headers?.get('x-echo')).toBe('key [redacted]');
  });
});

describe("a call's own query parameters named as credentials", () => {
  // Red team: a spec without schemes takes `api_secret` as a query parameter; its echo had been
  // kept in the error.
  it('are redacted from what the server echoes', async () => {
    const secret = 'sk-query-secret-123';
    server = await startServer((r, res) => json(res, 500, { url: r.url }, { 'x-url': r.url }));
    const error = (await client(server.url, {}, 'unused')
      .request({ ...GET, security: [], query: { api_secret: secret }, encode: encodeParams })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.body).toEqual({ url: '/things?api_secret=[redacted]' });
    expect(printable(error) + inspect(error.headers)).not.toContain(secret);
  });
});

describe('requests to another origin', () => {
  it('a next link to another host that fails quoting a key it carries: still redacted', async () => {
    const failing = async (input: string | URL | Request): Promise<Response> => {
      throw new TypeError(`could not reach ${String(input)}`);
    };
    const error = await client(
      'https://api.example',
      { key: apiKeyHeader('X-Key') },
      'sk-elsewhere-secret',
      { fetch: failing },
    )
      .request(GET, {}, undefined, 'https://other.example/things?key=sk-elsewhere-secret')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toContain('https://other.example/things?key=[redacted]');
    expect(printable(error)).not.toContain('sk-elsewhere-secret');
  });
});

describe('redactor', () => {
  it('replaces each form of each secret, longest first, and leaves text without secrets alone', () => {
    const redact = redactor(['abc', 'abcdef']);
    expect(redact('x abcdef y abc z')).toBe('x [redacted] y [redacted] z');
    expect(redact('nothing here')).toBe('nothing here');
    expect(redactor([])('abc')).toBe('abc');
    expect(redactor([''])('abc')).toBe('abc');
  });
});
