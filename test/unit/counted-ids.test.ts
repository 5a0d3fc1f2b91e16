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

// New-user trial: Nordigen's `retrieve account transactions v2_2` had been `retrieveTransactions2`.
it('leaves out a count after an id of words that ends in a version', () => {
  const document = {
    openapi: '3.0.1',
    info: { title: 'Bank data', version: '2' },
    paths: {
      '/accounts/{id}/transactions/': {
        get: {
          operationId: 'retrieve account transactions v2_2',
          tags: ['accounts'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  };
  const api = normalizeDocument(document as unknown as OpenAPI3);
  const places = methodPlaces(api);
  expect(places.get(api.operations[0]!.functionName)?.access).toBe(
    'client.accounts.retrieveTransactions',
  );
});
