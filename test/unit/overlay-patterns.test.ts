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
    // Red team: a bound past 16 is as good as none (`a{0,9999}` four times hung a run).
    ['a{0,9999}a{0,9999}b{17}c{2,16}', 3],
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

  it('refuses more repetitions without a small bound than match() (two) or search() (one) takes', () => {
    expect(riskyPattern("$.paths['/a'][?match(@.description, 'a*a*a*b')]")).toBe(
      'The pattern "a*a*a*b" of match() has more than two repetitions without a small bound (`*`, `+`, `{n,}`, `{n,m}` past 16): matching it can take time that grows as a power of the text\'s length. Write it with fewer',
    );
    // Red team: `.*.*x` in search() ran past a minute on a 10,000-character description.
    expect(riskyPattern("$[?search(@.a, '.*.*x')]")).toMatch(/more than one repetition/);
    expect(riskyPattern("$[?match(@.a, '.*foo.*')]")).toBeUndefined();
    expect(riskyPattern("$[?search(@.a, 'v[0-9]+')]")).toBeUndefined();
  });
});
