/**
 * Places in the converted OpenAPI 3.0 document mapped back to the Swagger 2.0
 * document the user wrote: every move the converter makes, undone.
 */
import { describe, expect, it } from 'vitest';
import { Swagger2Pointers } from '../../src/load/swagger2-pointers.js';

const original = {
  swagger: '2.0',
  host: 'api.example',
  parameters: { Limit: { name: 'limit', in: 'query', type: 'integer' } },
  responses: { NotFound: { description: 'gone', schema: { type: 'object' } } },
  definitions: { Pet: { type: 'object' }, 'Foo[Bar]': { type: 'string' } },
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
      put: {
        parameters: [
          { name: 'pet', in: 'body', schema: { $ref: '#/definitions/Pet' } },
          { $ref: '#/parameters/Limit' },
          { name: 'q', in: 'query', type: 'array', items: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', headers: { 'X-Rate': { type: 'integer' } } } },
      },
      post: {
        parameters: [
          { name: 'note', in: 'formData', type: 'string' },
          { name: 'file', in: 'formData', type: 'file' },
        ],
        responses: {},
      },
    },
  },
};
// What the converter makes of the parts above that move.
const converted = {
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      put: {
        parameters: [
          { $ref: '#/components/parameters/Limit' },
          { name: 'q', in: 'query', schema: { type: 'array' } },
        ],
      },
    },
  },
};
const pointers = new Swagger2Pointers(original, converted);
const map = (pointer: string) => pointers.toOriginal(pointer.split('/').slice(1));

describe('converted places in the 2.0 document', () => {
  it.each([
    ['/openapi', ['swagger']],
    ['/servers/0/url', ['host']],
    ['/components/schemas/Pet/properties', ['definitions', 'Pet', 'properties']],
    ['/components/schemas/Foo_Bar_', ['definitions', 'Foo[Bar]']],
    ['/components/parameters/Limit/schema/type', ['parameters', 'Limit', 'type']],
    [
      '/components/responses/NotFound/content/*~1*/schema/type',
      ['responses', 'NotFound', 'schema', 'type'],
    ],
    ['/components/securitySchemes/key', ['securityDefinitions', 'key']],
  ])('%s', (pointer, expected) => {
    expect(map(pointer)).toStrictEqual(expected);
  });

  it('a parameter keeps its place in the 2.0 list, though the converter moved the body out of it', () => {
    const at = (pointer: string) =>
      pointers.toOriginal(['paths', '/pets/{id}', ...pointer.split('/')]);
    expect(at('put/parameters/0/$ref')).toStrictEqual([
      'paths',
      '/pets/{id}',
      'put',
      'parameters',
      1,
      '$ref',
    ]);
    expect(at('put/parameters/1/schema/type')).toStrictEqual([
      'paths',
      '/pets/{id}',
      'put',
      'parameters',
      2,
      'type',
    ]);
    expect(at('parameters/0/schema')).toStrictEqual(['paths', '/pets/{id}', 'parameters', 0]);
  });

  it('the request body is the body parameter, or the formData parameter a property came from', () => {
    const at = (pointer: string) =>
      pointers.toOriginal(['paths', '/pets/{id}', ...pointer.split('/')]);
    expect(at('put/requestBody/content/application~1json/schema/$ref')).toStrictEqual([
      'paths',
      '/pets/{id}',
      'put',
      'parameters',
      0,
      'schema',
      '$ref',
    ]);
    expect(
      at('post/requestBody/content/multipart~1form-data/schema/properties/file/type'),
    ).toStrictEqual(['paths', '/pets/{id}', 'post', 'parameters', 1, 'type']);
    expect(at('post/requestBody/content/multipart~1form-data/schema/required')).toStrictEqual([
      'paths',
      '/pets/{id}',
      'post',
      'parameters',
      0,
    ]);
  });

  it("a response's content schema was its schema; a header's schema was the header", () => {
    const at = (pointer: string) =>
      pointers.toOriginal(['paths', '/pets/{id}', ...pointer.split('/')]);
    expect(at('put/responses/200/content/application~1json/schema/items')).toStrictEqual([
      'paths',
      '/pets/{id}',
      'put',
      'responses',
      '200',
      'schema',
      'items',
    ]);
    expect(at('put/responses/200/headers/X-Rate/schema/type')).toStrictEqual([
      'paths',
      '/pets/{id}',
      'put',
      'responses',
      '200',
      'headers',
      'X-Rate',
      'type',
    ]);
  });

  it('`$ref` text is said as the user wrote it', () => {
    expect(pointers.refToOriginal('#/components/schemas/Pet')).toBe('#/definitions/Pet');
    expect(pointers.refToOriginal('#/components/schemas/Foo_Bar_')).toBe('#/definitions/Foo[Bar]');
    expect(pointers.refToOriginal('#/components/requestBodies/Pet')).toBe('#/parameters/Pet');
    expect(pointers.refToOriginal('#/paths/x')).toBe('#/paths/x');
  });
});
