/**
 * JSON positions come from a finder that descends along the asked path only
 * (src/load/json-positions.ts): shallow and deep values must give their own
 * line and column, and a missing key its deepest existing ancestor.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';

const text = `{
  "openapi": "3.0.3",
  "paths": {
    "/a": {
      "get": {
        "responses": {
          "200": {
            "content": { "application/json": { "schema": { "type": "string" } } }
          }
        }
      }
    }
  },
  "tags": [ { "name": "x" }, 7 ]
}
`;
const source = parseSource({
  file: 'spec.json',
  fileText: text,
  text,
  language: 'json',
  firstLine: 1,
});
const where = (segments: Array<string | number>) => {
  const location = source.locate(segments);
  return location && [location.line, location.column];
};

describe('locating a JSON value', () => {
  it('finds shallow values, array items and literals', () => {
    expect(where([])).toEqual([1, 1]);
    expect(where(['openapi'])).toEqual([2, 14]);
    expect(where(['paths', '/a', 'get'])).toEqual([5, 14]);
    expect(where(['tags', 1])).toEqual([14, 30]);
  });

  it('finds values deeper than one scan indexes', () => {
    const schema = [
      'paths',
      '/a',
      'get',
      'responses',
      '200',
      'content',
      'application/json',
      'schema',
    ];
    expect(where(schema)).toEqual([8, 58]);
    expect(where([...schema, 'type'])).toEqual([8, 68]);
  });

  it('falls back to the deepest existing ancestor', () => {
    expect(where(['paths', '/a', 'get', 'nothing', 'here', 'at', 'all'])).toEqual([5, 14]);
    expect(where(['components', 'schemas', 'X'])).toEqual([1, 1]);
    expect(where(['paths', '/a', 'get', 'responses', '200', 'content', 'missing'])).toEqual([
      8, 24,
    ]);
  });
});
