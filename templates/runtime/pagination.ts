/**
 * List operations that return one page at a time. The generator infers how a
 * spec paginates (a cursor field, `has_more` with the last item's id, a `next`
 * URL or path in the body, a `Link: <…>; rel="next"` header, offset/limit/total, or a page
 * number)
 * and describes it with a `Pagination`, which the function of its kind (`cursorPages`,
 * `linkHeaderPages`, …) makes a `Pager`; awaiting the call gives the first page,
 * `for await` walks every item of every page.
 */
import { ApiPromise, type WithResponse } from './api-promise.js';
import type { BaseClient, RequestOptions, RequestSpec } from './client.js';
import { ApiConnectionError, InvalidArgumentError, InvalidResponseError } from './errors.js';
import { nextLinkTarget, parseLinkHeader } from './link-header.js';
import { readAs } from './media-kind.js';
import { own } from './own.js';
import { absoluteBase } from './path.js';

/**
 * Where a value sits in a page: one field name, or the names from the page down
 * (`['response_metadata', 'next_cursor']`); `[]` is the page itself (a bare array).
 */
export type FieldPath = string | readonly string[];

/** A call's query values, by parameter name. */
type Query = Readonly<Record<string, unknown>>;

export type Pagination =
  /** The page names the next cursor (`next_cursor`), sent back as `param`; `hasMore` may say when to stop. */
  | {
      readonly kind: 'cursor';
      readonly items: FieldPath;
      readonly cursor: FieldPath;
      readonly param: string;
      readonly hasMore?: FieldPath;
      /** `true` on the last page (Svix's `done`), whose cursor still names where it ended. */
      readonly done?: FieldPath;
      /** `param` goes in the JSON request body (Square's searches, AWS's `NextToken`). */
      readonly in?: 'body';
    }
  /**
   * `has_more` says there is more; the last item's `id` goes back as `param` (`starting_after`),
   * or the first one's as `before` (`ending_before`) when the call asked for items before one.
   */
  | {
      readonly kind: 'after';
      readonly items: FieldPath;
      readonly hasMore: FieldPath;
      readonly id: string;
      readonly param: string;
      readonly before?: string;
    }
  /** The page holds the URL of the next one (`next`), or its path on the server (`next_page_uri`). */
  | { readonly kind: 'link'; readonly items: FieldPath; readonly next: FieldPath }
  /** The response's `Link` header names the next page (`rel="next"`). */
  | { readonly kind: 'linkHeader'; readonly items: FieldPath }
  /** `offset` advances by the items received, until `total` (else a short page). */
  | {
      readonly kind: 'offset';
      readonly items: FieldPath;
      readonly offsetParam: string;
      readonly limitParam?: string;
      readonly total?: FieldPath;
    }
  /**
   * `pageParam` counts up from the page's own number (`current`, else the one asked, else
   * `first`, 1 when not given), until the number of `pages` (else as many as the `total` of
   * items fills, `size` or the size asked a page) or a short or empty page.
   */
  | {
      readonly kind: 'page';
      readonly items: FieldPath;
      readonly pageParam: string;
      readonly first?: number;
      readonly limitParam?: string;
      readonly pages?: FieldPath;
      /** The response header that counts the pages, instead (`X-Pages`). */
      readonly pagesHeader?: string;
      readonly current?: FieldPath;
      readonly total?: FieldPath;
      readonly size?: FieldPath;
      /** The last page the parameter takes. */
      readonly last?: number;
    };

/** Where the next page is: new query values (and members of the JSON body), or a whole URL. */
export type NextPage = { readonly query: Query; readonly body?: Query } | { readonly url: string };

/**
 * A list operation: awaiting gives the first page; `for await` gives every item.
 * Its own function, so an SDK without list operations carries no pagination code.
 */
