/**
 * Infers how a list operation paginates from the shape of its response and
 * its query parameters; no vendor extension needed. Recognised, in order:
 * a next-cursor field sent back as a query parameter (`next_cursor`, also nested:
 * `response_metadata.next_cursor`; Stripe's search sends `next_page` back as `page`; a field
 * named as a cursor parameter, Royal Mail's `continuationToken`, goes back under its own name);
 * `has_more` with the last item's id
 * (`starting_after`); a next-page URL or path in the body (`next`,
 * `meta.next_page_url`, `next_page_uri`); a declared `Link` response header; offset
 * with limit and/or total; a page number with a page count or a page size. Page schemas are read through `$ref`s and `allOf`.
 */
import type { PaginationInfo, Parameter, Response } from '../ir/api.js';
import type { Schema } from '../ir/schema.js';
import { words } from '../ir/naming.js';
import type { NormalizeContext } from './context.js';
import { declaresLinkHeader, documentDeclaresLinkHeader, pageCountHeader } from './link-header.js';
import { paginationFromOption, type PaginationDescriptor } from './pagination-config.js';
import {
  pageFields,
  propertiesOf,
  resolved,
  schemaAt,
  type PageField,
  type Schemas,
} from './page-schema.js';

const ITEM_FIELDS = [
  'data',
  'items',
  'results',
  'entries',
  'records',
  'values',
  'list',
  'nodes',
  '_embedded',
];
// Arrays beside a page's items that are never its items (Square's `errors`, Mailchimp's `_links`).
const NOT_ITEMS = ['errors', 'warnings', '_links', 'links'];
const CURSOR_FIELDS = [
  'next_cursor',
  'nextCursor',
  'next_page_token',
  'nextPageToken',
  'next_token',
  'nextToken',
  'cursor',
  // Kubernetes' `metadata.continue`, sent back as `continue`.
  'continue',
  // Svix's, sent back as itself.
  'iterator',
  // AWS's (Lambda's `NextMarker`, sent back as `Marker`; `NextToken` as itself).
  'NextToken',
  'NextMarker',
];
const CURSOR_PARAMS = [
  'cursor',
  'next_page_token',
  'nextPageToken',
  'page_token',
  'pageToken',
  'next_token',
  'nextToken',
  'pagination_token',
  'paginationToken',
  'after',
  'starting_after',
  'continuation_token',
  'continue',
  'NextToken',
  'Marker',
  'page[after]',
  'page[cursor]',
  'iterator',
];
// What a cursor parameter's name ends in (`startCursor`, `marker`, `page[cursor]`): its page may
// name the next one as the parameter is named (Royal Mail's `continuationToken`).
const CURSOR_WORDS = ['cursor', 'continuation', 'continue', 'marker', 'iterator'];
// A token only where the word before says it pages (`pageToken`, OData's `$skiptoken`): a bare
// `token`, an `accessToken` or a `syncToken` is no cursor.
const PAGE_TOKEN =
  /^(?:page|paging|pagination|next|continuation|skip|resumption|resume|scroll|start|starting|offset)token$/;
const HAS_MORE_FIELDS = [
  'has_more',
  'hasMore',
  'has_next',
  'hasNext',
  'has_next_page',
  'hasNextPage',
];
// `true` on the last page, whose cursor still names where it ended (Svix's `done`).
const DONE_FIELDS = ['done', 'is_last_page', 'isLastPage'];
const AFTER_PARAMS = ['starting_after', 'after', 'after_id', 'afterId'];
// Each one's way back, at the same place: Stripe's `ending_before` walks to older items.
const BEFORE_PARAMS = ['ending_before', 'before', 'before_id', 'beforeId'];
const NEXT_LINK_FIELDS = [
  'next',
  // OData's (Microsoft Graph's).
  '@odata.nextLink',
  'next_url',
  'nextUrl',
  'next_page_url',
  'nextPageUrl',
  'next_page_uri',
  'nextPageUri',
  'next_link',
  'nextLink',
  // SoundCloud's (its `offset` is deprecated).
  'next_href',
];
// DocuSign's `start_position` (18 lists walk by it; none had).
const OFFSET_PARAMS = [
  'offset',
  'skip',
  'start',
  'startAt',
  'page[offset]',
  'start_position',
  'startPosition',
];
// JSON:API's `page[number]` and `page[size]` (Telnyx's 74 lists) beside the plain names.
// setlist.fm's `p`.
const PAGE_PARAMS = ['page', 'page_number', 'pageNumber', 'page[number]', 'p'];
const LIMIT_PARAMS = [
  'limit',
  'page_size',
  'pageSize',
  'per_page',
  'perPage',
  'count',
  'size',
  'top',
  'maxResults',
  'page[size]',
  'page[limit]',
];
// The number of pages (Linode's `pages`, Laravel's `last_page`), and the page's own number.
const PAGE_COUNT_FIELDS = [
  'pages',
  'total_pages',
  'totalPages',
  'page_count',
  'pageCount',
  'num_pages',
  'numPages',
  'last_page',
  'lastPage',
  'pagesTotal',
  // Open States' (whose server answers a page past it with a 404), NOWPayments'.
  'max_page',
  'maxPage',
  'pagesCount',
  'pages_count',
  // Probely's.
  'page_total',
  'pageTotal',
  // SchoolDigger's.
  'numberOfPages',
  'number_of_pages',
];
// A page's own size, as the page says it (setlist.fm's `itemsPerPage`).
const PAGE_SIZE_FIELDS = [
  'itemsPerPage',
  'items_per_page',
  'per_page',
  'perPage',
  'page_size',
  'pageSize',
  // Not `size`: beside a total of files, it may be their bytes.
  'limit',
];
const CURRENT_PAGE_FIELDS = ['page', 'current_page', 'currentPage', 'page_number', 'pageNumber'];
const PAGING_PARAMS = [...PAGE_PARAMS, ...LIMIT_PARAMS, ...CURSOR_PARAMS, 'before', 'since'];
// In this order: `count` is often the page's own (Giphy has `count` and `total_count`).
const TOTAL_FIELDS = [
  'total',
  'total_count',
  'totalCount',
  'total_results',
  'total_items',
  'totalResults',
  'totalItems',
  // Airflow's collections (a list stopped at its server's cap of 100 without it), Spring's pages.
  'total_entries',
  'totalEntries',
  'total_records',
  'totalRecords',
  'totalElements',
  'count',
];

