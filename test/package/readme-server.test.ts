/**
 * The package README of a spec that leaves out what its docs need: a blank title (GoDaddy's had
 * headed the README `# `) is the API's host, and a spec without servers (Getty Images') sets up
 * its client with a `baseUrl`, which its first call had refused to go without.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generate } from '../../src/index.js';

async function readmeOf(document: object): Promise<string> {
  mkdirSync('test/.tmp', { recursive: true });
  const input = `test/.tmp/readme-server-${Math.random().toString(36).slice(2)}.json`;
  writeFileSync(input, JSON.stringify(document));
  const { files } = await generate({
    input,
    output: 'test/.tmp/readme-server',
    package: 'sdk',
    dryRun: true,
    format: false,
  });
  rmSync(input);
  return files.find((f) => f.path === 'README.md')!.content;
}

const paths = {
  '/domains': { get: { operationId: 'list', responses: { 200: { description: 'ok' } } } },
};

it('a blank title is the host of the API', async () => {
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: ' ', version: '1' },
    servers: [{ url: 'https://api.ote-godaddy.com' }],
    paths,
  });
  expect(readme.split('\n')[0]).toBe('# api.ote-godaddy.com');
  expect(readme).toContain('The TypeScript SDK for api.ote-godaddy.com (API version 1)');
  // The client keeps its name from the host as before, never a name made of the title.
  expect(readme).toContain('new OteGodaddyClient(');
  const local = await readmeOf({
    openapi: '3.0.0',
    info: { title: '', version: '1' },
    servers: [{ url: 'http://127.0.0.1:8111' }],
    paths,
  });
  expect(local.split('\n')[0]).toBe('# 127.0.0.1');
  expect(local).toContain('new ApiClient(');
});

// OpenAI's and Okta's specs declare no credentials: their READMEs had said nothing of a key.
it('a spec of no credentials says to give them as headers', async () => {
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Images', version: '1' },
    servers: [{ url: 'https://api.images.example' }],
    paths,
  });
  expect(readme).toContain('## Authentication\n\nThe spec declares no credentials');
  expect(readme).toContain("new ImagesClient({ headers: { Authorization: 'Bearer …' } })");
  // With the base URL where the spec names no server, as every set-up (red team).
  const nowhere = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Images', version: '1' },
    paths,
  });
  expect(nowhere).toContain(
    "new ImagesClient({ baseUrl: 'https://…', headers: { Authorization: 'Bearer …' } })",
  );
});

it('without a server, the set-up gives the client its baseUrl', async () => {
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Images', version: '1' },
    paths,
  });
  expect(readme).toContain("const client = new ImagesClient({\n  baseUrl: 'https://…',\n});");
  expect(readme).toContain(
    'Options: `baseUrl` (required: the spec names no server; read from the environment variable `IMAGES_BASE_URL` when not given)',
  );
  const served = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Images', version: '1' },
    servers: [{ url: 'https://api.images.example' }],
    paths,
  });
  expect(served).toContain('const client = new ImagesClient();');
  // eBay's new fulfillment is named only by its `Location` (new-user trial).
  expect(served).toContain('await its `.withResponse()`: `{ data, response }`');
  // The variable the client reads is said (Vonage's `SMS_BASE_URL` had not been: new-user trial).
  expect(served).toContain(
    '`baseUrl` (default `https://api.images.example`; read from the environment variable `IMAGES_BASE_URL` when not given)',
  );
});

// Rubrik's server is `/api/v1`: the README had said "required; like `/api/v1`", a value the
// client refuses; WireMock's retries snippet had left out the `baseUrl` it requires (trial).
it('a server that is a path asks for the URL before it, in every set-up', async () => {
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Rubrik', version: '1' },
    servers: [{ url: '/api/v1' }],
    paths,
  });
  expect(readme).toContain(
    "`baseUrl` (required: your server's URL with the path `/api/v1`, like `https://…/api/v1`; read from",
  );
  expect(readme).toContain(
    "new RubrikClient({ baseUrl: 'https://…/api/v1', maxRetries: 5, timeout: 20_000 })",
  );
});

// GoToWebinar takes its token as an `Authorization` header parameter, ClearBlade its tokens as
// headers of each call: the README had said to put a bearer token in `headers` (trial).
it('a spec of credential headers says where they go', async () => {
  const header = (name: string) => ({
    name,
    in: 'header',
    required: true,
    schema: { type: 'string' },
  });
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Blade', version: '1' },
    servers: [{ url: 'https://platform.blade.example' }],
    paths: {
      '/a': {
        get: {
          operationId: 'a',
          parameters: [header('Blade-UserToken')],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/b': {
        get: {
          operationId: 'b',
          parameters: [header('blade-usertoken')],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/c': { get: { operationId: 'c', responses: { 200: { description: 'ok' } } } },
    },
  });
  expect(readme).not.toContain('The spec declares no credentials');
  expect(readme).toContain("Give each call that takes them its params' `bladeUserToken`.");
  // Zuora's Authorization, on 51 of its 428 calls: the others went without.
  expect(readme).toContain("Calls that declare none send the client's `headers`");
  // Vonage's SMS takes its key and secret as members of its form body: its README had said to
  // give a bearer token in `headers` (new-user trial). Every call takes them: no word of headers.
  const form = (properties: object) => ({
    content: {
      'application/x-www-form-urlencoded': { schema: { type: 'object', properties } },
    },
  });
  const sms = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'SMS', version: '1' },
    servers: [{ url: 'https://rest.sms.example' }],
    paths: {
      '/json': {
        post: {
          operationId: 'sendSms',
          requestBody: form({
            api_key: { type: 'string' },
            api_secret: { type: 'string' },
            to: {},
          }),
          responses: { 200: { description: 'ok' } },
        },
      },
    },
  });
  expect(sms).toContain("Give each call whose body takes them the body's `api_key`, `api_secret`.");
  expect(sms).not.toMatch(/declares no credentials|Calls that declare none/);
  // Red team: a name with `sign` or `pass` in it is no credential (an assignee, a webhook's
  // signature): the README still says where a token goes.
  const filters = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Tasks', version: '1' },
    servers: [{ url: 'https://api.tasks.example' }],
    paths: {
      '/a': {
        get: {
          operationId: 'a',
          parameters: [
            header('filter_by_assignee_user_id'),
            header('X-Hub-Signature'),
            header('X-Auth-Type'),
            // Red team: query parameters that are no credential though a word says one.
            ...['inchiKey', 'pageToken', 'secret_type', 'token_ids'].map((name) => ({
              name,
              in: 'query',
              required: true,
              schema: { type: 'string' },
            })),
          ],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
  });
  expect(filters).toContain('The spec declares no credentials');
  // Visual Crossing's `key` is a query parameter of each call: no header carries it (trial).
  const weather = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Weather', version: '1' },
    servers: [{ url: 'https://api.weather.example' }],
    paths: {
      '/forecast': {
        get: {
          operationId: 'forecast',
          parameters: [{ name: 'key', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
  });
  expect(weather).toContain("Give each call that takes them its params' `key`.");
});

// Zoom's `bearer`, listed first, goes with 1 of its calls: a new user gave it, and every call
// that takes `oAuth` met a 401. The table says how many calls take each, the most first.
it('lists the credentials by how many calls take them, and says so', async () => {
  const op = (operationId: string, security?: object[]) => ({
    operationId,
    ...(security && { security }),
    responses: { 200: { description: 'ok' } },
  });
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Meetings', version: '1' },
    servers: [{ url: 'https://api.meetings.example' }],
    security: [{ OAuth: [] }],
    components: {
      securitySchemes: {
        Bearer: { type: 'apiKey', in: 'header', name: 'Authorization' },
        OAuth: { type: 'http', scheme: 'bearer' },
      },
    },
    paths: {
      '/users': { get: op('listUsers') },
      '/me': { get: op('getMe') },
      '/chat': { post: op('sendChat', [{ OAuth: [] }, { Bearer: [] }]) },
      '/hooks': { post: op('makeHook', [{ Bearer: [] }]) },
    },
  });
  const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
  expect(rows.map((row) => row.split(' | ').slice(0, 1).concat(row.split(' | ')[2]!))).toEqual([
    ['| `oAuth`', '3 of 4'],
    ['| `bearer`', '2 of 4'],
  ]);
});

// Discourse's `Api-Username` goes with its `Api-Key`: the README had named the key alone.
it("names the client's other headers beside a credential's, in a spec without schemes", async () => {
  const keyed = {
    parameters: ['Api-Key', 'Api-Username'].map((name) => ({
      name,
      in: 'header',
      required: true,
      schema: { type: 'string' },
    })),
    responses: { 200: { description: 'ok' } },
  };
  const readme = await readmeOf({
    openapi: '3.0.0',
    info: { title: 'Forum', version: '1' },
    servers: [{ url: 'https://forum.example.org' }],
    paths: Object.fromEntries(['/a', '/b', '/c'].map((path) => [path, { get: keyed }])),
  });
  expect(readme).toContain(
    'Give the client `apiKey` (the `Api-Key` header, by default `FORUM_API_KEY`), `apiUsername` (the `Api-Username` header), which go with every call',
  );
});
