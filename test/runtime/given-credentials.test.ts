/**
 * With several security schemes, the credential the code gives the client wins over
 * one an environment variable supplies for another alternative: a stale variable must
 * not stand in for what the code says.
 */
import { expect, it } from 'vitest';
import { apiKeyHeader, applySecurity, bearerAuth } from '../../templates/runtime/security.js';

const schemes = { key: apiKeyHeader('X-Api-Key'), bearer: bearerAuth };
const requirement = [['key'], ['bearer']];

async function sent(
  credentials: Record<string, string | undefined>,
  given?: Record<string, string | undefined>,
  alternatives: string[][] = requirement,
): Promise<[string | null, string | null]> {
  const headers = new Headers();
  await applySecurity(
    alternatives,
    schemes,
    credentials,
    { headers, url: new URL('https://a.example') },
    true,
    given,
  );
  return [headers.get('x-api-key'), headers.get('authorization')];
}

it('an alternative the given credentials complete comes first', async () => {
  // `key` came from the environment, `bearer` from the code.
  expect(await sent({ key: 'ENVKEY', bearer: 'tok' }, { key: undefined, bearer: 'tok' })).toEqual([
    null,
    'Bearer tok',
  ]);
});

it('without given credentials, the first complete alternative, the environment’s included', async () => {
  expect(
    await sent({ key: 'ENVKEY', bearer: undefined }, { key: undefined, bearer: undefined }),
  ).toEqual(['ENVKEY', null]);
  // Both given in code: both go, the chosen last (see below).
  expect(await sent({ key: 'k', bearer: 't' })).toEqual(['k', 'Bearer t']);
});

// Gitea's seven schemes are alternatives; its `Sudo` header acts for another user beside a token
// (its description says so), and had been dropped without a word when given with one.
it("sends another alternative's credential the code gave, the chosen one taking any place both fill", async () => {
  const gitea = {
    token: apiKeyHeader('Authorization'),
    sudo: apiKeyHeader('Sudo'),
    bearer: bearerAuth,
  };
  const send = async (
    credentials: Record<string, string | undefined>,
    given: Record<string, string | undefined> = credentials,
  ) => {
    const headers = new Headers();
    await applySecurity(
      [['bearer'], ['token'], ['sudo']],
      gitea,
      credentials,
      { headers, url: new URL('https://a.example') },
      true,
      given,
    );
    return [headers.get('authorization'), headers.get('sudo')];
  };
  expect(await send({ token: 'token abc', sudo: 'bob' })).toEqual(['token abc', 'bob']);
  // The chosen alternative's place is its own: `bearer`, first, wins over the token given too.
  expect(await send({ bearer: 'b', token: 'token abc' })).toEqual(['Bearer b', null]);
  // One the environment gave, not the code, stays out.
  expect(await send({ token: 'token abc', sudo: 'ENV' }, { token: 'token abc' })).toEqual([
    'token abc',
    null,
  ]);
});

// Red team: alternatives are either one. A stale or admin token in the environment went beside
// the key the user meant, where the code gave none.
it("sends no other alternative's credential from the environment", async () => {
  expect(await sent({ key: 'ENVKEY', bearer: 'ENVTOK' }, {})).toEqual(['ENVKEY', null]);
  expect(await sent({ key: 'k', bearer: 'ENVTOK' }, { key: 'k' })).toEqual(['k', null]);
});

// Jira: `security: [{basicAuth: []}, {OAuth2: []}, {}]` on 220 operations.
it('anonymous access allowed (`{}`) sends the credentials there are, the environment’s too', async () => {
  const optional = [['key'], ['bearer'], []];
  expect(await sent({ key: undefined, bearer: 'ENVTOK' }, {}, optional)).toEqual([
    null,
    'Bearer ENVTOK',
  ]);
  // Listed first, the empty alternative still comes last.
  expect(await sent({ key: 'k', bearer: undefined }, undefined, [[], ['key']])).toEqual([
    'k',
    null,
  ]);
  expect(await sent({ key: undefined, bearer: undefined }, {}, optional)).toEqual([null, null]);
});

