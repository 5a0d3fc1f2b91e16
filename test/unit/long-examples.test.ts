/**
 * A schema's example is a glimpse in its JSDoc: Notion's were whole articles, 26 KB on one line
 * that every editor's hover showed in full.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

const spec = (example: unknown) => ({
  openapi: '3.1.0',
  info: { title: 'Blocks', version: '1' },
  paths: {},
  components: {
    schemas: {
      Block: { type: 'object', properties: { text: { type: 'string' } }, example },
    },
  },
});

const exampleLine = async (example: unknown) => {
  const { files } = await generateSpec(spec(example));
  return /@example (.*?)(?: \*\/)?$/m.exec(fileText(files, 'types.ts'))![1]!;
};

it('cuts an example after its first thousand characters', async () => {
  const article = { text: 'Lorem ipsum dolor sit amet. '.repeat(1000) };
  const line = await exampleLine(article);
  expect(line).toHaveLength(1001);
  expect(line.startsWith('{"text":"Lorem ipsum')).toBe(true);
  expect(line.endsWith('…')).toBe(true);
});

it('keeps a short example whole, and cuts a long one between code points', async () => {
  expect(await exampleLine({ text: 'Hello' })).toBe('{"text":"Hello"}');
  // 9 characters of `{"text":"`, then emoji of two UTF-16 units each.
  const line = await exampleLine({ text: '😀'.repeat(2000) });
  expect(Array.from(line)).toHaveLength(1001);
  // No half of a surrogate pair left alone.
  expect(line).not.toMatch(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
});
