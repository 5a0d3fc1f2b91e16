/** Table-driven tests of normalize, one spec object at a time, against literal IR. */
import { describe, expect, it } from 'vitest';
import { normalizeContext, type NormalizeContext } from '../../src/normalize/context.js';
import { normalizeParameters } from '../../src/normalize/parameter.js';
import { normalizeRequestBody } from '../../src/normalize/request-body.js';
import { normalizeResponses } from '../../src/normalize/responses.js';
import {
  normalizeSecurityRequirement,
  headerEnvVar,
  normalizeSecuritySchemes,
} from '../../src/normalize/security.js';
import { normalizeServers } from '../../src/normalize/servers.js';
import { normalizeDocument } from '../../src/normalize/document.js';

const ctx = (components: Record<string, unknown> = {}): NormalizeContext =>
  normalizeContext({ openapi: '3.1.0', components });
const string = { kind: 'string' } as const;
/** A null-prototype record, as normalize builds maps keyed by spec text. */
const dict = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);

describe('parameters', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'a path parameter: simple, not exploded, always required',
      { name: 'id', in: 'path', schema: { type: 'string' } },
      { style: 'simple', explode: false, required: true },
    ],
    [
      'a query parameter: form, exploded',
      { name: 'q', in: 'query', schema: { type: 'string' } },
      { style: 'form', explode: true, required: false },
    ],
    [
      'a query style the location does not allow falls back',
      { name: 'q', in: 'query', style: 'matrix', schema: { type: 'string' } },
      { style: 'form', explode: true },
    ],
    [
      'deepObject kept, explode as given',
      { name: 'f', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
      { style: 'deepObject', explode: true },
    ],
    [
      'a header: simple',
      { name: 'X-Id', in: 'header', required: true, schema: { type: 'string' } },
      { style: 'simple', explode: false, required: true, identifier: 'xId' },
    ],
    [
      'a cookie: form',
      { name: 'session', in: 'cookie', schema: { type: 'string' } },
      { style: 'form', explode: true },
    ],
    [
      'content instead of schema',
      { name: 'c', in: 'query', content: { 'application/json': { schema: { type: 'integer' } } } },
      { schema: { kind: 'integer' } },
    ],
    [
      'a keyword is a fine key of the params object',
      { name: 'class', in: 'query', schema: { type: 'string' } },
      { identifier: 'class' },
    ],
    [
      'a keyword path parameter, a binding, becomes a safe identifier',
      { name: 'class', in: 'path', schema: { type: 'string' } },
      { identifier: 'class_' },
    ],
    [
      'a key every object inherits is renamed, so an omitted one is never read from Object',
      { name: 'constructor', in: 'query', schema: { type: 'string' } },
      { identifier: 'constructor_' },
    ],
  ])('%s', (_name, raw, expected) => {
    const [param] = normalizeParameters(ctx(), [], [raw], 'op');
    expect(param).toMatchObject(expected);
  });

  it('operation parameters override path-item ones of the same name and location; identifiers stay unique', () => {
    const params = normalizeParameters(
      ctx({ parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } } }),
      [
        { $ref: '#/components/parameters/Limit' },
        { name: 'id', in: 'path', schema: { type: 'string' } },
        { name: 'op', in: 'path', schema: { type: 'string' } },
      ],
      [
        { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
        { name: 'max_results', in: 'query', schema: { type: 'integer' } },
        { name: 'MaxResults', in: 'query', schema: { type: 'integer' } },
        { name: 'op', in: 'query', schema: { type: 'string' } },
        { name: 'op', in: 'header', schema: { type: 'string' } },
      ],
      'op',
    );
    expect(params.map((p) => [p.name, p.identifier, p.required])).toStrictEqual([
      ['limit', 'limit', true],
      ['id', 'id', true],
      // A path parameter is an argument: it must not shadow the function its method calls.
      ['op', 'op_', true],
      ['max_results', 'maxResults', false],
      ['MaxResults', 'maxResults2', false],
      // A key does not shadow the function; a second key of the same name is numbered.
      ['op', 'op', false],
      ['op', 'op2', false],
    ]);
  });

  it('a path parameter is never null', () => {
    const [param] = normalizeParameters(
      ctx(),
      [],
      [{ name: 'k', in: 'path', schema: { type: ['string', 'null'] } }],
      'op',
    );
    expect(param?.schema).toStrictEqual(string);
  });
});

