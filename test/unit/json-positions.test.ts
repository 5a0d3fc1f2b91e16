/**
 * The finder of JSON positions descends along the asked path through text
 * JSON.parse accepted. It must agree with a full parse (jsonc-parser's tree) on
 * every value of a document, take the key JSON.parse keeps, and point a path
 * that leads nowhere at its deepest existing ancestor.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { jsonPositions } from '../../src/load/json-positions.js';

type Path = Array<string | number>;

/** Every path in a JSON value, the root's included. */
function allPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => allPaths(item, [...at, i]))
    : Object.entries(value).flatMap(([key, item]) => allPaths(item, [...at, key]));
  return [at, ...children];
}

function expectAgreesWithTree(text: string): void {
  const positions = jsonPositions(text);
  const tree = parseTree(text)!;
  const paths = allPaths(JSON.parse(text));
  for (const path of paths)
    expect([path, positions.offsetOf(path)]).toEqual([
      path,
      findNodeAtLocation(tree, path)!.offset,
    ]);
}

describe('finding a value in JSON text', () => {
  it('finds every value of a document, however deep, as a full parse does', () => {
    const deep = { a: [{ b: { c: [1, [2, { d: { e: { f: { g: 'deep' } } } }]] } }] };
    expectAgreesWithTree(JSON.stringify(deep, null, 2));
    expectAgreesWithTree(JSON.stringify(deep));
    expectAgreesWithTree(
      ' \n\t{ "x" :\r\n [ 1 , -2.5e+3 , true , false , null , "" , { } , [ ] ] } \n',
    );
  });

  it('skips strings holding brackets, quotes, escapes and text beyond ASCII', () => {
    expectAgreesWithTree(
      JSON.stringify({
        a: '{[}]"',
        b: 'ends in a backslash \\',
        c: '\\"}',
        'é ✓ 😀': { 'k"ey': ['"', '\\\\', '\u2028'] },
        after: { here: 1 },
      }),
    );
  });

  it('decodes escaped keys', () => {
    const text = '{"a\\/b": 1, "\\u00e9t\\u00e9": {"x\\"y": [true]}, "tab\\t": 2}';
    const positions = jsonPositions(text);
    expect(positions.offsetOf(['a/b'])).toBe(text.indexOf('1'));
    expect(positions.offsetOf(['été', 'x"y', 0])).toBe(text.indexOf('true'));
    expect(positions.offsetOf(['tab\t'])).toBe(text.indexOf('2'));
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    const text = '{"a": {"b": 1}, "a": {"c": 2}}';
    const positions = jsonPositions(text);
    expect(JSON.parse(text)).toEqual({ a: { c: 2 } });
    expect(positions.offsetOf(['a'])).toBe(text.lastIndexOf('{"c"'));
    expect(positions.offsetOf(['a', 'c'])).toBe(text.indexOf('2'));
    // `b` is not in the value JSON.parse gave: its ancestor is the second `a`.
    expect(positions.offsetOf(['a', 'b'])).toBe(text.lastIndexOf('{"c"'));
  });

  it('treats __proto__ and Object members as plain keys', () => {
    const text = '{"__proto__": {"constructor": 1}, "toString": [2]}';
    const positions = jsonPositions(text);
    expect(positions.offsetOf(['__proto__', 'constructor'])).toBe(text.indexOf('1'));
    expect(positions.offsetOf(['toString', 0])).toBe(text.indexOf('2'));
    expect(positions.offsetOf(['hasOwnProperty'])).toBe(0);
  });

  it('reads array indexes as numbers or their decimal text, nothing else', () => {
    const text = '[10, 11, [12]]';
    const positions = jsonPositions(text);
    expect(positions.offsetOf([1])).toBe(text.indexOf('11'));
    expect(positions.offsetOf(['2', '0'])).toBe(text.indexOf('12'));
    for (const index of ['01', '1.0', '-1', 'length', 3, 1.5])
      expect(positions.offsetOf([index])).toBe(0);
  });

  it('points a path that leads nowhere at its deepest existing ancestor', () => {
    const text = '{"a": {"b": [0, {"c": "x"}]}}';
    const positions = jsonPositions(text);
    const c = text.indexOf('"x"');
    expect(positions.offsetOf(['a', 'b', 1, 'c', 'no', 'such'])).toBe(c);
    expect(positions.offsetOf(['a', 'b', 7, 'c'])).toBe(text.indexOf('[0'));
    expect(positions.offsetOf(['missing', 'a'])).toBe(0);
  });

  it('answers paths deeper than one scan indexes, and the same path twice alike', () => {
    let text = '"bottom"';
    for (let i = 0; i < 40; i++) text = i % 2 ? `{"k${i}": ${text}}` : `[0, ${text}]`;
    const path = allPaths(JSON.parse(text)).at(-1)!;
    const positions = jsonPositions(text);
    expect(positions.offsetOf(path)).toBe(text.indexOf('"bottom"'));
    expect(positions.offsetOf(path)).toBe(text.indexOf('"bottom"'));
    expectAgreesWithTree(text);
  });
});
