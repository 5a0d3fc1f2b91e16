/** `x-codegen-name`: a method name the user chose stays theirs, or their operationId's, never an inferred verb. */
import { expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { normalizeDocument } from '../../src/normalize/document.js';

it('two operations given one name take their operationIds, not a verb inferred', () => {
  const post = (operationId: string) => ({
    post: {
      tags: ['pets'],
      operationId,
      'x-codegen-name': 'delete',
      responses: { 204: { description: 'ok' } },
    },
  });
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1' },
    paths: { '/pets/x': post('dropX'), '/pets/y': post('dropY') },
  } as unknown as OpenAPI3);
  expect(api.operations.map((op) => [op.methodName, op.methodFallback])).toEqual([
    ['delete', 'delete'],
    ['delete', 'delete'],
  ]);
  expect(api.resources.children[0]!.methods.map((m) => m.name)).toEqual(['dropX', 'dropY']);
});
