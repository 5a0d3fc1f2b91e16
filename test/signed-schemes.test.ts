/**
 * A scheme that signs each request (AWS Signature Version 4, OAuth 1.0a) cannot be served by a
 * credential sent as it is: the SDK says so where it generates, and in the option's docs, which
 * had promised "Sent as the `Authorization` header" (DynamoDB's, Twitter's user token).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generate } from '../src/index.js';

it('warns of a scheme that signs, and its option says what the SDK leaves to the caller', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signed-schemes-'));
  try {
    const spec = join(dir, 'openapi.json');
    writeFileSync(
      spec,
      JSON.stringify({
        openapi: '3.0.0',
        info: { title: 'Tables', version: '1' },
        servers: [{ url: 'https://tables.example' }],
        components: {
          securitySchemes: {
            hmac: {
              type: 'apiKey',
              name: 'Authorization',
              in: 'header',
              'x-amazon-apigateway-authtype': 'awsSigv4',
            },
            userToken: { type: 'http', scheme: 'OAuth' },
            bearer: { type: 'http', scheme: 'bearer' },
          },
        },
        security: [{ hmac: [] }, { userToken: [] }, { bearer: [] }],
        paths: {
          '/': { post: { operationId: 'putItem', responses: { 204: { description: 'ok' } } } },
        },
      }),
    );
    const { files, warnings } = await generate({ input: spec, output: 'unused', dryRun: true });
    expect(
      warnings.filter((w) => w.message.includes('signs each request')).map((w) => w.pointer),
    ).toEqual(['/components/securitySchemes/hmac', '/components/securitySchemes/userToken']);
    const client = files.find((f) => f.path === 'client.ts')!.content;
    expect(client).toContain('Each request must be signed (AWS Signature Version 4)');
    expect(client).toContain('Each request must be signed (OAuth 1.0a)');
    expect(client).toContain('Sent as a bearer token in `Authorization`.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
