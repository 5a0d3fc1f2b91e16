/**
 * A union says each member once: Lucidtech's ground truth `value`, an `anyOf` of nullable
 * scalars one of which has bounds, had read `string | null | boolean | null | number | …`.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';

it('says each member of a union once, those of a union within among them', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.3',
    info: { title: 'a', version: '1' },
    paths: {},
    components: {
      schemas: {
        L: { type: 'array', items: { type: 'string' } },
        V: {
          type: 'object',
          properties: {
            value: {
              anyOf: [
                { type: 'string', nullable: true, maxLength: 5 },
                { type: 'boolean', nullable: true },
                { type: 'number', nullable: true },
                { $ref: '#/components/schemas/L', nullable: true },
              ],
            },
          },
        },
      },
    },
  });
  expect(fileText(files, 'types.ts')).toContain('value?: string | null | boolean | number | L;');
});