describe('request bodies', () => {
  it.each<[string, unknown, unknown]>([
    ['none', undefined, undefined],
    ['no content', { content: {} }, undefined],
    [
      'JSON preferred, every media type kept, each classified',
      {
        required: true,
        content: {
          'text/plain': { schema: { type: 'string' } },
          'application/vnd.api+json': { schema: { type: 'integer' } },
        },
      },
      {
        preferred: {
          mediaType: { type: 'application/vnd.api+json', kind: 'json' },
          schema: { kind: 'integer' },
        },
        required: true,
        alternatives: [
          { mediaType: { type: 'text/plain', kind: 'text' }, schema: string },
          {
            mediaType: { type: 'application/vnd.api+json', kind: 'json' },
            schema: { kind: 'integer' },
          },
        ],
      },
    ],
    [
      'form and multipart encodings: content type, style and explode, empty entries dropped',
      {
        content: {
          'multipart/form-data': {
            schema: { type: 'object' },
            encoding: { meta: { contentType: 'application/json' }, file: {} },
          },
          'application/x-www-form-urlencoded': {
            schema: { type: 'object' },
            encoding: { tags: { style: 'deepObject', explode: true }, bad: { style: 'matrix' } },
          },
          'application/octet-stream': { encoding: { ignored: { contentType: 'text/plain' } } },
        },
      },
      {
        preferred: {
          mediaType: { type: 'multipart/form-data', kind: 'multipart' },
          schema: { kind: 'object', properties: [], additional: true },
          encoding: dict({ meta: { contentType: 'application/json' } }),
        },
        required: false,
        alternatives: [
          {
            mediaType: { type: 'multipart/form-data', kind: 'multipart' },
            schema: { kind: 'object', properties: [], additional: true },
            encoding: dict({ meta: { contentType: 'application/json' } }),
          },
          {
            mediaType: { type: 'application/x-www-form-urlencoded', kind: 'form' },
            schema: { kind: 'object', properties: [], additional: true },
            encoding: dict({ tags: { style: 'deepObject', explode: true } }),
          },
          {
            mediaType: { type: 'application/octet-stream', kind: 'binary' },
            schema: { kind: 'unknown' },
          },
        ],
      },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeRequestBody(ctx(), raw)).toStrictEqual(expected);
  });
});

describe('responses', () => {
  it('the first 2xx with a body is the success; errors are 4xx, 5xx and default; Accept prefers what the types describe', () => {
    const result = normalizeResponses(
      ctx(),
      {
        '204': { description: 'none' },
        '200': {
          description: 'ok',
          content: { 'application/json': { schema: { type: 'string' } }, 'text/csv': {} },
        },
        '404': {
          description: 'missing',
          content: { 'application/problem+json': { schema: { type: 'object' } } },
        },
        default: { description: 'other' },
        '302': { description: 'moved' },
      },
      'get',
    );
    const json = { type: 'application/json', kind: 'json' };
    const ok = {
      status: '200',
      description: 'ok',
      mediaTypes: [json, { type: 'text/csv', kind: 'text' }],
      described: json,
      schema: string,
    };
    const problem = { type: 'application/problem+json', kind: 'json' };
    expect(result).toStrictEqual({
      success: ok,
      successes: [ok, { status: '204', description: 'none', mediaTypes: [] }],
      errors: [
        {
          status: '404',
          description: 'missing',
          mediaTypes: [problem],
          described: problem,
          schema: { kind: 'object', properties: [], additional: true },
        },
        { status: 'DEFAULT', description: 'other', mediaTypes: [] },
      ],
      // What the types describe first; a media type they do not describe at a lower q.
      accept: 'application/json, application/problem+json, text/csv;q=0.1',
    });
  });
});

// VA Facilities: GeoJSON typed, plain JSON an alternative of the same success, JSON errors.
it("an error's media type is no preference among a success's forms", () => {
  const schema = { type: 'object' };
  const { accept } = normalizeResponses(
    ctx(),
    {
      '200': {
        description: 'ok',
        content: { 'application/geo+json': { schema }, 'application/json': {} },
      },
      '401': { description: 'no', content: { 'application/json': { schema } } },
      '500': { description: 'down', content: { 'application/problem+json': { schema } } },
    },
    'get',
  );
  expect(accept).toBe('application/geo+json, application/problem+json, application/json;q=0.1');
});