/** What the spec says about an operation's `Link` header. */
export type LinkHeader =
  /** Its success response declares one. */
  | 'declared'
  /** Some other response of the document does (the API sends it, the operation forgot to say). */
  | 'elsewhere'
  | 'none';

export interface PaginationInput {
  readonly method: string;
  /** The path template: an object answered at an item's path (`/reports/{id}`) is no page. */
  readonly path?: string | undefined;
  readonly success: Schema | undefined;
  readonly query: readonly Parameter[];
  readonly linkHeader: LinkHeader;
  /** The success response's header that counts the pages, where it declares one. */
  readonly pagesHeader?: string | undefined;
}

/** An operation's pagination: the config's override when there is one, else the inferred one. */
export function operationPagination(
  ctx: NormalizeContext,
  operation: {
    readonly method: string;
    readonly path: string;
    /** The raw Responses Object, for the headers of the success response. */
    readonly responses: unknown;
    readonly success: Response | undefined;
    readonly query: readonly Parameter[];
    /** The JSON request body's schema, where the operation sends one. */
    readonly body?: Schema | undefined;
    readonly override: false | PaginationDescriptor | undefined;
    /** What the spec's own extension says (Azure's `x-ms-pageable`), used where its items are. */
    readonly declared?: false | PaginationDescriptor | undefined;
  },
  schemas: Schemas,
): PaginationInfo | undefined {
  const { override, declared, success } = operation;
  if (override === false) return undefined;
  if (override !== undefined) return paginationFromOption(override, success?.schema, schemas);
  // A page is read from JSON: an XML or CSV answer arrives as a string, with no items to walk
  // (SNS's text/xml listings).
  if (success?.described !== undefined && success.described.kind !== 'json') return undefined;
  if (declared === false) return undefined;
  // A next link is fetched with GET: a POST's would be sent again, body and all (red team).
  if (declared !== undefined && operation.method === 'get' && success?.schema !== undefined) {
    const info = paginationFromOption(declared, success.schema, schemas);
    if (schemaAt(success.schema, info.items, schemas)?.kind === 'array') return info;
  }
  if (operation.method === 'post')
    return (
      operation.body &&
      success?.schema &&
      bodyCursorWalk(operation.path, operation.body, success.schema, schemas)
    );
  const linkHeader: LinkHeader = declaresLinkHeader(ctx, operation.responses, success?.status)
    ? 'declared'
    : documentDeclaresLinkHeader(ctx)
      ? 'elsewhere'
      : 'none';
  return withLastPage(
    inferPagination(
      {
        method: operation.method,
        path: operation.path,
        success: success?.schema,
        query: operation.query,
        linkHeader,
        pagesHeader: pageCountHeader(ctx, operation.responses, success?.status),
      },
      schemas,
    ),
    operation.query,
  );
}

/**
 * A POST whose JSON body takes the cursor its answer names for the next page: Square's searches,
 * AWS's `NextToken` (its JSON protocol's every list), Google's `:search` methods. Only a cursor:
 * a next link would be fetched with GET, and an offset or a page of a search is rare. Not a
 * stream's place to resume from (Spanner's `resumeToken`), nor a shard's iterator, which an open
 * shard always names (red team: Kinesis' `getRecords` had walked without end).
 */
function bodyCursorWalk(
  path: string,
  body: Schema,
  success: Schema,
  schemas: Schemas,
): PaginationInfo | undefined {
  const members = propertiesOf(body, schemas)
    .filter((p) => !/resume|shard/i.test(p.name))
    .map((p): Parameter => ({
      name: p.name,
      identifier: p.name,
      in: 'query',
      required: false,
      schema: p.schema,
      style: 'form',
      explode: true,
      ...(p.schema.description !== undefined && { description: p.schema.description }),
    }));
  const walk = inferPagination(
    { method: 'get', path, success, query: members, linkHeader: 'none' },
    schemas,
  );
  if (walk?.kind === 'cursor') return { ...walk, in: 'body' };
  return lastEvaluated(path, members, success, schemas);
}

/**
 * DynamoDB's `LastEvaluatedKey` (a map), sent back as `ExclusiveStartKey`; its tables' and
 * backups' names too: a new user's `scan` and `listTables` had given their first page only.
 */
