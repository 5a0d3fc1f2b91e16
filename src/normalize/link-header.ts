/**
 * Where a spec declares the `Link` response header (RFC 8288), as GitHub does on
 * its list operations (`headers: { Link: { $ref: '#/components/headers/link' } }`).
 */
import { deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { operationInputs } from './operation-inputs.js';

/** Whether the response with this status (as normalized: `200`, `2XX`) declares a `Link` header. */
export function declaresLinkHeader(
  ctx: NormalizeContext,
  responses: unknown,
  status: string | undefined,
): boolean {
  const response = responseWithStatus(ctx, responses, status);
  return response !== undefined && hasLinkHeader(response);
}

// Headers that count a list's pages: EVE Online's `X-Pages`, Trakt's `X-Pagination-Page-Count`,
// Gitea's `X-PageCount`, WordPress' `X-WP-TotalPages`.
const PAGE_COUNT_HEADERS = [
  'x-pages',
  'x-total-pages',
  'x-page-count',
  'x-pagecount',
  'x-pagination-page-count',
  'x-pagination-total-pages',
  'x-wp-totalpages',
];

/** The header, as the spec spells it, that counts the pages where this response declares one. */
export function pageCountHeader(
  ctx: NormalizeContext,
  responses: unknown,
  status: string | undefined,
): string | undefined {
  const headers = responseWithStatus(ctx, responses, status)?.headers;
  return isRaw(headers)
    ? Object.keys(headers).find((name) => PAGE_COUNT_HEADERS.includes(name.toLowerCase()))
    : undefined;
}

function responseWithStatus(
  ctx: NormalizeContext,
  responses: unknown,
  status: string | undefined,
): Raw | undefined {
  if (status === undefined || !isRaw(responses)) return undefined;
  const entry = Object.entries(responses).find(([key]) => key.toUpperCase() === status);
  return entry === undefined ? undefined : deref(ctx, entry[1]);
}

const declaredInDocument = new WeakMap<Raw, boolean>();

/** Whether any response or component of the document declares a `Link` header. */
export function documentDeclaresLinkHeader(ctx: NormalizeContext): boolean {
  let declared = declaredInDocument.get(ctx.document);
  if (declared === undefined) {
    declared = linkHeaderAnywhere(ctx);
    declaredInDocument.set(ctx.document, declared);
  }
  return declared;
}

function linkHeaderAnywhere(ctx: NormalizeContext): boolean {
  const components = isRaw(ctx.document.components) ? ctx.document.components : {};
  if (isRaw(components.headers) && Object.keys(components.headers).some(isLink)) return true;
  return operationInputs(ctx).some(
    ({ operation }) =>
      isRaw(operation.responses) &&
      Object.values(operation.responses).some((r) => hasLinkHeader(deref(ctx, r))),
  );
}

function hasLinkHeader(response: Raw): boolean {
  return isRaw(response.headers) && Object.keys(response.headers).some(isLink);
}

// Header names are case-insensitive: `Link`, `link`.
function isLink(name: string): boolean {
  return name.toLowerCase() === 'link';
}