// Where the SDK reads every success alike (a Blob, or text), their forms are alternatives the
// caller chooses among (by a body's `format`, say): each at full weight, in the spec's order,
// and an error's form below them all.
describe('Accept where the SDK reads every success alike', () => {
  const file = { type: 'string', format: 'binary' };
  const error = { type: 'object' };
  const content = (types: string[], schema: object) =>
    Object.fromEntries(types.map((type) => [type, { schema }]));
  it.each<[string, Record<string, unknown>, string]>([
    [
      // linqr.app's QR codes: the body's `output.format` says which; JSON and text errors.
      'binary forms, each a Blob',
      {
        '200': {
          description: 'ok',
          content: content(
            ['application/pdf', 'application/postscript', 'image/png', 'image/svg+xml'],
            file,
          ),
        },
        '400': { description: 'bad', content: content(['application/json'], error) },
        '500': { description: 'down', content: content(['text/plain'], { type: 'string' }) },
      },
      'application/pdf, application/postscript, image/png, image/svg+xml, application/json;q=0.1, text/plain;q=0.1',
    ],
    [
      // Royal Mail's labels: a PDF first, then JSON that is a file too, read as a Blob.
      'a JSON form that is a file',
      {
        '200': {
          description: 'ok',
          content: content(['application/pdf', 'application/json'], file),
        },
        '400': {
          description: 'bad',
          content: content(['application/pdf', 'application/json'], error),
        },
      },
      'application/pdf, application/json',
    ],
    [
      'one binary form beside an empty success',
      {
        '200': { description: 'ok', content: content(['application/pdf'], file) },
        '204': { description: 'none' },
        '400': { description: 'bad', content: content(['application/json'], error) },
      },
      'application/pdf, application/json;q=0.1',
    ],
    [
      // Read as text, a spreadsheet's bytes would be garbled: it stays below the text forms.
      'text forms, each a string',
      {
        '200': {
          description: 'ok',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'text/tab-separated-values': {},
            'application/vnd.ms-excel': {},
          },
        },
        '400': { description: 'bad', content: content(['application/json'], error) },
      },
      'text/csv, text/tab-separated-values, application/vnd.ms-excel;q=0.1, application/json;q=0.1',
    ],
  ])('%s', (_, responses, accept) => {
    expect(normalizeResponses(ctx(), responses, 'get').accept).toBe(accept);
  });
});

