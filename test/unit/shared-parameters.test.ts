/**
 * A parameter several operations `$ref` from `components.parameters` is written once, as
 * an interface the operations' params interfaces extend: its docs are not repeated.
 */
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { typesFile } from '../../src/emit/types-file.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { printFile } from '../../src/print/print.js';

const ref = (key: string) => ({ $ref: `#/components/parameters/${key}` });
const op = (operationId: string, parameters: unknown[]) => ({
  operationId,
  parameters,
  responses: { 204: { description: 'none' } },
});

const document = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/a': { get: op('listA', [ref('per-page'), ref('trace'), ref('once')]) },
    '/b': { get: op('listB', [ref('per-page'), ref('trace')]) },
    // Its own `PerPage` claims the key `perPage` first: the shared one is not that member.
    '/c': {
      get: op('listC', [
        { name: 'PerPage', in: 'query', schema: { type: 'string' } },
        ref('per-page'),
      ]),
    },
  },
  components: {
    parameters: {
      'per-page': {
        name: 'per_page',
        in: 'query',
        schema: { type: 'integer' },
        description: 'Results per page.',
      },
      trace: { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } },
      once: { name: 'once', in: 'query', schema: { type: 'boolean' } },
    },
  },
} as unknown as OpenAPI3;

describe('shared parameters', () => {
  const api = normalizeDocument(document);
  const types = printFile(typesFile(api)).content;

  it('each parameter more than one operation takes is named once, after its component', () => {
    expect(api.sharedParameters?.map((s) => [s.typeName, s.parameter.name])).toStrictEqual([
      ['PerPageParam', 'per_page'],
      ['TraceParam', 'X-Trace'],
    ]);
    expect(types).toContain(
      [
        '/** The query parameter `per_page` of several operations. */',
        'export interface PerPageParam {',
        '  /**',
        '   * Results per page.',
        '   * @remarks query parameter `per_page`',
        '   */',
        '  perPage?: number | undefined;',
        '}',
      ].join('\n'),
    );
  });

  it('params interfaces extend them and keep only their own members', () => {
    expect(types).toContain(
      'export interface ListAParams extends PerPageParam, TraceParam {\n  once?: boolean | undefined;\n}',
    );
    expect(types).toContain('export interface ListBParams extends PerPageParam, TraceParam {}');
    expect(types.match(/Results per page\./g)).toHaveLength(2);
  });

  it('an operation whose key for the parameter differs writes it as its own member', () => {
    const listC = /export interface ListCParams \{[^]*?\n\}/.exec(types)?.[0];
    expect(listC).toContain('perPage?: string | undefined;');
    expect(listC).toContain('Results per page.');
  });
});

describe('a shared parameter renamed in its first use', () => {
  // listX takes its own `per_page` header first, so the shared query one is `perPage2` there.
  const document = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/x': {
        get: op('listX', [
          { name: 'per_page', in: 'header', schema: { type: 'string' } },
          ref('per-page'),
        ]),
      },
      '/y': { get: op('listY', [ref('per-page')]) },
      '/z': { get: op('listZ', [ref('per-page')]) },
    },
    components: {
      parameters: { 'per-page': { name: 'per_page', in: 'query', schema: { type: 'integer' } } },
    },
  } as unknown as OpenAPI3;
  const types = printFile(typesFile(normalizeDocument(document))).content;

  it('is the member most operations have, and they extend it', () => {
    expect(types).toMatch(/export interface PerPageParam \{[^}]*\n {2}perPage\?: number/);
    expect(types).toContain('export interface ListYParams extends PerPageParam {}');
    expect(types).toContain('export interface ListZParams extends PerPageParam {}');
    expect(types).toMatch(/export interface ListXParams \{[^]*perPage2\?: number/);
  });
});
