/** Which regular expressions an overlay's match()/search() may run: none whose repetitions nest. */
import { describe, expect, it } from 'vitest';
import {
  nestsRepetition,
  riskyPattern,
  unboundedRepetitions,
} from '../../src/load/overlay-patterns.js';

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

describe('unboundedRepetitions', () => {
  it.each([
    ['.*.*.*.*x', 4],
    // Red team: a flat chain of overlapping repetitions hung a run.
    ['a*a*a*a*a*a*a*a*a*a*a*a*b', 12],
    ['a+b*c{2,}d*e', 4],
    ['\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}', 0],
    ['[*+]\\*x{2,3}', 0],
  ])('%s: %s', (pattern, count) => {
    expect(unboundedRepetitions(pattern)).toBe(count);
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

  it('refuses a chain of more than three unbounded repetitions, and says so', () => {
    expect(riskyPattern("$.paths['/a'][?match(@.description, 'a*a*a*a*a*b')]")).toBe(
      'The pattern "a*a*a*a*a*b" of match() has more than three repetitions without a bound (`*`, `+`, `{n,}`): matching it can take time that grows as a power of the text\'s length. Write it with fewer',
    );
    expect(riskyPattern("$[?search(@.a, 'a*b+c*')]")).toBeUndefined();
  });
});