describe('security', () => {
  const schemes = normalizeSecuritySchemes(
    ctx({
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
        oauth: { type: 'oauth2', flows: {} },
        mutual: { type: 'mutualTLS' },
      },
    }),
    'SHOP',
  );

  it('supported schemes become credentials; unsupported ones are left out', () => {
    expect(schemes).toStrictEqual([
      {
        key: 'key',
        kind: { type: 'apiKey', in: 'header', name: 'X-Key' },
        optionName: 'key',
        envVars: ['SHOP_KEY_API_KEY'],
      },
      {
        key: 'oauth',
        kind: { type: 'bearer' },
        optionName: 'oauth',
        envVars: ['SHOP_OAUTH_BEARER_TOKEN'],
        oauth2: true,
      },
    ]);
  });

  // Plaid's schemes are `PLAID-CLIENT-ID`, `PLAID-SECRET`, `PLAID-VERSION` under the prefix PLAID.
  it('a scheme named with the prefix does not say it twice in its variable', () => {
    const plaid = normalizeSecuritySchemes(
      ctx({
        securitySchemes: {
          'PLAID-CLIENT-ID': { type: 'apiKey', in: 'header', name: 'PLAID-CLIENT-ID' },
          'PLAID-SECRET': { type: 'apiKey', in: 'header', name: 'PLAID-SECRET' },
          PLAID: { type: 'apiKey', in: 'header', name: 'X' },
        },
      }),
      'PLAID',
      undefined,
      'https://production.plaid.com',
    );
    // A name that says what it holds is said alone, at the API's own host (a new user had looked
    // for PLAID_CLIENT_ID).
    expect(plaid.map((s) => s.envVars)).toEqual([
      ['PLAID_CLIENT_ID'],
      ['PLAID_SECRET'],
      ['PLAID_PLAID_API_KEY'],
    ]);
    const named = (key: string, kind: object, prefix = 'ACME', server = 'https://api.acme.com') =>
      normalizeSecuritySchemes(
        ctx({
          securitySchemes: { [key]: kind, Other: { type: 'apiKey', in: 'header', name: 'Y' } },
        }),
        prefix,
        undefined,
        server,
      )[0]!.envVars;
    const bearer = { type: 'http', scheme: 'bearer' };
    const key = { type: 'apiKey', in: 'header', name: 'X' };
    expect([
      named('personalAccessToken', bearer),
      named('GoogleOpenId', bearer),
      named('userId', bearer),
      // Its words end a variable only at the API's own host, and never as one CI runners set:
      // a spec that calls itself GitHub or AWS must not read the runner's secrets.
      named('personalAccessToken', bearer, 'ACME', 'https://acme.attacker.example'),
      named('token', key, 'GITHUB', 'https://api.github.com'),
      named('SecretAccessKey', key, 'AWS', 'https://aws.com'),
    ]).toEqual([
      ['ACME_PERSONAL_ACCESS_TOKEN'],
      ['ACME_GOOGLE_OPEN_ID_BEARER_TOKEN'],
      ['ACME_USER_ID_BEARER_TOKEN'],
      ['ACME_PERSONAL_ACCESS_TOKEN_BEARER_TOKEN'],
      ['GITHUB_TOKEN_API_KEY'],
      [],
    ]);
    // Nor where the fixed ends make a runner's (red team: Woodpecker's CI_NETRC_USERNAME and
    // CI_NETRC_PASSWORD under a spec titled `CI`, Drone's under `Drone`): then none is read.
    const basic = { type: 'http', scheme: 'basic' };
    expect([
      named('netrc', basic, 'CI'),
      named('netrc', basic, 'DRONE'),
      named('stepOidcToken', key, 'BITBUCKET', 'https://api.bitbucket.org'),
    ]).toEqual([[], [], []]);
    // Azure's managed identity's own names, not every IDENTITY_ (eBay's Identity API keeps its).
    expect(headerEnvVar('X-Api-Key', 'IDENTITY', 'https://api.ebay.com')).toBe('IDENTITY_API_KEY');
    expect(headerEnvVar('X-Step-OIDC-Token', 'BITBUCKET', 'https://api.bitbucket.org')).toBe(
      undefined,
    );
    expect(headerEnvVar('X-Server-Token', 'ACME', 'https://api.acme.com')).toBe(
      'ACME_SERVER_TOKEN',
    );
  });

  // Kubernetes' `BearerToken`, Apideck's and Zoom's: a token given without its `Bearer ` had gone so.
  it('an Authorization key the scheme says is a bearer token is one; another stays a key', () => {
    const kinds = normalizeSecuritySchemes(
      ctx({
        securitySchemes: {
          BearerToken: { type: 'apiKey', in: 'header', name: 'authorization' },
          unify: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: 'Send `Authorization: Bearer <your-api-key>`.',
          },
          raw: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Your key.' },
          query: { type: 'apiKey', in: 'query', name: 'bearer' },
        },
      }),
      'K8S',
    ).map((s) => s.kind);
    expect(kinds).toEqual([
      { type: 'bearer' },
      { type: 'bearer' },
      { type: 'apiKey', in: 'header', name: 'Authorization' },
      { type: 'apiKey', in: 'query', name: 'bearer' },
    ]);
  });

  // Spinitron's `httpBearer` was SPINITRON_HTTP_BEARER_BEARER_TOKEN.
  it("a scheme's name and what it holds say their shared words once", () => {
    const schemes = normalizeSecuritySchemes(
      ctx({
        securitySchemes: {
          httpBearer: { type: 'http', scheme: 'bearer' },
          RapidAPI: { type: 'apiKey', in: 'header', name: 'X-RapidAPI-Key' },
          Basic: { type: 'http', scheme: 'basic' },
        },
      }),
      'SPINITRON',
    );
    expect(schemes.map((s) => s.envVars)).toEqual([
      ['SPINITRON_HTTP_BEARER_TOKEN'],
      ['SPINITRON_RAPID_API_KEY'],
      ['SPINITRON_BASIC_USERNAME', 'SPINITRON_BASIC_PASSWORD'],
    ]);
    // Red team: never another scheme's variable, whichever comes first.
    for (const order of [
      ['PartnerApi', 'Partner'],
      ['Partner', 'PartnerApi'],
    ]) {
      const partners = normalizeSecuritySchemes(
        ctx({
          securitySchemes: Object.fromEntries(
            order.map((key) => [key, { type: 'apiKey', in: 'header', name: `X-${key}` }]),
          ),
        }),
        'F',
      );
      const byKey = Object.fromEntries(partners.map((s) => [s.key, s.envVars]));
      expect(byKey).toEqual({
        Partner: ['F_PARTNER_API_KEY'],
        PartnerApi: ['F_PARTNER_API_API_KEY'],
      });
    }
  });

  // Google's specs: `{Oauth2: [scope], Oauth2c: [scope]}`, two OAuth flows of one bearer token.
  it('schemes that all write Authorization are alternatives, not all required', () => {
    const google = normalizeSecuritySchemes(
      ctx({
        securitySchemes: {
          Oauth2: { type: 'oauth2', flows: {} },
          Oauth2c: { type: 'oauth2', flows: {} },
          key: { type: 'apiKey', in: 'query', name: 'key' },
        },
      }),
      'GOOGLE',
    );
    expect(
      normalizeSecurityRequirement(
        normalizeContext({}),
        [{ Oauth2: ['s'], Oauth2c: ['s'] }, { key: [], Oauth2: [] }, { Oauth2: [] }],
        google,
      ),
    ).toEqual([['Oauth2'], ['Oauth2c'], ['key', 'Oauth2']]);
  });

  // Vercel declares `oauth2`, and all 111 secured operations require `bearerToken`.
  it('a scheme no requirement names, beside one that is named, is left out', () => {
    const securitySchemes = {
      bearerToken: { type: 'http', scheme: 'bearer' },
      oauth2: { type: 'oauth2', flows: {} },
    };
    const used = normalizeSecuritySchemes(
      normalizeContext({
        openapi: '3.1.0',
        components: { securitySchemes },
        paths: { '/x': { get: { security: [{ bearerToken: [] }] } } },
      }),
      'VERCEL',
    );
    // One scheme left: its credential is `apiKey`, as the contract says of one.
    expect(used.map((s) => [s.key, s.optionName])).toEqual([['bearerToken', 'apiKey']]);
    // Named nowhere (a spec that forgot `security`): every declared one stays.
    expect(normalizeSecuritySchemes(ctx({ securitySchemes }), 'VERCEL')).toHaveLength(2);
  });

  // Bitbucket's `api_key` and Adyen's `ApiKeyAuth` beside other schemes.
  it('a scheme named for what it holds says it once', () => {
    const named = normalizeSecuritySchemes(
      ctx({
        securitySchemes: {
          api_key: { type: 'apiKey', in: 'header', name: 'X' },
          ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'Y' },
          basicAuth: { type: 'http', scheme: 'basic' },
        },
      }),
      'SHOP',
    );
    expect(named.map((s) => s.envVars)).toEqual([
      ['SHOP_API_KEY'],
      ['SHOP_API_KEY_2'],
      ['SHOP_BASIC_AUTH_USERNAME', 'SHOP_BASIC_AUTH_PASSWORD'],
    ]);
  });

  it.each<[string, unknown, unknown, string[][]]>([
    ['the operation overrides the document', [{ oauth: [] }], [{ key: [] }], [['oauth']]],
    [
      'the document applies without one',
      undefined,
      [{ key: [] }, { oauth: [] }],
      [['key'], ['oauth']],
    ],
    ['an empty list means none', [], [{ key: [] }], []],
    ['unknown scheme names are dropped', [{ key: [], nope: [] }], undefined, [['key']]],
    // Files.com and Cloudmersive declare a scheme and name it nowhere: a key given is sent,
    // and every one given (TfL's `app_id` had gone without, beside its `app_key`).
    [
      'a spec that names no scheme anywhere sends every credential given',
      undefined,
      undefined,
      [['key', 'oauth']],
    ],
    // Airflow's `security: []`, Airbyte's `[{}]`: each deployment chooses; what is given goes.
    ['so does one whose only requirement is none', undefined, [], [['key', 'oauth']]],
    ['or anonymous access', undefined, [{}], [['key', 'oauth']]],
  ])('%s', (_name, operation, security, expected) => {
    const document = security === undefined ? {} : { security };
    expect(
      normalizeSecurityRequirement(normalizeContext(document), operation, schemes),
    ).toStrictEqual(expected);
  });

  // Red team: Airflow's Basic, OpenID and Kerberos all write `Authorization`; as one
  // alternative, a stale variable's Kerberos went over the caller's Basic.
  it('schemes named nowhere that all write Authorization stay alternatives', () => {
    const writers = normalizeSecuritySchemes(
      ctx({
        securitySchemes: {
          Basic: { type: 'http', scheme: 'basic' },
          Kerberos: { type: 'http', scheme: 'negotiate' },
          key: { type: 'apiKey', in: 'header', name: 'X-Key' },
        },
      }),
      'AIRFLOW',
    );
    expect(
      normalizeSecurityRequirement(normalizeContext({ security: [] }), undefined, writers),
    ).toStrictEqual([
      ['key', 'Basic'],
      ['key', 'Kerberos'],
    ]);
  });

  it('an operation without security in a spec that names schemes elsewhere needs none', () => {
    const document = { paths: { '/a': { get: { security: [{ key: [] }] } } } };
    expect(
      normalizeSecurityRequirement(normalizeContext(document), undefined, schemes),
    ).toStrictEqual([]);
    // Named in a path item that is a `$ref` (3.1's `components.pathItems`): still named.
    const throughRef = {
      components: { pathItems: { Admin: { get: { security: [{ key: [] }] } } } },
      paths: { '/admin': { $ref: '#/components/pathItems/Admin' } },
    };
    expect(
      normalizeSecurityRequirement(normalizeContext(throughRef), undefined, schemes),
    ).toStrictEqual([]);
  });
});

