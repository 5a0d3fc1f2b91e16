/**
 * Small specs cut to the shape of real APIs' list operations, as their published
 * specs write them: GitHub (a bare array, `page`/`per_page`, the `Link` header),
 * Slack (`response_metadata.next_cursor`), Twilio (`next_page_uri`, a path, and
 * `meta.next_page_url`), Spotify (paging objects composed with `allOf`), Royal Mail
 * (`continuationToken` sent back under its own name), SchoolDigger (`numberOfPages`).
 */

const JSON_OK = (schema: unknown, extra: Record<string, unknown> = {}) => ({
  '200': { description: 'OK', content: { 'application/json': { schema } }, ...extra },
});

const stringParam = (name: string, where: 'path' | 'query' = 'query') => ({
  name,
  in: where,
  required: where === 'path',
  schema: { type: 'string' },
});

export const GITHUB = {
  openapi: '3.0.3',
  info: { title: 'GitHub', version: '1.1.4' },
  servers: [{ url: 'https://api.github.com' }],
  security: [{ token: [] }],
  paths: {
    '/orgs/{org}/repos': {
      get: {
        operationId: 'repos/list-for-org',
        parameters: [
          { $ref: '#/components/parameters/org' },
          { ...stringParam('type'), schema: { type: 'string', enum: ['all', 'public'] } },
          { $ref: '#/components/parameters/per-page' },
          { $ref: '#/components/parameters/page' },
        ],
        responses: JSON_OK(
          { type: 'array', items: { $ref: '#/components/schemas/minimal-repository' } },
          { headers: { Link: { $ref: '#/components/headers/link' } } },
        ),
      },
    },
    // Declares no Link header itself, though the API sends one: `page` and `per_page` say it pages.
    '/orgs/{org}/members': {
      get: {
        operationId: 'orgs/list-members',
        parameters: [
          { $ref: '#/components/parameters/org' },
          { $ref: '#/components/parameters/per-page' },
          { $ref: '#/components/parameters/page' },
        ],
        responses: JSON_OK({
          type: 'array',
          items: { $ref: '#/components/schemas/simple-user' },
        }),
      },
    },
    '/search/repositories': {
      get: {
        operationId: 'search/repos',
        parameters: [
          { ...stringParam('q'), required: true },
          { $ref: '#/components/parameters/per-page' },
          { $ref: '#/components/parameters/page' },
        ],
        responses: JSON_OK(
          {
            type: 'object',
            required: ['total_count', 'incomplete_results', 'items'],
            properties: {
              total_count: { type: 'integer' },
              incomplete_results: { type: 'boolean' },
              items: { type: 'array', items: { $ref: '#/components/schemas/minimal-repository' } },
            },
          },
          { headers: { Link: { $ref: '#/components/headers/link' } } },
        ),
      },
    },
    '/orgs/{org}': {
      get: {
        operationId: 'orgs/get',
        parameters: [{ $ref: '#/components/parameters/org' }],
        responses: JSON_OK({ $ref: '#/components/schemas/simple-user' }),
      },
    },
  },
  components: {
    securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
    parameters: {
      org: stringParam('org', 'path'),
      'per-page': {
        name: 'per_page',
        in: 'query',
        schema: { type: 'integer', default: 30 },
      },
      page: { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } },
    },
    headers: {
      link: {
        example:
          '<https://api.github.com/resource?page=2>; rel="next", <https://api.github.com/resource?page=5>; rel="last"',
        schema: { type: 'string' },
      },
    },
    schemas: {
      'minimal-repository': {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'integer' }, name: { type: 'string' } },
      },
      'simple-user': {
        type: 'object',
        required: ['login'],
        properties: { login: { type: 'string' } },
      },
    },
  },
};

export const SLACK = {
  openapi: '3.0.0',
  info: { title: 'Slack Web API', version: '1.7.0' },
  servers: [{ url: 'https://slack.com/api' }],
  security: [{ slackAuth: [] }],
  paths: {
    '/conversations.list': {
      get: {
        operationId: 'conversations_list',
        parameters: [
          stringParam('types'),
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          stringParam('cursor'),
        ],
        responses: JSON_OK({
          additionalProperties: false,
          required: ['ok', 'channels'],
          type: 'object',
          properties: {
            channels: {
              type: 'array',
              uniqueItems: true,
              items: { $ref: '#/components/schemas/objs_conversation' },
            },
            ok: { type: 'boolean', enum: [true] },
            response_metadata: {
              additionalProperties: false,
              required: ['next_cursor'],
              type: 'object',
              properties: { next_cursor: { type: 'string' } },
            },
          },
        }),
      },
    },
    // The spec says only `{ ok }`; the config says how it pages.
    '/users.list': {
      get: {
        operationId: 'users_list',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          stringParam('cursor'),
        ],
        responses: JSON_OK({
          additionalProperties: true,
          type: 'object',
          required: ['ok'],
          properties: { ok: { type: 'boolean', enum: [true] } },
        }),
      },
    },
  },
  components: {
    securitySchemes: { slackAuth: { type: 'http', scheme: 'bearer' } },
    schemas: {
      objs_conversation: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string' }, name: { type: 'string' } },
      },
    },
  },
};

