/**
 * A `token` parameter that says it is the caller's authentication token, beside an OAuth scheme
 * (Slack's, on 155 methods), is the client's credential: it was required on every call, and
 * went in the query string, where logs keep it. It goes as a bearer token instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk(
  'test/fixtures/oauth-token-parameters/openapi.yaml',
  'oauth-token-parameters',
);

interface ChatSdk {
  ChatClient: new (options: { baseUrl: string; apiKey: string }) => unknown;
  usersInfo(client: unknown, params: { user: string }): Promise<unknown>;
  chatPostMessage(client: unknown): Promise<unknown>;
}

it('leaves an authentication token parameter out of the call, and sends the bearer token', async () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).not.toContain('Authentication token');
  // A token that is no credential (a page's) stays the caller's.
  expect(types).toContain('The page token a list gave.');
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { ChatClient, chatPostMessage, usersInfo } from './index.js';",
      "const client = new ChatClient({ apiKey: 'xoxb-1' });",
      "await usersInfo(client, { user: 'U1' });",
      'await chatPostMessage(client);',
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
  const sdk = (await import('./.tmp/oauth-token-parameters/index.js' as string)) as ChatSdk;
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, { ok: true })));
  const client = new sdk.ChatClient({ baseUrl: server.url, apiKey: 'xoxb-secret-1' });
  await sdk.usersInfo(client, { user: 'U1' });
  await sdk.chatPostMessage(client);
  expect(server.received.map((r) => r.url)).toEqual(['/users.info?user=U1', '/chat.postMessage']);
  for (const request of server.received) {
    expect(request.headers.authorization).toBe('Bearer xoxb-secret-1');
    expect(request.headers.token).toBeUndefined();
  }
});