describe('servers', () => {
  // ClickMeter's `https://apiv2.clickmeter.com:80`, from Swagger 2.0's host and schemes.
  it("drops the other scheme's port, where no server of this one listens", () => {
    expect(
      normalizeServers([
        { url: 'http://apiv2.clickmeter.com:80/v2' },
        { url: 'https://apiv2.clickmeter.com:80/v2' },
        // Port 443 speaks TLS: https (Betfair's http on 443 went in plain text to port 80).
        { url: 'http://a.test:443' },
        { url: 'https://b.test:8443' },
        // Red team: a port-like text in a path is no port.
        { url: 'http://h.test/x:443/y' },
        { url: 'https://h.test/x/y' },
      ]).map((s) => s.url),
    ).toEqual([
      'https://apiv2.clickmeter.com/v2',
      'https://a.test',
      'https://b.test:8443',
      'http://h.test/x:443/y',
      'https://h.test/x/y',
      // After its https twin: its key is never the default's, sent in the clear.
      'http://apiv2.clickmeter.com:80/v2',
    ]);
  });

  it('variables take their defaults; keys come from descriptions and stay unique', () => {
    expect(
      normalizeServers([
        { url: 'https://{region}.api.test/v2', variables: { region: { default: 'eu' } } },
        { url: 'http://localhost:8080', description: 'Local' },
        { url: 'http://127.0.0.1', description: 'local' },
      ]),
    ).toStrictEqual([
      { url: 'https://eu.api.test/v2', key: 'default', index: 0 },
      { url: 'http://localhost:8080', key: 'local', index: 1, description: 'Local' },
      { url: 'http://127.0.0.1', key: 'local2', index: 2, description: 'local' },
    ]);
  });

  // Red Hat's `https://cloud.redhat.com/{basePath}` with `basePath: /api/…` (new-user trial).
  it("joins a variable's slash and the template's as one", () => {
    const basePath = { basePath: { default: '/api/catalog-inventory/v1.0' } };
    expect(
      normalizeServers([
        { url: 'https://cloud.redhat.com/{basePath}', variables: basePath },
        { url: '//{host}/v2/', variables: { host: { default: 'h.test/' } } },
        { url: '{basePath}/x', variables: basePath },
        // Red team: the template's own `//` stays (a proxy's path holding a URL).
        { url: 'https://h.test/proxy/https://other.test/{v}', variables: { v: { default: 'v1' } } },
      ]).map((s) => s.url),
    ).toEqual([
      'https://cloud.redhat.com/api/catalog-inventory/v1.0',
      'https://h.test/v2/',
      '/api/catalog-inventory/v1.0/x',
      'https://h.test/proxy/https://other.test/v1',
    ]);
  });
});

// Trello's 324 summaries are their operationIds (`getCardsByIdCard()`): the docs began with it.
it('a summary that only repeats the operationId is none; any other stays', () => {
  const operation = (summary: string) => ({
    operationId: 'getCardsByIdCard',
    summary,
    responses: { '200': { description: 'ok' } },
  });
  const api = normalizeDocument({
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: {
      '/a': { get: operation('getCardsByIdCard()') },
      '/b': { get: { ...operation('Get a card'), operationId: 'getCard' } },
      '/c': { get: { ...operation('Get account'), operationId: 'Get account' } },
    },
  } as never);
  expect(api.operations.map((op) => op.summary)).toEqual([undefined, 'Get a card', 'Get account']);
});
