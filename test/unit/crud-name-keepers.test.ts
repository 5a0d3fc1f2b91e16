/**
 * Where two methods of one path want one CRUD name, the one whose HTTP method that name is keeps
 * it: Mailchimp's list's PATCH is `update` beside the POST that subscribes its members in a batch
 * (both had taken their longer names, `patchByListId` and `postByListId`).
 */
import { expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { normalizeDocument } from '../../src/normalize/document.js';

const call = (operationId: string, summary: string) => ({
  operationId,
  summary,
  tags: ['lists'],
  parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'string' } }],
  responses: { 204: { description: 'ok' } },
});

const methods = (paths: object) =>
  normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Mail', version: '1' },
    paths,
  } as unknown as OpenAPI3).resources.children[0]!.methods.map((m) => m.name);

it("keeps the PATCH's update, and the POST says its own", () => {
  expect(
    methods({
      '/lists/{list_id}': {
        post: call('postListsId', 'Batch subscribe or unsubscribe'),
        patch: call('patchListsId', 'Update lists'),
      },
    }),
  ).toEqual(['postByListId', 'update']);
});

it("leaves each its function's name at the last tier, never a numbered one", () => {
  // Red team: a POST named `update` kept it, and the PATCH became `update2`.
  const names = methods({
    '/lists/{list_id}': { post: call('update', 'Batch'), patch: call('patchList', 'Update') },
  });
  expect(names.some((n) => /\d$/.test(n))).toBe(false);
});

it("keeps a resource's own call's name beside a deeper one's", () => {
  // Linode's `nodeBalancers.create` had become `createNodeBalancer` beside its nodes' create.
  const make = (operationId: string, parameters: string[]) => ({
    post: {
      operationId,
      tags: ['NodeBalancers'],
      parameters: parameters.map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      responses: { 204: { description: 'ok' } },
    },
  });
  const names = methods({
    '/nodebalancers': make('createNodeBalancer', []),
    '/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes': make('createNodeBalancerNode', [
      'nodeBalancerId',
      'configId',
    ]),
  });
  expect(names[0]).toBe('create');
  expect(names[1]).not.toBe('create');
});

it('keeps the name for the call that is not deprecated, beside one that is', () => {
  // Two routes to one list, the old one deprecated: both had taken their whole operationIds.
  const names = methods({
    '/lists/{list_id}': { get: call('getListsListId', 'Get a list') },
    '/list/{list_id}': { get: { ...call('getListListId', 'Get a list'), deprecated: true } },
  });
  expect(names).toEqual(['get', 'getByListId']);
});
