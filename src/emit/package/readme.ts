/**
 * The SDK's README.md: install, client set-up, authentication, errors,
 * retries and timeouts, pagination, runtime validation and dates (when the
 * SDK was generated with them), and one example per resource (its TypeScript
 * `x-codeSamples` entry where the spec has one).
 */
import {
  credentialOptions,
  defaultServerUrl,
  type Api,
  type Operation,
  type SecurityScheme,
} from '../../ir/api.js';
import { credentialParameters } from '../../ir/credential-parameters.js';
import { objectLiteralKey, stringLiteral } from '../escape.js';
import { hasIdempotencyKeys } from '../idempotency.js';
import { codeBlock, inlineCode, markdownText } from './markdown.js';
import { accessOf, type ClientMethod, type ResourceMethods } from './methods.js';
import { exampleParams, exampleValue } from './example-values.js';
import { usualCredentials } from '../default-security.js';
import { baseUrlExample, credentialPlaceholder, quoted } from '../core-file.js';
import { typeContext } from '../names.js';

/**
 * What the package holds: the client class with its resources, the core and standalone functions
 * (`emit: functions`, where the client class is not there to construct), or types only.
 */
export type PackageLayout = 'client' | 'functions' | 'types';

export function readme(
  api: Api,
  name: string,
  resources: readonly ResourceMethods[],
  validate = false,
  layout: PackageLayout = 'client',
): string {
  if (layout === 'types') return typesReadme(api, name);
  const client = layout === 'client' ? api.client.className : api.client.coreName;
  const calls = layout === 'client' ? 'method' : 'function';
  // With functions, the set-up imports the first and calls it: no sample shows a function's call.
  const first = layout === 'functions' ? resources[0]?.methods[0] : undefined;
  const importLine = `import { ${[client, ...(first ? [first.name] : [])].join(', ')} } from ${stringLiteral(name)};`;
  const dependencies = validate
    ? 'Its one runtime dependency is zod, which checks response bodies (see *Runtime validation*)'
    : 'It has no runtime dependency';
  const sections = [
    `# ${markdownText(api.title)}`,
    `The TypeScript SDK for ${markdownText(api.title)} (API version ${markdownText(api.version)}). ${dependencies}: it runs on Node 20+, Deno, Bun and browsers with the platform's \`fetch\`. Every ${calls} is listed with its signature in [api.md](./api.md).`,
    ...install(name),
    '## Set up the client',
    codeBlock(
      'ts',
      `${importLine}\n\nconst client = new ${client}(${setupArguments(api)});${first ? `\nconst result = await ${callOf(api, first)};` : ''}`,
    ),
    `Options: \`baseUrl\` (${baseUrlOption(api)}), \`timeout\` in milliseconds, \`maxRetries\`${clientHeaderOptions(api)}, \`fetch\`, \`headers\` and \`query\` (sent with every request)${api.securitySchemes.length > 0 ? ', and the credentials below' : ''}.`,
    // eBay's new fulfillment is named only by its `Location` (new-user trial).
    `Each ${calls} resolves to the response's body. For its status and headers too (a \`Location\`, a request id), await its \`.withResponse()\`: \`{ data, response }\`, the \`Response\` as received.`,
    ...authentication(api),
    '## Errors',
    `A response with a status outside 2xx throws an \`ApiError\` with \`status\`, \`headers\` and \`body\` (typed from the spec for the statuses it declares), as one of its subclasses for the common statuses: \`BadRequestError\` (400), \`AuthenticationError\` (401), \`PermissionDeniedError\` (403), \`NotFoundError\` (404), \`ConflictError\` (409), \`UnprocessableEntityError\` (422), \`RateLimitError\` (429), \`InternalServerError\` (500 and above). A network failure throws \`ApiConnectionError\`, a timeout \`ApiTimeoutError\`. Each ${calls}'s \`<Operation>Error\` type names what it may throw.`,
    codeBlock('ts', errorExample(api, name, resources)),
    '## Retries and timeouts',
    `Connection errors, the statuses 408, 429 and 500 and above, and a 403 that says it is a rate limit are retried with exponential backoff and jitter, honouring \`Retry-After\` and a rate limit's reset: twice by default (${hasIdempotencyKeys(api) ? 'a 409 only where the call sends its idempotency key: elsewhere it is a conflict no retry resolves' : 'not a 409: a conflict no retry resolves'}). A POST or PATCH without an idempotency key is sent again only after a 408, 429 or 503, which say it was not done: after another 5xx or a dropped connection it may have taken effect. Set \`maxRetries\` and \`timeout\` on the client, or per call:`,
    codeBlock(
      'ts',
      `const client = new ${client}(${clientWith(api, 'maxRetries: 5, timeout: 20_000')});`,
    ),
    // Google Drive's downloads, still coming, had failed at the timeout (new-user trial).
    '`timeout` is in milliseconds, 60 seconds by default. It bounds the wait for the response and the reading of its body; a file the operation answers is bounded by each wait for more of its bytes instead, so a download that keeps coming is not cut off. To bound a whole call, pass a `signal` (`AbortSignal.timeout(ms)`).',
    // Twilio's, Gmail's, Mux's, bunq's and WhatsApp's users had sent a message or made a thing
    // three times: such a call goes again only where the server said it did not act.
    'Where the API dedupes by a key header the spec does not declare, give it in `headers` (`{ "Idempotency-Key": crypto.randomUUID() }`): a POST that carries it is retried after any 5xx too.',
    ...(hasIdempotencyKeys(api)
      ? [
          'An operation that takes an idempotency-key header sends a fresh key with each call, the same on every retry of that call, unless you pass your own.',
        ]
      : []),
    ...pagination(api, resources),
    ...(validate ? validation(api, client) : []),
    ...(layout === 'client' ? examples(api, resources) : []),
  ];
  return `${sections.join('\n\n')}\n`;
}

