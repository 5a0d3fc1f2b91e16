/**
 * The runtime's pagination as the tests describe it, by its descriptor: generated code calls
 * the function of the operation's kind itself (`linkHeaderPages({ items })`).
 */
import type { BaseClient, RequestOptions, RequestSpec } from '../../templates/runtime/client.js';
import {
  afterPages,
  cursorPages,
  linkHeaderPages,
  linkPages,
  numberedPages,
  offsetPages,
  paginate as paginateWith,
  type NextPage,
  type PagePromise,
  type Pager,
  type Pagination,
} from '../../templates/runtime/pagination.js';

/** The runtime's `Pager` for a descriptor of any kind. */
export function pager(p: Pagination): Pager {
  switch (p.kind) {
    case 'cursor':
      return cursorPages(p);
    case 'after':
      return afterPages(p);
    case 'link':
      return linkPages(p);
    case 'linkHeader':
      return linkHeaderPages(p);
    case 'offset':
      return offsetPages(p);
    case 'page':
      return numberedPages(p);
  }
}

export function paginate<Page, Item>(
  client: BaseClient,
  spec: RequestSpec,
  pagination: Pagination,
  options?: RequestOptions,
): PagePromise<Page, Item> {
  return paginateWith<Page, Item>(client, spec, pager(pagination), options);
}

/** The page after `page`, as the walk would ask for it. */
export function nextPage(
  page: unknown,
  items: readonly unknown[],
  query: Readonly<Record<string, unknown>>,
  p: Pagination,
  response?: Pick<Response, 'headers' | 'url'>,
): NextPage | undefined {
  return pager(p).next(page, items, query, response);
}
