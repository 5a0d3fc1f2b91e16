/**
 * An operation marked deprecated, by OpenAPI's `deprecated` or a vendor's extension for it
 * (Square's `x-is-deprecated`, Akeneo's `x-deprecated`), is `@deprecated` in its docs, which
 * editors strike through; the others are not.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const get = (operationId: string, marks: object = {}) => ({
  get: { operationId, ...marks, responses: { '204': { description: 'ok' } } },
});

it('marks operations deprecated by `deprecated`, `x-deprecated` and `x-is-deprecated`', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'Shop', version: '1' },
    servers: [{ url: 'https://shop.example' }],
    paths: {
      '/a': get('listA', { deprecated: true }),
      '/b': get('listB', { 'x-deprecated': true }),
      '/c': get('listC', { 'x-is-deprecated': true }),
      '/d': get('listD', { 'x-is-deprecated': false }),
    },
  });
  const client = fileText(files, 'client.ts');
  const docs = client.split('/**').filter((doc) => doc.includes('`GET /'));
  const deprecated = docs.filter((doc) => doc.includes('@deprecated'));
  expect(docs).toHaveLength(4);
  expect(deprecated.map((doc) => /`GET (\/\w)`/.exec(doc)![1])).toEqual(['/a', '/b', '/c']);
});
