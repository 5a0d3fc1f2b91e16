/**
 * OpenAPI 3.0 says a `$ref` may be null only beside it, as an `allOf` part of `nullable: true`
 * alone (PandaScore's `end_at`): the type was `(unknown | null) & EndAt`, which is `EndAt`, and
 * `--validate` refused the nulls its real answers hold.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

it('reads allOf [{nullable: true}, {$ref}] as the ref or null, in the type and its schema', async () => {
  const { files } = await generateSpec(
    {
      openapi: '3.0.0',
      info: { title: 'P', version: '1' },
      paths: {},
      components: {
        schemas: {
          EndAt: { type: 'string', format: 'date-time' },
          Match: {
            type: 'object',
            properties: {
              end_at: { allOf: [{ nullable: true }, { $ref: '#/components/schemas/EndAt' }] },
              begin_at: { allOf: [{ $ref: '#/components/schemas/EndAt' }] },
            },
          },
        },
      },
    },
    { validate: true },
  );
  const types = fileText(files, 'types.ts');
  expect(types).toContain('end_at?: EndAt | null;');
  expect(types).toContain('begin_at?: EndAt;');
  expect(fileText(files, 'schemas.ts')).toContain(
    'end_at: /* @__PURE__ */ EndAt.nullable().exactOptional(),',
  );
});

// Red team: the rewrite took a copy of the schema, and a discriminator's child lost its tag.
it("keeps a discriminator child's tag beside the null marker", async () => {
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'P', version: '1' },
    paths: {},
    components: {
      schemas: {
        Pet: {
          type: 'object',
          discriminator: { propertyName: 'petType' },
          properties: { petType: { type: 'string' } },
        },
        Dog: {
          allOf: [
            { nullable: true },
            { $ref: '#/components/schemas/Pet' },
            { type: 'object', properties: { bark: { type: 'boolean' } } },
          ],
        },
      },
    },
  });
  expect(fileText(files, 'types.ts')).toMatch(
    /export type Dog =[\s\S]*petType: 'Dog'[\s\S]*\| null;/,
  );
});

// Asana's `parent`, "or null if this is not a subtask": a part of `type: object` and `nullable`
// had made `TaskCompact & ({ [key: string]: unknown } | null)`, which holds no null, and the
// validated SDK had refused every task that is no subtask.
it('reads a part of `type: object` and `nullable: true` alone as the null marker too', async () => {
  const { files } = await generateSpec(
    {
      openapi: '3.0.0',
      info: { title: 'A', version: '1' },
      paths: {},
      components: {
        schemas: {
          TaskCompact: { type: 'object', properties: { gid: { type: 'string' } } },
          Task: {
            type: 'object',
            properties: {
              parent: {
                allOf: [
                  { $ref: '#/components/schemas/TaskCompact' },
                  { type: 'object', nullable: true, description: 'Or null.' },
                ],
              },
            },
          },
        },
      },
    },
    { validate: true },
  );
  expect(fileText(files, 'types.ts')).toContain('parent?: TaskCompact | null;');
  expect(fileText(files, 'schemas.ts')).toContain(
    'parent: /* @__PURE__ */ TaskCompact.nullable().exactOptional(),',
  );
});
