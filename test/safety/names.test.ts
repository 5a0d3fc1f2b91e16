/**
 * Names chosen by a spec never break the SDK: every identifier comes from the
 * naming planner's scopes, and environment variables end in a suffix the spec
 * cannot choose. Each case is its own minimal spec; all outputs are
 * type-checked in one program.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate, type GenerateOptions } from '../../src/generate.js';
import { typecheck } from '../helpers/typecheck.js';

const root = mkdtempSync(join(tmpdir(), 'codegen-names-'));
// The SDKs are ES modules, as in a user's `"type": "module"` project.
writeFileSync(join(root, 'package.json'), '{ "type": "module" }');

function spec(extra: Record<string, unknown>): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 'Shop', version: '1' }, paths: {}, ...extra };
}

const ok = {
  200: { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } },
};
const op = (operationId: string, security?: unknown) => ({
  get: { operationId, responses: ok, ...(security !== undefined && { security }) },
});

const cases: Record<string, { spec: Record<string, unknown>; options?: Partial<GenerateOptions> }> =
  {
    baseClient: { spec: spec({ info: { title: 'Base', version: '1' }, paths: { '/a': op('a') } }) },
    clientNamedBaseClient: {
      spec: spec({ paths: { '/a': op('a') } }),
      options: { clientName: 'BaseClient' },
    },
    schemaNamedOptions: {
      spec: spec({
        paths: { '/a': op('a') },
        components: {
          schemas: { ShopClientOptions: { type: 'object', properties: { a: { type: 'string' } } } },
        },
      }),
    },
    credentialsClash: {
      spec: spec({
        paths: {
          '/a': op('a', [
            { timeout: [] },
            { api_key: [] },
            { apiKey: [] },
            { constructor: [] },
            JSON.parse('{"__proto__": []}'),
          ]),
        },
        components: {
          securitySchemes: {
            timeout: { type: 'http', scheme: 'bearer' },
            api_key: { type: 'apiKey', in: 'header', name: 'X-Key' },
            apiKey: { type: 'apiKey', in: 'query', name: 'key' },
            constructor: { type: 'http', scheme: 'basic' },
            // An own `__proto__` key, as a JSON or YAML spec has it.
            ...JSON.parse('{"__proto__": {"type": "apiKey", "in": "header", "name": "X-Proto"}}'),
          },
        },
      }),
    },
    operationsNamedLikeLocals: {
      spec: spec({ paths: { '/a': op('options'), '/b': op('client'), '/c': op('params') } }),
    },
    streamWithAnotherSuccess: {
      spec: spec({
        paths: {
          '/events': {
            get: {
              operationId: 'events',
              responses: {
                200: {
                  description: 'events',
                  content: { 'text/event-stream': { schema: { type: 'string' } } },
                },
                '2XX': {
                  description: 'other',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
                },
              },
            },
          },
        },
        components: { schemas: { Pet: { type: 'string' } } },
      }),
    },
    operationNamedThen: {
      spec: spec({
        paths: {
          '/a': op('then'),
          '/b': { get: { operationId: 'b', tags: ['then'], responses: ok } },
        },
      }),
    },
    noSchemas: {
      spec: spec({
        paths: {
          '/a': { delete: { operationId: 'remove', responses: { 204: { description: 'gone' } } } },
        },
      }),
    },
    // Found by the fuzzer: each compiled before its fix with an error or an unused import.
    queryNamedToString: {
      spec: spec({
        paths: {
          '/a': {
            get: {
              operationId: 'a',
              parameters: [
                {
                  name: 'toString',
                  in: 'query',
                  style: 'spaceDelimited',
                  explode: false,
                  schema: { type: 'array', items: { type: 'string' } },
                },
              ],
              responses: ok,
            },
          },
        },
      }),
    },
    pathParameterNamedLikeItsFunction: {
      spec: spec({
        paths: {
          '/{a/b}/items': {
            get: {
              operationId: 'aB',
              parameters: [{ name: 'a/b', in: 'path', required: true, schema: { type: 'string' } }],
              responses: ok,
            },
          },
        },
      }),
    },
    nullInPathEnum: {
      spec: spec({
        openapi: '3.0.3',
        paths: {
          '/{kind}': {
            get: {
              operationId: 'a',
              parameters: [
                {
                  name: 'kind',
                  in: 'path',
                  required: true,
                  schema: { type: 'string', nullable: true, enum: [null, 'user'] },
                },
              ],
              responses: ok,
            },
          },
        },
      }),
    },
    noOperationsSingleFile: {
      spec: spec({ components: { schemas: { A: { type: 'string' } } } }),
      options: { layout: 'single' },
    },
    noOperations: { spec: spec({ components: { schemas: { A: { type: 'string' } } } }) },
    extraKeysOfANamedType: {
      spec: spec({
        paths: {
          '/a': {
            get: {
              operationId: 'a',
              responses: {
                200: {
                  description: 'ok',
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        properties: { n: { type: 'integer' } },
                        additionalProperties: { $ref: '#/components/schemas/Extra' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        components: {
          schemas: { Extra: { type: 'string' }, Negative: { type: 'array', items: { const: -1 } } },
        },
      }),
    },
    duplicateEnumValues: {
      spec: spec({ components: { schemas: { E: { type: 'string', enum: ['a', 'a', 'b'] } } } }),
    },
    oddCharacters: {
      spec: spec({
        paths: { '/a': op('get²Item') },
        components: {
          schemas: {
            'Area m²': { type: 'string' },
            'a\u200db': { type: 'string' },
            '𐄇x': { type: 'integer' },
          },
        },
      }),
    },
  };

const outputs = new Map<string, Awaited<ReturnType<typeof generate>>>();

beforeAll(async () => {
  for (const [name, { spec: document, options }] of Object.entries(cases)) {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    outputs.set(
      name,
      await generate({ input: join(dir, 'openapi.json'), output: join(dir, 'sdk'), ...options }),
    );
  }
}, 60_000);

describe('identifiers from the naming planner', () => {
  it('every SDK type-checks strictly', () => {
    expect(
      typecheck([...outputs.keys()].map((name) => join(root, name, 'sdk', 'index.ts'))),
    ).toEqual([]);
  });

  it('a client that would be named BaseClient is not the runtime base class', () => {
    for (const name of ['baseClient', 'clientNamedBaseClient']) {
      const client = outputs.get(name)!.files.find((f) => f.path === 'client.ts')!.content;
      expect(client).toContain('export class BaseApiCore extends BaseClient');
      expect(client).toContain('export class BaseApiClient extends BaseApiCore');
      expect(client).toContain('export interface BaseApiClientOptions');
    }
  });

  it('a schema named like the options interface gets its own name', () => {
    const files = outputs.get('schemaNamedOptions')!.files;
    expect(files.find((f) => f.path === 'client.ts')!.content).toContain(
      'export interface ShopClientOptions extends ClientOptions',
    );
    expect(files.find((f) => f.path === 'types.ts')!.content).toContain(
      'export interface ShopClientOptions2',
    );
  });

  it('credential options never clash with base options or each other', () => {
    const client = outputs
      .get('credentialsClash')!
      .files.find((f) => f.path === 'client.ts')!.content;
    for (const option of [
      'timeoutCredential?:',
      'apiKey?:',
      'apiKey2?:',
      'constructorCredential?:',
      'proto?:',
    ]) {
      expect(client).toContain(option);
    }
    // `__proto__` is written as a computed key, so it stays an own property.
    expect(client).toMatch(/\['__proto__'\]: (apiKey\w+\(|bearerAuth|basicAuth)/);
  });

  it('no export and no member is named `then`', () => {
    const files = outputs.get('operationNamedThen')!.files;
    const text = files.map((f) => f.content).join('\n');
    expect(text).not.toMatch(/export (async )?function then\b/);
    expect(text).toContain('export function thenOperation(');
    expect(text).not.toMatch(/^\s+then\(/m);
    expect(text).not.toMatch(/readonly then:/);
  });
});

describe('environment variables', () => {
  /** Every `readEnv(…)` argument list of the generated `client.ts`, as written. */
  const readEnvCalls = async (
    document: Record<string, unknown>,
    options: Partial<GenerateOptions> = {},
  ) => {
    const dir = mkdtempSync(join(root, 'env-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    const result = await generate({
      input: join(dir, 'openapi.json'),
      output: join(dir, 'sdk'),
      dryRun: true,
      ...options,
    });
    const client = result.files.find((f) => f.path === 'client.ts')!.content;
    return [...client.matchAll(/readEnv\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  };
  const isBaseUrl = (names: string) => names.endsWith("_BASE_URL'");
  // The base URL's variable has a fixed suffix too (its own test below); these are the credentials'.
  const envOf = async (document: Record<string, unknown>, options: Partial<GenerateOptions> = {}) =>
    (await readEnvCalls(document, options)).filter((names) => !isBaseUrl(names));

  it('the base URL reads <PREFIX>_BASE_URL, a suffix the spec cannot choose; env: false turns it off', async () => {
    const base = async (options: Partial<GenerateOptions> = {}) =>
      (await readEnvCalls(github({}), options)).filter(isBaseUrl);
    expect(await base()).toEqual(["'GITHUB_BASE_URL'"]);
    expect(await base({ env: false })).toEqual([]);
  });
  const github = (schemes: Record<string, unknown>) =>
    spec({
      info: { title: 'GITHUB', version: '1' },
      paths: { '/a': op('a') },
      components: { securitySchemes: schemes },
    });

  it('one scheme reads <PREFIX>_API_KEY whatever it is called', async () => {
    expect(await envOf(github({ token: { type: 'http', scheme: 'bearer' } }))).toEqual([
      "'GITHUB_API_KEY'",
    ]);
  });

  it('several schemes end in a suffix for their kind, never a name the spec chose', async () => {
    const vars = await envOf(
      github({
        TOKEN: { type: 'http', scheme: 'bearer' },
        aws_secret_access: { type: 'apiKey', in: 'header', name: 'X' },
        login: { type: 'http', scheme: 'basic' },
      }),
    );
    expect(vars).toEqual([
      "'GITHUB_TOKEN_BEARER_TOKEN'",
      "'GITHUB_AWS_SECRET_ACCESS_API_KEY'",
      "'GITHUB_LOGIN_USERNAME', 'GITHUB_LOGIN_PASSWORD'",
    ]);
  });

  it('the config renames or disables them', async () => {
    const schemes = {
      a: { type: 'http', scheme: 'bearer' },
      b: { type: 'apiKey', in: 'header', name: 'X' },
    };
    expect(await envOf(github(schemes), { env: { a: 'MY_TOKEN', b: false } })).toEqual([
      "'MY_TOKEN'",
    ]);
    expect(await envOf(github(schemes), { env: false })).toEqual([]);
  });
});

