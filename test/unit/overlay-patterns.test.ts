/** Which regular expressions an overlay's match()/search() may run: none whose repetitions nest. */
import { describe, expect, it } from 'vitest';
import { nestsRepetition, riskyPattern } from '../../src/load/overlay-patterns.js';

describe('nestsRepetition', () => {
  it.each([
    ['(a+)+', true],
    ['(a*)*b', true],
    ['(a|aa)+', true],
    ['((ab)+c)*', true],
    ['(x{2,})+', true],
    ['(a+){2,5}', true],
    ['(a|a){40}', true],
    ['(?:a?){40}a{40}', true],
    ['(a*)\\1*b', true],
    ['.*.*.*.*x', true],
    ['.*foo.*', false],
    ['(?:ab)+', false],
    ['(?<y>[0-9]{4})-[0-9]{2}', false],
    ['(a+)?', false],
    ['(a+){1}', false],
    ['(ab)+', false],
    ['[a-z]+( [a-z]+)?', false],
    ['\\(a+\\)+', false],
    ['[(a+)]+', false],
    // Safe (each round starts with a dot), but refused: the rule is the star height alone.
    ['^v[0-9]+(\\.[0-9]+)*$', true],
  ])('%s: %s', (pattern, nests) => {
    expect(nestsRepetition(pattern)).toBe(nests);
  });
});

describe('riskyPattern', () => {
  it('reads the pattern argument of each call, in either quotes, past nested brackets', () => {
    expect(riskyPattern("$[?match(@['a,b'], '(a+)+')]")).toMatch(
      /^The pattern "\(a\+\)\+" of match\(\)/,
    );
    expect(riskyPattern('$[?search(length(@.x), "(b*)*")]')).toMatch(/of search\(\)/);
    expect(riskyPattern("$[?match(@.a, 'ab+')]")).toBeUndefined();
    // A JSONPath \\u escape cannot hide the parentheses.
    expect(riskyPattern("$[?match(@.a, '\\u0028a+\\u0029+b')]")).toMatch(/"\(a\+\)\+b"/);
    expect(riskyPattern("$..paths[?@.summary == 'match(x, y)']")).toBeUndefined();
    expect(riskyPattern('$.info')).toBeUndefined();
  });
});
