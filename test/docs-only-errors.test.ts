/**
 * What only documents cannot refuse a whole SDK: Codat's Assess spec wrote a schema's `examples`
 * as a map, its Accounting spec a bad `type` inside `definitions`, and neither got an SDK.
 * Such a problem is a warning at its place; the same problem where it shapes a type still refuses.
 */
import { expect, it } from 'vitest';
import { generateSpec } from './helpers/generate-spec.js';

const spec = (status: object) => ({
  openapi: '3.1.0',
  info: { title: 'Reports', version: '1' },
  paths: {},
  components: { schemas: { Status: status } },
});

it('warns of a malformed example or definitions schema, and generates', async () => {
  const { files, warnings } = await generateSpec(
    spec({
      type: 'object',
      examples: { 'Example 1': { value: { ok: true } } },
      definitions: { kind: { type: { enum: ['a'] } } },
      properties: { ok: { type: 'boolean' } },
    }),
  );
  expect(files.some((f) => f.path === 'types.ts')).toBe(true);
  const messages = warnings.map((w) => `${w.pointer} ${w.message}`);
  expect(messages).toContainEqual(
    expect.stringMatching(
      /^\/components\/schemas\/Status\/examples .*expected an array \(in `examples`, which only documents: ignored\)$/,
    ),
  );
  expect(messages).toContainEqual(
    expect.stringMatching(
      /^\/components\/schemas\/Status\/definitions\/kind\/type .*\(in `definitions`, which only documents: ignored\)$/,
    ),
  );
});

it('still refuses the same problem where it shapes a type, or in a property named examples', async () => {
  await expect(generateSpec(spec({ type: { enum: ['a'] } }))).rejects.toThrow(
    /is not allowed here/,
  );
  await expect(
    generateSpec(spec({ type: 'object', properties: { examples: { type: { enum: ['a'] } } } })),
  ).rejects.toThrow(/is not allowed here/);
});