function install(name: string): string[] {
  return [
    '## Install',
    codeBlock('sh', `npm install ${name}`),
    'The package is an ES module: `import` it. From CommonJS, `require()` takes it on Node 20.19 and later; before that, `await import()` it.',
  ];
}

/** `emit: types`: the API's types, and nothing that sends a request. */
function typesReadme(api: Api, name: string): string {
  const [first] = api.schemas.filter((s) => !s.key.startsWith('#'));
  return `${[
    `# ${markdownText(api.title)}`,
    `The TypeScript types of ${markdownText(api.title)} (API version ${markdownText(api.version)}): one per schema of its spec. They are types only; nothing in the package sends a request.`,
    ...install(name),
    ...(first
      ? [
          '## Use the types',
          codeBlock('ts', `import type { ${first.typeName} } from ${stringLiteral(name)};`),
        ]
      : []),
  ].join('\n\n')}\n`;
}

/**
 * A client's options for a snippet of one concern: `options`, beside what no call goes without
 * (a base URL where the spec gives none, the required headers no variable fills); credentials
 * come from their variables. Apideck's retry snippet had left out its consumer and app ids.
 */
function clientWith(api: Api, options: string): string {
  return `{ ${[
    ...(goesNowhere(api) ? [`baseUrl: ${quoted(baseUrlExample(api))}`] : []),
    ...(api.clientHeaders ?? [])
      .filter((header) => header.envVar === undefined)
      .map((header) => `${objectLiteralKey(header.optionName)}: '…'`),
    ...(options ? [options] : []),
  ].join(', ')} }`;
}

function setupArguments(api: Api): string {
  // Without a server of its own to go to (Getty Images' spec has none), the client is given one:
  // the set-up had failed at its first call.
  const lines = [
    ...(goesNowhere(api) ? [`baseUrl: ${quoted(baseUrlExample(api))},`] : []),
    // Basic auth's credential is both halves (Mailchimp's users had given their key alone, which
    // went as the user name).
    ...usualCredentials(api).map(
      (scheme) =>
        `${objectLiteralKey(scheme.optionName)}: ${credentialPlaceholder(scheme)},${scheme.envVars.length > 0 ? ` // or set ${scheme.envVars.join(' and ')}` : ''}`,
    ),
    // The headers nearly every call requires: a set-up without them had its calls refused
    // (red team: Apideck's consumer and app ids).
    ...(api.clientHeaders ?? []).map(
      (header) =>
        `${objectLiteralKey(header.optionName)}: '…',${header.envVar === undefined ? '' : ` // or set ${header.envVar}`}`,
    ),
  ];
  return lines.length === 0 ? '' : `{\n${lines.map((l) => `  ${l}\n`).join('')}}`;
}

/**
 * The first of `methods` the set-up's client can call, its requirement met by the credentials
 * the set-up gives: Twitter's errors example had called an operation that takes an app's token
 * beside a set-up that gives a user's, and was sent with none. Else the first.
 */
function callableFirst(api: Api, methods: readonly ClientMethod[]): ClientMethod | undefined {
  const options = new Set(usualCredentials(api).map((s) => s.optionName));
  const given = new Set(
    api.securitySchemes.filter((s) => options.has(s.optionName)).map((s) => s.key),
  );
  const callable = (m: ClientMethod) =>
    m.operation.security.length === 0 ||
    m.operation.security.some((alternative) => alternative.every((key) => given.has(key)));
  const ordered = readsFirst(methods);
  return ordered.find(callable) ?? ordered[0];
}

/**
 * Calls that read before those that change, and of each, those that need no params first, and
 * deprecated ones last: a README's example is copied and run. Vercel's `user` example had been
 * `requestDelete()`, the deletion of the caller's account, its errors example a login without its
 * body; Gitea's organization example `createRepoDeprecated`.
 */
function readsFirst(methods: readonly ClientMethod[]): ClientMethod[] {
  const rank = (m: ClientMethod) =>
    (m.operation.deprecated ? 4 : 0) +
    (m.operation.method === 'GET' ? 0 : 2) +
    (needsParams(m.operation) ? 1 : 0);
  return [...methods].sort((a, b) => rank(a) - rank(b));
}

/**
 * What the `baseUrl` option defaults to, or what to give it. A server that is a path (Rubrik's
 * `/api/v1`) is no URL to give: the client needs the host before it (the README had said
 * "required; like `/api/v1`", and `/api/v1` is refused).
 */
function baseUrlOption(api: Api): string {
  // The variable it is read from, said: Vonage's `SMS_BASE_URL` had sent its credentials where
  // another setting of that name pointed, and its README had not said it is read (new-user trial).
  const said = serverSaid(api);
  return api.client.baseUrlEnvVar
    ? `${said}; read from the environment variable ${inlineCode(api.client.baseUrlEnvVar)} when not given`
    : said;
}

function serverSaid(api: Api): string {
  const first = api.servers[0]?.url;
  if (first === undefined) return 'required: the spec names no server';
  if (!goesNowhere(api)) return `default ${inlineCode(first)}`;
  if (first === '/') return "required: your server's URL, like `https://…`";
  return first.startsWith('/')
    ? `required: your server's URL with the path ${inlineCode(first)}, like ${inlineCode(baseUrlExample(api))}`
    : `required; like ${inlineCode(first)}`;
}