function lastEvaluated(
  path: string,
  members: readonly Parameter[],
  success: Schema,
  schemas: Schemas,
): PaginationInfo | undefined {
  const page = findPage(success, schemas, lastStatic(path));
  for (const member of members) {
    const said = /^ExclusiveStart(\w+)$/.exec(member.name)?.[1];
    const field = said && page?.fields.find((f) => f.path.join('.') === `LastEvaluated${said}`);
    if (page && field)
      return {
        kind: 'cursor',
        items: page.items,
        cursor: field.path,
        param: member.name,
        in: 'body',
        itemSchema: page.itemSchema,
      };
  }
  return undefined;
}

/**
 * A page number's `maximum` is the last page the walk asks for: the New York Times' article
 * search takes `page` up to 10, and answers page 11 with a 400, which had ended the walk in an
 * error after its 110 items.
 */
function withLastPage(
  info: PaginationInfo | undefined,
  query: readonly Parameter[],
): PaginationInfo | undefined {
  if (info?.kind !== 'page') return info;
  const constraints = new Map(query.find((p) => p.name === info.pageParam)?.schema.constraints);
  const maximum = constraints.get('maximum');
  const exclusive = constraints.get('exclusiveMaximum');
  // 3.0's `exclusiveMaximum: true` beside it, or 3.1's number of its own, is one past the last
  // (red team: a walk had asked for the page the parameter excludes).
  const last =
    typeof exclusive === 'number'
      ? exclusive - 1
      : typeof maximum === 'number' && exclusive === true
        ? maximum - 1
        : maximum;
  return typeof last === 'number' && Number.isInteger(last) && last >= (info.first ?? 1)
    ? { ...info, last }
    : info;
}

// What a string offset says of itself where it is a count (DocuSign's `start_position`).
const SAYS_INDEX = /\bindex\b|\bposition within the (?:total )?result/i;

/**
 * A count to add a page's length to: a string offset is a token (Asana's), not a count, unless
 * it says it is an index (DocuSign's `start_position`, "the zero-based index of the result",
 * whose every number is a string, or "the position within the total result set"; not any
 * `position`, which a cursor's prose says too). A `start` beside a page number, or said to be a
 * time, is where a time range starts (Mist's epoch seconds, which its lists had walked as offsets).
 */
function offsetParameter(query: readonly Parameter[], schemas: Schemas): string | undefined {
  const page = query.some((p) => hasName(PAGE_PARAMS, p.name));
  return query.find(
    (p) =>
      hasName(OFFSET_PARAMS, p.name) &&
      (!hasKind(p.schema, ['string'], schemas) || SAYS_INDEX.test(p.description ?? '')) &&
      !(p.name.toLowerCase() === 'start' && (page || /time|epoch|date/i.test(p.description ?? ''))),
  )?.name;
}

/**
 * A bare array that takes a size beside an offset (CircleCI's `limit` and `offset`) or beside
 * a page number that says where pages start (Gitea's "1-based" `page`, and `limit`): walked
 * until a page shorter than the size asked for, an empty one, or the same items again. 306
 * directory lists had given their first page only; GitLab's, whose `page` says no start, still do.
 */
function bareWalk(
  query: readonly Parameter[],
  schemas: Schemas,
  itemSchema: Schema,
): PaginationInfo | undefined {
  const offsetParam = offsetParameter(query, schemas);
  const limitParam = limitParameter(query, offsetParam !== undefined ? 'offset' : 'page');
  if (limitParam === undefined) return undefined;
  if (offsetParam !== undefined)
    return { kind: 'offset', items: [], offsetParam, limitParam, itemSchema };
  const pageNumber = pageNumberParameter(query, schemas, false);
  // `page` beside `per_page`, GitHub's pair, counts from 1 where nothing says otherwise: Netlify's
  // and Vimeo's lists, which say nothing, had given their first page only.
  const first =
    pageNumber &&
    (firstPage(pageNumber, schemas) ??
      (pageNumber.name === 'page' && limitParam === 'per_page' ? 1 : undefined));
  return pageNumber === undefined || first === undefined
    ? undefined
    : { kind: 'page', items: [], pageParam: pageNumber.name, first, limitParam, itemSchema };
}

/**
 * A bare array whose response header counts the pages (EVE Online's `X-Pages` on its 44 lists,
 * which take a `page` and no size; they had given their first page only): walked to that count.
 * A count of pages counts from page 1 where the parameter does not say.
 */
function countedByHeader(
  query: readonly Parameter[],
  schemas: Schemas,
  itemSchema: Schema,
  pagesHeader: string | undefined,
): PaginationInfo | undefined {
  if (pagesHeader === undefined) return undefined;
  const pageNumber = pageNumberParameter(query, schemas, false);
  if (pageNumber === undefined) return undefined;
  const limitParam = limitParameter(query, 'page');
  return {
    kind: 'page',
    items: [],
    pageParam: pageNumber.name,
    first: firstPage(pageNumber, schemas) ?? 1,
    ...(limitParam && { limitParam }),
    pagesHeader,
    itemSchema,
  };
}

/**
 * The parameter that says a page's size (`limit`, `per_page`), by name whatever its case. Of
 * two, beside an offset the one that counts items, beside a page number the page's: Figshare
 * takes `page` with `page_size` or `offset` with `limit`, and its walk had sent `offset` with
 * `page_size`, which it refuses.
 */