const TWILIO_URI = { type: 'string', format: 'uri', nullable: true };

export const TWILIO = {
  openapi: '3.0.1',
  info: { title: 'Twilio - Api', version: '1.0.0' },
  servers: [{ url: 'https://api.twilio.com' }],
  security: [{ accountSid_authToken: [] }],
  paths: {
    '/2010-04-01/Accounts/{AccountSid}/Calls.json': {
      get: {
        operationId: 'ListCall',
        parameters: [
          stringParam('AccountSid', 'path'),
          stringParam('To'),
          { name: 'PageSize', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'Page', in: 'query', schema: { type: 'integer', minimum: 0 } },
          stringParam('PageToken'),
        ],
        responses: JSON_OK({
          title: 'ListCallResponse',
          type: 'object',
          properties: {
            calls: {
              type: 'array',
              items: { $ref: '#/components/schemas/api.v2010.account.call' },
            },
            end: { type: 'integer' },
            first_page_uri: { type: 'string', format: 'uri' },
            next_page_uri: TWILIO_URI,
            page: { type: 'integer' },
            page_size: { type: 'integer' },
            previous_page_uri: TWILIO_URI,
            start: { type: 'integer' },
            uri: { type: 'string', format: 'uri' },
          },
        }),
      },
    },
    '/v2/Attempts': {
      get: {
        operationId: 'ListVerificationAttempt',
        parameters: [
          { name: 'PageSize', in: 'query', schema: { type: 'integer' } },
          { name: 'Page', in: 'query', schema: { type: 'integer' } },
          stringParam('PageToken'),
        ],
        responses: JSON_OK({
          title: 'ListVerificationAttemptResponse',
          type: 'object',
          properties: {
            attempts: {
              type: 'array',
              items: { $ref: '#/components/schemas/verify.v2.verification_attempt' },
            },
            meta: {
              type: 'object',
              properties: {
                first_page_url: { type: 'string', format: 'uri' },
                key: { type: 'string' },
                next_page_url: TWILIO_URI,
                page: { type: 'integer' },
                page_size: { type: 'integer' },
                previous_page_url: TWILIO_URI,
                url: { type: 'string', format: 'uri' },
              },
            },
          },
        }),
      },
    },
  },
  components: {
    securitySchemes: { accountSid_authToken: { type: 'http', scheme: 'basic' } },
    schemas: {
      'api.v2010.account.call': {
        type: 'object',
        properties: { sid: { type: 'string', nullable: true } },
      },
      'verify.v2.verification_attempt': {
        type: 'object',
        properties: { sid: { type: 'string', nullable: true } },
      },
    },
  },
};

export const SPOTIFY = {
  openapi: '3.0.3',
  info: { title: 'Spotify Web API', version: '2023.2.27' },
  servers: [{ url: 'https://api.spotify.com/v1' }],
  security: [{ oauth_2_0: [] }],
  paths: {
    '/me/playlists': {
      get: {
        operationId: 'get-a-list-of-current-users-playlists',
        parameters: [
          { $ref: '#/components/parameters/QueryLimit' },
          { name: 'offset', in: 'query', schema: { type: 'integer', default: 0 } },
        ],
        responses: { '200': { $ref: '#/components/responses/PagedPlaylists' } },
      },
    },
    '/browse/featured-playlists': {
      get: {
        operationId: 'get-featured-playlists',
        parameters: [{ $ref: '#/components/parameters/QueryLimit' }],
        responses: {
          '200': {
            description: 'A paged set of playlists',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/PagingFeaturedPlaylistObject' },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      oauth_2_0: {
        type: 'oauth2',
        flows: {
          authorizationCode: {
            authorizationUrl: 'https://accounts.spotify.com/authorize',
            tokenUrl: 'https://accounts.spotify.com/api/token',
            scopes: { 'playlist-read-private': 'read' },
          },
        },
      },
    },
    parameters: {
      QueryLimit: {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', default: 20, minimum: 0, maximum: 50 },
      },
    },
    responses: {
      PagedPlaylists: {
        description: 'A paged set of playlists',
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/PagingPlaylistObject' } },
        },
      },
    },
    schemas: {
      PagingObject: {
        type: 'object',
        required: ['href', 'items', 'limit', 'next', 'offset', 'previous', 'total'],
        properties: {
          href: { type: 'string' },
          limit: { type: 'integer' },
          next: { type: 'string', nullable: true },
          offset: { type: 'integer' },
          previous: { type: 'string', nullable: true },
          total: { type: 'integer' },
        },
      },
      PagingPlaylistObject: {
        type: 'object',
        allOf: [
          { $ref: '#/components/schemas/PagingObject' },
          {
            type: 'object',
            properties: {
              items: {
                type: 'array',
                items: { $ref: '#/components/schemas/SimplifiedPlaylistObject' },
              },
            },
          },
        ],
      },
      PagingFeaturedPlaylistObject: {
        type: 'object',
        properties: {
          message: { type: 'string' },
          playlists: { $ref: '#/components/schemas/PagingPlaylistObject' },
        },
      },
      SimplifiedPlaylistObject: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
      },
    },
  },
};

