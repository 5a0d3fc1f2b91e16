/**
 * A discriminator must name a string property. Zalando's pages name `content`, their array of
 * items: each page's items had become the string `'Articles'`, and `page.content[0].name` failed
 * to compile. Such a discriminator is left unread, with a warning at it.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

it('leaves a discriminator on an array property unread, and says so', async () => {
  const items = (ref: string) => ({
    type: 'array',
    items: { $ref: `#/components/schemas/${ref}` },
  });
  const { files, warnings } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Shop', version: '1' },
    paths: {
      '/articles': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Articles' } },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Page: {
          type: 'object',
          discriminator: { propertyName: 'content' },
          properties: { content: { type: 'array', items: {} }, page: { type: 'integer' } },
        },
        Article: { type: 'object', properties: { name: { type: 'string' } } },
        Articles: {
          allOf: [
            { $ref: '#/components/schemas/Page' },
            { properties: { content: items('Article') } },
          ],
        },
      },
    },
  });
  const types = fileText(files, 'types.ts');
  expect(types).toContain('content?: Article[];');
  expect(types).not.toContain("'Articles'");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('The discriminator\'s property "content" is no string'),
  );
});
