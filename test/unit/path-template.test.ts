/** Normalize: a path template parsed once into text and parameter references, checked against the declared parameters. */
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import type { Parameter } from '../../src/ir/api.js';
import {
  bindPathParameters,
  normalizePathTemplate,
  parsePathTemplate,
} from '../../src/normalize/path-template.js';

function pathParam(name: string, identifier = name): Parameter {
  return {
    name,
    identifier,
    in: 'path',
    required: true,
    schema: { kind: 'string' },
    style: 'simple',
    explode: false,
  };
}

function thrown(run: () => unknown): CodegenError {
  try {
    run();
  } catch (error) {
    if (error instanceof CodegenError) return error;
    throw error;
  }
  throw new Error('expected a CodegenError');
}

describe('parsePathTemplate', () => {
  it('splits text and names; `$`, backticks and backslashes are plain text', () => {
    expect(parsePathTemplate('/items/{id}.json/$`\\x/{file name}')).toStrictEqual({
      parts: [
        { kind: 'text', text: '/items/' },
        { kind: 'name', name: 'id' },
        { kind: 'text', text: '.json/$`\\x/' },
        { kind: 'name', name: 'file name' },
      ],
      problems: [],
    });
    expect(parsePathTemplate('/{a}{b}')).toStrictEqual({
      parts: [
        { kind: 'text', text: '/' },
        { kind: 'name', name: 'a' },
        { kind: 'name', name: 'b' },
      ],
      problems: [],
    });
  });

  it('unbalanced braces and empty names are problems', () => {
    expect(parsePathTemplate('/a/{b').problems).toStrictEqual([
      'Unbalanced "{" at offset 3 of the path "/a/{b"',
    ]);
    expect(parsePathTemplate('/a}/b').problems).toStrictEqual([
      'Unbalanced "}" at offset 2 of the path "/a}/b"',
    ]);
    expect(parsePathTemplate('/{a{b}').problems).toStrictEqual([
      'Unbalanced "{" at offset 1 of the path "/{a{b}"',
    ]);
    expect(parsePathTemplate('/x/{}').problems).toStrictEqual([
      'Empty parameter name "{}" at offset 3 of the path "/x/{}"',
    ]);
  });
});

describe('bindPathParameters', () => {
  const id = pathParam('id');
  const file = pathParam('file');

  it('refers to the declared parameters, each listed once, in the order the path first uses them', () => {
    const { parts } = parsePathTemplate('/{file}/{id}/{file}');
    expect(
      bindPathParameters('/{file}/{id}/{file}', parts, [
        id,
        file,
        { ...pathParam('q'), in: 'query' },
      ]),
    ).toStrictEqual({
      segments: [
        { kind: 'text', text: '/' },
        { kind: 'parameter', parameter: file },
        { kind: 'text', text: '/' },
        { kind: 'parameter', parameter: id },
        { kind: 'text', text: '/' },
        { kind: 'parameter', parameter: file },
      ],
      pathParameters: [file, id],
      problems: [],
    });
  });

  it('a name no path parameter declares, and a declared one the path never uses, are problems', () => {
    const { parts } = parsePathTemplate('/items/{id}/${eval(1)}');
    expect(bindPathParameters('/items/{id}/${eval(1)}', parts, [id, file]).problems).toStrictEqual([
      'Path parameter "eval(1)" is used in the path but not declared',
      'Path parameter "file" is declared but not in the path "/items/{id}/${eval(1)}"',
    ]);
    // A query parameter of the same name does not declare a path parameter.
    expect(
      bindPathParameters('/{q}', parsePathTemplate('/{q}').parts, [
        { ...pathParam('q'), in: 'query' },
      ]).problems,
    ).toStrictEqual(['Path parameter "q" is used in the path but not declared']);
  });
});

describe('normalizePathTemplate', () => {
  it('gives the operation its path fields', () => {
    const id = pathParam('id');
    expect(normalizePathTemplate('/items/{id}', 'get', [id])).toStrictEqual({
      path: '/items/{id}',
      pathSegments: [
        { kind: 'text', text: '/items/' },
        { kind: 'parameter', parameter: id },
      ],
      pathParameters: [id],
    });
  });

  it('bad input: exit 2, at the path for its syntax, at the operation for its parameters', () => {
    const syntax = thrown(() => normalizePathTemplate('/a/{b', 'get', []));
    expect(syntax.exitCode).toBe(2);
    expect(syntax.diagnostics).toStrictEqual([
      { message: 'Unbalanced "{" at offset 3 of the path "/a/{b"', pointer: '/paths/~1a~1{b' },
    ]);
    const binding = thrown(() => normalizePathTemplate('/a/{b}', 'post', []));
    expect(binding.diagnostics).toStrictEqual([
      {
        message: 'Path parameter "b" is used in the path but not declared',
        pointer: '/paths/~1a~1{b}/post',
      },
    ]);
  });
});