const intParam = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'integer', ...extra },
});

/** Royal Mail's Click & Drop: `continuationToken` in the page, sent back under its own name. */
export const ROYAL_MAIL = {
  openapi: '3.0.1',
  info: { title: 'ChannelShipper & Royal Mail Public API', version: '1.0.0' },
  servers: [{ url: 'https://api.parcel.royalmail.com/api/v1' }],
  paths: {
    '/orders': {
      get: {
        tags: ['Orders'],
        operationId: 'GetOrdersAsync',
        parameters: [
          { $ref: '#/components/parameters/pageSize' },
          { $ref: '#/components/parameters/startDateTime' },
          { $ref: '#/components/parameters/continuationToken' },
        ],
        responses: JSON_OK({ $ref: '#/components/schemas/GetOrdersResponse' }),
        security: [{ Bearer: [] }],
      },
    },
  },
  components: {
    parameters: {
      pageSize: {
        ...intParam('pageSize', { minimum: 1, maximum: 100, default: 25 }),
        description: 'The number of items to return',
      },
      startDateTime: {
        ...stringParam('startDateTime'),
        schema: { type: 'string', format: 'date-time' },
      },
      continuationToken: {
        ...stringParam('continuationToken'),
        description: 'The token for retrieving the next page of items',
      },
    },
    schemas: {
      GetOrdersResponse: {
        type: 'object',
        properties: {
          orders: { type: 'array', items: { $ref: '#/components/schemas/GetOrderInfoResource' } },
          continuationToken: { type: 'string' },
        },
      },
      GetOrderInfoResource: {
        type: 'object',
        properties: { orderIdentifier: { type: 'integer' }, orderReference: { type: 'string' } },
      },
    },
    securitySchemes: { Bearer: { type: 'apiKey', in: 'header', name: 'Authorization' } },
  },
};

/** SchoolDigger: `page` and `perPage`, the page saying `numberOfPages` beside its list. */
export const SCHOOLDIGGER = {
  openapi: '3.0.0',
  info: { title: 'SchoolDigger API V2.0', version: 'v2.0' },
  servers: [{ url: 'https://api.schooldigger.com' }],
  paths: {
    '/v2.0/districts': {
      get: {
        tags: ['Districts'],
        operationId: 'Districts_GetAllDistricts2',
        parameters: [
          { ...stringParam('st'), required: true },
          {
            ...intParam('page', { format: 'int32' }),
            description: 'Page number to retrieve (optional, default: 1)',
          },
          {
            ...intParam('perPage', { format: 'int32' }),
            description:
              'Number of districts to retrieve on a page (50 max) (optional, default: 10)',
          },
          { ...stringParam('appID'), required: true },
          { ...stringParam('appKey'), required: true },
        ],
        responses: JSON_OK({ $ref: '#/components/schemas/APIDistrictList2' }),
      },
    },
  },
  components: {
    schemas: {
      APIDistrictList2: {
        type: 'object',
        properties: {
          districtList: {
            type: 'array',
            items: { $ref: '#/components/schemas/APIDistrict2Summary' },
          },
          numberOfDistricts: {
            description: 'The total count of districts that match your query',
            type: 'integer',
            format: 'int32',
          },
          numberOfPages: {
            description:
              'The total count of pages in your query list based on given per_page value',
            type: 'integer',
            format: 'int32',
          },
        },
      },
      APIDistrict2Summary: {
        type: 'object',
        properties: { districtID: { type: 'string' }, districtName: { type: 'string' } },
      },
    },
  },
};
