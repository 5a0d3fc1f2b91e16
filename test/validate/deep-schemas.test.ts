/**
 * `--validate` with deeply nested inline schemas: TypeScript gives up on
 * instantiating the type zod infers past about a dozen objects inside each
 * other (TS2589). Where it would, the inner schema is a `z.lazy` typed by its
 * TypeScript type, so the SDK still compiles; inline nesting deeper than can be
 * typed at all is refused, located.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/index.js';
import { typecheck } from '../helpers/typecheck.js';

const OUT = 'test/.tmp/deep-schemas';
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

type Level = (inner: object) => object;
const arrayOfObjects: Level = (inner) => ({
  type: 'array',
  items: { type: 'object', properties: { p: inner } },
});
const nullableObject: Level = (inner) => ({ type: ['object', 'null'], properties: { p: inner } });

function writeSpec(name: string, levels: number, level: Level, named: boolean): string {
  const schemas: Record<string, object> = { L0: { type: 'string' } };
  let schema: object = { type: 'string' };
  for (let i = 1; i <= levels; i++) {
    if (named) schemas[`L${i}`] = level({ $ref: `#/components/schemas/L${i - 1}` });
    else schema = level(schema);
  }
  if (named) schema = { $ref: `#/components/schemas/L${levels}` };
  const ok = { description: 'ok', content: { 'application/json': { schema } } };
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Deep', version: '1' },
    paths: { '/deep': { get: { operationId: 'getDeep', responses: { '200': ok } } } },
    ...(named && { components: { schemas } }),
  };
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

describe('deeply nested schemas with runtime validation', () => {
  // Without the typed z.lazy, 10 arrays of objects or 12 nullable objects already fail (TS2589).
  it(
    '10 inline arrays of objects and 14 inline nullable objects compile',
    { timeout: 60_000 },
    async () => {
      const programs: string[] = [];
      for (const [name, level, levels] of [
        ['inline-arrays', arrayOfObjects, 10],
        ['inline-nullables', nullableObject, 14],
      ] as const) {
        const output = join(OUT, name);
        const { files } = await generate({
          input: writeSpec(name, levels, level, false),
          output,
          validate: true,
        });
        const schemas = files.find((f) => f.path === 'schemas.ts')!.content;
        expect(schemas).toMatch(/z\s*\.lazy\(\s*\(\): z\.ZodType<\{/);
        programs.push(
          ...files.filter((f) => f.path.endsWith('.ts')).map((f) => join(output, f.path)),
        );
      }
      writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
      expect(typecheck(programs)).toEqual([]);
    },
  );

  it('named components keep the type zod infers (their shape and methods)', async () => {
    const { files } = await generate({
      input: writeSpec('named', 20, arrayOfObjects, true),
      output: join(OUT, 'named'),
      validate: true,
      dryRun: true,
    });
    const schemas = files.find((f) => f.path === 'schemas.ts')!.content;
    expect(schemas).toContain('export const L20 = /* @__PURE__ */ z.array(');
    expect(schemas).not.toContain('ZodType');
  });

  it('inline nesting deeper than can be typed is refused, located', async () => {
    const input = writeSpec('too-deep', 40, nullableObject, false);
    const error = await generate({ input, output: join(OUT, 'too-deep'), validate: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics[0]).toMatchObject({
      pointer: '/paths/~1deep/get',
      message: expect.stringMatching(/nested more than 32 levels deep.*name the inner ones/),
    });
    // Without validation the types alone are fine.
    await expect(
      generate({ input, output: join(OUT, 'too-deep'), dryRun: true }),
    ).resolves.toBeDefined();
  });
});
