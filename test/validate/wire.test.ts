/**
 * An SDK generated with `validate` against a node:http server: a response that
 * is not what the spec says throws a ResponseValidationError naming the
 * operation and the JSON path; checks can be turned off per client and per
 * call; request checks, when asked, stop a wrong body before it is sent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { json, startServer } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/validate/pets.yaml', 'validate-pets', {
  validate: true,
});

interface ValidationError extends Error {
  operation: string;
  issues: Array<{ path: string; message: string }>;
}
type Validate = { responses?: boolean; requests?: boolean };
interface PetsSdk {
  PetStoreClient: new (options: { baseUrl: string; maxRetries?: number; validate?: Validate }) => {
    pets: {
      get(id: string, options?: { validate?: Validate }): Promise<unknown>;
      create(params: unknown): Promise<unknown>;
      listNames(): Promise<unknown>;
    };
  };
  ResponseValidationError: new (...args: never[]) => ValidationError;
  RequestValidationError: new (...args: never[]) => ValidationError;
  schemas: Record<string, { parse(value: unknown): unknown }>;
}
const SDK_PATH = '../.tmp/validate-pets/index.js';
const sdk = (): Promise<PetsSdk> => import(SDK_PATH) as Promise<PetsSdk>;

async function pets(answer: Parameters<typeof startServer>[0], validate?: Validate) {
  const { PetStoreClient } = await sdk();
  const server = fixture.serve(await startServer(answer));
  return {
    server,
    pets: new PetStoreClient({ baseUrl: server.url, maxRetries: 0, ...(validate && { validate }) })
      .pets,
  };
}

const reply = (status: number, body: unknown) => (_: unknown, res: Parameters<typeof json>[0]) =>
  json(res, status, body);

describe('an SDK generated with validate', () => {
  it('compiles strictly, and exports the schemas and the validation errors', () => {
    const probe = join(fixture.out, 'probe.ts');
    writeFileSync(
      probe,
      [
        "import { schemas, ResponseValidationError, type Pet, type ValidationOptions } from './index.js';",
        'export const pet: Pet = schemas.Pet.parse({ name: "Rex" });',
        'export const options: ValidationOptions = { responses: false, requests: true };',
        'export const isError = (e: unknown) => e instanceof ResponseValidationError && e.issues[0]?.path;',
      ].join('\n'),
    );
    expect(typecheck([join(fixture.out, 'index.ts'), probe])).toEqual([]);
  });

  it('ships the runtime body checks as the template is, after the header', () => {
    const copy = readFileSync(join(fixture.out, 'runtime', 'validate.ts'), 'utf8');
    expect(copy.slice(copy.indexOf('\n') + 1)).toBe(
      readFileSync('templates/runtime/validate.ts', 'utf8'),
    );
  });

  it('passes a response that matches', async () => {
    const { pets: api } = await pets(reply(200, { id: 1, name: 'Rex', extra: true }));
    await expect(api.get('1')).resolves.toEqual({ id: 1, name: 'Rex', extra: true });
  });

  it('throws a ResponseValidationError naming the operation, the path and what was expected', async () => {
    const { ResponseValidationError } = await sdk();
    const { pets: api } = await pets(reply(200, { id: 1, name: 'Rex', tags: [{ label: 7 }] }));
    const error = await api.get('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { operation, issues, message } = error as ValidationError;
    expect(operation).toBe('getPet');
    expect(issues).toEqual([{ path: '$.tags[0].label', message: expect.stringMatching(/string/) }]);
    expect(message).toMatch(
      /^getPet: the response body does not match the spec at \$\.tags\[0\]\.label/,
    );
    // The server has acted by then: its answer is kept (Postmark's sends, two new users), and
    // the message says so (YNAB's created transaction).
    expect(message).toMatch(/; the server answered 200, so the call took effect: its answer is/);
    expect(error).toMatchObject({
      status: 200,
      body: { id: 1, name: 'Rex', tags: [{ label: 7 }] },
    });
    expect((error as { headers: Headers }).headers.get('content-type')).toMatch(/json/);
  });

  // Stream's nullable objects: a field missing inside one had said only `$: Invalid input`.
  it('names the field of a nullable object that is wrong', async () => {
    const { pets: api } = await pets(reply(200, { name: 'Rex', owner: {} }));
    const { issues } = (await api.get('1').catch((e: unknown) => e)) as ValidationError;
    expect(issues.map((i) => i.path)).toEqual(['$.owner.name']);
    const { pets: nobody } = await pets(reply(200, { name: 'Rex', owner: null }));
    await expect(nobody.get('1')).resolves.toEqual({ name: 'Rex', owner: null });
  });

  it('is turned off per call, and per client', async () => {
    const wrong = reply(200, { name: 42 });
    const perCall = await pets(wrong);
    await expect(perCall.pets.get('1', { validate: { responses: false } })).resolves.toEqual({
      name: 42,
    });
    const perClient = await pets(wrong, { responses: false });
    await expect(perClient.pets.get('1')).resolves.toEqual({ name: 42 });
  });

  it('checks only JSON bodies: a text response is not held to a schema', async () => {
    const { pets: api } = await pets((_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('Rex, Tom');
    });
    await expect(api.listNames()).resolves.toBe('Rex, Tom');
  });

  it('request checks are off unless asked; asked, a wrong body is never sent', async () => {
    const { RequestValidationError } = await sdk();
    const sent = await pets(reply(201, { id: 2, name: 'x' }));
    await expect(sent.pets.create({ body: { name: 5 } })).resolves.toEqual({ id: 2, name: 'x' });
    expect(sent.server.received).toHaveLength(1);

    const checked = await pets(reply(201, { id: 2, name: 'x' }), { requests: true });
    const error = await checked.pets.create({ body: { name: 5 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('$.name');
    expect(checked.server.received).toHaveLength(0);
  });

  // Consumer trial: an optional key given `undefined`, which its type allows without
  // `exactOptionalPropertyTypes` and which JSON leaves out, had been refused.
  it('checks a request body as it is sent: an optional key given undefined is left out', async () => {
    const checked = await pets(reply(201, { id: 2, name: 'x' }), { requests: true });
    await checked.pets.create({ body: { name: 'Rex', age: undefined, tags: undefined } });
    expect(checked.server.received).toHaveLength(1);
    expect(JSON.parse(checked.server.received[0]!.body)).toEqual({ name: 'Rex' });
  });

  it("holds bodies to the spec's lengths, ranges and counts", async () => {
    // Twitter's poll of one option (`minItems: 2`) had gone out, checks and all.
    const { ResponseValidationError } = await sdk();
    const checked = await pets(reply(201, { id: 2, name: 'x' }), { requests: true });
    const refused = async (body: unknown) =>
      ((await checked.pets.create({ body }).catch((e: unknown) => e)) as ValidationError).issues;
    expect(await refused({ name: '' })).toMatchObject([{ path: '$.name' }]);
    expect(await refused({ name: 'x'.repeat(26) })).toMatchObject([{ path: '$.name' }]);
    expect(await refused({ name: 'Rex', age: 100 })).toMatchObject([{ path: '$.age' }]);
    expect(await refused({ name: 'Rex', age: -1 })).toMatchObject([{ path: '$.age' }]);
    const labels = ['a', 'b', 'c', 'd'].map((label) => ({ label }));
    expect(await refused({ name: 'Rex', tags: labels })).toMatchObject([{ path: '$.tags' }]);
    expect(checked.server.received).toHaveLength(0);
    await checked.pets.create({ body: { name: 'Rex', age: 99, tags: labels.slice(1) } });
    expect(checked.server.received).toHaveLength(1);
    const long = await pets(reply(200, { id: 1, name: 'x'.repeat(26) }));
    await expect(long.pets.get('1')).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
