/**
 * What a call throws, as its method's docs say it: Amadeus' error descriptions are Markdown
 * tables, whose header row had run on from the status (`@throws {BadRequestError} 400: code |
 * title`), so no editor showed a table.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it("starts an error's table on a line of its own, and keeps a sentence on the status's", async () => {
  const table = 'code | title\n---- | -----\n477 | INVALID FORMAT\n572 | INVALID OPTION';
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Trips', version: '1' },
    paths: {
      '/trips': {
        get: {
          operationId: 'listTrips',
          responses: {
            '200': { description: 'ok' },
            '400': { description: table },
            '404': { description: 'Not found | gone' },
          },
        },
      },
    },
  });
  const client = fileText(files, 'client.ts');
  expect(client).toContain(
    [
      '   * @throws {BadRequestError} 400:',
      '   * code | title',
      '   * ---- | -----',
      '   * 477 | INVALID FORMAT',
    ].join('\n'),
  );
  expect(client).toContain('@throws {NotFoundError} 404: Not found | gone');
});
