/**
 * Lists that answer the spec's page envelope without declaring its page parameters. Linode's
 * `/networking/ips`, `/profile/tokens` and 17 more answer `{ data, page, pages, results }`
 * like its 52 paged lists, and gave their first 100 items only: its API pages every list.
 * Such a list takes the page parameters the paged lists share from `components.parameters`,
 * and walks as they do.
 */
import { asArray, componentRef, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { operationInputs } from './operation-inputs.js';
import { declaredKeys } from './schema.js';

/** A query parameter of a page walk by number: the page, and its size. */
const PAGE_PARAMETER = /^(?:page|page_?size|per_?page)$/i;
/** An envelope's count of pages: with the page's own number, it says the answer is a page. */
const PAGE_COUNT = /^(?:pages|total_?pages|page_?count)$/i;
/**
 * A parameter a list pages by already, under any name: such a list keeps its own (red team: a
 * `page_no` list had been sent `page=2`, which its server ignores, and stopped after one page;
 * a cursor list had been made to take the spec's `page`).
 */
const PAGING_OF_ITS_OWN = /page|^p$|offset|cursor|limit|marker|token|^start|^skip|^after|^next/i;
/** Fewer paged lists than this are no pattern to follow. */
const MIN_PAGED = 3;

const adoptedOf = new WeakMap<Raw, ReadonlyMap<Raw, readonly Raw[]>>();

/** The `$ref`s of the page parameters each such operation (by its raw object) takes. */
export function adoptedPageParameters(ctx: NormalizeContext): ReadonlyMap<Raw, readonly Raw[]> {
  let adopted = adoptedOf.get(ctx.document);
  if (adopted === undefined) adoptedOf.set(ctx.document, (adopted = findAdopted(ctx)));
  return adopted;
}

function findAdopted(ctx: NormalizeContext): Map<Raw, readonly Raw[]> {
  const adopted = new Map<Raw, readonly Raw[]>();
  const nameOf = (parameter: unknown) => String(deref(ctx, parameter).name);
  const lists = operationInputs(ctx).flatMap(({ method, pathItem, operation }) => {
    if (method !== 'get') return [];
    const keys = envelopeKeys(ctx, operation);
    if (!keys.includes('page') || !keys.some((key) => PAGE_COUNT.test(key))) return [];
    const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)];
    return [{ operation, keys, parameters }];
  });
  const paged = lists.filter(({ parameters }) => parameters.some((p) => /^page$/i.test(nameOf(p))));
  if (paged.length < MIN_PAGED) return adopted;
  // The page parameters most paged lists `$ref`, optional and one per name: those a list that
  // declares none takes (red team: a required one had made a list uncallable without it).
  const uses = counted(
    paged.map(({ parameters }) => parameters.flatMap((p) => pageParameterRef(ctx, p) ?? [])),
  );
  const spelled = new Set<string>();
  const shared = [...uses]
    .filter(([ref, count]) => {
      const name = nameOf({ $ref: ref }).toLowerCase();
      if (count * 2 < paged.length || spelled.has(name)) return false;
      spelled.add(name);
      return true;
    })
    .map(([ref]) => ref);
  if (!spelled.has('page')) return adopted;
  // The keys most paged lists answer (Linode's `data`, `page`, `pages`, `results`): an answer
  // of them all is a page, where a page number and a count alone may be no list (red team: a
  // reader's `{ page, pages, bookmarks }` in a book).
  const envelope = [...counted(paged.map(({ keys }) => keys))]
    .filter(([, count]) => count * 2 >= paged.length)
    .map(([key]) => key);
  for (const { operation, keys, parameters } of lists) {
    if (parameters.some((p) => PAGING_OF_ITS_OWN.test(nameOf(p)))) continue;
    if (!envelope.every((key) => keys.includes(key))) continue;
    adopted.set(
      operation,
      shared.map((ref) => ({ $ref: ref })),
    );
  }
  return adopted;
}

/** How many of the lists hold each item. */
function counted(lists: ReadonlyArray<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const item of new Set(list)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** A `$ref` to an optional query parameter of `components.parameters` that pages by number. */
function pageParameterRef(ctx: NormalizeContext, parameter: unknown): string | undefined {
  if (!isRaw(parameter) || typeof parameter.$ref !== 'string') return undefined;
  if (componentRef(parameter.$ref)?.section !== 'parameters') return undefined;
  const target = deref(ctx, parameter);
  return target.in === 'query' &&
    target.required !== true &&
    PAGE_PARAMETER.test(String(target.name))
    ? parameter.$ref
    : undefined;
}

/** The top-level keys of an operation's 200 JSON answer, through its refs and allOf. */
function envelopeKeys(ctx: NormalizeContext, operation: Raw): string[] {
  const responses = isRaw(operation.responses) ? operation.responses : {};
  const content = deref(ctx, responses['200']).content;
  const json = isRaw(content) ? deref(ctx, content['application/json']) : {};
  return [...declaredKeys(ctx, deref(ctx, json.schema))];
}
