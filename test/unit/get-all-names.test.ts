/**
 * A GET of them all lists them: Walmart's `getAllOrders` is `orders.list` (had been `getAll`).
 * Beside another list of the resource, it goes back to `getAll` before any longer name: Gitea's
 * `/orgs` beside `/user/orgs` had both become their whole operationIds.
 */
import { expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { normalizeDocument } from '../../src/normalize/document.js';

const list = (operationId: string) => ({
  get: {
    tags: ['organization'],
    operationId,
    responses: {
      200: {
        description: 'ok',
        content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } },
      },
    },
  },
});

const methods = (paths: object) =>
  normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Orgs', version: '1' },
    paths,
  } as unknown as OpenAPI3).resources.children[0]!.methods.map((m) => m.name);

it('lists with `getAll` alone, and keeps `getAll` beside another list', () => {
  expect(methods({ '/orgs': list('getAllOrganizations') })).toEqual(['list']);
  expect(
    methods({ '/orgs': list('orgGetAll'), '/user/orgs': list('orgListCurrentUserOrgs') }),
  ).toEqual(['getAll', 'list']);
});