function limitParameter(query: readonly Parameter[], by: 'offset' | 'page'): string | undefined {
  const sizes = query.filter((p) => hasName(LIMIT_PARAMS, p.name));
  const pageSized = (p: Parameter) => /page/i.test(p.name);
  return (sizes.find((p) => pageSized(p) === (by === 'page')) ?? sizes[0])?.name;
}

/**
 * A page number's parameter. A bare `p` (setlist.fm's) only where the page says its number
 * (`numbered`): it may be a precision. So is one typed as text (Zalando's `page`: its lists had
 * not been walked), which may be a page's name.
 */
function pageNumberParameter(
  query: readonly Parameter[],
  schemas: Schemas,
  numbered: boolean,
): Parameter | undefined {
  return query.find(
    (p) =>
      hasName(PAGE_PARAMS, p.name) &&
      (hasKind(p.schema, ['integer', 'number'], schemas) ||
        (numbered && hasKind(p.schema, ['string'], schemas))) &&
      (p.name !== 'p' || numbered),
  );
}

export function inferPagination(
  input: PaginationInput,
  schemas: Schemas,
): PaginationInfo | undefined {
  const { method, success, query } = input;
  if (method !== 'get' || success === undefined) return undefined;
  // By name, whatever its case: e-conomic's `Cursor`, .NET's `PageSize`.
  const named = (p: Parameter, names: readonly string[]) => hasName(names, p.name);
  const param = (names: readonly string[]) => query.find((p) => named(p, names))?.name;
  // GitHub: `page` and `per_page`, the next page in the `Link` header.
  const sized = input.linkHeader === 'elsewhere' && param(LIMIT_PARAMS) !== undefined;
  // A cursor, not a date to list from (red team: `after` of `format: date-time`).
  const linkCursor = query.find(
    (p) =>
      named(p, ['after', 'cursor']) &&
      !(p.schema.kind === 'string' && /date/i.test(p.schema.format ?? '')),
  );
  const linkHeader = input.linkHeader === 'declared' || (sized && param(PAGE_PARAMS) !== undefined);

  const rootItems = arrayItems(success, schemas);
  // Or `per_page` with a cursor (GitHub's Dependabot alerts, `after`): a bare array has nowhere
  // else to say where the next page is.
  if (rootItems !== undefined)
    return linkHeader || (sized && linkCursor !== undefined)
      ? { kind: 'linkHeader', items: [], itemSchema: rootItems }
      : (countedByHeader(query, schemas, rootItems, input.pagesHeader) ??
          bareWalk(query, schemas, rootItems));
  const page = findPage(success, schemas, lastStatic(input.path));
  if (page === undefined) return undefined;
  // An object answered at an item's path is that item, though it takes offset and count
  // (Mailchimp's report; Spotify's album, whose `tracks` page goes on at another path),
  // unless it is a page itself, its list named as a page's is (LaunchDarkly's
  // `/flags/{projectKey}` answers `items`); an array there is a list all the same (GitHub's
  // matching-refs).
  // So is a list the path names before its owner's item: Zuora's `invoices` at
  // `/v1/transactions/invoices/accounts/{account-key}`, an account's invoices, page after page.
  if (
    /\}$/.test(input.path ?? '') &&
    !(
      page.items.length === 1 &&
      (hasName(ITEM_FIELDS, page.items[0]!) || namedByPath(page.items[0]!, input.path ?? ''))
    )
  )
    return undefined;
  const { items, itemSchema, fields } = page;
  // The first of `names` the page has: the lists go from the surest name to the least.
  const field = (names: readonly string[], kinds: ReadonlyArray<Schema['kind']>) =>
    names
      .map((name) =>
        fields.find((f) => hasName([name], last(f.path)) && hasKind(f.schema, kinds, schemas)),
      )
      .find((f) => f !== undefined)?.path;

  // A text field `name` of an object `parent` of the page's paging objects.
  const textIn = (parent: string, name: string) =>
    fields.find(
      (f) =>
        f.path.at(-2) === parent && last(f.path) === name && hasKind(f.schema, ['string'], schemas),
    )?.path;
  // HubSpot's `paging.next.after`: a next page's `after`, where the paging objects say it.
  // (Spotify's `cursors.after` is no next page's: its `next` link goes on with `before`.)
  // Apideck's `meta.cursors.next`, beside a `links.next` that carries the cursor alone: sent
  // back with the caller's own query, the walk keeps its filters past the first page.
  const cursor =
    field(CURSOR_FIELDS, ['string', 'integer', 'number']) ??
    textIn('next', 'after') ??
    textIn('cursors', 'next');
  const cursorParam = param(CURSOR_PARAMS);
  const hasMore = field(HAS_MORE_FIELDS, ['boolean']);
  const done = field(DONE_FIELDS, ['boolean']);
  // A cursor walk, stopped where the page says there is no more.
  const cursorWalk = (found: { cursor: readonly string[]; param: string }) =>
    ({
      kind: 'cursor',
      items,
      ...found,
      ...(hasMore && { hasMore }),
      ...(done && { done }),
      itemSchema,
    }) as const;
  if (cursor && cursorParam) return cursorWalk({ cursor, param: cursorParam });
  // Vercel's `pagination.next`, a timestamp "that must be used to request the next page", goes
  // back as `until` (records made before it): its 6 lists had given their first page only.
  const untilParam = param(['until']);
  const nextTime = fields.find(
    (f) =>
      f.path.length === 2 &&
      f.path[0] === 'pagination' &&
      last(f.path) === 'next' &&
      hasKind(f.schema, ['number', 'integer'], schemas),
  )?.path;
  if (nextTime && untilParam) return cursorWalk({ cursor: nextTime, param: untilParam });
  // Else a `next` field named as a cursor parameter is, sent back under that name (Box's
  // `next_marker` as `marker`).
  const byName = namedCursor(query, fields, items, schemas, false);
  if (byName) return cursorWalk(byName);
  // Facebook's and Just Eat's `paging.cursors.after`, sent back as `after`, where no `next` link
  // says where the next page is (Spotify's does, and is walked by it): Just Eat's catalogue lists
  // had given their first page only.
  const cursorsAfter = textIn('cursors', 'after');
  const afterCursorParam = param(['after']);
  const nextLink = fields.some(
    (f) => last(f.path) === 'next' && hasKind(f.schema, ['string'], schemas),
  );
  if (cursorsAfter && afterCursorParam && !nextLink)
    return cursorWalk({ cursor: cursorsAfter, param: afterCursorParam });
  // Stripe's search: an opaque `next_page` token, sent back as `page`, while `has_more` says so.
  // Without `has_more` a `next_page` may be a URL (Zendesk's), which no `page` parameter takes.
  const nextPage = field(['next_page', 'nextPage'], ['string']);
  const pageParam = param(['page']);
  if (nextPage && pageParam && hasMore)
    return { kind: 'cursor', items, cursor: nextPage, param: pageParam, hasMore, itemSchema };
  const afterParam = param(AFTER_PARAMS);
  if (hasMore && afterParam && propertiesOf(itemSchema, schemas).some((p) => p.name === 'id')) {
    // An id, as `after` takes: a `before` that is a date or a number filters, and stays the caller's.
    const before = query.find(
      (p) =>
        p.name === BEFORE_PARAMS[AFTER_PARAMS.indexOf(afterParam)] &&
        hasKind(p.schema, ['string'], schemas) &&
        !/date|time/i.test(resolved(p.schema, schemas)?.format ?? ''),
    )?.name;
    return {
      kind: 'after',
      items,
      hasMore,
      id: 'id',
      param: afterParam,
      ...(before && { before }),
      itemSchema,
    };
  }
  // Not a `next` that says it is a value to send back (Stream's search: "Value to pass to the
  // next search query"), whose walk had asked for `GET /<cursor>`.
  const linkField = field(NEXT_LINK_FIELDS, ['string']);
  const saysCursor = (path: readonly string[]) => {
    const schema = fields.find((f) => f.path === path)?.schema;
    const text = `${schema?.description ?? ''}`;
    // A `nextLink` is Azure's link whatever it says ("Continuation token").
    return (
      schema !== undefined &&
      /^next$/i.test(last(path)) &&
      !isUrl(schema) &&
      !/\b(?:link|url|uri|href|address)\b/i.test(text) &&
      /\b(?:value to pass|pass (?:it|this)|cursor|token)\b/i.test(text)
    );
  };
  const next =
    (linkField && !saysCursor(linkField) ? linkField : undefined) ??
    fields.find(
      (f) =>
        f.path.at(-2) === 'next' &&
        last(f.path) === 'href' &&
        hasKind(f.schema, ['string'], schemas),
    )?.path;
  if (next) return { kind: 'link', items, next, itemSchema };
  // Such a `next` goes back as the cursor, where a parameter takes one (Shutterstock's editorial
  // search: "Cursor value that represents the next page", asked for as `cursor`).
  if (linkField && cursorParam) return cursorWalk({ cursor: linkField, param: cursorParam });
  // An object with an array and a Link header may be one resource (GitHub declares Link widely):
  // it is a page only when the operation takes a paging parameter. A Link this operation
  // declares goes first; one declared elsewhere only after what the page itself counts (red
  // team: another operation's Link had cancelled a page's `total_pages`).
  const paged = param(PAGING_PARAMS) !== undefined;
  if (input.linkHeader === 'declared' && paged) return { kind: 'linkHeader', items, itemSchema };
  const counted = countedWalk();
  if (counted !== undefined && ('pages' in counted || 'total' in counted)) return counted;
  if (linkHeader && paged) return { kind: 'linkHeader', items, itemSchema };
  if (counted !== undefined) return counted;
  // Last, a `next_page` that says it is a URL (Zuora's `nextPage`, Zendesk's): Jira's pages
  // have one too, beside the offset and total they are walked by.
  const nextPageUrl = fields.find(
    (f) => ['next_page', 'nextPage'].includes(last(f.path)) && isUrl(f.schema),
  )?.path;
  if (nextPageUrl) return { kind: 'link', items, next: nextPageUrl, itemSchema };
  // Last of all, a field named as the cursor parameter itself (Royal Mail's `continuationToken`):
  // it may be the cursor asked for, given back, so any page field that says more comes first
  // (red team: an echoed `marker` beside a `next` link had ended the walk after one page).
  const echoed = namedCursor(query, fields, items, schemas, true);
  if (echoed) return cursorWalk(echoed);
  // Last, a page number that says where pages start, with no count or size to end on: walked
  // to an empty page (Xero's `page`, "page=1 – Up to 100 invoices will be returned").
  const pageNumber = pageNumberParameter(query, schemas, false);
  const first = pageNumber && firstPage(pageNumber, schemas);
  return pageNumber && first !== undefined
    ? { kind: 'page', items, pageParam: pageNumber.name, first, itemSchema }
    : undefined;

  /** An offset or a page number, where the page and the parameters say how to count. */

  function countedWalk(): PaginationInfo | undefined {
    const offsetParam = offsetParameter(query, schemas);
    const offsetLimit = limitParameter(query, 'offset');
    // Not one that says it counts pages (Telstra's `paging.totalCount`, "the total number of
    // pages": its walk stopped at offset 10 of 25 items, past a total of 3).
    const total = field(TOTAL_FIELDS, ['integer', 'number']);
    const countsPages =
      total !== undefined &&
      /\b(?:number of pages|pages? count|count of pages|total pages)\b/i.test(
        fields.find((f) => f.path === total)?.schema.description ?? '',
      );
    if (offsetParam && (offsetLimit || (total && !countsPages))) {
      return {
        kind: 'offset',
        items,
        offsetParam,
        ...(offsetLimit && { limitParam: offsetLimit }),
        ...(total && !countsPages && { total }),
        itemSchema,
      };
    }
    // A page number (Linode's `page` with `pages`), counted up until the page count says the
    // last, or until a short page when the size was asked: without either, no end to tell.
    const limitParam = limitParameter(query, 'page');
    const pages = field(PAGE_COUNT_FIELDS, ['integer', 'number']);
    const current = field(CURRENT_PAGE_FIELDS, ['integer', 'number']);
    const pageNumber = pageNumberParameter(query, schemas, current !== undefined);
    // Else the total of items and the page's size count the pages (setlist.fm's `total` and
    // `itemsPerPage`: its walk asked for a page past the last, which it answers with a 404).
    // Beside the total: a `size` elsewhere is another thing's (Gitea's `repository.size`).
    const size = pages
      ? undefined
      : PAGE_SIZE_FIELDS.map((name) =>
          fields.find(
            (f) =>
              hasName([name], last(f.path)) &&
              total !== undefined &&
              f.path.length === total.length &&
              f.path.slice(0, -1).every((n, i) => n === total[i]) &&
              hasKind(f.schema, ['integer', 'number'], schemas),
          ),
        ).find((f) => f !== undefined)?.path;
    // The size asked for may be capped by the server: only the page's own counts.
    const itemCount = pages || !size || countsPages ? undefined : total;
    const said = pageNumber && firstPage(pageNumber, schemas);
    // Where pages start must be known: from the page's own number, or from the parameter.
    // Asked for page 2 after an unnumbered first page, a 0-based API skips its page 1
    // (GoToWebinar's "The first page is 0").
    if (
      pageNumber &&
      (pages || limitParam || (itemCount && size)) &&
      (current || said !== undefined)
    ) {
      return {
        kind: 'page',
        items,
        pageParam: pageNumber.name,
        ...(said !== undefined && { first: said }),
        ...(limitParam && { limitParam }),
        ...(pages && { pages }),
        ...(current && { current }),
        ...(itemCount && { total: itemCount }),
        ...(itemCount && size && { size }),
        itemSchema,
      };
    }
    return undefined;
  }
}

