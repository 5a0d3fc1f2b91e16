/** A signal that has already aborted stops the call before anything is sent. */
import { afterEach, expect, it } from 'vitest';
import { BaseClient } from '../../templates/runtime/client.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { bearerAuth, applySecurity } from '../../templates/runtime/security.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it.each([
  ['an Error', new Error('stopped by the caller')],
  ['a string', 'stopped'],
  ['the default', undefined],
])(
  'an already-aborted signal (%s reason) rejects at once with the reason, and sends nothing',
  async (_label, reason) => {
    server = await startServer((_r, res) => json(res, 200, {}));
    let credentialAsked = false;
    const client = new BaseClient(
      { baseUrl: server.url },
      {
        defaultBaseUrl: 'https://unused.example',
        authorize: applySecurity,
        securitySchemes: { key: bearerAuth },
        credentials: {
          key: () => {
            credentialAsked = true;
            return 'tok';
          },
        },
      },
    );
    const controller = new AbortController();
    controller.abort(reason);
    const error = await client
      .request({ method: 'GET', path: '/x', security: [['key']] }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(server.received).toHaveLength(0);
    expect(credentialAsked).toBe(false);
  },
);
