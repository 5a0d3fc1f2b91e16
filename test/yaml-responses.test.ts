/**
 * A YAML answer is text: typed `string` and read with `readText`, whatever its label (Kubernetes'
 * `application/yaml`, Europeana's Turtle were Blobs). The runtime's classifier does not carry it.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('types a YAML response as a string, read as text', async () => {
  const { files } = await generateSpec({
    openapi: '3.0.0',
    info: { title: 'Cluster', version: '1' },
    servers: [{ url: 'https://cluster.example' }],
    paths: {
      '/manifest': {
        get: {
          operationId: 'getManifest',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/yaml': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
  });
  const operations = fileText(files, 'operations.ts');
  expect(operations).toMatch(/export function getManifest\([^)]*\): ApiPromise<string>/);
  expect(operations).toContain('readText');
});