export function paginate<Page, Item>(
  client: BaseClient,
  spec: RequestSpec,
  pager: Pager,
  options: RequestOptions = {},
): PagePromise<Page, Item> {
  const fetchPage = (next: NextPage) => {
    // What the walk sends to move on is its own: the call's `query` keeps to the rest (a `page`
    // of its had sent every page as that one).
    const moving = movingKeys(next, spec);
    const query = Object.fromEntries(
      Object.entries(options.query ?? {}).filter(([key]) => !moving.includes(key)),
    );
    const pageOptions = { ...options, query };
    return (
      'url' in next
        ? client.request<Page>(
            { ...spec, path: '', query: undefined },
            pageOptions,
            undefined,
            atBase(next.url, spec, client.baseUrl),
          )
        : client.request<Page>(
            { ...spec, query: next.query, body: next.body && withMembers(spec, next.body) },
            pageOptions,
          )
    ).withResponse();
  };
  const first = startOf(spec, pager.start, options.query);
  // The walk counts on from what the first page was asked with: the call's query, with the
  // caller's own values in place of its (as they are on the wire).
  const given = Object.entries(options.query ?? {}).filter(([, value]) => sent(value));
  const asked = Object.fromEntries([...Object.entries(first.query ?? {}), ...given]);
  return new PagePromise(
    client.request<Page>(first, options).withResponse(),
    fetchPage,
    pager,
    asked,
  );
}

/** The call with the walk's `start` in its query, where neither it nor its options give a key. */
function startOf(spec: RequestSpec, start: Query = {}, given: Query = {}): RequestSpec {
  const added = Object.entries(start).filter(
    ([key]) => !sent(own(spec.query, key)) && !sent(own(given, key)),
  );
  // Entries, not assignment: a parameter named `__proto__` is a key like any other.
  return added.length === 0
    ? spec
    : { ...spec, query: Object.fromEntries([...Object.entries(spec.query ?? {}), ...added]) };
}

/** Whether a query value goes on the wire: `null`, `undefined` and an empty list do not. */
function sent(value: unknown): boolean {
  return value != null && !(Array.isArray(value) && value.length === 0);
}

/**
 * The call's JSON body with `members` in place of its own of their names. A body the caller sent
 * as another type, or that is no object, takes none: refused, not sent as JSON under its type
 * (red team: a form body's next page had gone as JSON labelled a form).
 */
function withMembers(spec: RequestSpec, members: Query): RequestSpec['body'] {
  const given = spec.body?.value;
  if (
    (spec.body && readAs(spec.body.contentType) !== 'json') ||
    (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given)))
  )
    throw new InvalidArgumentError(
      'This walk sends its cursor in a JSON object body: walk a body of another kind by hand',
    );
  const value = { ...(given as object | undefined), ...members };
  return {
    value,
    contentType: spec.body?.contentType ?? 'application/json',
    encode: () => JSON.stringify(value),
  };
}

/**
 * A next link to this very endpoint on another host is the endpoint at the client's base:
 * DigitalOcean's name its public host, which a client given a proxy or gateway as its baseUrl
 * must not leave (nor would its credentials go there). So is one outside the base's path
 * (Twilio's `next_page_uri` is the endpoint's path at the host's root, which a gateway's
 * `/twilio` prefix is not). Any other link is followed as it is.
 */
function atBase(link: string, spec: RequestSpec, baseUrl: string): string {
  try {
    // A base that is a path (a browser's proxy) is the page's: read as the request reads it.
    const base = absoluteBase(spec.server ?? baseUrl);
    const at = `${base.href.replace(/\/$/, '')}${spec.path}`;
    // A link still relative (red team: a `fetch` whose Responses have no URL, as a wrapper's
    // `new Response(…)`) is read against the endpoint, as its page's would be: not the base.
    const url = new URL(link, at);
    const outside =
      url.origin !== base.origin ||
      !`${url.pathname}/`.startsWith(base.pathname.replace(/\/?$/, '/'));
    return outside && spec.path && url.pathname.endsWith(spec.path as string)
      ? `${at}${url.search}`
      : url.href;
  } catch {}
  return link;
}

/** A `Pagination` of one kind made ready to walk: where a page's items are, and the page after it. */
export interface Pager {
  readonly items: FieldPath;
  /**
   * Where the page after `page` is, or `undefined` after the last. `response` is the page's
   * own, for its headers (`Link`) and its URL (relative links resolve against it).
   */
  readonly next: (
    page: unknown,
    items: readonly unknown[],
    query: Query,
    response?: Pick<Response, 'headers' | 'url'>,
  ) => NextPage | undefined;
  /** Whether the page says in so many words that more follow (`has_more: true`). */
  readonly saysMore?: (page: unknown) => boolean;
  /**
   * The next page is the walk's own count (an offset, a page number), which a server may ignore:
   * the same items again end the walk. A cursor or a link the server names goes on.
   */
  readonly counts?: true;
  /**
   * What the first page is asked with where the call gives none of it: a numbered walk asks for
   * its first page by number (Xero answers a list without `page` with every record, unpaged,
   * which its walk had then given again from page 2).
   */
  readonly start?: Query;
}

