/**
 * A POST whose JSON body takes the cursor its answer names: Square's searches, AWS's `NextToken`
 * and Google's `:search` methods had given their first page only.
 */
import { expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/document.js';

const string = { type: 'string' };
const page = {
  type: 'object',
  properties: { customers: { type: 'array', items: { type: 'object' } }, cursor: string },
};

/** The pagination of `POST /customers/search`, whose body has `members`. */
function walkOf(members: object, media = 'application/json', answer: object = page) {
  return normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Shop', version: '1' },
    paths: {
      '/customers/search': {
        post: {
          operationId: 'searchCustomers',
          requestBody: {
            content: { [media]: { schema: { type: 'object', properties: members } } },
          },
          responses: {
            200: { description: 'ok', content: { 'application/json': { schema: answer } } },
          },
        },
      },
    },
  } as never).operations[0]?.pagination;
}

it('walks a POST by the cursor its JSON body takes', () => {
  expect(walkOf({ cursor: string, limit: { type: 'integer' } })).toEqual({
    kind: 'cursor',
    items: ['customers'],
    cursor: ['cursor'],
    param: 'cursor',
    in: 'body',
    itemSchema: expect.objectContaining({ kind: 'object' }),
  });
});

it('not where the body is no JSON, takes no cursor, or takes a stream to resume', () => {
  expect(walkOf({ cursor: string }, 'application/x-www-form-urlencoded')).toBeUndefined();
  expect(walkOf({ query: string })).toBeUndefined();
  const resumed = { ...page, properties: { ...page.properties, resumeToken: string } };
  expect(walkOf({ resumeToken: string }, 'application/json', resumed)).toBeUndefined();
  // Nor a shard's iterator, which an open shard always names (red team: Kinesis' getRecords).
  const shard = { ...page, properties: { ...page.properties, NextShardIterator: string } };
  expect(walkOf({ ShardIterator: string }, 'application/json', shard)).toBeUndefined();
  // A next link would be fetched with GET: never a POST's walk.
  const linked = { ...page, properties: { customers: page.properties.customers, next: string } };
  expect(walkOf({ cursor: string }, 'application/json', linked)).toBeUndefined();
});

// A new user's DynamoDB `scan` and `listTables`, and Square's order search, had given their first
// page only.
it("walks DynamoDB's LastEvaluatedKey as ExclusiveStartKey, and a search's list beside another", () => {
  const scanned = {
    type: 'object',
    properties: {
      Items: { type: 'array', items: { type: 'object' } },
      LastEvaluatedKey: { type: 'object', additionalProperties: {} },
    },
  };
  expect(walkOf({ ExclusiveStartKey: { type: 'object' } }, 'application/json', scanned)).toEqual(
    expect.objectContaining({
      items: ['Items'],
      cursor: ['LastEvaluatedKey'],
      param: 'ExclusiveStartKey',
      in: 'body',
    }),
  );
  const orders = {
    ...page,
    properties: { ...page.properties, order_entries: { type: 'array', items: {} } },
  };
  // `/customers/search`: the list the path names before `search` is the items.
  expect(walkOf({ cursor: string }, 'application/json', orders)).toEqual(
    expect.objectContaining({ items: ['customers'], in: 'body' }),
  );
});
