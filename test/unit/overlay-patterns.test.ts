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
    expect(riskyPattern("$..paths[?@.summary == 'match(x, y)']")).toBeUndefined();
    expect(riskyPattern('$.info')).toBeUndefined();
  });
});
