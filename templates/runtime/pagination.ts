/**
 * List operations that return one page at a time. The generator infers how a
 * spec paginates (a cursor field, `has_more` with the last item's id, a `next`
 * link, or offset/limit/total) and describes it with a `Pagination`; awaiting
 * the call gives the first page, `for await` walks every item of every page.
 */
import { ApiPromise, type WithResponse } from './api-promise.js';
import { own } from './own.js';

export type Pagination =
  /** The page names the next cursor (`next_cursor`), sent back as `param`; `hasMore` may say when to stop. */
  | {
      readonly kind: 'cursor';
      readonly items: string;
      readonly cursor: string;
      readonly param: string;
      readonly hasMore?: string;
    }
  /** `has_more` says there is more; the last item's `id` goes back as `param` (`starting_after`). */
  | {
      readonly kind: 'after';
      readonly items: string;
      readonly hasMore: string;
      readonly id: string;
      readonly param: string;
    }
  /** The page holds the URL of the next one (`next`). */
  | { readonly kind: 'link'; readonly items: string; readonly next: string }
  /** `offset` advances by the items received, until `total` or a short page. */
  | {
      readonly kind: 'offset';
      readonly items: string;
      readonly offsetParam: string;
      readonly limitParam?: string;
      readonly total?: string;
    };

/** Where the next page is: new query values, or a whole URL. */
export type NextPage =
  { readonly query: Readonly<Record<string, unknown>> } | { readonly url: string };

export class PagePromise<Page, Item> extends ApiPromise<Page> implements AsyncIterable<Item> {
  readonly #fetchPage: (next: NextPage) => Promise<WithResponse<Page>>;
  readonly #pagination: Pagination;
  readonly #query: Readonly<Record<string, unknown>>;

  constructor(
    first: Promise<WithResponse<Page>>,
    fetchPage: (next: NextPage) => Promise<WithResponse<Page>>,
    pagination: Pagination,
    query: Readonly<Record<string, unknown>>,
  ) {
    super(first);
    this.#fetchPage = fetchPage;
    this.#pagination = pagination;
    this.#query = query;
  }

  /** Every item of every page, fetching pages as the loop needs them. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let page: Page = await this;
    let query = this.#query;
    for (;;) {
      const items = itemsOf<Item>(page, this.#pagination);
      yield* items;
      const next = nextPage(page, items, query, this.#pagination);
      if (next === undefined) return;
      if ('query' in next) query = next.query;
      page = (await this.#fetchPage(next)).data;
    }
  }
}

function itemsOf<Item>(page: unknown, pagination: Pagination): readonly Item[] {
  const items = field(page, pagination.items);
  return Array.isArray(items) ? (items as Item[]) : [];
}

export function nextPage(
  page: unknown,
  items: readonly unknown[],
  query: Readonly<Record<string, unknown>>,
  p: Pagination,
): NextPage | undefined {
  switch (p.kind) {
    case 'cursor': {
      const cursor = field(page, p.cursor);
      if (
        cursor === undefined ||
        cursor === null ||
        cursor === '' ||
        (p.hasMore !== undefined && field(page, p.hasMore) === false)
      )
        return undefined;
      return { query: { ...query, [p.param]: cursor } };
    }
    case 'after': {
      const last = items[items.length - 1];
      if (field(page, p.hasMore) !== true || last === undefined) return undefined;
      return { query: { ...query, [p.param]: field(last, p.id) } };
    }
    case 'link': {
      const next = field(page, p.next);
      return typeof next === 'string' && next !== '' ? { url: next } : undefined;
    }
    case 'offset': {
      if (items.length === 0) return undefined;
      const offset = Number(own(query, p.offsetParam) ?? 0) + items.length;
      const total = p.total === undefined ? undefined : field(page, p.total);
      if (typeof total === 'number' && offset >= total) return undefined;
      const limit = p.limitParam === undefined ? undefined : own(query, p.limitParam);
      if (typeof limit === 'number' && items.length < limit) return undefined;
      return { query: { ...query, [p.offsetParam]: offset } };
    }
  }
}

// The field names come from the spec: only the page's own fields count (`constructor` is not a cursor).
function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? own(value as Record<string, unknown>, name)
    : undefined;
}