/** The fields of one kind of `Pagination`: what its `…Pages` function takes. */
type Fields<Kind extends Pagination['kind']> = Omit<Extract<Pagination, { kind: Kind }>, 'kind'>;

export class PagePromise<Page, Item> extends ApiPromise<Page> implements AsyncIterable<Item> {
  readonly #fetchPage: (next: NextPage) => Promise<WithResponse<Page>>;
  readonly #pager: Pager;
  readonly #query: Query;

  constructor(
    first: Promise<WithResponse<Page>>,
    fetchPage: (next: NextPage) => Promise<WithResponse<Page>>,
    pager: Pager,
    query: Query,
  ) {
    super(first);
    this.#fetchPage = fetchPage;
    this.#pager = pager;
    this.#query = query;
  }

  /**
   * Every item of every page, fetching pages as the loop needs them. A server that hands
   * back a page already asked for (the same cursor or link), or the same items again (an offset
   * it ignores), ends the walk instead of looping forever, or, where that page says more follow
   * and its cursor was asked for before, throws (`#stuck`). 100 empty pages in a row, where
   * the loop's body never runs to stop it (Slack's filtered lists may send some), throw.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let { data: page, response } = await this.withResponse();
    let query = this.#query;
    const asked = new Set([keyOf({ query })]);
    let last: string | undefined;
    let followed = false;
    // The same items again, given once the walk shows it moved on (red team: a server that
    // ignores the cursor it names afresh had had its first page given a hundred times).
    let held: Item[] = [];
    for (let empty = 0, same = 0; ;) {
      const items = itemsOf<Item>(page, this.#pager, response);
      const seen = JSON.stringify(items);
      empty = items.length > 0 ? 0 : empty + 1;
      same = items.length > 0 && seen === last ? same + 1 : 0;
      // The same items again end a walk by its own count (an offset the server ignores). Where
      // the server names the next page (a cursor, a link), they may be its items (a select of
      // one column that repeats: a new user's DynamoDB statement had given 1 of its 4 items).
      if (same > 0 && this.#pager.counts && !followed) return;
      // A walk cut short must not look complete (red team): an error, not an end. Pages with no
      // items may be many (Cloud Logging's, while it searches): a thousand in a row stop it, as
      // do a hundred of the same items (a server that ignores the cursor it names afresh).
      // Without the headers: they may echo a credential, and no scrub is at hand here.
      if (empty > 1000 || same > 100)
        throw new InvalidResponseError(
          response.status,
          new Headers(),
          `${empty ? '1000 pages in a row held no' : '100 pages in a row held the same'} items: the walk is stopped`,
        );
      last = seen;
      const next = this.#pager.next(page, items, query, response);
      // After a link followed, a page that links none is the last: counted on from the first
      // query, the walk had asked for pages it had given (red team: 30 items gave 40).
      const ends = next === undefined || (followed && 'query' in next);
      const again = !ends && asked.has(keyOf(next));
      if (same > 0) {
        // Where they lead to a page asked for before, they were no page of their own (red team).
        if (again) return this.#stuck(page, response);
        held.push(...items);
      } else {
        yield* held;
        held = [];
        yield* items;
        if (again) return this.#stuck(page, response);
      }
      if (ends) {
        yield* held;
        return;
      }
      followed = 'url' in next;
      asked.add(keyOf(next));
      if ('query' in next) query = next.query;
      ({ data: page, response } = await this.#fetchPage(next));
    }
  }

  /**
   * A page already asked for ends the walk, but where the page says more follow, the walk is
   * stuck, not done: an error, not an end (Notion's query, whose cursor goes in the body, had
   * given 2 of its 5 items as if they were all).
   */
  #stuck(page: unknown, { status }: Response): void {
    if (this.#pager.saysMore?.(page))
      throw new InvalidResponseError(
        status,
        new Headers(),
        'The server gave the same page again, though it says more follow: the walk is stopped',
      );
  }
}

