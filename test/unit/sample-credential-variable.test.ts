/**
 * The variable a spec's own code samples read a credential from names the client's:
 * DigitalOcean's say `$DIGITALOCEAN_TOKEN`, which its users have set, and a client reading
 * `DIGITALOCEAN_API_KEY` had sent their calls without it.
 */
import { expect, it } from 'vitest';
import { sampleCredentialVariable } from '../../src/normalize/code-samples.js';
import { normalizeDocument } from '../../src/normalize/document.js';
import type { OpenAPI3 } from 'openapi-typescript';

const curl = (source: string) => ({ lang: 'cURL', source });

it('is the credential the samples read most, under the API’s prefix', () => {
  expect(
    sampleCredentialVariable(
      [
        curl('curl -H "Authorization: Bearer $DIGITALOCEAN_TOKEN" .../droplets/$DROPLET_ID'),
        curl('curl -H "Authorization: Bearer ${DIGITALOCEAN_TOKEN}" ...'),
        { lang: 'Python', source: 'client = Client(token=os.environ.get("DIGITALOCEAN_TOKEN"))' },
        { lang: 'Go', source: 'token := os.Getenv("DIGITALOCEAN_ACCESS_KEY")' },
      ],
      'DIGITALOCEAN',
    ),
  ).toBe('DIGITALOCEAN_TOKEN');
  // Not an id, nor another API's variable.
  expect(
    sampleCredentialVariable([curl('echo $DIGITALOCEAN_DROPLET_ID $GITHUB_TOKEN')], 'DIGITALOCEAN'),
  ).toBe(undefined);
});

it('names the client’s one credential; without samples, `<PREFIX>_API_KEY`', () => {
  const spec = (
    samples: object[],
    title = 'DigitalOcean API',
    url = 'https://api.digitalocean.com',
  ) =>
    ({
      openapi: '3.0.3',
      info: { title, version: '2' },
      servers: [{ url }],
      components: { securitySchemes: { bearer_auth: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer_auth: [] }],
      paths: {
        '/v2/account': {
          get: {
            operationId: 'account_get',
            'x-codeSamples': samples,
            responses: { 200: { description: 'ok' } },
          },
        },
      },
    }) as unknown as OpenAPI3;
  const envVars = (samples: object[], title?: string, url?: string) =>
    normalizeDocument(spec(samples, title, url)).securitySchemes[0]!.envVars;
  expect(envVars([curl('curl -H "Authorization: Bearer $DIGITALOCEAN_TOKEN" ...')])).toEqual([
    'DIGITALOCEAN_TOKEN',
  ]);
  expect(envVars([])).toEqual(['DIGITALOCEAN_API_KEY']);
  // Red team: a spec that calls itself GitHub, served elsewhere, must not read CI's token; nor
  // at GitHub's own host, since GitHub Actions sets it for every workflow.
  const hostile = [curl('curl -H "Authorization: Bearer $GITHUB_TOKEN" ...')];
  expect(envVars(hostile, 'GitHub', 'https://evil.example')).toEqual(['GITHUB_API_KEY']);
  expect(envVars(hostile, 'GitHub', 'https://api.github.com')).toEqual(['GITHUB_API_KEY']);
  // Red team: a label of the host is not its owner; a hosting platform's users are not it, nor
  // a name spelled otherwise, nor a name under no public suffix.
  const own = [curl('curl -H "Authorization: Bearer $DIGITALOCEAN_ACCESS_TOKEN" ...')];
  expect(envVars(own, 'DigitalOcean', 'https://api.digitalocean.com')).toEqual([
    'DIGITALOCEAN_ACCESS_TOKEN',
  ]);
  for (const url of [
    'https://attacker.digitalocean.example/api',
    'https://digitalocean.attacker.example',
    'https://digitalocean.netlify.app',
    'https://digitalocean.s3.amazonaws.com',
    'https://api.digital-ocean.com',
    'https://api.digitalocean.test',
  ])
    expect(envVars(own, 'DigitalOcean', url)).toEqual(['DIGITALOCEAN_API_KEY']);
  // What runners and clouds set stays unread, whoever owns a host of the name, and so does the
  // `_API_KEY` under their prefixes: such a credential reads no variable.
  const runner = (name: string) => [curl(`curl -H "Authorization: Bearer $${name}" ...`)];
  expect(
    envVars(runner('ACTIONS_RUNTIME_TOKEN'), 'Actions', 'https://api.actions.example'),
  ).toEqual([]);
  expect(envVars(runner('AWS_SECRET_ACCESS_KEY'), 'AWS', 'https://api.aws.example')).toEqual([]);
});
