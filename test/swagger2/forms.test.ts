/** Swagger 2.0 form fields' `collectionFormat`, written back as their `encoding` after conversion. */
import { expect, it } from 'vitest';
import { keepFormCollectionFormats } from '../../src/load/swagger2-forms.js';

const form = (encoding?: object) => ({
  requestBody: {
    content: { 'application/x-www-form-urlencoded': { schema: {}, ...(encoding && { encoding }) } },
  },
});

it("takes the operation's own field over its path's, by name, and a $ref'd one", () => {
  const original = {
    parameters: { Tags: { name: 'tags', in: 'formData', type: 'array', collectionFormat: 'ssv' } },
    paths: {
      '/a': {
        parameters: [
          { name: 'scopes', in: 'formData', type: 'array', collectionFormat: 'pipes' },
          { name: 'ids', in: 'formData', type: 'array' },
        ],
        post: {
          parameters: [
            { name: 'scopes', in: 'formData', type: 'array', collectionFormat: 'multi' },
            { name: 'ids', in: 'formData', type: 'string' },
            { $ref: '#/parameters/Tags' },
          ],
        },
      },
    },
  };
  const converted = { paths: { '/a': { post: form() } } };
  keepFormCollectionFormats(original, converted);
  expect(
    converted.paths['/a'].post.requestBody.content['application/x-www-form-urlencoded'],
  ).toEqual({
    schema: {},
    encoding: {
      scopes: { style: 'form', explode: true },
      tags: { style: 'spaceDelimited', explode: false },
    },
  });
});

it('keeps an encoding the converter wrote, and a field named __proto__ is a field', () => {
  const original = {
    paths: {
      '/a': {
        post: {
          parameters: [
            { name: '__proto__', in: 'formData', type: 'array' },
            { name: 'kept', in: 'formData', type: 'array' },
          ],
        },
      },
    },
  };
  const converted = { paths: { '/a': { post: form({ kept: { style: 'deepObject' } }) } } };
  keepFormCollectionFormats(original, converted);
  const encoding = converted.paths['/a'].post.requestBody.content[
    'application/x-www-form-urlencoded'
  ].encoding as Record<string, unknown>;
  expect(Object.hasOwn(encoding, '__proto__')).toBe(true);
  expect(Object.getPrototypeOf(encoding)).toBe(Object.prototype);
  expect(encoding['kept']).toEqual({ style: 'deepObject' });
});

// Red team: the converter shares one body between alike forms; `/multi` had gone as `/csv`'s.
it('gives an operation whose formats differ from a shared body’s a body of its own', () => {
  const tags = (collectionFormat?: string) => ({
    parameters: [
      {
        name: 'tags',
        in: 'formData',
        type: 'array',
        ...(collectionFormat && { collectionFormat }),
      },
    ],
  });
  const original = { paths: { '/csv': { post: tags() }, '/multi': { post: tags('multi') } } };
  const ref = { $ref: '#/components/requestBodies/tags' };
  const converted = {
    components: { requestBodies: { tags: form().requestBody } },
    paths: { '/csv': { post: { requestBody: ref } }, '/multi': { post: { requestBody: ref } } },
  };
  keepFormCollectionFormats(original, converted);
  const encoding = (body: unknown) =>
    (body as { content: Record<string, { encoding?: object }> }).content[
      'application/x-www-form-urlencoded'
    ]!.encoding;
  expect(encoding(converted.components.requestBodies.tags)).toEqual({
    tags: { style: 'form', explode: false },
  });
  expect(converted.paths['/csv'].post.requestBody).toBe(ref);
  expect(encoding(converted.paths['/multi'].post.requestBody)).toEqual({
    tags: { style: 'form', explode: true },
  });
});