describe('schemas no type can express', () => {
  const failure = async (document: Record<string, unknown>) => {
    const dir = mkdtempSync(join(root, 'bad-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    return generate({
      input: join(dir, 'openapi.json'),
      output: join(dir, 'sdk'),
      dryRun: true,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
  };

  it('200 levels of inline nesting are refused, located', async () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 200; i++) deep = { type: 'object', properties: { a: deep } };
    const error = await failure(spec({ components: { schemas: { Deep: deep } } }));
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics[0]).toMatchObject({
      pointer: '/components/schemas/Deep',
      message: expect.stringContaining('nested more than'),
    });
  });

  it('an inline schema that refers to itself gets a name, and its type refers to that name', async () => {
    const self = '#/paths/~1a/get/responses/200/content/application~1json/schema';
    const dir = mkdtempSync(join(root, 'self-'));
    writeFileSync(
      join(dir, 'openapi.json'),
      JSON.stringify(
        spec({
          paths: {
            '/a': {
              get: {
                operationId: 'a',
                responses: {
                  200: {
                    description: 'ok',
                    content: {
                      'application/json': {
                        schema: { type: 'object', properties: { next: { $ref: self } } },
                      },
                    },
                  },
                },
              },
            },
          },
        }),
      ),
    );
    await generate({ input: join(dir, 'openapi.json'), output: join(dir, 'sdk') });
    const types = readFileSync(join(dir, 'sdk', 'types.ts'), 'utf8');
    // One type, named after the operation: not a copy beside a type named after the pointer.
    expect(types.match(/^export interface \w+/gm), types).toEqual(['export interface AResponse']);
    expect(types).toContain('export interface AResponse {\n  next?: AResponse;');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    expect(typecheck([join(dir, 'sdk', 'index.ts')])).toEqual([]);
  });
});
