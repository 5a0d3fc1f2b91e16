/**
 * An allOf part that only lists what is required: IX-API's `Account` is its `AccountPartial`
 * with `id`, `name` and `state` required. The part had become `{ [key: string]: unknown }`: the
 * fields stayed optional, and any misspelt key compiled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { typecheck } from '../helpers/typecheck.js';
import { generate } from '../../src/index.js';

const fixture = useFixtureSdk('test/fixtures/required-part/openapi.yaml', 'required-part');

it('requires the keys the part lists, and no other key is allowed', () => {
  expect(readFileSync(join(fixture.out, 'types.ts'), 'utf8')).toContain(
    "export type Account = AccountPartial &\n  Required<Pick<AccountPartial, 'id' | 'name' | 'state' | 'networks'>>;",
  );
  // YNAB's, without its `type: object`: its three keys had stayed optional.
  expect(readFileSync(join(fixture.out, 'types.ts'), 'utf8')).toContain(
    "export type SaveTransaction = Required<Pick<AccountPartial, 'id' | 'name'>> & AccountPartial;",
  );
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { Account, SaveTransaction } from './index.js';",
      'export const saved = (t: SaveTransaction): string => t.name;',
      'export const id = (account: Account): string => account.id;',
      "export const state = (account: Account): 'production' | 'testing' => account.state;",
      'export const networks = (account: Account): string[] => account.networks;',
      '// @ts-expect-error a misspelt key',
      'export const typo = (account: Account) => account.nmae;',
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

// Red team: `Pick<PartialSchemaInput, 'id'>` of a key the view hides failed with TS2344.
const readOnly = useFixtureSdk('test/fixtures/required-part/read-only-ref.yaml', 'read-only-ref');
const writeOnly = useFixtureSdk(
  'test/fixtures/required-part/write-only-deep.yaml',
  'write-only-deep',
);

it('compiles where the key required is one the view hides', () => {
  expect(typecheck([join(readOnly.out, 'index.ts'), join(writeOnly.out, 'index.ts')])).toEqual([]);
});

// A readOnly key required is required in responses, a writeOnly one in requests (OpenAPI 3.0's
// Schema Object): both had been optional on both sides.
const oneSided = useFixtureSdk('test/fixtures/required-part/one-sided.yaml', 'one-sided');

it('requires a key of one side of the wire on that side only', () => {
  const types = readFileSync(join(oneSided.out, 'types.ts'), 'utf8');
  expect(types).toContain("export type Pet = Base & Required<Pick<Base, 'id' | 'name'>>;");
  expect(types).toContain(
    "export type PetInput = BaseInput & Required<Pick<BaseInput, 'secret' | 'name'>>;",
  );
  const usage = join(oneSided.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { Pet, PetInput } from './index.js';",
      'export const id = (pet: Pet): string => pet.id;',
      "export const sent: PetInput = { name: 'Rex', secret: 's3' };",
      '// @ts-expect-error the writeOnly secret is required in a request',
      "export const unsent: PetInput = { name: 'Rex' };",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

// Red team: a sole `{type: object}` member had become `unknown`, letting strings through.
it('keeps an allOf of a bare object an object', async () => {
  const { files } = await generate({
    input: 'test/fixtures/required-part/bare-object.yaml',
    output: 'unused',
    dryRun: true,
  });
  expect(files.find((f) => f.path === 'types.ts')!.content).toContain('export interface Account {');
});

// Plaid's `Transaction` requires its base's `name` and `location` beside its own `kind`: they
// had stayed optional. A name no part declares (a typo) requires nothing.
const others = useFixtureSdk('test/fixtures/required-part/others-keys.yaml', 'others-keys');

it("requires the keys a part lists of another part's, beside its own", () => {
  const usage = join(others.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { Transaction } from './index.js';",
      'export const name = (t: Transaction): string => t.name;',
      'export const location = (t: Transaction): string | null => t.location;',
      "export const kind = (t: Transaction): 'card' | 'cash' => t.kind;",
      "export const made: Transaction = { id: 't', name: 'n', location: null, kind: 'card' };",
      '// @ts-expect-error `name` is required',
      "export const unnamed: Transaction = { id: 't', location: null, kind: 'card' };",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

const twice = useFixtureSdk('test/fixtures/required-part/inline-twice.yaml', 'inline-twice');

it("requires an inline part's own keys in that part, and the SDK compiles", () => {
  const types = readFileSync(join(twice.out, 'types.ts'), 'utf8');
  expect(types).not.toContain('app_secret: unknown');
  expect(types).toMatch(/app_secret: string;/);
  const usage = join(twice.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import { AppsClient } from './index.js';",
      'export const made = async (client: AppsClient): Promise<string> =>',
      "  (await client.orgs.apps.create('o')).app_secret;",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

const nullablePart = useFixtureSdk(
  'test/fixtures/required-part/nullable-part.yaml',
  'nullable-part',
);
const nestedPart = useFixtureSdk('test/fixtures/required-part/nested-part.yaml', 'nested-part');

it('requires the keys in a nullable or nested inline part too, and the SDKs compile', () => {
  for (const out of [nullablePart.out, nestedPart.out]) {
    expect(readFileSync(join(out, 'types.ts'), 'utf8')).not.toContain('app_secret: unknown');
    expect(typecheck([join(out, 'index.ts')])).toEqual([]);
  }
});

// Vonage's message base requires keys that each message type and each channel's options declare
// (`Text` is `TextSchema`, beside the DOM's):
// `to`, `from`, `channel` and `message_type` had been optional, and a body without them compiled.
const base = useFixtureSdk('test/fixtures/required-part/base-requires.yaml', 'base-requires');

it("requires the keys a $ref'd part requires and the composition's other parts declare", () => {
  const usage = join(base.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { SendMessageBody, TextSchema } from './index.js';",
      "export const kind = (t: TextSchema): 'text' => t.message_type;",
      'export const sent: SendMessageBody = {',
      "  message_type: 'text', text: 'hi', channel: 'sms', to: '447700900000', from: 'Acme',",
      '};',
      '// @ts-expect-error `to` and `from` are required',
      "export const unaddressed: SendMessageBody = { message_type: 'text', text: 'hi', channel: 'sms' };",
      '// @ts-expect-error `message_type` is required',
      "export const untyped: SendMessageBody = { text: 'hi', channel: 'sms', to: 'a', from: 'b' };",
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
  // Declared nowhere, `message` requires nothing.
  expect(readFileSync(join(base.out, 'types.ts'), 'utf8')).not.toMatch(/\bmessage\b[?]?:/);
});

// Red team: keys two named parts declare had been one part of `unknown`s, which zod could not
// merge with a part's Date: every answer of a validated SDK with dates had been refused.
it('requires the keys of each named part by a pick of that part', async () => {
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const named = (properties: object) => ({ type: 'object', properties });
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const { files } = await generateSpec(
    {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/thing': {
          get: {
            operationId: 'getThing',
            responses: {
              200: { description: 'ok', content: { 'application/json': { schema: ref('Thing') } } },
            },
          },
        },
      },
      components: {
        schemas: {
          Base: { ...named({ kind: { type: 'string' } }), required: ['created', 'name'] },
          A: named({ created: { type: 'string', format: 'date-time' } }),
          B: named({ name: { type: 'string' } }),
          Thing: { allOf: [ref('Base'), ref('A'), ref('B')] },
        },
      },
    },
    { validate: true, dates: 'Date' },
  );
  expect(fileText(files, 'types.ts')).toContain(
    "export type Thing = Base & A & B & Required<Pick<A, 'created'>> & Required<Pick<B, 'name'>>;",
  );
  expect(fileText(files, 'schemas.ts')).toContain('A.pick({ created: true }).required()');
});

// Red team: a schema whose allOf refers to itself three times had taken 80 s to be refused.
it('refuses an allOf that refers to itself at once', async () => {
  const { generateSpec } = await import('../helpers/generate-spec.js');
  const self = { $ref: '#/components/schemas/A' };
  const spec = {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: {},
    components: {
      schemas: {
        A: {
          required: ['x'],
          allOf: [self, self, self, { type: 'object', properties: { x: { type: 'string' } } }],
        },
      },
    },
  };
  await expect(generateSpec(spec)).rejects.toThrow('refers to itself');
}, 5_000);
