/**
 * springdoc counts the handlers of one name across an API (XTRF's `create_4`): within its tags
 * a count that tells the id from no other says nothing, and the method is `create`. Two of one
 * stem in the same tags keep their counts, as before.
 */
import { expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { normalizeDocument } from '../../src/normalize/document.js';
import { methodPlaces } from '../../src/emit/method-paths.js';

it('leaves out a count that tells an id from no other of its tags', () => {
  const op = (operationId: string, tag: string) => ({
    operationId,
    tags: [tag],
    responses: { '200': { description: 'ok' } },
  });
  const document = {
    openapi: '3.0.1',
    info: { title: 'Home Portal', version: '1' },
    paths: {
      '/clients': { post: op('create', 'Clients'), get: op('getAllIds_1', 'Clients') },
      '/clients/ids': { get: op('getAllIds_2', 'Clients') },
      '/vendors/invoices': { post: op('create_4', 'Vendor Invoices') },
    },
  };
  const api = normalizeDocument(document as unknown as OpenAPI3);
  const places = methodPlaces(api);
  const access = api.operations.map((o) => places.get(o.functionName)?.access).sort();
  expect(access).toEqual([
    'client.clients.create',
    'client.clients.getAllIds1',
    'client.clients.getAllIds2',
    'client.vendorInvoices.create',
  ]);
  // The functions, named across the API, keep theirs.
  expect(api.operations.map((o) => o.functionName)).toContain('create4');
});
