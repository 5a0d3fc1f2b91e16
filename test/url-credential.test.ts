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
  // Given no base URL, it sends nothing: the spec's example token is no one's.
  const unset = (await new TelegramBotClient({}).getMe().catch((e: unknown) => e)) as Error;
  expect(unset.name).toBe('InvalidArgumentError');
});
