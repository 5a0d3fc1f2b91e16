/**
 * An operation that declares an idempotency-key header sends a key made once per
 * call: the same on each retry of the call, a fresh one for the next call, the
 * caller's own when given. Through a generated SDK, against a server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { measureProgram } from '../scripts/bundle-size.mjs';
import { generate } from '../src/index.js';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer, type Handler } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/idempotency/openapi.yaml', 'idempotency');

// The SDK exists only once generated, so it is imported by a path tsc does not follow;
// its types are checked by the first test instead.
interface PaymentsSdk {
  PaymentsClient: new (options: { baseUrl: string; maxRetries?: number }) => unknown;
  createCharge: (
    client: unknown,
    params: { idempotencyKey?: string; body: { amount: number } },
    options?: { headers?: Record<string, string> },
  ) => Promise<unknown>;
  createRefund: (client: unknown, params?: { xIdempotencyKey?: string }) => Promise<void>;
  createPayout: (client: unknown, params?: { xPaymentsIdempotencyKey?: string }) => Promise<void>;
  createApp: (client: unknown) => Promise<void>;
  getCharge: (client: unknown, id: string) => Promise<unknown>;
}
const SDK_PATH = './.tmp/idempotency/index.js';
const sdk = (): Promise<PaymentsSdk> => import(SDK_PATH) as Promise<PaymentsSdk>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// A 503 (retry at once) before every second answer: each call is sent twice.
const unavailableThenOk: Handler = (_request, res, index) =>
  index % 2 === 0
    ? json(res, 503, { error: 'busy' }, { 'retry-after-ms': '0' })
    : json(res, 200, { id: 'ch_1' });

async function client() {
  const { PaymentsClient } = await sdk();
  const server = fixture.serve(await startServer(unavailableThenOk));
  return { server, client: new PaymentsClient({ baseUrl: server.url }) };
}

it('compiles', () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
});

it('sends the same generated key on every retry of a call, and a fresh one for the next call', async () => {
  const { createCharge } = await sdk();
  const { server, client: payments } = await client();
  await createCharge(payments, { body: { amount: 100 } });
  await createCharge(payments, { body: { amount: 100 } });
  const keys = server.received.map((r) => r.headers['idempotency-key']);
  expect(keys).toHaveLength(4);
  expect(keys[0]).toMatch(UUID);
  expect(keys[1]).toBe(keys[0]);
  expect(keys[2]).toMatch(UUID);
  expect(keys[3]).toBe(keys[2]);
  expect(keys[2]).not.toBe(keys[0]);
});

it("sends the caller's key, given as a parameter or as a header, on every attempt", async () => {
  const { createCharge } = await sdk();
  const { server, client: payments } = await client();
  await createCharge(payments, { idempotencyKey: 'order-17', body: { amount: 1 } });
  await createCharge(
    payments,
    { body: { amount: 1 } },
    { headers: { 'Idempotency-Key': 'order-18' } },
  );
  expect(server.received.map((r) => r.headers['idempotency-key'])).toEqual([
    'order-17',
    'order-17',
    'order-18',
    'order-18',
  ]);
});

// Red team: an empty key keys nothing, and a payment given `''` had gone three times.
it('makes a key where the caller gives an empty one', async () => {
  const { createCharge } = await sdk();
  const { server, client: payments } = await client();
  await createCharge(payments, { idempotencyKey: '', body: { amount: 1 } });
  const keys = server.received.map((r) => r.headers['idempotency-key']);
  expect(keys[0]).toMatch(UUID);
  expect(keys[1]).toBe(keys[0]);
});

it('fills an X-Idempotency-Key header too, and sends none where the operation declares none', async () => {
  const { createRefund, getCharge } = await sdk();
  const { server, client: payments } = await client();
  await createRefund(payments);
  await getCharge(payments, 'ch_1');
  const [first, retry, get, getRetry] = server.received;
  expect(first?.headers['x-idempotency-key']).toMatch(UUID);
  expect(retry?.headers['x-idempotency-key']).toBe(first?.headers['x-idempotency-key']);
  for (const request of [get, getRetry]) {
    expect(request?.headers['idempotency-key']).toBeUndefined();
    expect(request?.headers['x-idempotency-key']).toBeUndefined();
  }
});

it("fills a vendor's required key, which the caller may then leave out", async () => {
  const { createPayout } = await sdk();
  const { server, client: payments } = await client();
  await createPayout(payments);
  const [first, retry] = server.received;
  expect(first?.headers['x-payments-idempotency-key']).toMatch(UUID);
  expect(retry?.headers['x-payments-idempotency-key']).toBe(
    first?.headers['x-payments-idempotency-key'],
  );
  const source = readFileSync(join(fixture.out, 'operations.ts'), 'utf8');
  expect(source).toMatch(/createPayout\(\s*client: PaymentsCore,\s*params\?: /);
});

// Two new users: a create whose name was taken had waited on three tries of its 409. With a key,
// a 409 is another request with it under way (Stripe's), which a retry waits out.
it('retries a 409 only where the request carries an idempotency key', async () => {
  const { createApp, getCharge, PaymentsClient } = await sdk();
  const conflictThenOk: Handler = (_request, res, index) =>
    index % 2 === 0
      ? json(res, 409, { error: 'taken' }, { 'retry-after-ms': '0' })
      : json(res, 200, { id: 'ch_1' });
  const server = fixture.serve(await startServer(conflictThenOk));
  const payments = new PaymentsClient({ baseUrl: server.url });
  await createApp(payments);
  expect(server.received).toHaveLength(2);
  await expect(getCharge(payments, 'ch_1')).rejects.toThrow(
    expect.objectContaining({ name: 'ConflictError' }),
  );
  expect(server.received).toHaveLength(3);
});

it('fills a key the spec lets be null (Svix)', async () => {
  const { createApp } = await sdk();
  const { server, client: payments } = await client();
  await createApp(payments);
  const [first, retry] = server.received;
  expect(first?.headers['idempotency-key']).toMatch(UUID);
  expect(retry?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
});

it('makes a version-4 UUID where crypto.randomUUID is missing (a page served over plain http)', async () => {
  const { idempotencyKey } = await import('../templates/runtime/idempotency.js');
  const crypto = globalThis.crypto as { randomUUID?: unknown };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID');
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    const keys = [idempotencyKey(), idempotencyKey()];
    for (const key of keys) expect(key).toMatch(UUID);
    expect(keys[0]).not.toBe(keys[1]);
  } finally {
    delete crypto.randomUUID;
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID')).toEqual(
      own,
    );
  }
});

it('costs nothing in a bundle that calls no such operation', async () => {
  const program = (fn: string) =>
    `import { PaymentsCore, ${fn} } from './index.js';\nconsole.log(${fn}(new PaymentsCore(), 'x' as any));`;
  const without = await measureProgram(program('getCharge'), fixture.out);
  const withKeys = await measureProgram(program('createCharge'), fixture.out);
  expect(without.text).not.toContain('randomUUID');
  expect(withKeys.text).toContain('randomUUID');
  // And the seed's SDK, which declares no such header, never imports it.
  expect(readFileSync('generated/meibel/operations.ts', 'utf8')).not.toContain('idempotencyKey');
});

it("the package's README says so, and only where an operation declares such a header", async () => {
  const readme = async (input: string) => {
    const { files } = await generate({ input, output: 'unused', dryRun: true, package: 'sdk' });
    return files.find((f) => f.path === 'README.md')?.content ?? '';
  };
  expect(await readme('test/fixtures/idempotency/openapi.yaml')).toMatch(/idempotency-key header/);
  // Where none is declared, the README says only that a POST goes again where the server did
  // not act, and how to give a key the API dedupes by in `headers`.
  expect(await readme('specs/meibel')).not.toMatch(/idempotency-key header|sends a fresh key/i);
});

// Red team: a GET list's key went the same on each page of its walk, and a boolean
// `X-Skip-Idempotency-Key` was sent as a key on every call, the flag turned on.
it('is filled only where a call changes something, and only as text', async () => {
  const { normalizeDocument } = await import('../src/normalize/document.js');
  const header = (name: string, type: string) => ({ name, in: 'header', schema: { type } });
  const op = (parameters: object[]) => ({
    parameters,
    responses: { '204': { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: {
      '/items': {
        get: op([header('Idempotency-Key', 'string')]),
        post: op([
          header('X-Skip-Idempotency-Key', 'boolean'),
          header('Idempotency-Key', 'string'),
        ]),
      },
    },
  } as never);
  const keyed = api.operations.map((o) =>
    o.otherParameters.filter((p) => p.idempotencyKey).map((p) => p.name),
  );
  expect(keyed).toEqual([[], ['Idempotency-Key']]);
});
