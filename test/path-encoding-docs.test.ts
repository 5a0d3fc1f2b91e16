/**
 * A path parameter the spec says to URL-encode (IVS's ARNs, Cloud Storage's object names) is
 * encoded by the SDK: its docs say so, so no caller encodes it a second time (`%2F` sent as
 * `%252F`, a 404).
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

const parameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

const spec = {
  openapi: '3.0.3',
  info: { title: 'Tags', version: '1' },
  servers: [{ url: 'https://tags.example' }],
  paths: {
    '/tags/{resourceArn}/{key}': {
      get: {
        operationId: 'getTag',
        parameters: [
          parameter('resourceArn', 'The ARN of the resource. The ARN must be URL-encoded.'),
          parameter('key', 'The key of the tag.'),
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
  },
};

it('says the SDK encodes a path value the spec tells to encode, and only there', async () => {
  const client = fileText((await generateSpec(spec)).files, 'client.ts');
  expect(client).toMatch(
    /@param resourceArn - The ARN of the resource\. The ARN must be URL-encoded\.\n +\*\n +\* The SDK encodes the value: pass it as it is, not encoded\.\n/,
  );
  expect(client).toContain('@param key - The key of the tag.\n');
  expect(client.match(/The SDK encodes the value/g)).toHaveLength(1);
});
