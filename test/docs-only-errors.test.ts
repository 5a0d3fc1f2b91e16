/**
 * What only documents cannot refuse a whole SDK: Codat's Assess spec wrote a schema's `examples`
 * as a map, and got no SDK. Such a problem is a warning at its place; the same problem where it
 * shapes a type still refuses, in a component or property that is merely named `examples`. A
 * problem inside a schema's `definitions` is a warning, what is wrong left out, in 3.1 as in 3.0.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const spec = (status: object, more: object = {}) => ({
  openapi: '3.1.0',
  info: { title: 'Reports', version: '1' },
  paths: {},
  components: { schemas: { Status: status, ...more } },
});

it('warns of a malformed example, and generates', async () => {
  const { files, warnings } = await generateSpec(
    spec({
      type: 'object',
      examples: { 'Example 1': { value: { ok: true } } },
      properties: { ok: { type: 'boolean' } },
    }),
  );
  expect(files.some((f) => f.path === 'types.ts')).toBe(true);
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    expect.stringMatching(
      /^\/components\/schemas\/Status\/examples .*expected an array \(in `examples`, which only documents: ignored\)$/,
    ),
  );
});

// api.video's `pattern: 0`: a constraint of the wrong type is left out of the docs (and checks).
it('warns of a constraint of the wrong type, and leaves it out of the docs', async () => {
  const { files, warnings } = await generateSpec(
    spec({
      type: 'object',
      properties: {
        timecode: { type: 'string', pattern: 0, maxLength: 11, minLength: -1 },
        pattern: { type: 'string' },
      },
    }),
  );
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    expect.stringMatching(
      /^\/components\/schemas\/Status\/properties\/timecode\/pattern .*\(in `pattern`, which constrains: ignored\)$/,
    ),
  );
  const types = fileText(files, 'types.ts');
  expect(types).toContain('@maxLength 11');
  expect(types).not.toContain('@pattern');
  expect(types).not.toContain('@minLength');
});

// A 3.1 spec written with 3.0's habit: the warning says what is done with it.
it("reads 3.1's boolean exclusiveMinimum as 3.0's flag, and says so", async () => {
  const { files, warnings } = await generateSpec(
    spec({
      type: 'object',
      properties: { n: { type: 'number', minimum: 0, exclusiveMinimum: true } },
    }),
    { validate: true },
  );
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    expect.stringMatching(
      /^\/components\/schemas\/Status\/properties\/n\/exclusiveMinimum .*\(in `exclusiveMinimum`: read as OpenAPI 3\.0's flag on `minimum`\)$/,
    ),
  );
  expect(fileText(files, 'schemas.ts')).toContain('z.number().gt(0)');
});

it('still refuses the same problem where it shapes a type, or in something named examples', async () => {
  const refused = /is not allowed here/;
  await expect(generateSpec(spec({ type: { enum: ['a'] } }))).rejects.toThrow(refused);
  await expect(
    generateSpec(spec({ type: 'object', properties: { examples: { type: { enum: ['a'] } } } })),
  ).rejects.toThrow(refused);
  // Red team: an entry named like a constraint in a map of names is no constraint.
  await expect(
    generateSpec({ ...spec({ type: 'object' }), webhooks: { pattern: 5 } }),
  ).rejects.toThrow();
  // A property named like a constraint is a property.
  await expect(
    generateSpec(spec({ type: 'object', properties: { pattern: { type: 'integr' } } })),
  ).rejects.toThrow();
  // Red team: a component named `examples` had its bad type let through.
  await expect(
    generateSpec(spec({ type: 'object' }, { examples: { type: 'integr' } })),
  ).rejects.toThrow();
});

// New-user trial: Codat's accounting spec writes a schema as a `type` inside `definitions`, which a
// property's `$ref` reaches; in 3.1 it had refused the whole SDK (in 3.0 it was a warning).
it("warns of a problem inside a schema's definitions, and leaves what is wrong out", async () => {
  const { files, warnings } = await generateSpec(
    spec({
      type: 'object',
      properties: { kind: { $ref: '#/components/schemas/Status/definitions/kind' } },
      definitions: { kind: { type: { type: 'string', enum: ['A', 'B'] } } },
    }),
  );
  expect(warnings.map((w) => `${w.pointer} ${w.message}`)).toContainEqual(
    expect.stringMatching(
      /^\/components\/schemas\/Status\/definitions\/kind\/type .*\(inside `definitions`: what is wrong there is ignored\)$/,
    ),
  );
  expect(fileText(files, 'types.ts')).toContain('kind?: unknown;');
});
