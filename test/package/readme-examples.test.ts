/**
 * The package README's calls compile as shown: a call's required parameters and body are given
 * values of their types. Deutsche Bahn's, ClearBlade's and BritBox's examples had passed
 * `{ /* … *\/ }` where parameters were required, which `tsc` refuses (new-user trial).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { typecheck } from '../helpers/typecheck.js';

const out = 'test/.tmp/readme-examples';
afterAll(() => rmSync(out, { recursive: true, force: true }));

const string = { type: 'string' };
const spec = {
  openapi: '3.0.3',
  info: { title: 'Boards', version: '1' },
  servers: [{ url: 'https://api.boards.example' }],
  paths: {
    '/boards/{id}/arrivals': {
      post: {
        operationId: 'createArrival',
        tags: ['Arrivals'],
        // Wowza's samples call the API without the SDK: no example of it (new-user trial).
        'x-codeSamples': [
          { lang: 'JavaScript', source: "var https = require('https');\nhttps.get('x');" },
          // Red team: a call in a comment is no call.
          { lang: 'TypeScript', source: "// client.arrivals.create()\nrequire('https').get('x');" },
        ],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
          { name: 'date', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          { name: 'mode', in: 'query', required: true, schema: { enum: ['rail', 'bus'] } },
          { name: 'X-Trace', in: 'header', required: false, schema: string },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Arrival' } } },
        },
        responses: { '201': { description: 'made' } },
      },
    },
    '/documents': {
      patch: {
        operationId: 'uploadDocument',
        tags: ['Documents'],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { $ref: '#/components/schemas/Document' } } },
        },
        responses: { '204': { description: 'stored' } },
      },
    },
  },
  components: {
    schemas: {
      // Loket's document upload: a multipart body of no fields is the caller's FormData.
      Document: { type: 'string', format: 'binary' },
      Arrival: {
        type: 'object',
        required: ['id', 'train', 'stops', 'at'],
        properties: {
          // Set by the server: no member of what is sent.
          id: { type: 'string', readOnly: true },
          train: { $ref: '#/components/schemas/Train' },
          stops: { type: 'array', items: string },
          at: { type: 'string', format: 'date-time' },
          note: string,
        },
      },
      Train: {
        allOf: [
          { type: 'object', required: ['number'], properties: { number: { type: 'integer' } } },
          {
            type: 'object',
            required: ['operator'],
            properties: { operator: { $ref: '#/components/schemas/Operator' } },
          },
        ],
      },
      // Plaid's `client_user_id`, a ref to a string three objects down, had been `{} as never`.
      Operator: {
        type: 'object',
        required: ['code'],
        properties: { code: { $ref: '#/components/schemas/OperatorCode' } },
      },
      OperatorCode: { type: 'string', enum: ['DB', 'SBB'] },
    },
  },
};

// Red team: a discriminator's value beside the member it narrows had been said twice.
const pets = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1' },
  servers: [{ url: 'https://api.pets.example' }],
  paths: {
    '/pets': {
      post: {
        operationId: 'createPet',
        tags: ['Pets'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Animal' } } },
        },
        responses: { '204': { description: 'made' } },
      },
    },
  },
  components: {
    schemas: {
      Animal: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind' },
      },
      Cat: {
        type: 'object',
        required: ['kind', 'meow'],
        properties: { kind: { type: 'string' }, meow: { type: 'boolean' } },
      },
      Dog: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string' } },
      },
    },
  },
};

it("gives a call's required parameters and body, and the call compiles", async () => {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '..', 'readme-examples.json'), JSON.stringify(spec));
  await generate({
    input: join(out, '..', 'readme-examples.json'),
    output: out,
    package: 'boards',
  });
  const readme = readFileSync(join(out, 'README.md'), 'utf8');
  expect(readme).not.toContain('/* … */');
  expect(readme).not.toContain("require('https')");
  expect(readme).not.toContain('// client.arrivals.create()');
  const call = /const result = await (client\.arrivals\.create\([^;]*\));/.exec(readme)?.[1];
  expect(call).toBeDefined();
  expect(call).not.toContain('"id":');
  expect(call).toContain('operator: { code: "DB" }');
  // A required list gets one item: YouTube's `part: []` had gone as no `part`, which it refuses.
  expect(call).toContain('stops: ["stops"]');
  const upload = /await (client\.documents\.\w+\([^;]*\));/.exec(readme)?.[1];
  expect(upload).toContain('body: new FormData()');
  writeFileSync(
    join(out, 'readme-call.ts'),
    `import { BoardsClient } from './index.js';\nconst client = new BoardsClient();\nexport const result = await ${call};\nexport const uploaded = await ${upload};\n`,
  );
  expect(typecheck([join(out, 'readme-call.ts')])).toEqual([]);
});

