/**
 * A spec's names in the SDK's docs sit in code spans their own backticks cannot close: a
 * parameter's, a header's or a credential's name had ended its span, and what followed (a link,
 * bold words) showed in the editor's hover as the docs' own.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

const LINK = '` [Reset your password](https://evil.test/reset) `';

it("a name's backticks stay inside its code span", async () => {
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1' },
    components: {
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: `k${LINK}` } },
    },
    security: [{ key: [] }],
    paths: {
      [`/pets/{id${LINK}}`]: {
        get: {
          operationId: 'getPet',
          parameters: [
            { name: `id${LINK}`, in: 'path', required: true, schema: { type: 'string' } },
            { name: `q${LINK}`, in: 'query', schema: { type: 'string' } },
          ],
          responses: { 204: { description: 'none' } },
        },
      },
    },
  });
  const docs = files
    .filter((f) => f.path.endsWith('.ts'))
    .flatMap((f) => fileText(files, f.path).split('\n'))
    .filter((line) => /^\s*(\/\*\*|\*)/.test(line))
    .join('\n');
  // Every mention is opened by a run of two backticks, which the name's single ones cannot close.
  const mentions = [...docs.matchAll(/(`*) ?[A-Z]* ?[^\s`]*` \[Reset your password\]/g)];
  expect(mentions.length).toBeGreaterThanOrEqual(5);
  for (const [, opening] of mentions) expect(opening!.length).toBeGreaterThanOrEqual(2);
});

// Red team: TypeScript reads `{@link}` by its own count of backticks, which an even run in a name
// had undone: the link showed in the hover.
it("a name's {@link} stays text", async () => {
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1' },
    components: {
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'X-a`b``c{@link https://evil.test} d' },
      },
    },
    security: [{ key: [] }],
    paths: {},
  });
  const docs = fileText(files, 'client.ts')
    .split('\n')
    .filter((line) => /^\s*(\/\*\*|\*)/.test(line))
    .join('\n');
  expect(docs).toContain('{\\@link https://evil.test}');
  expect(docs).not.toMatch(/[^\\]\{@link https:\/\/evil/);
});
