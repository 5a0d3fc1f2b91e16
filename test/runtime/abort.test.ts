/** A signal that has already aborted stops the call before anything is sent. */
import { afterEach, expect, it, vi } from 'vitest';
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

it('fifty calls sharing one signal add one listener to it, and its abort stops them all', async () => {
  const pending: Array<() => void> = [];
  server = await startServer((_r, res) => pending.push(() => json(res, 200, {})));
  const client = new BaseClient(
    { baseUrl: server.url },
    { defaultBaseUrl: 'https://unused.example', securitySchemes: {}, credentials: {} },
  );
  const controller = new AbortController();
  const { signal } = controller;
  let listeners = 0;
  const add = signal.addEventListener.bind(signal);
  signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
    listeners++;
    add(...args);
  };
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  process.on('warning', onWarning);
  try {
    const calls = Array.from({ length: 50 }, () =>
      client.request({ path: '/x' }, { signal }).catch((e: unknown) => e),
    );
    await vi.waitFor(() => expect(pending).toHaveLength(50));
    controller.abort(new Error('enough'));
    expect(new Set(await Promise.all(calls))).toEqual(new Set([signal.reason]));
  } finally {
    process.off('warning', onWarning);
  }
  expect(listeners).toBe(1);
  expect(warnings).toEqual([]);
});