/** Whether a client given no `baseUrl` has no absolute URL to send to. */
function goesNowhere(api: Api): boolean {
  return !/^https?:\/\//i.test(defaultServerUrl(api) ?? '');
}

/** The headers every call sends, as options: Postmark's token, with its variable. */
function clientHeaderOptions(api: Api): string {
  return (api.clientHeaders ?? [])
    .map(
      (h) =>
        `, ${inlineCode(h.optionName)} (the ${inlineCode(h.name)} header${h.envVar === undefined ? '' : `, by default ${inlineCode(h.envVar)}`})`,
    )
    .join('');
}

function authentication(api: Api): string[] {
  // OpenAI's and Okta's specs declare none: their users had been told nothing of where a key goes.
  const inUrl = api.servers[0]?.credentialVariable;
  // Telegram's token is in its server's path: `headers` is no place for it.
  if (api.securitySchemes.length === 0 && inUrl !== undefined)
    return [
      '## Authentication',
      `The credential goes in the base URL: its \`{${inUrl}}\` in ${inlineCode(api.servers[0]!.url)}.`,
      codeBlock('ts', `const client = new ${api.client.className}(${clientWith(api, '')});`),
    ];
  if (api.securitySchemes.length === 0) {
    const given = credentialsTaken(api);
    return given !== undefined
      ? ['## Authentication', given]
      : [
          '## Authentication',
          "The spec declares no credentials: give the API's key or token as the client's `headers`, which go with every request (or its `query`, for a key the API takes in the URL).",
          codeBlock(
            'ts',
            `const client = new ${api.client.className}(${clientWith(api, "headers: { Authorization: 'Bearer …' }")});`,
          ),
        ];
  }
  // Which calls each option goes with, the most first: Zoom's `bearer` (1 of 373 calls), listed
  // first, had been given where its `oAuth` (369) was wanted, and every call had met a 401.
  const calls = (s: SecurityScheme) => {
    // Twin schemes are one option: a call that takes either takes it.
    const twins = new Set(
      api.securitySchemes.filter((t) => t.optionName === s.optionName).map((t) => t.key),
    );
    return api.operations.filter(
      (op) =>
        s.everyRequest === true || op.security.some((keys) => keys.some((key) => twins.has(key))),
    ).length;
  };
  const counted = credentialOptions(api.securitySchemes).map((s) => ({ s, count: calls(s) }));
  const rows = counted
    .sort((a, b) => b.count - a.count)
    .map(({ s, count }) => {
      // A signature no key given as it is can be: a new user had given DynamoDB's a fixed string.
      const kind = s.signedWith
        ? `each request's signature (${markdownText(s.signedWith)}), which this SDK does not compute: leave it out, and give the client a \`fetch\` that signs each request`
        : s.kind.type === 'apiKey'
          ? `API key in the ${s.kind.in} ${inlineCode(s.kind.name, 'cell')}${authorizationHeader(s.kind) ? ', its whole value (with its `Bearer `, where the API takes one)' : ''}`
          : s.kind.type === 'bearer'
            ? 'bearer token'
            : s.kind.type === 'http'
              ? `${inlineCode(s.kind.scheme, 'cell')} credentials in \`Authorization\``
              : "user name and password, given as `'user:password'` (Basic auth)";
      const env =
        s.envVars.length > 0 ? s.envVars.map((v) => inlineCode(v, 'cell')).join(', ') : '—';
      return `| ${inlineCode(s.optionName, 'cell')} | ${kind}${schemeSays(s.description)} | ${count} of ${api.operations.length} | ${env} |`;
    });
  return [
    '## Authentication',
    `Each credential is a client option; one not given is read from its environment variable. A credential may also be a function, called before each request, for tokens that expire. Credentials are sent only to the API's own origin.${api.operations.some((op) => op.security.length > 1) ? ' Where a call takes one of several, the first whose credentials are at hand goes, and those given to the client for the others too; a variable goes only for the one chosen.' : ''}`,
    [
      '| option | sends | calls that take it | environment variable |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  ];
}

/**
 * An API key that is the `Authorization` header's value: SendGrid's goes as `Bearer SG.…`, and a
 * user who gave the key alone met a 401.
 */
function authorizationHeader(kind: { readonly in: string; readonly name: string }): boolean {
  return kind.in === 'header' && /^authorization$/i.test(kind.name);
}

/**
 * What the spec says of a scheme, on the table's line: Gitea's token goes as `token <key>`, which
 * its users had learnt only from the option's JSDoc. Long ones are cut at a word.
 */
function schemeSays(description: string | undefined): string {
  // Its first paragraph, headings aside: DigitalOcean's had been `\#\# OAuth Authentication In
  // order to…` on the table's line, its whole page flattened and cut (new-user trial).
  const said = description
    ?.replace(/^[ \t]*#{1,6}[ \t].*$/gm, '')
    .split(/\n[ \t]*\n/)
    .find((paragraph) => paragraph.trim() !== '')
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!said) return '';
  // By code points: half of an emoji's pair would be written as U+FFFD (red team).
  const points = [...said];
  const cut =
    points.length > 300
      ? `${points
          .slice(0, 300)
          .join('')
          .replace(/\s\S*$/, '')} …`
      : said;
  return `: ${markdownText(cut)}`;
}

function errorExample(api: Api, name: string, resources: readonly ResourceMethods[]): string {
  const method = callableFirst(
    api,
    resources.flatMap((r) => r.methods),
  );
  return [
    `import { ApiError, NotFoundError } from ${stringLiteral(name)};`,
    '',
    'try {',
    `  await ${method ? callOf(api, method) : '/* a call */ Promise.resolve()'};`,
    '} catch (error) {',
    "  if (error instanceof NotFoundError) console.log('not found', error.body);",
    '  else if (error instanceof ApiError) console.log(error.status, error.body);',
    '  else throw error;',
    '}',
  ].join('\n');
}

function pagination(api: Api, resources: readonly ResourceMethods[]): string[] {
  const paged = callableFirst(
    api,
    resources.flatMap((r) => r.methods).filter((m) => m.operation.pagination),
  );
  if (!paged) return [];
  return [
    '## Pagination',
    'List methods that page return the first page when awaited, and every item of every page with `for await`:',
    codeBlock('ts', `for await (const item of ${callOf(api, paged)}) {\n  console.log(item);\n}`),
  ];
}

function validation(api: Api, client: string): string[] {
  return [
    '## Runtime validation',
    "Every JSON response body, and the data of each event of a stream, is checked against the API's schemas: one that does not match throws a `ResponseValidationError` naming the operation, the JSON path and what was expected; the server has acted on the call by then, and the error keeps its answer's `status`, `headers` and `body`. Request bodies are checked too when asked (`RequestValidationError`; nothing is sent). Choose per client, or per call in the last argument's `validate`:",
    codeBlock(
      'ts',
      `const client = new ${client}(${clientWith(api, 'validate: { responses: true, requests: true }')});`,
    ),
    "The zod schema of every type is exported too, under the type's name: `schemas.<Type>.parse(value)`.",
    ...(api.dates
      ? [
          '### Dates',
          'Fields the spec marks `format: date-time` or `format: date` arrive as `Date` objects (a `date` at midnight UTC) in response bodies, error bodies and stream events, even with response checks turned off; a date that is not one throws a `ResponseValidationError`. What you send keeps strings: request bodies and parameters take the text the API expects (`date.toISOString()`, or its first ten characters for a `date`), and their types, named `…Input` where they differ, say `string`.',
        ]
      : []),
  ];
}

/** One example per resource: its first TypeScript code sample, else a call of its first method. */
function examples(api: Api, resources: readonly ResourceMethods[]): string[] {
  if (resources.length === 0) return [];
  return [
    '## Examples',
    ...resources.flatMap(({ owner, methods }) => {
      const sampled = methods.find((m) => typescriptSample(m) !== undefined);
      // A call that reads, and needs no params object, where there is one.
      const method = sampled ?? readsFirst(methods)[0]!;
      const code = sampled
        ? typescriptSample(sampled)!
        : `const result = await ${callOf(api, method)};`;
      return [`### ${owner}`, codeBlock('ts', code)];
    }),
  ];
}

/**
 * The operation's TypeScript code sample that calls this SDK's method. Not one that calls the
 * API some other way: Wowza's JavaScript samples call `https.get`, which shows nothing of the
 * SDK and does not compile as TypeScript.
 */
function typescriptSample(method: ClientMethod): string | undefined {
  // `.datasources.ingest.getStatus(`, or a standalone `getIngestStatus(`.
  const call = `${method.owner === '' ? method.name : accessOf(method).replace(/^\w+/, '')}(`;
  return method.operation.codeSamples.find(
    (s) =>
      /^(?:typescript|ts|javascript|js|node(?:\.?js)?)$/i.test(s.lang) &&
      // Said in code, not in a comment (red team: `// client.things.list()` above `https.get`).
      s.source
        .replace(/\/\/.*|\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, '')
        .includes(call),
  )?.source;
}

/**
 * `client.pets.get('petId')`, or `getPet(client, 'petId')`: path parameters as values of their
 * type (a string named after the parameter, `1` for a number, an enum's first value), and the
 * params object with what it requires.
 */
function callOf(api: Api, method: ClientMethod): string {
  // The request's view: what a call sends.
  const { schemaOf } = typeContext(api, 'request');
  const args = method.operation.pathParameters.map((p) =>
    exampleValue(p.schema, p.identifier, schemaOf),
  );
  if (needsParams(method.operation)) args.push(exampleParams(method.operation, schemaOf));
  // A standalone function takes the client first.
  return `${accessOf(method)}(${[...(method.owner === '' ? ['client'] : []), ...args].join(', ')})`;
}

function needsParams(operation: Operation): boolean {
  return operation.otherParameters.some((p) => p.required) || operation.body?.required === true;
}

/**
 * Where the credentials go in a spec that declares no scheme but takes them as parameters (see
 * `credentialParameters`). Undefined for none.
 */
function credentialsTaken(api: Api): string | undefined {
  const { options: credentials, perCall, inBody, someTakeNone } = credentialParameters(api);
  if (credentials.length === 0 && perCall.length === 0 && inBody.length === 0) return undefined;
  // Beside a credential's, the client's other headers are said too: Discourse's `Api-Username`
  // goes with its `Api-Key`, VictorOps' `X-VO-Api-Id` with its key (new-user trial).
  const options = credentials.length > 0 ? (api.clientHeaders ?? []) : [];
  // The first six, and a word for the rest.
  const list = (names: readonly string[]) =>
    `${names
      .slice(0, 6)
      .map((text) => inlineCode(text))
      .join(', ')}${names.length > 6 ? ' and the others' : ''}`;
  return [
    'The spec declares no security scheme: its operations take their credentials as parameters.',
    ...(options.length > 0
      ? [
          `Give the client ${options.map((h) => `${inlineCode(h.optionName)} (the ${inlineCode(h.name)} header${h.envVar === undefined ? '' : `, by default ${inlineCode(h.envVar)}`})`).join(', ')}, which ${options.length > 1 ? 'go' : 'goes'} with every call (a call's own value instead).`,
        ]
      : []),
    ...(perCall.length > 0 ? [`Give each call that takes them its params' ${list(perCall)}.`] : []),
    ...(inBody.length > 0
      ? [`Give each call whose body takes them the body's ${list(inBody)}.`]
      : []),
    // Zuora's Authorization is declared by 51 of its 428 calls: the others went without.
    ...((perCall.length > 0 || inBody.length > 0) && someTakeNone
      ? [
          "Calls that declare none send the client's `headers`, which go with every call (a call's own value instead): `headers: { Authorization: 'Bearer …' }`.",
        ]
      : []),
    'Each goes as given: a token the API takes as `Bearer …` is given with its `Bearer `.',
  ].join(' ');
}
