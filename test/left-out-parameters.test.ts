/**
 * Parameters no request can carry as the spec says are left out, with a warning at each: a
 * header fetch writes itself (`Host`, `Transfer-Encoding`), and a parameter with an empty name
 * (Notion's header `""`, which every call then failed to set). `Content-Length` stays: a stream
 * body goes chunked without it.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('leaves out a Host or Transfer-Encoding header parameter, and one without a name, and says so', async () => {
  const { files, warnings } = await generateSpec({
    openapi: '3.1.0',
    info: { title: 'Files', version: '1' },
    components: {
      parameters: { Host: { name: 'host', in: 'header', schema: { type: 'string' } } },
    },
    paths: {
      '/files': {
        parameters: [{ $ref: '#/components/parameters/Host' }],
        post: {
          operationId: 'uploadFile',
          parameters: [
            { name: 'Transfer-Encoding', in: 'header', schema: { type: 'string' } },
            // Kept: a stream is sent chunked without it (red team).
            { name: 'Content-Length', in: 'header', schema: { type: 'number' } },
            { name: 'x-sha', in: 'header', schema: { type: 'string' } },
            { name: '', in: 'header', schema: { type: 'string' } },
          ],
          requestBody: {
            content: {
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
            },
          },
          responses: { 204: { description: 'ok' } },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toContain("'x-sha': params?.xSha");
  expect(operations).toContain("'Content-Length': params?.contentLength");
  expect(operations).not.toMatch(/transferEncoding|Transfer-Encoding|params\.host|unnamed|'': /);
  expect(
    warnings.filter((w) => w.message.includes('left out')).map((w) => [w.pointer, w.message]),
  ).toEqual([
    [
      '/components/parameters/Host',
      'Header "host" is written by fetch from the request itself: this parameter is left out',
    ],
    [
      '/paths/~1files/post/parameters/0',
      'Header "Transfer-Encoding" is written by fetch from the request itself: this parameter is left out',
    ],
    [
      '/paths/~1files/post/parameters/3',
      'A parameter with an empty name cannot be sent: it is left out',
    ],
  ]);
});
