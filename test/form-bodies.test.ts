/**
 * Form bodies on the wire, through a generated SDK: each property as its
 * `encoding` says, nested objects in bracket notation, nothing overwritten.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';
import { json, startServer } from './helpers/server.js';
import { typecheck } from './helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/forms/openapi.yaml', 'forms');

interface FormsSdk {
  FormsClient: new (options: { baseUrl: string }) => unknown;
  createCustomer: (client: unknown, params: unknown) => Promise<unknown>;
  parseIngredients: (client: unknown, params: { body: string }) => Promise<unknown>;
}
const SDK_PATH = './.tmp/forms/index.js';
const sdk = (): Promise<FormsSdk> => import(SDK_PATH) as Promise<FormsSdk>;

/** The body's fields as decoded pairs, in order. */
function pairs(body: string): string[] {
  return [...new URLSearchParams(body)].map(([k, v]) => `${k}=${v}`);
}

async function send(body: unknown): Promise<{ raw: string; type: string | undefined }> {
  const { FormsClient, createCustomer } = await sdk();
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, { id: 'cus_1' })));
  await createCustomer(new FormsClient({ baseUrl: server.url }), { body });
  const received = server.received[0];
  return { raw: received?.body ?? '', type: received?.headers['content-type'] };
}

it('compiles', () => {
  expect(typecheck([join(fixture.out, 'index.ts')])).toEqual([]);
});

it('deepObject properties go in bracket notation, nested, and never overwrite a top-level field', async () => {
  const { raw, type } = await send({
    name: 'Alice',
    metadata: { order_id: '6735' },
    shipping: { name: 'Bob', address: { city: 'Paris' } },
    expand: ['a', 'b'],
  });
  expect(type).toBe('application/x-www-form-urlencoded');
  expect(pairs(raw)).toEqual([
    'name=Alice',
    'metadata[order_id]=6735',
    'shipping[name]=Bob',
    'shipping[address][city]=Paris',
    'expand[]=a',
    'expand[]=b',
  ]);
  // The exact bytes: brackets percent-encoded as URLSearchParams writes them.
  expect(raw).toBe(
    'name=Alice&metadata%5Border_id%5D=6735&shipping%5Bname%5D=Bob&shipping%5Baddress%5D%5Bcity%5D=Paris&expand%5B%5D=a&expand%5B%5D=b',
  );
});

it('an array of objects numbers its items, so each keeps its fields together', async () => {
  const { raw } = await send({
    tax_ids: [
      { type: 'eu_vat', value: 'DE123' },
      { type: 'gb_vat', value: 'GB456' },
    ],
  });
  expect(pairs(raw)).toEqual([
    'tax_ids[0][type]=eu_vat',
    'tax_ids[0][value]=DE123',
    'tax_ids[1][type]=gb_vat',
    'tax_ids[1][value]=GB456',
  ]);
});

it('without an encoding: objects in bracket notation, arrays of scalars repeat their key', async () => {
  const { raw } = await send({
    preferences: { locale: 'fr', channels: ['email', 'sms'] },
    labels: ['x', 'y'],
  });
  expect(pairs(raw)).toEqual([
    'preferences[locale]=fr',
    'preferences[channels][]=email',
    'preferences[channels][]=sms',
    'labels=x',
    'labels=y',
  ]);
});

it('form style without explode joins with commas; a contentType of JSON sends JSON text', async () => {
  const { raw } = await send({ tags: ['a', 'b c'], settings: { theme: 'dark' } });
  expect(pairs(raw)).toEqual(['tags=a,b c', 'settings={"theme":"dark"}']);
});

it('leaves out undefined fields at every depth, and sends a field set to null empty', async () => {
  const { raw } = await send({
    name: undefined,
    metadata: { kept: 'k', gone: undefined, nil: null },
    shipping: null,
  });
  // Twilio's `LastReadMessageIndex=` unsets it, as Stripe's empty field does; a null had been
  // left out, and the field kept its value.
  expect(pairs(raw)).toEqual(['metadata[kept]=k', 'shipping=']);
});

// Spoonacular's: a form declared as one string went as a field per character (`0=i&1=n…`).
it('sends a form that is one string as it is', async () => {
  const { FormsClient, parseIngredients } = await sdk();
  const server = fixture.serve(await startServer((_r, res) => json(res, 200, {})));
  await parseIngredients(new FormsClient({ baseUrl: server.url }), {
    body: 'ingredientList=3%20oz%20flour&servings=2',
  });
  expect(server.received[0]?.body).toBe('ingredientList=3%20oz%20flour&servings=2');
  expect(server.received[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
});
