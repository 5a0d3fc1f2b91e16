/**
 * Never a crash: degenerate schemas either give a sensible type or a located
 * error (exit 2), in OpenAPI 3.0 and 3.1 — through the whole generator, and
 * through normalize and emit alone (a document built in memory skips load's
 * validation, so those stages must not trust it either).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { CodegenError } from '../../src/diagnostics.js';
import { emitSdk } from '../../src/emit/index.js';
import { generate } from '../../src/generate.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import { printFile } from '../../src/print/print.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-degenerate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DEGENERATE: Record<string, unknown> = {
  'empty type array': { type: [] },
  'unknown type names': { type: ['strin', 'object'] },
  'unknown type name': { type: 'strin' },
  'items: []': { type: 'array', items: [] },
  'enum: []': { enum: [] },
  'required naming absent properties': {
    type: 'object',
    required: ['ghost'],
    properties: { a: { type: 'string' } },
  },
  'properties: null': { type: 'object', properties: null },
  'additionalProperties: null': { type: 'object', additionalProperties: null },
  'allOf: null': { allOf: null },
  'oneOf: []': { oneOf: [] },
  'anyOf of nothing but nulls': { anyOf: [null, 3] },
  'prefixItems: {}': { type: 'array', prefixItems: {} },
  'patternProperties: []': { type: 'object', patternProperties: [] },
  'nullable: "yes"': { type: 'string', nullable: 'yes' },
};

function document(openapi: string, schema: unknown): Record<string, unknown> {
  return {
    openapi,
    info: { title: 'Degenerate', version: '1' },
    paths: {
      '/thing': {
        get: {
          operationId: 'getThing',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
          },
        },
      },
    },
    components: { schemas: { Thing: schema } },
  };
}

describe.each(['3.0.3', '3.1.0'])('OpenAPI %s', (openapi) => {
  it.each(Object.keys(DEGENERATE))('%s: generates or is a located error', async (name) => {
    const file = join(work, `${openapi}-${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(document(openapi, DEGENERATE[name])));
    try {
      await generate({ input: [file], output: join(work, 'out'), dryRun: true, format: false });
    } catch (error) {
      expect(error).toBeInstanceOf(CodegenError);
      for (const d of (error as CodegenError).diagnostics) {
        expect(d.pointer).toMatch(/^\/components\/schemas\/Thing/);
        expect(d.location?.file).toBe(file);
      }
    }
  });

  it.each(Object.keys(DEGENERATE))('%s: normalize and emit alone never throw', async (name) => {
    const api = normalizeDocument(document(openapi, DEGENERATE[name]) as unknown as OpenAPI3);
    const printed = (await emitSdk(api)).map(printFile);
    const types = printed.find((f) => f.path === 'types.ts')!.content;
    // A type is always written, never an empty one (`export type Thing = ;`).
    expect(types).toMatch(/export (type Thing =\s*[^;\s]|interface Thing )/);
  });
});

it('a schema nested 3,000 levels deep is a located error, not a stack overflow', async () => {
  const file = join(work, 'deep.json');
  const depth = 3000;
  const schema = `${'{"type":"object","properties":{"a":'.repeat(depth)}{"type":"string"}${'}}'.repeat(depth)}`;
  writeFileSync(
    file,
    `{"openapi":"3.1.0","info":{"title":"Deep","version":"1"},"paths":{},"components":{"schemas":{"Deep":${schema}}}}`,
  );
  const error = await generate({ input: [file], output: join(work, 'deep'), dryRun: true }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as CodegenError).diagnostics[0]?.pointer).toMatch(/^\/components\/schemas\/Deep\//);
});
