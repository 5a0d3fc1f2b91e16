/** Schemas no operation uses are one warning, not one each: Bungie's 466 buried what mattered. */
import { expect, it } from 'vitest';
import { generateSpec } from './helpers/generate-spec.js';

it('says how many schemas no operation uses, naming the first few, in one warning', async () => {
  const schemas = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`Spare${i}`, { type: 'object' }]),
  );
  const { warnings } = await generateSpec({
    openapi: '3.1.0',
    info: { title: 'S', version: '1' },
    paths: {},
    components: { schemas },
  });
  const unused = warnings.filter((w) => w.message.includes('not used by any operation'));
  expect(unused.map((w) => w.message)).toEqual([
    'Schema "Spare0" and 7 more ("Spare1", "Spare2", "Spare3", "Spare4", "Spare5", …) are not used by any operation (their types are still generated)',
  ]);
});

// Keycloak's 286 operations without an id were as many warnings, above its plain-http server's.
it('says how many operations have no operationId, naming the first few, in one warning', async () => {
  const get = { responses: { '204': { description: 'none' } } };
  const { warnings } = await generateSpec({
    openapi: '3.1.0',
    info: { title: 'S', version: '1' },
    paths: { '/a': { get }, '/b': { get }, '/c': { get }, '/d': { get } },
  });
  expect(
    warnings.filter((w) => w.message.includes('no operationId')).map((w) => w.message),
  ).toEqual([
    'Operation has no operationId, nor do 3 more; each function is named from its method and path (getA, getB, getC, …)',
  ]);
});
