/**
 * `$ref` is a reference only where OpenAPI allows a Reference Object (or in a
 * Schema Object); in `default`, `const`, `enum`, `example(s)` or an extension it
 * is data: never resolved, never validated, never a way to copy a file into the SDK.
 */
import { relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { cleanTempDirs, returning, run, spec, tempDir, writeFiles } from './load-support.js';

afterEach(cleanTempDirs);

const SECRET = 'hunter2-secret-value';
const dataRef = (ref: string) => ({ $ref: ref });

/** A spec whose every data position holds `{ $ref: ref }`. */
function dataPositions(ref: string): Record<string, unknown> {
  return spec({
    paths: {
      '/a': {
        'x-extension': dataRef(ref),
        get: {
          operationId: 'getA',
          'x-data': { nested: dataRef(ref) },
          parameters: [
            {
              name: 'q',
              in: 'query',
              schema: { type: 'object', default: dataRef(ref) },
              example: dataRef(ref),
            },
          ],
          responses: {
            '200': {
              description: 'ok',
              links: { next: { operationId: 'getA', parameters: { q: dataRef(ref) } } },
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      a: { type: 'object', default: dataRef(ref), examples: [dataRef(ref)] },
                      b: { const: dataRef(ref) },
                      c: { enum: [dataRef(ref)] },
                    },
                  },
                  examples: { one: { value: dataRef(ref) } },
                },
              },
            },
          },
        },
      },
    },
  });
}

describe('a $ref in data is data', () => {
  it('a nearby file named by a data $ref is not read into the SDK', async () => {
    const dir = writeFiles(tempDir(), {
      'secrets.yml': `password: ${SECRET}\n`,
      'api.json': dataPositions('./secrets.yml'),
    });
    const outcome = await run(`${dir}/api.json`);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.text).not.toContain(SECRET);
    expect(outcome.result.inputFiles.some((f) => f.includes('secrets'))).toBe(false);
  });

  it('is kept as written in the loaded document', async () => {
    const dir = writeFiles(tempDir(), {
      'secrets.yml': `password: ${SECRET}\n`,
      'api.json': dataPositions('./secrets.yml'),
    });
    const { document } = await validate({ input: `${dir}/api.json` });
    expect(document).toHaveProperty(
      [
        'paths',
        '/a',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
        'schema',
        'properties',
        'a',
      ],
      { type: 'object', default: { $ref: './secrets.yml' }, examples: [{ $ref: './secrets.yml' }] },
    );
  });

  it.each([
    ['a local pointer to nothing', '#/nowhere'],
    ['a URL', 'http://127.0.0.1:9/never'],
    ['a file outside the project', '../../../../outside.yaml'],
    ['a file that does not exist', './missing.yaml'],
  ])('%s in data is not an error', async (_what, ref) => {
    const dir = writeFiles(tempDir(), { 'package.json': '{}', 'api.json': dataPositions(ref) });
    const outcome = await run(`${dir}/api.json`);
    expect(outcome).toMatchObject({ kind: 'ok' });
  });
});

describe('references where OpenAPI allows them still resolve', () => {
  it('path items, parameters, request bodies, responses, headers, examples, links, callbacks and schemas in other files', async () => {
    const dir = writeFiles(tempDir(), {
      'package.json': '{}',
      'api.yaml': [
        'openapi: 3.1.0',
        "info: { title: T, version: '1' }",
        'paths:',
        "  /pets: { $ref: './paths/pets.yaml' }",
        'components:',
        '  schemas:',
        "    Owner: { $ref: './schemas/owner.yaml' }",
      ].join('\n'),
      'paths/pets.yaml': [
        'get:',
        '  operationId: listPets',
        "  parameters: [{ $ref: '../parts.yaml#/limit' }]",
        '  responses:',
        "    '200': { $ref: '../parts.yaml#/petsResponse' }",
        'post:',
        '  operationId: addPet',
        "  requestBody: { $ref: '../parts.yaml#/petBody' }",
        '  callbacks:',
        "    onAdded: { $ref: '../parts.yaml#/callback' }",
        '  responses:',
        "    '201': { description: created, headers: { X-Id: { $ref: '../parts.yaml#/idHeader' } }, links: { self: { $ref: '../parts.yaml#/link' } } }",
      ].join('\n'),
      'parts.yaml': [
        "limit: { name: limit, in: query, schema: { $ref: './schemas/limit.yaml' }, examples: { small: { $ref: '#/smallExample' } } }",
        'smallExample: { value: 5 }',
        "petsResponse: { description: ok, content: { application/json: { schema: { type: array, items: { $ref: './schemas/pet.yaml' } } } } }",
        "petBody: { content: { application/json: { schema: { $ref: './schemas/pet.yaml' } } } }",
        'idHeader: { schema: { type: string } }',
        'link: { operationId: listPets }',
        "callback: { '{$request.body#/url}': { post: { operationId: petAdded, requestBody: { content: { application/json: { schema: { $ref: './schemas/pet.yaml' } } } }, responses: { '200': { description: ok } } } } }",
      ].join('\n'),
      'schemas/pet.yaml':
        "type: object\nproperties:\n  name: { type: string }\n  owner: { $ref: './owner.yaml' }\n  tags: { type: array, prefixItems: [{ $ref: './tag.yaml' }] }\n  extra: { additionalProperties: { $ref: './tag.yaml' } }\n",
      'schemas/owner.yaml':
        "type: object\nproperties:\n  pets: { type: array, items: { $ref: './pet.yaml' } }\n",
      'schemas/tag.yaml': 'type: string\nenum: [cat, dog]\n',
      'schemas/limit.yaml': 'type: integer\n',
    });
    const { document, inputFiles } = await validate({ input: `${dir}/api.yaml` });
    expect(Object.keys(document.components?.schemas ?? {}).sort()).toEqual([
      'Owner',
      'limit',
      'pet',
      'tag',
    ]);
    const text = JSON.stringify(document);
    // Every reference left is local, and points at something.
    expect(text).not.toMatch(/"\$ref":"[^#]/);
    expect(inputFiles.map((f) => relative(dir, resolve(f)).replace(/\\/g, '/')).sort()).toEqual([
      'api.yaml',
      'parts.yaml',
      'paths/pets.yaml',
      'schemas/limit.yaml',
      'schemas/owner.yaml',
      'schemas/pet.yaml',
      'schemas/tag.yaml',
    ]);
    expect(document).toMatchObject({
      paths: {
        '/pets': {
          get: {
            parameters: [
              {
                name: 'limit',
                schema: { $ref: '#/components/schemas/limit' },
                examples: { small: { value: 5 } },
              },
            ],
            responses: {
              '200': {
                content: {
                  'application/json': { schema: { items: { $ref: '#/components/schemas/pet' } } },
                },
              },
            },
          },
          post: {
            responses: {
              '201': {
                headers: { 'X-Id': { schema: { type: 'string' } } },
                links: { self: { operationId: 'listPets' } },
              },
            },
            callbacks: {
              onAdded: { '{$request.body#/url}': { post: { operationId: 'petAdded' } } },
            },
          },
        },
      },
    });
    expect(await run(`${dir}/api.yaml`)).toMatchObject({ kind: 'ok' });
  });

  it('a dangling local $ref where a reference belongs is still an error', async () => {
    const dir = writeFiles(tempDir(), {
      'api.json': spec({ paths: returning({ $ref: '#/components/schemas/Nope' }) }),
    });
    const outcome = await run(`${dir}/api.json`);
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toContain('$ref "#/components/schemas/Nope" points at nothing');
  });
});
