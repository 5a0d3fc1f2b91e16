/**
 * OpenAPI 3.1 `webhooks` (and 3.0's `x-webhooks`, GitHub's): the payload each delivers, typed
 * by its name in one exported interface, for the endpoint an API's user writes to receive them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CodegenError } from '../../src/index.js';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { fileText, generateSpec } from '../helpers/generate-spec.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/webhooks/openapi.yaml', 'webhooks');
const types = () => readFileSync(join(fixture.out, 'types.ts'), 'utf8');
const webhooksInterface = (text: string) =>
  /^\/\*\*[^]*?\nexport interface Webhooks \{[^]*?\n\}$/m.exec(text)?.[0];

it('maps each webhook to its payload, by name, with its docs', async () => {
  await expect(types()).toMatchFileSnapshot('__snapshots__/webhooks/types.ts');
});

it('types a payload as the API writes it, and compiles with hostile names', () => {
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { Webhooks } from './index.js';",
      // readOnly keys are there (the API writes them), writeOnly ones are not.
      "export const added: Webhooks['pet-added'] = { id: 1, name: 'Rex' };",
      '// @ts-expect-error a writeOnly key is never sent to a webhook',
      "export const leaked: Webhooks['pet-added'] = { id: 1, name: 'Rex', secret: 's' };",
      "export const removed: Webhooks['pet-removed'] = { id: 1, reason: 'sold' };",
      '// @ts-expect-error no such reason',
      "export const eaten: Webhooks['pet-removed'] = { id: 1, reason: 'eaten' };",
      "export const receipt: Webhooks['__proto__'] = { total: 3 };",
      // JSON is the form described where a webhook offers several.
      'export const quoted: Webhooks[`it\'s "quoted"`] = { note: "n" };',
      '// @ts-expect-error a webhook without a payload is no key',
      "export const ping: Webhooks['ping'] = {};",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

it("says an event's shared summary once, not on each of its webhooks", () => {
  const text = webhooksInterface(types())!;
  expect(text).not.toContain('changed hands');
  expect(text).toContain('Someone added a pet.');
  // Escaped in its comment: the summary never closes it.
  expect(text).not.toContain('*/ throw');
});

it('counts a schema a webhook uses as used', async () => {
  const { warnings } = await generateSpec(spec31());
  expect(warnings.map((w) => w.message).join('\n')).not.toContain('"Receipt"');
});

it("reads 3.0's x-webhooks, and locates a payload's ref to nothing", async () => {
  const spec = {
    ...spec31(),
    openapi: '3.0.3',
    webhooks: undefined,
    'x-webhooks': spec31().webhooks,
  };
  const { files } = await generateSpec(spec);
  expect(fileText(files, 'types.ts')).toContain('  receipt: Receipt;');
  const broken = {
    ...spec,
    'x-webhooks': { lost: hook({ $ref: '#/components/schemas/Nowhere' }) },
  };
  const error = await generateSpec(broken).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as CodegenError).diagnostics).toMatchObject([
    {
      pointer: '/x-webhooks/lost',
      message: expect.stringContaining('"Nowhere", which is no schema of components/schemas'),
    },
  ]);
});

// Red team: x-webhooks, an extension, had been read with no check of its refs or names.
it('refuses an x-webhooks ref outside the document, and a name past the limit', async () => {
  const spec = { ...spec31(), openapi: '3.0.3', webhooks: undefined };
  const outside = await generateSpec({
    ...spec,
    'x-webhooks': { far: hook({ $ref: 'other.json#/Receipt' }) },
  }).catch((e: unknown) => e);
  expect((outside as CodegenError).diagnostics).toMatchObject([
    {
      pointer: '/x-webhooks/far',
      message: expect.stringContaining('"other.json#/Receipt" is outside the document'),
    },
  ]);
  const long = await generateSpec({
    ...spec,
    'x-webhooks': { ['w'.repeat(2000)]: hook({ type: 'string' }) },
  }).catch((e: unknown) => e);
  expect(long).toBeInstanceOf(CodegenError);
  expect((long as CodegenError).message).toContain('A webhook name');
});

it("leaves the payloads untyped with dates: 'Date', and says why", async () => {
  const { files, warnings } = await generateSpec(spec31(), { validate: true, dates: 'Date' });
  expect(fileText(files, 'types.ts')).not.toContain('interface Webhooks');
  // What they use is still used (new-user trial: Apideck's payloads had been "not used").
  expect(warnings.map((w) => w.message).join('\n')).not.toContain('"Receipt"');
  expect(warnings).toContainEqual(
    expect.objectContaining({
      pointer: '/webhooks',
      message: expect.stringContaining("dates: 'Date'"),
    }),
  );
});

function hook(schema: object) {
  return {
    post: {
      requestBody: { content: { 'application/json': { schema } } },
      responses: { '200': { description: 'Received.' } },
    },
  };
}

function spec31() {
  return {
    openapi: '3.1.0',
    info: { title: 'Receipts', version: '1' },
    servers: [{ url: 'https://receipts.example.org' }],
    paths: {},
    webhooks: { receipt: hook({ $ref: '#/components/schemas/Receipt' }) },
    components: {
      schemas: { Receipt: { type: 'object', properties: { total: { type: 'number' } } } },
    },
  };
}