/** The query keys a walk moves by: its link's, or those it changed of the first query. */
function movingKeys(next: NextPage, spec: RequestSpec): string[] {
  if (!('url' in next))
    return Object.keys(next.query).filter((key) => next.query[key] !== spec.query?.[key]);
  // forEach, not keys(): a consumer's `lib` may leave out DOM.Iterable.
  const keys: string[] = [];
  new URLSearchParams(next.url.split('?')[1]?.split('#')[0]).forEach((_, key) => keys.push(key));
  return keys;
}

/** What tells one page asked for from another: its link, or its query and body. */
function keyOf(next: NextPage): string {
  return 'url' in next ? next.url : JSON.stringify([next.query, next.body]);
}

function itemsOf<Item>(page: unknown, pager: Pager, { status }: Response): readonly Item[] {
  // A page that is a bare array is its own items: SoundCloud's lists answer one unless asked
  // for `linked_partitioning`, as their spec's choice of the two says.
  const items = Array.isArray(page) ? page : at(page, pager.items);
  if (Array.isArray(items)) return items as Item[];
  // Where the items are, something else: an error, not an empty walk. Vimeo's spec declares its
  // lists bare arrays, which answer `{ total, paging, data }`: every walk had given nothing. An
  // empty object is an empty list as some servers write one (PHP's).
  if (typeof items === 'object' && items !== null && Object.keys(items).length > 0)
    throw new InvalidResponseError(
      status,
      new Headers(),
      'The page holds an object where the spec puts its items: read the page with `await` instead',
    );
  return [];
}

// One function for each kind, so that a bundle carries only the kinds its operations use.

export function cursorPages(p: Fields<'cursor'>): Pager {
  return {
    items: p.items,
    next: (page, _items, query) => {
      const cursor = at(page, p.cursor);
      if (
        cursor === undefined ||
        cursor === null ||
        cursor === '' ||
        (p.hasMore !== undefined && at(page, p.hasMore) === false) ||
        (p.done !== undefined && at(page, p.done) === true)
      )
        return undefined;
      const moved = { [p.param]: cursor };
      return p.in ? { query, body: moved } : { query: { ...query, ...moved } };
    },
    saysMore: (page) => p.hasMore !== undefined && at(page, p.hasMore) === true,
  };
}

export function afterPages(p: Fields<'after'>): Pager {
  return {
    items: p.items,
    next: (page, items, query) => {
      // Stripe refuses `starting_after` beside `ending_before`: a walk backwards stays one.
      const back = p.before !== undefined && own(query, p.before) !== undefined;
      const edge = back ? items[0] : items[items.length - 1];
      if (at(page, p.hasMore) !== true || edge === undefined) return undefined;
      return { query: { ...query, [back ? p.before! : p.param]: field(edge, p.id) } };
    },
    saysMore: (page) => at(page, p.hasMore) === true,
  };
}

export function linkPages(p: Fields<'link'>): Pager {
  return {
    items: p.items,
    next: (page, _items, _query, response) => {
      const next = at(page, p.next);
      // RFC 3986: a relative link (`?cursor=2`) is relative to the URL the page came from.
      return typeof next === 'string' && next !== ''
        ? { url: checkedLink(next, response?.url || undefined) }
        : undefined;
    },
  };
}

export function linkHeaderPages(p: Fields<'linkHeader'>): Pager {
  return {
    items: p.items,
    next: (_page, _items, _query, response) => {
      const target = nextLinkTarget(response?.headers.get('link') ?? null);
      if (target === undefined || target === '') return undefined;
      // RFC 8288: a relative target is relative to the URL the page came from.
      return { url: checkedLink(target, response?.url || undefined) };
    },
  };
}

export function offsetPages(p: Fields<'offset'>): Pager {
  return {
    items: p.items,
    counts: true,
    next: (page, items, query, response) => {
      if (items.length === 0) return undefined;
      const linked = linkedPage(response);
      if (linked !== undefined) return linked || undefined;
      const offset = Number(own(query, p.offsetParam) ?? 0) + items.length;
      const total = p.total === undefined ? undefined : at(page, p.total);
      // The total, where the page says it, outranks a short page (a capped page size); one below
      // the items already given is none (VocaDB's 0, unless asked for `getTotalCount`).
      if (
        typeof total === 'number' && total >= offset - items.length + 1
          ? offset >= total
          : shortPage(items, query, p.limitParam)
      )
        return undefined;
      return { query: { ...query, [p.offsetParam]: offset } };
    },
  };
}

