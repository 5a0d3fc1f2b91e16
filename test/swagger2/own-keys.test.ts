/**
 * A Swagger 2.0 key named `hasOwnProperty` (a property, a definition) converts
 * like any other: the converter calls `node.hasOwnProperty(…)` and threw.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { hideOwnKeys, restoreOwnKeys } from '../../src/load/swagger2-own-keys.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-own-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('generates a definition and a property named hasOwnProperty, $ref included', async () => {
  const spec = join(work, 'spec.yaml');
  writeFileSync(
    spec,
    [
      'swagger: "2.0"',
      'info: { title: S, version: "1" }',
      'host: api.example.com',
      'paths:',
      '  /x:',
      '    get:',
      '      operationId: getX',
      "      responses: { '200': { description: ok, schema: { $ref: '#/definitions/hasOwnProperty' } } }",
      'definitions:',
      '  hasOwnProperty:',
      '    type: object',
      '    properties: { hasOwnProperty: { type: string }, toString: { type: integer } }',
    ].join('\n'),
  );
  const { files } = await generate({ input: spec, output: 'unused', dryRun: true });
  const types = files.find((f) => f.path === 'types.ts')!.content;
  expect(types).toContain(
    'export interface HasOwnProperty {\n  hasOwnProperty?: string;\n  toString?: number;\n}',
  );
  expect(files.find((f) => f.path === 'client.ts')!.content).toContain(
    'ApiPromise<HasOwnProperty>',
  );
});

it('hides such keys and $ref segments in order, and gives them back; other documents as they are', () => {
  const document = {
    a: { hasOwnProperty: 1, b: 2 },
    ref: { $ref: '#/definitions/hasOwnProperty' },
    ['__proto__']: { c: 3 },
  };
  const hidden = hideOwnKeys(document) as Record<string, Record<string, unknown>>;
  expect(Object.keys(hidden.a!)).toEqual(['hasOwnProperty\u0000', 'b']);
  expect(hidden.ref!.$ref).toBe('#/definitions/hasOwnProperty\u0000');
  expect(restoreOwnKeys(hidden)).toEqual(document);
  const plain = { a: { b: 1 } };
  expect(hideOwnKeys(plain)).toBe(plain);
});
