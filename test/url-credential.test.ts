/**
 * A credential in the base URL's path (Telegram's `https://api.telegram.org/bot<token>`): the
 * spec's example is never sent, and the token given is kept out of errors, as a server may echo
 * the path it was asked for (red team).
 */
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';

const fixture = useFixtureSdk('test/fixtures/url-credential/openapi.yaml', 'url-credential');
const SDK_PATH = './.tmp/url-credential/index.js';

interface TelegramSdk {
  TelegramBotClient: new (options: { baseUrl?: string; maxRetries?: number }) => {
    getMe(): Promise<unknown>;
  };
}

it("keeps the base URL's token out of an error that echoes the path", async () => {
  const { TelegramBotClient } = (await import(SDK_PATH)) as TelegramSdk;
  const server = fixture.serve(
    await startServer((request, res) =>
      json(res, 404, { ok: false, error_code: 404, description: `Not Found: ${request.url}` }),
    ),
  );
  const client = new TelegramBotClient({
    baseUrl: `${server.url}/bot987654:SECRET-token-value`,
    maxRetries: 0,
  });
  const error = (await client.getMe().catch((e: unknown) => e)) as Error & { body: unknown };
  expect(server.received[0]?.url).toBe('/bot987654:SECRET-token-value/getMe');
  expect(error.message).toBe('404 Not Found: /bot[redacted]/getMe');
  expect(JSON.stringify(error.body)).not.toContain('SECRET');
  // Red team: given encoded, after a path that holds its words, with a slash or in capitals, it
  // had been left in the server's echo of the path, decoded.
  const echo = fixture.serve(
    await startServer((request, res) =>
      json(res, 404, { description: decodeURIComponent(request.url!), error_code: 404 }),
    ),
  );
  for (const path of [
    '/bot987654%3ASECRET-token-value',
    '/botapi/bot987654:SECRET-token-value',
    '/BOT987654:SECRET-token-value',
    '/bot987654/SECRET-token-value',
  ]) {
    const other = new TelegramBotClient({ baseUrl: `${echo.url}${path}`, maxRetries: 0 });
    const echoed = (await other.getMe().catch((e: unknown) => e)) as Error;
    expect(echoed.message).not.toContain('SECRET');
  }
  // Given no base URL, it sends nothing: the spec's example token is no one's.
  const unset = (await new TelegramBotClient({}).getMe().catch((e: unknown) => e)) as Error;
  expect(unset.name).toBe('InvalidArgumentError');
});

// Red team: a credential in the host had been left in a connection error's message, and other
// variables side by side (`[^/]*` each) had made the pattern take seconds.
it('finds a credential in the host, and says variables side by side once', async () => {
  const { generateSpec, fileText } = await import('./helpers/generate-spec.js');
  const core = async (url: string, variables: object) =>
    fileText(
      (
        await generateSpec({
          openapi: '3.0.3',
          info: { title: 'T', version: '1' },
          servers: [{ url, variables }],
          paths: {},
        })
      ).files,
      'client.ts',
    );
  // The core's pattern, as the code it writes makes it.
  const urlSecret = (client: string) =>
    new Function(
      `return ${/urlSecret: (new RegExp\((['"])(?:(?!\2)[^\\]|\\.)*\2, (['"])i\3\))/.exec(client)![1]!}`,
    )() as RegExp;
  const host = await core('https://{apiToken}.api.example.com/v1', { apiToken: { default: 'x' } });
  expect(urlSecret(host).exec('SECRET1234.api.example.com/v1')?.[1]).toBe('SECRET1234');
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
  const many = await core(`https://h/${letters.map((l) => `{${l}}`).join('')}/{token}x`, {
    // Declared nowhere: left in the URL to fill in.
    token: { default: 't' },
  });
  expect(urlSecret(many).source).toBe('^.*\\/[^/]*\\/(.+?)x\\/?$');
  expect(urlSecret(many).exec('h/abc/SECRETx')?.[1]).toBe('SECRET');
});
