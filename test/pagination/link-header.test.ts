/** The runtime's reading of `Link` headers (RFC 8288) and of next pages at field paths. */
import { describe, expect, it } from 'vitest';
import { ApiConnectionError } from '../../templates/runtime/errors.js';
import { nextLinkTarget, parseLinkHeader } from '../../templates/runtime/link-header.js';
import type { Pagination } from '../../templates/runtime/pagination.js';
import { nextPage } from '../helpers/pager.js';

describe('parseLinkHeader', () => {
  it("reads GitHub's header: several links, each with its rel", () => {
    expect(
      parseLinkHeader(
        '<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"',
      ),
    ).toEqual([
      { target: 'https://api.github.com/repositories/1/issues?page=2', rels: ['next'] },
      { target: 'https://api.github.com/repositories/1/issues?page=5', rels: ['last'] },
    ]);
  });

  it('rel lists, unquoted and upper-case rels, parameters in any order', () => {
    expect(parseLinkHeader('</a>; rel="Next LAST", </b>;rel=prev;title=x')).toEqual([
      { target: '/a', rels: ['next', 'last'] },
      { target: '/b', rels: ['prev'] },
    ]);
    expect(parseLinkHeader('</c>; type="text/html"; rel="next"')).toEqual([
      { target: '/c', rels: ['next'] },
    ]);
  });

  it('quoted values may hold commas, semicolons, escaped quotes and angle brackets', () => {
    expect(
      parseLinkHeader(
        '</a>; title="one, two; \\"three\\" <x>"; rel="prev", </b>; rel="next"; title*=UTF-8\'de\'n%c3%a4chstes',
      ),
    ).toEqual([
      { target: '/a', rels: ['prev'] },
      { target: '/b', rels: ['next'] },
    ]);
  });

  it('the first rel counts; a link without rel or without <…> is skipped', () => {
    expect(parseLinkHeader('</a>; rel="prev"; rel="next"')).toEqual([
      { target: '/a', rels: ['prev'] },
    ]);
    expect(parseLinkHeader('</a>; title="no rel", garbage; rel="next", </b>; rel=next')).toEqual([
      { target: '/b', rels: ['next'] },
    ]);
    expect(parseLinkHeader('')).toEqual([]);
    expect(parseLinkHeader('<unterminated; rel="next"')).toEqual([]);
  });

  it('a target may hold commas and semicolons', () => {
    expect(nextLinkTarget('</items?ids=1,2;3>; rel="next"')).toBe('/items?ids=1,2;3');
  });

  it('nextLinkTarget: the first link with rel next, or nothing', () => {
    // Two Link headers arrive joined by ", ".
    expect(nextLinkTarget('</p1>; rel="prev", </p3>; rel="next", </p4>; rel="next"')).toBe('/p3');
    expect(nextLinkTarget('</p1>; rel="prev"')).toBeUndefined();
    expect(nextLinkTarget('</p1>; rel="nextish"')).toBeUndefined();
    expect(nextLinkTarget(null)).toBeUndefined();
  });
});

describe('nextPage at field paths and from the Link header', () => {
  const response = (link: string | undefined, url = 'https://api.example/v1/items?page=1') => ({
    headers: new Headers(link === undefined ? {} : { link }),
    url,
  });

  it('linkHeader: a relative target resolves against the page URL; no next ends', () => {
    const p: Pagination = { kind: 'linkHeader', items: [] };
    expect(nextPage([1], [1], {}, p, response('<?page=2>; rel="next"'))).toEqual({
      url: 'https://api.example/v1/items?page=2',
    });
    expect(nextPage([1], [1], {}, p, response('</v1/items?page=2>; rel=next'))).toEqual({
      url: 'https://api.example/v1/items?page=2',
    });
    expect(nextPage([1], [1], {}, p, response('<?page=1>; rel="prev"'))).toBeUndefined();
    expect(nextPage([1], [1], {}, p, response(undefined))).toBeUndefined();
    expect(nextPage([1], [1], {}, p)).toBeUndefined();
  });

  it('a next link that is not http(s) rejects instead of being followed', () => {
    const header: Pagination = { kind: 'linkHeader', items: [] };
    expect(() =>
      nextPage([1], [1], {}, header, response('<file:///etc/passwd>; rel="next"')),
    ).toThrow(ApiConnectionError);
    const body: Pagination = { kind: 'link', items: 'data', next: 'next' };
    expect(() => nextPage({ next: 'javascript:alert(1)' }, [1], {}, body)).toThrow(
      /javascript: URL/,
    );
    // A path stays a path: the client resolves it against its base URL.
    expect(nextPage({ next: '/2010-04-01/Calls.json?Page=1' }, [1], {}, body)).toEqual({
      url: '/2010-04-01/Calls.json?Page=1',
    });
  });

  it('cursor and link at nested paths, read as own fields only', () => {
    const slack: Pagination = {
      kind: 'cursor',
      items: 'channels',
      cursor: ['response_metadata', 'next_cursor'],
      param: 'cursor',
    };
    expect(
      nextPage({ response_metadata: { next_cursor: 'dXNlcjo1' } }, [1], { limit: 2 }, slack),
    ).toEqual({ query: { limit: 2, cursor: 'dXNlcjo1' } });
    expect(nextPage({ response_metadata: { next_cursor: '' } }, [1], {}, slack)).toBeUndefined();
    expect(nextPage({ response_metadata: {} }, [1], {}, slack)).toBeUndefined();
    expect(nextPage({}, [1], {}, slack)).toBeUndefined();
    const inherited = Object.create({ next_cursor: 'from-prototype' }) as object;
    expect(nextPage({ response_metadata: inherited }, [1], {}, slack)).toBeUndefined();

    const twilio: Pagination = { kind: 'link', items: 'attempts', next: ['meta', 'next_page_url'] };
    expect(nextPage({ meta: { next_page_url: 'https://h.example/p2' } }, [1], {}, twilio)).toEqual({
      url: 'https://h.example/p2',
    });
    expect(nextPage({ meta: { next_page_url: null } }, [1], {}, twilio)).toBeUndefined();
  });
});