/**
 * The field that names the next cursor for a parameter named as a cursor: `next` and its name
 * first (`nextContinuationToken`, `next_marker`), then its name alone, which may otherwise be the
 * cursor asked for, given back. Only the page's own fields or its paging objects': another
 * object's (a `request` echoed) is not the next page's.
 */
function namedCursor(
  query: readonly Parameter[],
  fields: readonly PageField[],
  items: readonly string[],
  schemas: Schemas,
  bare: boolean,
): { cursor: readonly string[]; param: string } | undefined {
  const own = (f: PageField) =>
    hasName(PAGING_CONTAINERS, f.path.at(-2) ?? '') ||
    (f.path.length === items.length && f.path.slice(0, -1).every((n, i) => n === items[i]));
  for (const p of query) {
    if (!cursorLike(p.name)) continue;
    const capital = p.name.charAt(0).toUpperCase() + p.name.slice(1);
    for (const name of bare ? [p.name] : [`next_${p.name}`, `next${capital}`]) {
      const f = fields.find(
        (f) =>
          hasName([name], last(f.path)) &&
          own(f) &&
          hasKind(f.schema, ['string', 'integer', 'number'], schemas),
      );
      if (f) return { cursor: f.path, param: p.name };
    }
  }
  return undefined;
}

/** Whether a parameter's name says it takes a cursor, by its last words. */
function cursorLike(name: string): boolean {
  const said = words(name).map((w) => w.toLowerCase());
  const lastWord = said.at(-1) ?? '';
  return (
    CURSOR_WORDS.includes(lastWord) ||
    PAGE_TOKEN.test(lastWord) ||
    PAGE_TOKEN.test(said.slice(-2).join(''))
  );
}