it("says a discriminator's value once, and the call compiles", async () => {
  const dir = `${out}-pets`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}.json`, JSON.stringify(pets));
  await generate({ input: `${dir}.json`, output: dir, package: 'pets' });
  const call = /await (client\.pets\.create\([^;]*\));/.exec(
    readFileSync(join(dir, 'README.md'), 'utf8'),
  )?.[1];
  expect(call).toBeDefined();
  writeFileSync(
    join(dir, 'readme-call.ts'),
    `import { PetsClient } from './index.js';\nconst client = new PetsClient();\nexport const result = await ${call};\n`,
  );
  expect(typecheck([join(dir, 'readme-call.ts')])).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.json`, { force: true });
});

it('sets up every credential the usual requirement takes together, and the set-up compiles', async () => {
  // VTEX's calls need its app key and app token together; the set-up had shown the key alone.
  const dir = `${out}-vtex`;
  const key = (name: string) => ({ type: 'apiKey', in: 'header', name });
  const vtex = {
    openapi: '3.0.3',
    info: { title: 'Catalog', version: '1' },
    servers: [{ url: 'https://api.vtex.example' }],
    // Red team: twin schemes (one option) said once.
    security: [{ appKey: [], AppKey: [], appToken: [] }],
    paths: {
      '/skus': { get: { operationId: 'listSkus', responses: { '204': { description: 'ok' } } } },
    },
    components: {
      securitySchemes: {
        // Red team: a cut between an emoji's two halves had written U+FFFD.
        appKey: {
          ...key('X-VTEX-API-AppKey'),
          description: `${'A'.repeat(299)}😀${'B'.repeat(9)}`,
        },
        AppKey: key('X-VTEX-API-AppKey'),
        // Gitea's token goes as `token <key>`, which its README had not said (new-user trial).
        appToken: {
          ...key('X-VTEX-API-AppToken'),
          // Its first paragraph, headings aside (DigitalOcean's had been flattened whole).
          description: `## Tokens\n\nPrefix it with "token", then a space.\n${'More. '.repeat(60)}\n\nLater.`,
        },
      },
    },
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}.json`, JSON.stringify(vtex));
  await generate({ input: `${dir}.json`, output: dir, package: 'catalog' });
  const setUp = /const client = new VtexCatalogClient\(\{[^]*?\}\);/.exec(
    readFileSync(join(dir, 'README.md'), 'utf8'),
  )?.[0];
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  // What the spec says of a scheme, on its line of the table, a long one cut at a word.
  expect(readme).toMatch(
    /\| API key in the header `X-VTEX-API-AppToken`: Prefix it with "token", then a space\. More\.[ More.]* … \|/,
  );
  expect(readme).toContain(`${'A'.repeat(299)}😀 … |`);
  expect(readme).not.toMatch(/\\#|Tokens|Later/);
  expect(setUp?.match(/appKey: '…'/g)).toHaveLength(1);
  expect(setUp).toContain("appToken: '…'");
  writeFileSync(
    join(dir, 'readme-setup.ts'),
    `import { VtexCatalogClient } from './index.js';\nexport ${setUp}\n`,
  );
  expect(typecheck([join(dir, 'readme-setup.ts')])).toEqual([]);
  // So does the client's own example: Trello's had given its key alone (new-user trial).
  expect(readFileSync(join(dir, 'client.ts'), 'utf8')).toContain(
    "const client = new VtexCatalogClient({ appKey: '…', appToken: '…' });",
  );
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.json`, { force: true });
});

