/**
 * Infers how a list operation paginates from the shape of its response and
 * its query parameters; no vendor extension needed. Recognised, in order:
 * a next-cursor field sent back as a query parameter; `has_more` with the last
 * item's id (`starting_after`); a `next` link; offset with limit and/or total.
 */
import type { NamedSchema, PaginationInfo, Parameter } from '../ir/api.js';
import type { Property, Schema } from '../ir/schema.js';

const ITEM_FIELDS = ['data', 'items', 'results', 'entries', 'records', 'values', 'list', 'nodes'];
const CURSOR_FIELDS = [
  'next_cursor',
  'nextCursor',
  'next_page_token',
  'nextPageToken',
  'next_token',
  'nextToken',
  'cursor',
];
const CURSOR_PARAMS = [
  'cursor',
  'page_token',
  'pageToken',
  'next_token',
  'nextToken',
  'after',
  'starting_after',
  'continuation_token',
];
const HAS_MORE_FIELDS = [
  'has_more',
  'hasMore',
  'has_next',
  'hasNext',
  'has_next_page',
  'hasNextPage',
];
const AFTER_PARAMS = ['starting_after', 'after', 'after_id', 'afterId'];
const NEXT_LINK_FIELDS = [
  'next',
  'next_url',
  'nextUrl',
  'next_page_url',
  'nextPageUrl',
  'next_link',
  'nextLink',
];
const OFFSET_PARAMS = ['offset', 'skip', 'start'];
const LIMIT_PARAMS = [
  'limit',
  'page_size',
  'pageSize',
  'per_page',
  'perPage',
  'count',
  'size',
  'top',
];
const TOTAL_FIELDS = [
  'total',
  'total_count',
  'totalCount',
  'count',
  'total_results',
  'totalResults',
];

export function inferPagination(
  method: string,
  success: Schema | undefined,
  query: readonly Parameter[],
  schemas: ReadonlyMap<string, NamedSchema>,
): PaginationInfo | undefined {
  if (method !== 'get' || success === undefined) return undefined;
  const page = resolve(success, schemas);
  if (page?.kind !== 'object') return undefined;
  const props = page.properties;
  const list = findItems(props, schemas);
  if (!list) return undefined;
  const items = list.name;
  const itemSchema = list.items;
  const param = (names: readonly string[]) => query.find((p) => names.includes(p.name))?.name;
  const prop = (names: readonly string[], kinds: ReadonlyArray<Schema['kind']>) =>
    props.find((p) => names.includes(p.name) && hasKind(p.schema, kinds, schemas))?.name;

  const cursor = prop(CURSOR_FIELDS, ['string', 'integer', 'number']);
  const cursorParam = param(CURSOR_PARAMS);
  const hasMore = prop(HAS_MORE_FIELDS, ['boolean']);
  if (cursor && cursorParam)
    return {
      kind: 'cursor',
      items,
      cursor,
      param: cursorParam,
      ...(hasMore && { hasMore }),
      itemSchema,
    };
  const afterParam = param(AFTER_PARAMS);
  const item = resolve(itemSchema, schemas);
  if (
    hasMore &&
    afterParam &&
    item?.kind === 'object' &&
    item.properties.some((p) => p.name === 'id')
  ) {
    return { kind: 'after', items, hasMore, id: 'id', param: afterParam, itemSchema };
  }
  const next = prop(NEXT_LINK_FIELDS, ['string']);
  if (next) return { kind: 'link', items, next, itemSchema };
  const offsetParam = param(OFFSET_PARAMS);
  const limitParam = param(LIMIT_PARAMS);
  const total = prop(TOTAL_FIELDS, ['integer', 'number']);
  if (offsetParam && (limitParam || total)) {
    return {
      kind: 'offset',
      items,
      offsetParam,
      ...(limitParam && { limitParam }),
      ...(total && { total }),
      itemSchema,
    };
  }
  return undefined;
}

function findItems(
  props: readonly Property[],
  schemas: ReadonlyMap<string, NamedSchema>,
): { name: string; items: Schema } | undefined {
  const arrays = props.flatMap((p) => {
    const s = resolve(p.schema, schemas);
    return s?.kind === 'array' ? [{ name: p.name, items: s.items }] : [];
  });
  return (
    arrays.find((a) => ITEM_FIELDS.includes(a.name)) ??
    (arrays.length === 1 ? arrays[0] : undefined)
  );
}

/** Of one of these kinds, or nullable of them (`string | null` cursors are common). */
function hasKind(
  schema: Schema,
  kinds: ReadonlyArray<Schema['kind']>,
  schemas: ReadonlyMap<string, NamedSchema>,
): boolean {
  const s = resolve(schema, schemas);
  if (s === undefined) return false;
  if (kinds.includes(s.kind)) return true;
  return (
    s.kind === 'union' && s.variants.every((v) => v.kind === 'null' || hasKind(v, kinds, schemas))
  );
}

function resolve(
  schema: Schema,
  schemas: ReadonlyMap<string, NamedSchema>,
  depth = 0,
): Schema | undefined {
  if (schema.kind !== 'ref') return schema;
  const target = schemas.get(schema.target);
  return target && depth < 20 ? resolve(target.schema, schemas, depth + 1) : undefined;
}