/**
 * The number of the first page, where the parameter says it: its default (0 or 1), else its
 * description ("The first page is 0", "zero-based", SchoolDigger's "default: 1"), else its
 * minimum.
 */
function firstPage(param: Parameter, schemas: Schemas): 0 | 1 | undefined {
  const schema = resolved(param.schema, schemas);
  const minimum = schema?.constraints?.find(([name]) => name === 'minimum')?.[1];
  const value = schema?.default?.value;
  if (value === 0 || value === 1) return value;
  const said = firstPageSaid(`${param.description ?? ''} ${schema?.description ?? ''}`, param.name);
  // A minimum of 0 may only say no page is negative: the words, where they say, come first (red
  // team: "starting at 1" beside `minimum: 0` had asked every list for its page 0).
  return said ?? (minimum === 0 || minimum === 1 ? minimum : undefined);
}

/** The first page's number, where a parameter's words say it. */
function firstPageSaid(text: string, name: string): 0 | 1 | undefined {
  if (
    /\b(?:zero|0)[- ]based|first page is 0|start(?:s|ing)? (?:with|at|from) (?:0|zero)\b/i.test(
      text,
    )
  )
    return 0;
  if (
    /\b(?:one|1)[- ]based|first page is 1|start(?:s|ing)? (?:with|at|from) (?:1|one)\b/i.test(text)
  )
    return 1;
  // Or its default, said in words (SchoolDigger's "(optional, default: 1)"), or the page its
  // example asks for (Xero's "e.g. page=1 – Up to 100 invoices will be returned", whose 15 lists
  // had given their first page only).
  const said =
    /\bdefault(?:s to| is|:)? ?([01])\b(?!\.\d)/i.exec(text)?.[1] ?? shownValue(text, name);
  return said === undefined ? undefined : said === '0' ? 0 : 1;
}