it("calls in its errors example what the set-up's credentials can call", async () => {
  // Twitter's errors example had called an operation that takes an app's token, beside a set-up
  // that gives a user's: it went with no credential.
  const bearer = { type: 'http', scheme: 'bearer' };
  const call = (operationId: string, scheme: string) => ({
    get: {
      operationId,
      security: [{ [scheme]: [] }],
      responses: { '204': { description: 'ok' } },
    },
  });
  const twitter = {
    openapi: '3.0.3',
    info: { title: 'Birds', version: '1' },
    servers: [{ url: 'https://api.birds.example' }],
    paths: {
      '/compliance/jobs': call('listComplianceJobs', 'app'),
      '/tweets': call('listTweets', 'user'),
      '/likes': call('listLikes', 'user'),
    },
    components: { securitySchemes: { app: bearer, user: bearer } },
  };
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const text = fileText((await generateSpec(twitter, { package: 'birds' })).files, 'README.md');
  expect(text).toContain("user: '…'");
  expect(/## Errors[^]*?await (.*);/.exec(text)?.[1]).toMatch(/^client\.\w+\.list\(\)$/);
  expect(/## Errors[^]*?await (.*);/.exec(text)?.[1]).not.toContain('ompliance');
});

/** A spec of one offset walk over `/items`: its query parameters and the schemas they `$ref`. */
function walkSpec(parameters: object[], schemas: object = {}) {
  const int = { type: 'integer' };
  const page = {
    type: 'object',
    properties: { total: int, items: { type: 'array', items: { type: 'object' } } },
  };
  return {
    openapi: '3.0.3',
    info: { title: 'Mail', version: '1' },
    servers: [{ url: 'https://api.mail.example' }],
    components: { schemas },
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          parameters: parameters.map((p) => ({ in: 'query', required: true, ...p })),
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: page } } },
          },
        },
      },
    },
  };
}

/** The call the README's pagination example walks. */
async function walkExample(spec: object): Promise<string | undefined> {
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const text = fileText((await generateSpec(spec, { package: 'mail' })).files, 'README.md');
  return /for await \(const item of (.*)\)/.exec(text)?.[1];
}

it('walks its pagination example from the first item, a hundred a page', async () => {
  // Postmark's had walked its bounces from `offset: 1`, one per page.
  const spec = walkSpec([
    { name: 'count', schema: { type: 'integer', maximum: 500 } },
    { name: 'offset', schema: { type: 'integer' } },
  ]);
  expect(await walkExample(spec)).toBe('client.items.list({ count: 100, offset: 0 })');
});

it("shows basic auth's credential as both its halves", async () => {
  // Mailchimp's users had given their key alone, which went as the user name.
  const mail = {
    openapi: '3.0.3',
    info: { title: 'Mail', version: '1' },
    servers: [{ url: 'https://api.mail.example' }],
    security: [{ basicAuth: [] }],
    paths: { '/ping': { get: { operationId: 'ping', responses: { 204: { description: 'ok' } } } } },
    components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } } },
  };
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const { files } = await generateSpec(mail, { package: 'mail' });
  const text = fileText(files, 'README.md');
  expect(text).toMatch(/apiKey: 'user:password',/);
  expect(text).toContain("given as `'user:password'`");
  // And the client's construction example, alike.
  expect(fileText(files, 'client.ts')).toContain("new MailClient({ apiKey: 'user:password' })");
});

it("walks from the least offset its schema allows, a page within the limit's bounds, through refs", async () => {
  // Red team: a `$ref`'d or nullable limit had still been `1`; a 1-based `start` had been `0`.
  const spec = walkSpec(
    [
      { name: 'offset', schema: { type: 'integer', minimum: 1 } },
      { name: 'limit', schema: { $ref: '#/components/schemas/Limit' } },
    ],
    { Limit: { type: 'integer', maximum: 100, exclusiveMaximum: true } },
  );
  expect(await walkExample(spec)).toBe('client.items.list({ offset: 1, limit: 99 })');
});

// Vercel's `user` example had been `requestDelete()`, the deletion of the caller's account, and
// its errors example a login without its body: a README's example is copied and run.
it('shows a call that reads, where a resource has one, in its examples and its errors example', async () => {
  const op = (operationId: string) => ({
    operationId,
    tags: ['User'],
    responses: { '204': { description: 'ok' } },
  });
  const account = {
    openapi: '3.0.3',
    info: { title: 'Account', version: '1' },
    servers: [{ url: 'https://api.account.example' }],
    paths: {
      '/user/delete': { post: op('requestDelete') },
      // Gitea's organization example had been `createRepoDeprecated`.
      '/user/legacy': { get: { ...op('getLegacyUser'), deprecated: true } },
      '/user/{id}': {
        get: {
          ...op('getUser'),
          parameters: [{ name: 'id', in: 'path', required: true, schema: string }],
        },
      },
    },
  };
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const readme = fileText((await generateSpec(account, { package: 'account' })).files, 'README.md');
  expect(readme).not.toMatch(/requestDelete|getLegacy/);
  // Twilio's, Gmail's, Mux's, bunq's and WhatsApp's users had sent a message or made a thing
  // three times: such a call goes again only where the server said it did not act.
  expect(readme).toContain(
    'A POST or PATCH without an idempotency key is sent again only after a 408, 429 or 503',
  );
  expect(readme).toContain('await client.user.get("id")');
});

