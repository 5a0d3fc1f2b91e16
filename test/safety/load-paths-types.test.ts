/**
 * `--paths-types` hands openapi-typescript the loaded document. That tool
 * resolves every `$ref` it meets (data included), `externalValue`s and file-like
 * discriminator mappings; none of them may read a file or make a request.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/generate.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { cleanTempDirs, run, spec, tempDir, writeFiles } from './load-support.js';

const SECRET = 'do-not-copy-this-secret';
let server: TestServer;
beforeAll(async () => {
  server = await startServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ type: 'string', description: SECRET }));
  });
});
afterAll(() => server.close());
afterEach(cleanTempDirs);

/** A spec (in `project/spec/`) whose data positions name `refs`, plus a real schema with a discriminator. */
function hostileSpec(refs: readonly string[]): Record<string, unknown> {
  const data = refs.map((ref) => ({ $ref: ref }));
  return spec({
    paths: {
      '/a': {
        get: {
          operationId: 'getA',
          'x-data': data,
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Pet' },
                  examples: Object.fromEntries(
                    refs.map((ref, i) => [`e${i}`, { externalValue: ref }]),
                  ),
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Pet: {
          type: 'object',
          properties: {
            kind: { type: 'string', default: data[0] },
            tags: { type: 'array', items: { type: 'string' }, default: data },
          },
          discriminator: {
            propertyName: 'kind',
            mapping: Object.fromEntries(refs.map((ref, i) => [`m${i}`, ref])),
          },
          examples: data,
        },
      },
    },
  });
}

describe('paths.ts', () => {
  it('a data $ref to a file or a URL neither reads the file nor makes a request', async () => {
    const root = writeFiles(tempDir(), {
      'project/package.json': '{}',
      'secret.txt': SECRET,
      'project/secret.yaml': `a: ${SECRET}\n`,
    });
    const specDir = join(root, 'project', 'spec');
    const refs = [
      '../secret.txt',
      '../../secret.txt',
      '../secret.yaml',
      relative(specDir, join(root, 'secret.txt')),
      join(root, 'secret.txt'),
      `${server.url}/x`,
      `${server.url}/schema.json#/type`,
    ];
    writeFiles(specDir, { 'api.json': hostileSpec(refs) });
    const outcome = await run(join(specDir, 'api.json'), { pathsTypes: true });
    expect(server.received.map((r) => r.url)).toEqual([]);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const paths = outcome.result.files.find((f) => f.path === 'paths.ts')?.content ?? '';
    expect(paths).toContain('paths');
    expect(paths).toContain('Pet');
    expect(outcome.text).not.toContain(SECRET);
  });

  it('local references still give openapi-typescript its named types', async () => {
    const dir = writeFiles(tempDir(), {
      'api.json': spec({
        paths: {
          '/a': {
            get: {
              operationId: 'getA',
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
                },
              },
            },
          },
        },
        components: {
          schemas: {
            Pet: { type: 'object', properties: { name: { type: 'string', default: 'Rex' } } },
          },
        },
      }),
    });
    const outcome = await run(join(dir, 'api.json'), { pathsTypes: true });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const paths = outcome.result.files.find((f) => f.path === 'paths.ts')?.content ?? '';
    expect(paths).toContain('components["schemas"]["Pet"]');
    expect(paths).toMatch(/@default Rex/);
  });
});

describe('paths.ts on specs that trip openapi-typescript', () => {
  const specWith = (path: string, example: unknown) => {
    const dir = tempDir();
    const document = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        [path]: {
          get: {
            operationId: 'a',
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'object' }, example } },
              },
            },
          },
        },
      },
    };
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    return join(dir, 'openapi.json');
  };

  it('a path with a stray % is bad input at that path, never an unhandled rejection', async () => {
    const input = specWith('/files/%zz', {});
    const error = await generate({
      input,
      output: join(tempDir(), 'out'),
      pathsTypes: true,
      dryRun: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics[0]).toMatchObject({
      pointer: '/paths/~1files~1%zz',
    });
  });

  it('example keys like hasOwnProperty or valueOf still give a paths.ts', async () => {
    const input = specWith(
      '/a',
      JSON.parse('{ "hasOwnProperty": 1, "valueOf": { "toString": 2 }, "ok": 3 }'),
    );
    const result = await generate({
      input,
      output: join(tempDir(), 'out'),
      pathsTypes: true,
      dryRun: true,
    });
    expect(result.files.find((f) => f.path === 'paths.ts')?.content).toContain("'/a': {");
  });
});

describe('paths.ts on keys and refs that trip its resolver', () => {
  const write = (document: unknown) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    return join(dir, 'openapi.json');
  };
  const base = { openapi: '3.0.3', info: { title: 'T', version: '1' } };
  const response = (schema: unknown) => ({
    get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } } },
  });

  it('a $ref with a stray % is handed over canonically and renders', async () => {
    const input = write({
      ...base,
      paths: { '/': response({ $ref: '#/components/schemas/%a' }) },
      components: { schemas: { '%a': { type: 'string' } } },
    });
    const result = await generate({
      input,
      output: join(tempDir(), 'out'),
      pathsTypes: true,
      dryRun: true,
    });
    expect(result.files.find((f) => f.path === 'paths.ts')?.content).toContain("'%a': string");
  });

  it('a property named valueOf is refused for paths.ts at that key, never a crash', async () => {
    const input = write({
      ...base,
      paths: {
        '/': response({
          type: 'object',
          properties: { valueOf: { $ref: '#/components/schemas/A' } },
        }),
      },
      components: { schemas: { A: { type: 'string' } } },
    });
    const error = await generate({
      input,
      output: join(tempDir(), 'out'),
      pathsTypes: true,
      dryRun: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics[0]?.pointer).toMatch(/\/properties\/valueOf$/);
  });
});
