/**
 * An SDK whose spec never offers a choice of credentials bundles `applySoleAlternative`, not
 * the chooser: it must send what `applySecurity` would, for every requirement without a choice
 * and every set of credentials at hand.
 */
import { expect, it } from 'vitest';
import { fileText, generateSpec } from '../helpers/generate-spec.js';
import {
  apiKeyHeader,
  applySecurity,
  applySoleAlternative,
  bearerAuth,
  type SecurityRequirement,
} from '../../templates/runtime/security.js';

const schemes = { key: apiKeyHeader('X-Api-Key'), bearer: bearerAuth };
const NO_CHOICE: SecurityRequirement[] = [[], [[]], [['key']], [['bearer']], [['key', 'bearer']]];
const AT_HAND = [{}, { key: 'k' }, { bearer: 't' }, { key: 'k', bearer: 't' }];

async function sent(
  authorize: typeof applySecurity,
  requirement: SecurityRequirement,
  credentials: Record<string, string>,
  send: boolean,
) {
  const headers = new Headers();
  const url = new URL('https://api.example/x');
  const secrets = await authorize(requirement, schemes, credentials, { headers, url }, send);
  return { headers: [...headers], url: url.href, secrets };
}

it('sends what the chooser would, for every requirement without a choice', async () => {
  for (const requirement of NO_CHOICE)
    for (const credentials of AT_HAND)
      for (const send of [true, false])
        expect(await sent(applySoleAlternative, requirement, credentials, send)).toEqual(
          await sent(applySecurity, requirement, credentials, send),
        );
});

it("a client passes the chooser only where some operation's requirement offers a choice", async () => {
  const client = async (security: unknown) =>
    fileText(
      (
        await generateSpec({
          openapi: '3.1.0',
          info: { title: 'Keys', version: '1' },
          components: {
            securitySchemes: {
              key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
              bearer: { type: 'http', scheme: 'bearer' },
            },
          },
          security: [{ key: [] }],
          paths: {
            '/a': { get: { operationId: 'getA', responses: { 204: { description: 'ok' } } } },
            '/b': {
              get: { operationId: 'getB', security, responses: { 204: { description: 'ok' } } },
            },
          },
        })
      ).files,
      'client.ts',
    );
  const sole = await client([{ bearer: [] }]);
  expect(sole).toContain('authorize: applySoleAlternative');
  expect(sole).not.toContain('given:');
  const choice = await client([{ key: [] }, { bearer: [] }]);
  expect(choice).toContain('authorize: applySecurity');
  expect(choice).toContain('given: {');
});