export function numberedPages(p: Fields<'page'>): Pager {
  return {
    items: p.items,
    counts: true,
    ...(p.first !== undefined && { start: { [p.pageParam]: p.first } }),
    next: (page, items, query, response) => {
      const first = p.first ?? 1;
      const said = p.current === undefined ? undefined : at(page, p.current);
      const current = Number(typeof said === 'number' ? said : (own(query, p.pageParam) ?? first));
      // Or as many as the total of items fills at the size the page says (setlist.fm, which
      // answers a page past the last with a 404), unless it is below the items already given
      // (VocaDB's 0): a size asked for may be capped, and says nothing.
      const total = p.total === undefined ? undefined : at(page, p.total);
      const size = Number(p.size === undefined ? NaN : at(page, p.size));
      // A count the header does not give (a proxy dropped it, or CORS did not expose it) ends
      // the walk here: EVE's page past the last is an error, not an empty page (red team).
      const counted = Number(p.pagesHeader && response?.headers.get(p.pagesHeader));
      const filled =
        typeof total === 'number' && size > 0 && total >= (current - first) * size + items.length
          ? Math.ceil(total / size)
          : undefined;
      const pages =
        p.pagesHeader !== undefined
          ? counted > 0
            ? counted
            : current - first + 1
          : p.pages !== undefined
            ? at(page, p.pages)
            : filled;
      // A number before the first (where the spec says which) is a server going backwards.
      if (
        items.length === 0 ||
        !Number.isInteger(current) ||
        current < (p.first ?? 0) ||
        current >= (p.last ?? Infinity)
      )
        return undefined;
      const linked = linkedPage(response);
      if (linked !== undefined) return linked || undefined;
      // The count of pages, where the page says it, outranks a short page: a server may
      // give fewer items than asked (a capped page size) and still have more.
      if (
        typeof pages === 'number'
          ? current - first + 1 >= pages
          : shortPage(items, query, p.limitParam)
      )
        return undefined;
      return { query: { ...query, [p.pageParam]: current + 1 } };
    },
  };
}

/** Fewer items than the page size asked for (`limitParam`): the last page. */
function shortPage(
  items: readonly unknown[],
  query: Query,
  limitParam: string | undefined,
): boolean {
  // A number given as its digits (a 64-bit parameter takes a string) counts too.
  const limit = limitParam === undefined ? NaN : Number(own(query, limitParam) ?? NaN);
  return items.length < limit;
}

/**
 * Where the response links its pages (a `Link` header with `next`, `prev`, `first` or `last`,
 * which a spec may not declare), the page it links as next, or `false` after the last; else
 * `undefined`, for the walk to count. Gitea caps `limit` at 50 and links the next page: the short
 * page of 50 for 100 asked had ended the walk. Its link, not a count: a server that leaves out of
 * a window what the caller may not see links past it (red team: counted, items came twice).
 */
function linkedPage(response?: Pick<Response, 'headers' | 'url'>): NextPage | false | undefined {
  const links = parseLinkHeader(response?.headers.get('link') ?? '');
  if (!links.some((link) => link.rels.some((rel) => PAGE_RELS.includes(rel)))) return undefined;
  const next = links.find((link) => link.rels.includes('next'))?.target;
  return next ? { url: checkedLink(next, response?.url || undefined) } : false;
}

const PAGE_RELS = ['next', 'prev', 'previous', 'first', 'last'];

/**
 * A next-page link the client may follow: http(s), absolute or relative (the client
 * resolves a relative one against its base URL). Credentials never follow it to
 * another origin: the client sends them to its own origin only.
 */
function checkedLink(link: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(link, base ?? 'http://relative.invalid');
  } catch {
    throw new ApiConnectionError('The next-page link does not parse as a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ApiConnectionError(`The next-page link is a ${url.protocol} URL`);
  return base === undefined ? link : url.href;
}

/** The value at `path` in `value`, reading one own field per name. */
function at(value: unknown, path: FieldPath): unknown {
  if (typeof path === 'string') return field(value, path);
  let current = value;
  for (const name of path) current = field(current, name);
  return current;
}

// The field names come from the spec: only the page's own fields count (`constructor` is not a cursor).
function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? own(value as Record<string, unknown>, name)
    : undefined;
}
