/**
 * Lists that answer the spec's page envelope without declaring its page parameters. Linode's
 * `/networking/ips`, `/profile/tokens` and 17 more answer `{ data, page, pages, results }`
 * like its 52 paged lists, and gave their first 100 items only: its API pages every list.
 * Such a list takes the page parameters the paged lists share from `components.parameters`,
 * and walks as they do.
 */
import { asArray, componentRef, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { operationInputs } from './operation-inputs.js';

/** A query parameter of a page walk by number: the page, and its size. */
const PAGE_PARAMETER = /^(?:page|page_?size|per_?page)$/i;
/** An envelope's count of pages: with the page's own number, it says the answer is a page. */
const PAGE_COUNT = /^(?:pages|total_?pages|page_?count)$/i;
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
  const lists = operationInputs(ctx).flatMap(({ method, pathItem, operation }) => {
    if (method !== 'get') return [];
    const keys = envelopeKeys(ctx, operation);
    const pageKeys = keys.filter((key) => key === 'page' || PAGE_COUNT.test(key));
    if (!keys.includes('page') || pageKeys.length < 2) return [];
    const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)];
    return [{ operation, pageKeys, parameters }];
  });
  const paged = lists.filter(({ parameters }) =>
    parameters.some((p) => /^page$/i.test(String(deref(ctx, p).name))),
  );
  if (paged.length < MIN_PAGED) return adopted;
  // The page parameters most paged lists `$ref`: those a list that declares none takes.
  const uses = new Map<string, number>();
  for (const { parameters } of paged)
    for (const ref of new Set(parameters.flatMap((p) => pageParameterRef(ctx, p) ?? [])))
      uses.set(ref, (uses.get(ref) ?? 0) + 1);
  const shared = [...uses].filter(([, count]) => count * 2 >= paged.length).map(([ref]) => ref);
  if (!shared.some((ref) => /^page$/i.test(String(deref(ctx, { $ref: ref }).name)))) return adopted;
  const envelope = new Set(paged.flatMap(({ pageKeys }) => pageKeys));
  for (const { operation, pageKeys, parameters } of lists) {
    const declared = new Set(parameters.map((p) => String(deref(ctx, p).name).toLowerCase()));
    if (declared.has('page') || !pageKeys.every((key) => envelope.has(key))) continue;
    const taken = shared.filter(
      (ref) => !declared.has(String(deref(ctx, { $ref: ref }).name).toLowerCase()),
    );
    adopted.set(
      operation,
      taken.map((ref) => ({ $ref: ref })),
    );
  }
  return adopted;
}

/** A `$ref` to a query parameter of `components.parameters` that pages by number. */
function pageParameterRef(ctx: NormalizeContext, parameter: unknown): string | undefined {
  if (!isRaw(parameter) || typeof parameter.$ref !== 'string') return undefined;
  if (componentRef(parameter.$ref)?.section !== 'parameters') return undefined;
  const target = deref(ctx, parameter);
  return target.in === 'query' && PAGE_PARAMETER.test(String(target.name))
    ? parameter.$ref
    : undefined;
}

/** The top-level keys of an operation's 200 JSON answer, through its refs and allOf. */
function envelopeKeys(ctx: NormalizeContext, operation: Raw): string[] {
  const responses = isRaw(operation.responses) ? operation.responses : {};
  const content = deref(ctx, responses['200']).content;
  const json = isRaw(content) ? deref(ctx, content['application/json']) : {};
  const keys = new Set<string>();
  const pending: Array<{ schema: unknown; depth: number }> = [{ schema: json.schema, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const schema = deref(ctx, next.schema);
    if (isRaw(schema.properties)) Object.keys(schema.properties).forEach((key) => keys.add(key));
    if (next.depth < 8)
      for (const part of asArray(schema.allOf))
        pending.push({ schema: part, depth: next.depth + 1 });
  }
  return [...keys];
}
