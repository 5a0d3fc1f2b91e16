/** Path parameters in each style of https://spec.openapis.org/oas/v3.1.0#style-examples. */
import { describe, expect, it } from 'vitest';
import { encodePath, ownServer, pathStyle } from '../../templates/runtime/path.js';
import { multipartParts } from '../../templates/runtime/multipart-body.js';

const cases: Array<
  [style: 'simple' | 'label' | 'matrix', explode: boolean, value: unknown, expected: string]
> = [
  ['simple', false, 'blue', 'blue'],
  ['simple', false, ['blue', 'black'], 'blue,black'],
  ['simple', false, { R: 100, G: 200 }, 'R,100,G,200'],
  ['simple', true, { R: 100, G: 200 }, 'R=100,G=200'],
  ['label', false, 'blue', '.blue'],
  ['label', false, ['blue', 'black'], '.blue,black'],
  ['label', true, ['blue', 'black'], '.blue.black'],
  ['label', true, { R: 100, G: 200 }, '.R=100.G=200'],
  ['matrix', false, 'blue', ';color=blue'],
  ['matrix', false, ['blue', 'black'], ';color=blue,black'],
  ['matrix', true, ['blue', 'black'], ';color=blue;color=black'],
  ['matrix', false, { R: 100, G: 200 }, ';color=R,100,G,200'],
  ['matrix', true, { R: 100, G: 200 }, ';R=100;G=200'],
];

describe('pathStyle', () => {
  it.each(cases)('%s explode=%s %j → %s', (style, explode, value, expected) => {
    expect(encodePath`/colors/${pathStyle('color', value, style, explode)}`).toBe(
      `/colors/${expected}`,
    );
  });

  it('encodes every piece, so a value can never add a segment', () => {
    expect(encodePath`/x/${pathStyle('id', ['a/b', 'c?d'], 'label', true)}`).toBe(
      '/x/.a%2Fb.c%3Fd',
    );
  });
});

describe('multipart encoding', () => {
  it('a part the spec types (encoding.contentType) is sent with that type; others as text', async () => {
    const form = multipartParts(
      { meta: { a: 1 }, note: 'hi' },
      { meta: { contentType: 'application/json' } },
    ) as FormData;
    const meta = form.get('meta');
    expect(meta).toBeInstanceOf(Blob);
    expect((meta as Blob).type).toBe('application/json');
    expect(await (meta as Blob).text()).toBe('{"a":1}');
    expect(form.get('note')).toBe('hi');
  });
});

// A base URL of many slashes is compared in linear time (`/\/+$/` went back over each run).
it("ownServer trims a base URL's trailing slashes in linear time", () => {
  const start = performance.now();
  expect(
    ownServer(`https://a.example${'/'.repeat(200_000)}x`, 'https://a.example', 'https://u.example'),
  ).toBeUndefined();
  expect(performance.now() - start).toBeLessThan(1_000);
  expect(ownServer('https://a.example//', 'https://a.example', 'https://u.example')).toBe(
    'https://u.example',
  );
});