// Red team: five levels of required members, each a ref to the next, had grown the example as
// the members' count to the fourth power (a README of gigabytes, then no memory left).
it('keeps a value of many nested required members to a hundred members, the rest a cast', async () => {
  const level = (n: number) => ({
    type: 'object',
    required: Array.from({ length: 30 }, (_, i) => `m${i}`),
    properties: Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `m${i}`,
        n < 4 ? { $ref: `#/components/schemas/L${n + 1}` } : string,
      ]),
    ),
  });
  const wide = {
    openapi: '3.0.3',
    info: { title: 'Wide', version: '1' },
    servers: [{ url: 'https://api.wide.example' }],
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          tags: ['Things'],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/L0' } } },
          },
          responses: { '204': { description: 'made' } },
        },
      },
    },
    components: { schemas: Object.fromEntries([0, 1, 2, 3, 4].map((n) => [`L${n}`, level(n)])) },
  };
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const readme = fileText((await generateSpec(wide, { package: 'wide' })).files, 'README.md');
  expect(readme.length).toBeLessThan(30_000);
  expect(readme).toContain('{} as never');
});

// Red team: a node's `oneOf` of itself or a string had been `{} as never` inside its own cycle.
it("gives a union's first variant that is no cast", async () => {
  const tree = {
    openapi: '3.0.3',
    info: { title: 'Tree', version: '1' },
    servers: [{ url: 'https://api.tree.example' }],
    paths: {
      '/nodes': {
        post: {
          operationId: 'createNode',
          tags: ['Nodes'],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
          },
          responses: { '204': { description: 'made' } },
        },
      },
    },
    components: {
      schemas: {
        Node: {
          type: 'object',
          required: ['parent'],
          properties: { parent: { oneOf: [{ $ref: '#/components/schemas/Node' }, string] } },
        },
      },
    },
  };
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const readme = fileText((await generateSpec(tree, { package: 'tree' })).files, 'README.md');
  expect(readme).toContain('client.nodes.create({ body: { parent: "parent" } })');
});

// SendGrid's key is an API key in `Authorization`, which goes as `Bearer SG.…`: a user who gave
// the key alone met a 401.
it('says an API key in the Authorization header is its whole value', async () => {
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Mail', version: '1' },
    servers: [{ url: 'https://api.mail.example' }],
    security: [{ key: [] }],
    components: {
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'Authorization' } },
    },
    paths: {
      '/mail': { get: { operationId: 'getMail', responses: { '204': { description: 'ok' } } } },
    },
  };
  const readme = fileText((await generateSpec(spec, { package: 'mail' })).files, 'README.md');
  expect(readme).toContain(
    'API key in the header `Authorization`, its whole value (with its `Bearer `, where the API takes one)',
  );
});

it('declines a stream in the example of a call whose stream flag is required', async () => {
  // Red team: a required `follow` had been `true`, and the example had opened a log that never ends.
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const follow = {
    name: 'follow',
    in: 'query',
    required: true,
    description: 'Follow the log stream of the pod.',
    schema: { type: 'boolean' },
  };
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Pods', version: '1' },
    servers: [{ url: 'https://pods.example' }],
    paths: {
      '/log': {
        get: {
          operationId: 'readLog',
          parameters: [follow],
          responses: {
            '200': { description: 'ok', content: { 'text/plain': { schema: string } } },
          },
        },
      },
    },
  };
  const text = fileText((await generateSpec(spec, { package: 'pods' })).files, 'README.md');
  expect(text).toContain('client.log.read({ follow: false })');
  expect(text).not.toContain('follow: true');
});

it('fills a body that is an allOf of an allOf with its required members', async () => {
  // Vonage's message body had been `{} as never`.
  const { generateSpec, fileText } = await import('../helpers/generate-spec.js');
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Messages', version: '1' },
    servers: [{ url: 'https://api.messages.example' }],
    paths: {
      '/': {
        post: {
          operationId: 'sendMessage',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      allOf: [
                        { $ref: '#/components/schemas/Text' },
                        { properties: { to: string } },
                      ],
                    },
                  ],
                },
              },
            },
          },
          responses: { '202': { description: 'sent' } },
        },
      },
    },
    components: {
      schemas: {
        Base: { type: 'object', properties: { channel: string }, required: ['channel'] },
        Text: {
          allOf: [
            { $ref: '#/components/schemas/Base' },
            { type: 'object', properties: { text: string }, required: ['text'] },
          ],
        },
      },
    },
  };
  const text = fileText((await generateSpec(spec, { package: 'messages' })).files, 'README.md');
  expect(text).toMatch(
    /client\.sendMessage\(\{ body: \{ channel: (['"])channel\1, text: \1text\1 \} \}\)/,
  );
});
