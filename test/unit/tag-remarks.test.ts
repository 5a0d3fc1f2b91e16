/**
 * A tag's parenthetical is a remark (NOWPayments' `Recurring Payments API (Email Subscriptions
 * feature)`, Docker's `Session (experimental)`), unless it is what tells the tag from another:
 * Box's `Shared links (Files)` beside `Shared links (Folders)`, VTEX's `Feed v2 (deprecated)`
 * beside `Feed v3`.
 */
import { expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { normalizeDocument } from '../../src/normalize/document.js';
import { methodPlaces } from '../../src/emit/method-paths.js';

it("names a resource without its tag's remark, unless the remark tells two apart", () => {
  const op = (tag: string, operationId: string) => ({
    tags: [tag],
    operationId,
    responses: { '204': { description: 'ok' } },
  });
  const document = {
    openapi: '3.0.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/subscriptions': { get: op('Recurring Payments API (Email Subscriptions feature)', 'list') },
      '/files/link': { get: op('Shared links (Files)', 'getFileLink') },
      '/folders/link': { get: op('Shared links (Folders)', 'getFolderLink') },
      '/v2/feed': { get: op('Feed v2 (deprecated)', 'getFeedV2') },
      '/v3/feed': { get: op('Feed v3', 'getFeedV3') },
    },
  };
  const api = normalizeDocument(document as unknown as OpenAPI3);
  const places = methodPlaces(api);
  const resources = api.operations.map((o) => places.get(o.functionName)!.access.split('.')[1]);
  expect(resources).toEqual([
    'recurringPayments',
    'sharedLinksFiles',
    'sharedLinksFolders',
    'feedDeprecated',
    'feed',
  ]);
});