// Plaid: `security: [{clientId: [], secret: [], plaidVersion: []}]`; a caller who gave the id and
// the secret but no version had neither sent.
it('with no alternative complete, the fullest sends the credentials it has', async () => {
  const both = [['key', 'bearer']];
  expect(await sent({ key: 'k', bearer: undefined }, undefined, both)).toEqual(['k', null]);
  // Among alternatives, the one with the most at hand; nothing at hand sends nothing.
  const choice = [['key'], ['key', 'bearer'], ['bearer']];
  expect(await sent({ key: undefined, bearer: undefined }, undefined, choice)).toEqual([
    null,
    null,
  ]);
  // Anonymous access allowed: nothing partial goes.
  expect(await sent({ key: 'k', bearer: undefined }, undefined, [['key', 'bearer'], []])).toEqual([
    null,
    null,
  ]);
});

// The red team's: `[{clientId, version}, {secret, token}]`, a stale client id in the
// environment and the secret in the code. The code's secret goes, not the stale id.
it('with none complete, the alternative the code gave most of comes first', async () => {
  expect(
    await sent({ key: 'STALE', bearer: 'code-token' }, { key: undefined, bearer: 'code-token' }, [
      ['key', 'version'],
      ['bearer', 'other'],
    ]),
  ).toEqual([null, 'Bearer code-token']);
});

// A new user's `apiKey: process.env.KEY ?? ''` had sent `Authorization: Bearer ` and an empty key.
it('an empty credential is none: nothing is sent, and an alternative with one given wins', async () => {
  expect(await sent({ key: '', bearer: undefined }, { key: '' })).toEqual([null, null]);
  // A function's empty or blank answer too (red team: `Authorization: Bearer ` had gone).
  const headers = new Headers();
  await applySecurity(
    [['bearer']],
    schemes,
    { bearer: () => '  ' },
    { headers, url: new URL('https://a.example') },
    true,
  );
  expect(headers.get('authorization')).toBeNull();
  expect(await sent({ key: '', bearer: 'tok' }, { key: '', bearer: 'tok' })).toEqual([
    null,
    'Bearer tok',
  ]);
});

// Zoom's calls name its authorization-code scheme; a server-to-server app's token, given as
// `clientCredentials`, had gone nowhere. Another OAuth 2 flow's token follows as an alternative.
it("an operation naming one OAuth 2 flow takes another flow's token, its own first", async () => {
  const { normalizeDocument } = await import('../../src/normalize/document.js');
  const oauth = (flows: object) => ({ type: 'oauth2', flows });
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'Meetings', version: '1' },
    security: [{ OAuth: [] }],
    paths: {
      '/m': { get: { responses: { '200': { description: 'ok' } } } },
      '/bot': {
        get: { security: [{ ClientCredentials: [] }], responses: { '200': { description: 'ok' } } },
      },
      '/key': { get: { security: [{ Key: [] }], responses: { '200': { description: 'ok' } } } },
    },
    components: {
      securitySchemes: {
        OAuth: oauth({
          authorizationCode: { authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} },
        }),
        ClientCredentials: oauth({ clientCredentials: { tokenUrl: 'https://t', scopes: {} } }),
        Key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      },
    },
  } as never);
  const [meetings, bot, key] = api.operations.map((op) => op.security);
  expect(meetings).toEqual([['OAuth'], ['ClientCredentials']]);
  expect(bot).toEqual([['ClientCredentials'], ['OAuth']]);
  // An API key is no access token.
  expect(key).toEqual([['Key']]);
  const bearer = { OAuth: bearerAuth, ClientCredentials: bearerAuth };
  const sentWith = async (credentials: Record<string, string>) => {
    const headers = new Headers();
    await applySecurity(
      meetings!,
      bearer,
      credentials,
      { headers, url: new URL('https://a.example') },
      true,
    );
    return headers.get('authorization');
  };
  expect(await sentWith({ ClientCredentials: 's2s' })).toBe('Bearer s2s');
  expect(await sentWith({ OAuth: 'user', ClientCredentials: 's2s' })).toBe('Bearer user');
});