/**
 * The 0 or 1 a text shows a parameter set to as its example (`e.g. page=1`), if it shows one. Only
 * as an example: `page=0` may be a special value (red team: "Use page=0 to return all" had been
 * read as the first page, and the walk had stopped at the first page).
 */
function shownValue(text: string, name: string): string | undefined {
  const at = text.indexOf(`${name}=`);
  if (at < 0 || !EXAMPLE_BEFORE.test(text.slice(Math.max(0, at - 80), at))) return undefined;
  return text.slice(at + name.length + 1).match(/^[01](?!\d)/)?.[0];
}

/** The words that present what follows them as an example, just before it. */
// Markdown and a URL may come between: Chomp's "**Example**\n> ```&page=1```", Xero's "e.g.
// ?page=1" and "Example - https://…/FeedConnections?page=1".
const EXAMPLE_BEFORE =
  /(?:\be\.g\b\.?|\bfor example|\bexample|\bsuch as)[\s*>`'"\-:,]*(?:[^\s`'"]*[?&])?$/i;

interface Page {
  /** Where the items are, from the response down. */
  readonly items: readonly string[];
  readonly itemSchema: Schema;
  /** The page's fields (paths from the response down), its own first; the items are not among them. */
  readonly fields: readonly PageField[];
}

/**
 * The page is the response itself when it has an items array; otherwise its one
 * field that does (Spotify's `{ message, playlists: { items, next… } }`).
 */
function findPage(response: Schema, schemas: Schemas, listed?: string): Page | undefined {
  const own = pageWithin(response, [], schemas, listed);
  if (own !== undefined) return own;
  const nested = propertiesOf(response, schemas).flatMap((p) => {
    const page = pageWithin(p.schema, [p.name], schemas, listed);
    return page ? [page] : [];
  });
  if (nested.length !== 1) return undefined;
  // HAL keeps the items in `_embedded` and the link to the next page beside it, in `_links`
  // (Akeneo's `search_after` lists stopped at one page).
  const [page] = nested as [Page];
  // Only HAL's: a `next` beside other pages may be a cursor (API2Cart's `pagination.next`).
  // Spring Data REST's `page` too, which counts the pages (GoToWebinar's `page.totalPages`: its
  // walk had asked for a page past the last, which its server may answer with an error).
  // Only Spring's, which says `totalPages` (red team: a `page.count` of this page's items had
  // been the total, a `page.next` token a link).
  const fields = page.items[0] === '_embedded' ? pagingFields(response, schemas) : [];
  const spring = fields.some((f) => f.path[0] === 'page' && f.path[1] === 'totalPages');
  const beside = fields.filter(
    (f) =>
      f.path[0] === '_links' ||
      (spring && f.path[0] === 'page' && SPRING_PAGE.includes(f.path[1] ?? '')),
  );
  return { ...page, fields: [...page.fields, ...beside] };
}

// What Spring Data REST's `page` says: its number, size, and the counts of items and pages.
const SPRING_PAGE = ['number', 'size', 'totalElements', 'totalPages'];

// Objects a page keeps its paging in, read a level deeper (DigitalOcean's `links.pages.next`,
// HubSpot's `paging.next.after`, Apideck's `meta.cursors.next`).
const PAGING_CONTAINERS = ['links', '_links', 'meta', 'pages', 'pagination', 'paging', 'cursors'];

/** The fields of an object that may say how it pages, its paging objects' read a level deeper. */
function pagingFields(schema: Schema, schemas: Schemas): PageField[] {
  return pageFields(schema, schemas, 3).filter(
    (f) =>
      f.path.length < 3 ||
      f.path.slice(0, 2).every((name) => hasName(PAGING_CONTAINERS, name)) ||
      // A next page's `after` only: its other fields (a `page`) are not this page's. Or HAL's
      // link to it, `_links.next.href`.
      (hasName(PAGING_CONTAINERS, f.path[0]!) &&
        f.path[1] === 'next' &&
        (f.path[2] === 'after' || f.path[2] === 'href')),
  );
}

/** The words of a path's last segment that is no parameter (`member ids` of `/audiences/{a}/member-ids`). */
function lastStatic(path: string | undefined): string | undefined {
  const segments = (path ?? '').split('/').filter((s) => s !== '' && !s.includes('{'));
  // A search names no list: the segment before it does (Square's `/v2/orders/search`, whose
  // `order_entries` beside `orders` had left it unwalked: a new user).
  const segment = segments.at(
    /^(?:search|query|list|find)$/i.test(segments.at(-1) ?? '') ? -2 : -1,
  );
  return segment === undefined ? undefined : words(segment).join(' ').toLowerCase();
}

function pageWithin(
  schema: Schema,
  at: readonly string[],
  schemas: Schemas,
  /** The words of what the path lists, where it says. */
  listed?: string,
): Page | undefined {
  const fields = pagingFields(schema, schemas);
  // Loket's `_embedded` is its items, an array beside `currentPage` and `totalPages`. Where it,
  // or its `content`, is one thing, the answer is no page: its `messages` are warnings, which 8
  // walks had given as items.
  // Not beside an array named as items (red team: a cursor page's `_embedded` owner).
  const one = fields.some(
    (f) =>
      f.path.length === 1 &&
      (f.path[0] === '_embedded' || f.path[0] === 'content') &&
      resolved(f.schema, schemas)?.kind === 'object',
  );
  const named = fields.some(
    (f) => f.path.length === 1 && f.schema.kind === 'array' && hasName(ITEM_FIELDS, f.path[0]!),
  );
  if (one && !named) return undefined;
  // `errors` are the items where the path lists errors (App Center's crash errors of a group).
  const arrays = fields.filter(
    (f) =>
      f.path.length === 1 &&
      f.schema.kind === 'array' &&
      (!hasName(NOT_ITEMS, last(f.path)) || words(last(f.path)).join(' ').toLowerCase() === listed),
  );
  const records = arrays.filter(
    (a) => a.schema.kind === 'array' && isRecord(a.schema.items, schemas),
  );
  // A thing with an `id` is one thing: its one list of scalars is a field of it (SendGrid's
  // segment, `parent_list_ids`, beside its `_metadata.next`; LaunchDarkly's member, `_id`,
  // `customRoles` beside `_links.next`), not a page's items.
  // Unless the path lists that very thing (`/audiences/{id}/member-ids` answers `member_ids`).
  const entity =
    fields.some((f) => f.path.length === 1 && hasName(['id', '_id'], f.path[0]!)) &&
    !arrays.some((a) => words(last(a.path)).join(' ').toLowerCase() === listed);
  const list =
    arrays.find((a) => hasName(ITEM_FIELDS, last(a.path))) ??
    // The one the path lists, beside others: Vercel's team `members` beside `emailInviteCodes`,
    // whose walk had not been found.
    arrays.find((a) => words(last(a.path)).join(' ').toLowerCase() === listed) ??
    (entity ? only(records) : only(arrays)) ??
    // Beside arrays of scalars (`channel_actions_ts`), the one array of records.
    only(records);
  if (list?.schema.kind !== 'array') return undefined;
  const itemsPath = list.path;
  return {
    items: [...at, ...itemsPath],
    itemSchema: list.schema.items,
    fields: fields
      .filter((f) => f.path !== itemsPath)
      .map((f) => ({ path: [...at, ...f.path], schema: f.schema })),
  };
}

/** The item type when the response is an array, or one of several arrays (GitHub's stargazers). */
function arrayItems(schema: Schema, schemas: Schemas, depth = 0): Schema | undefined {
  const s = resolved(schema, schemas);
  if (s?.kind === 'array') return s.items;
  // A union of unions of arrays is rare; a cycle of them (reported elsewhere) must not recurse forever.
  if (s?.kind !== 'union' || depth > 8) return undefined;
  const items = s.variants.map((v) => arrayItems(v, schemas, depth + 1));
  return items.every((i) => i !== undefined) ? { kind: 'union', variants: items } : undefined;
}

/** A string its format or description says is a URL. */
function isUrl(schema: Schema): boolean {
  return (
    schema.kind === 'string' &&
    (/^ur[il]$/i.test(schema.format ?? '') || /\bUR[LI]\b/.test(schema.description ?? ''))
  );
}

function isRecord(schema: Schema, schemas: Schemas): boolean {
  const s = resolved(schema, schemas);
  return s?.kind === 'object' || s?.kind === 'intersection';
}

/** Of one of these kinds, or nullable of them (`string | null` cursors are common). */
function hasKind(schema: Schema, kinds: ReadonlyArray<Schema['kind']>, schemas: Schemas): boolean {
  const s = resolved(schema, schemas);
  if (s === undefined) return false;
  if (kinds.includes(s.kind)) return true;
  return (
    s.kind === 'union' && s.variants.every((v) => v.kind === 'null' || hasKind(v, kinds, schemas))
  );
}

function only<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** Whether a static segment of the path, not its last, is `name` (`invoices` of `/invoices/accounts/{key}`). */
function namedByPath(name: string, path: string): boolean {
  const statics = path.split('/').filter((s) => s !== '' && !s.includes('{'));
  return statics.slice(0, -1).some((s) => s.toLowerCase() === name.toLowerCase());
}

/**
 * Whether a page's field has one of these names, whatever its case: .NET writes them in
 * PascalCase (Billbee's `Paging.TotalPages` beside `Data` had left its lists unpaged).
 */
function hasName(names: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  return names.some((n) => n.toLowerCase() === lower);
}

function last(path: readonly string[]): string {
  return path[path.length - 1] ?? '';
}
