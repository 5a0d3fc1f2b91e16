/**
 * A scheme that signs each request (AWS Signature Version 4, OAuth 1.0a) cannot be served by a
 * credential sent as it is: the SDK says so where it generates, and in the option's docs, which
 * had promised "Sent as the `Authorization` header" (DynamoDB's, Twitter's user token).
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from './helpers/generate-spec.js';

it('warns of a scheme that signs, and its option says what the SDK leaves to the caller', async () => {
  const { files, warnings } = await generateSpec(
    {
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
    },
    { package: 'tables' },
  );
  expect(
    warnings.filter((w) => w.message.includes('signs each request')).map((w) => w.pointer),
  ).toEqual(['/components/securitySchemes/hmac', '/components/securitySchemes/userToken']);
  const client = fileText(files, 'client.ts');
  expect(client).toContain('Each request must be signed (AWS Signature Version 4)');
  expect(client).toContain('Each request must be signed (OAuth 1.0a)');
  expect(client).toContain('Sent as a bearer token in `Authorization`;');
  // So does the README's table (a new user had given DynamoDB's a fixed string).
  // No variable is read for it, and the set-up gives none (red team).
  expect(client).not.toContain('TABLES_HMAC');
  expect(fileText(files, 'README.md')).not.toMatch(/hmac: '…'/);
  expect(fileText(files, 'README.md')).toContain(
    "| `hmac` | each request's signature (AWS Signature Version 4), which this SDK does not compute: leave it out, and give the client a `fetch` that signs each request |",
  );
});
