/**
 * An SDK generated from a Swagger 2.0 document, on the wire against a node:http
 * server: path and query parameters, a `body` parameter, `formData` as
 * multipart and as a form, the API key from `securityDefinitions`, and the
 * error a 2.0 response schema types.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { json, startServer } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/swagger2/fixtures/pets.yaml', 'swagger2-pets');

interface Resource {
  list(params?: unknown): Promise<unknown>;
  create(params: unknown): Promise<unknown>;
  get(petId: string): Promise<unknown>;
  uploadPhoto(petId: string, params: unknown): Promise<unknown>;
  addNote(petId: string, params: unknown): Promise<unknown>;
}
interface PetsSdk {
  PetShopClient: new (options: { baseUrl: string; apiKey: string; maxRetries?: number }) => {
    pets: Resource;
  };
  NotFoundError: new (...args: never[]) => Error & { status: number; body: unknown };
  UnprocessableEntityError: new (...args: never[]) => Error & { status: number; body: unknown };
}
const SDK_PATH = '../.tmp/swagger2-pets/index.js';
const sdk = (): Promise<PetsSdk> => import(SDK_PATH) as Promise<PetsSdk>;

async function client(answer: Parameters<typeof startServer>[0]) {
  const { PetShopClient } = await sdk();
  const server = fixture.serve(await startServer(answer));
  return {
    server,
    pets: new PetShopClient({ baseUrl: server.url, apiKey: 'k-1', maxRetries: 0 }).pets,
  };
}

it('compiles under the strict options, with the 2.0 types where the spec put them', () => {
  const probe = join(fixture.out, 'probe.ts');
  // A body parameter's schema and formData parameters become the body types.
  const typed = [
    "import type { CreatePetParams, UploadPhotoBody, AddNoteBody, GetPetError, Problem } from './index.js';",
    "import { NotFoundError } from './index.js';",
    "export const pet: CreatePetParams = { body: { name: 'Rex', tag: null } };",
    "export const photo: UploadPhotoBody = { caption: 'c', photo: new Blob(['x']) };",
    "export const note: AddNoteBody = { text: 't' };",
    'export function body(e: GetPetError): Problem | undefined { return e instanceof NotFoundError ? e.body : undefined; }',
    '// @ts-expect-error formData parameter `text` is required',
    'export const noText: AddNoteBody = {};',
  ].join('\n');
  writeFileSync(probe, typed);
  expect(typecheck([join(fixture.out, 'index.ts'), probe])).toEqual([]);
});

// `schemes: [http, https]`: https is the default, plain http a server to choose (the NYT's key went in the clear).
it('the base URL comes from host, basePath and schemes, https first', () => {
  const client = readFileSync(join(fixture.out, 'client.ts'), 'utf8');
  expect(client).toContain("?? 'https://pets.example/v1'");
  expect(client).toMatch(
    /default: 'https:\/\/pets\.example\/v1',\s+server2: 'http:\/\/pets\.example\/v1',/,
  );
});

it('a path parameter, a reused query parameter and a csv array, with the API key header', async () => {
  const { server, pets } = await client((_r, res) => json(res, 200, [{ id: '1', name: 'Rex' }]));
  await expect(pets.list({ limit: 5, tags: ['a', 'b c'] })).resolves.toEqual([
    { id: '1', name: 'Rex' },
  ]);
  const [request] = server.received;
  // Each item percent-encoded, the csv comma too.
  expect(request?.url).toBe('/pets?limit=5&tags=a,b%20c');
  expect(request?.headers['x-api-key']).toBe('k-1');
});

it('a body parameter is sent as JSON, a header parameter as a header', async () => {
  const { server, pets } = await client((_r, res) => json(res, 201, { id: '7', name: 'Rex' }));
  await pets.create({ xRequestId: 'r-1', body: { name: 'Rex' } });
  const [request] = server.received;
  expect(request?.method).toBe('POST');
  expect(request?.headers['content-type']).toBe('application/json');
  expect(request?.headers['x-request-id']).toBe('r-1');
  expect(JSON.parse(request?.body ?? '')).toEqual({ name: 'Rex' });
});

it('formData with a file is multipart; formData without one is a form', async () => {
  const { server, pets } = await client((request, res) =>
    request.url.endsWith('/photos') ? json(res, 200, { url: 'u' }) : res.writeHead(204).end(),
  );
  await pets.uploadPhoto('p/1', {
    body: { caption: 'hi', photo: new Blob(['PNG']), keywords: ['cat', 'nap'] },
  });
  await pets.addNote('p/1', {
    body: { text: 'good dog', stars: 5, tags: ['a', 'b'], colors: ['x', 'y'], labels: ['l', 'm'] },
  });
  const [upload, note] = server.received;
  expect(upload?.url).toBe('/pets/p%2F1/photos');
  expect(upload?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(upload?.body).toContain('name="caption"\r\n\r\nhi');
  expect(upload?.body).toContain('name="keywords"\r\n\r\ncat,nap\r\n');
  expect(upload?.body).toMatch(/name="photo"; filename="[^"]*"\r\nContent-Type: [^\r]+\r\n\r\nPNG/);
  expect(note?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  // Each array as its collectionFormat says, which the conversion to OpenAPI 3 had dropped.
  expect(note?.body).toBe('text=good+dog&stars=5&tags=a%2Cb&colors=x%7Cy&labels=l&labels=m');
});

it('errors are the typed classes, with the body a 2.0 response (or shared response) declares', async () => {
  const { NotFoundError, UnprocessableEntityError } = await sdk();
  const { pets } = await client((request, res) =>
    request.method === 'GET'
      ? json(res, 404, { message: 'no pet' })
      : json(res, 422, { message: 'name is empty' }),
  );
  const missing = await pets.get('9').catch((e: unknown) => e);
  expect(missing).toBeInstanceOf(NotFoundError);
  expect(missing).toMatchObject({ status: 404, body: { message: 'no pet' } });
  const invalid = await pets.create({ body: { name: '' } }).catch((e: unknown) => e);
  expect(invalid).toBeInstanceOf(UnprocessableEntityError);
  expect(invalid).toMatchObject({ status: 422, body: { message: 'name is empty' } });
});
