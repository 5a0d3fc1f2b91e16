/**
 * `<Name>Core`, the client's options and transport without resources, with its
 * options interface and servers (at the top of `client.ts`). Standalone functions
 * take it, so a program that calls one function bundles that function and the
 * runtime, not every resource; the client class extends it.
 */
import type { ClassDeclarationStructure, StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './structure-kind.js';
import {
  credentialOptions,
  defaultServerUrl,
  type Api,
  type ClientHeader,
  type SecurityScheme,
  type Server,
  type SecuritySchemeKind,
} from '../ir/api.js';
import {
  isIdentifierText,
  untagged,
  jsdocText,
  objectLiteralKey,
  propertyKey,
  stringLiteral,
} from './escape.js';
import { defaultSecurityLiteral, usualCredentials } from './default-security.js';
import { codeSpan, jsdoc } from './jsdoc.js';

/** The runtime names the core needs: values, then `type` imports. */
export function coreRuntimeImports(api: Api): { values: string[]; types: string[] } {
  return {
    values: [
      'BaseClient',
      ...(api.client.baseUrlEnvVar !== undefined ||
      api.securitySchemes.some((s) => s.envVars.length > 0) ||
      api.clientHeaders?.some((h) => h.envVar !== undefined)
        ? ['readEnv']
        : []),
      // Only the kinds of scheme the spec uses, and no security code for an API without any.
      ...(api.securitySchemes.length > 0 ? [authorizer(api)] : []),
      ...new Set(api.securitySchemes.map((s) => schemeKind(s.kind))),
      ...(requiredClientHeaders(api).length > 0 ? ['requireHeaders'] : []),
    ],
    types: ['ClientOptions', ...(api.securitySchemes.length > 0 ? ['Credential'] : [])],
  };
}

/**
 * The options interface, the servers const and the core class. `withClient`: the client class is
 * emitted too (not with `emit: functions`), and their docs link to it.
 */
export function coreDeclarations(
  api: Api,
  validate = false,
  withClient = true,
): StatementStructures[] {
  return [
    optionsInterface(api, withClient),
    ...serversConst(api),
    coreClass(api, validate, withClient),
  ];
}

function optionsInterface(api: Api, withClient: boolean): StatementStructures {
  return {
    kind: StructureKind.Interface,
    name: api.client.optionsName,
    isExported: true,
    extends: ['ClientOptions'],
    docs: jsdoc([
      withClient
        ? `Options for {@link ${api.client.className}} and {@link ${api.client.coreName}}.`
        : `Options for {@link ${api.client.coreName}}.`,
    ]),
    properties: [
      ...credentialOptions(api.securitySchemes).map((scheme) => ({
        kind: StructureKind.PropertySignature,
        name: propertyKey(scheme.optionName),
        hasQuestionToken: true,
        // A function is called before each request: for tokens that expire.
        type: 'Credential | undefined',
        docs: jsdoc([
          scheme.description,
          `${credentialUse(scheme)}${envDefault(scheme)} A function is called before each request, for tokens that expire.`,
        ]),
      })),
      ...(api.clientHeaders ?? []).map((header) => ({
        kind: StructureKind.PropertySignature,
        name: propertyKey(header.optionName),
        hasQuestionToken: true,
        type: 'string | undefined',
        docs: jsdoc([
          header.description,
          `Sent as the ${codeSpan(header.name)} header of each request; a call's own value goes instead.${header.envVar === undefined ? '' : ` Defaults to the environment variable \`${header.envVar}\`.`}`,
        ]),
      })),
    ],
  };
}

/** The spec's servers by name, to pass as `baseUrl`. */
function serversConst(api: Api): StatementStructures[] {
  if (api.serversConstName === undefined) return [];
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: jsdoc([
        `The servers of ${api.title}, for the \`baseUrl\` option${api.servers.some((s) => serverVariables(s.url).length > 0) ? ' (one whose URL has variables to fill in is a function of them)' : ''}; ${
          defaultServerUrl(api) === undefined
            ? 'none is the default, as the first is a placeholder or a mock.'
            : 'the first is the default.'
        }`,
      ]),
      declarations: [
        {
          kind: StructureKind.VariableDeclaration,
          name: api.serversConstName,
          initializer: `{\n${api.servers.map((s) => `${inlineDoc(s.description)}${objectLiteralKey(s.key)}: ${serverValue(s.url)},`).join('\n')}\n} as const`,
        },
      ],
    },
  ];
}

/**
 * A server's URL; a function of the variables whose defaults leave them to fill in (VTEX's
 * `https://{accountName}.{environment}.com.br`, given as its own defaults), which as a URL had
 * sent the client to the host `{accountname}.{environment}.com.br`.
 */
function serverValue(url: string): string {
  const names = serverVariables(url);
  if (names.length === 0) return stringLiteral(url);
  const pieces = url
    .split(/\{([^{}]+)\}/)
    .flatMap((piece, i) =>
      i % 2 === 1
        ? [isIdentifierText(piece) ? `variables.${piece}` : `variables[${stringLiteral(piece)}]`]
        : piece === ''
          ? []
          : [stringLiteral(piece)],
    );
  const fields = names.map((name) => `readonly ${objectLiteralKey(name)}: string`).join('; ');
  return `(variables: { ${fields} }): string => ${pieces.join(' + ')}`;
}

/** The variables a server's URL has left to fill in, each once. */
function serverVariables(url: string): string[] {
  return [...new Set([...url.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!))];
}

function inlineDoc(text: string | undefined): string {
  return text === undefined ? '' : `/** ${jsdocText(untagged(text)).replace(/\n/g, ' ')} */\n`;
}

function coreClass(api: Api, validate: boolean, withClient: boolean): ClassDeclarationStructure {
  const { className, coreName, optionsName } = api.client;
  const server = defaultServerUrl(api) ?? '';
  // The environment names another server (a staging one) without a change to the code.
  const envVar = api.client.baseUrlEnvVar;
  // Not read when the options give one: Deno asks for a permission to read the environment.
  const defaultBaseUrl =
    envVar === undefined
      ? stringLiteral(server)
      : `options.baseUrl ?? readEnv(${stringLiteral(envVar)}) ?? ${stringLiteral(server)}`;
  // Keys written one by one: a JSON object's `"__proto__"` key would set the literal's prototype.
  const schemes = api.securitySchemes.map(
    (s) => `${objectLiteralKey(s.key)}: ${schemeExpression(s.kind)}`,
  );
  // An empty credential is none: `apiKey: process.env.KEY ?? ''` had sent an empty header and
  // kept the SDK's own variable from being read.
  const credentials = api.securitySchemes.map(
    (s) =>
      `${objectLiteralKey(s.key)}: options.${s.optionName}${s.envVars.length > 0 ? ` || readEnv(${s.envVars.map(stringLiteral).join(', ')})` : ''}`,
  );
  const security = defaultSecurityLiteral(api);
  const authorize = authorizer(api);
  // With several schemes, which credentials the code gave decides between alternatives.
  const given =
    api.securitySchemes.length > 1 && authorize === 'applySecurity'
      ? `, given: { ${api.securitySchemes.map((s) => `${objectLiteralKey(s.key)}: options.${s.optionName}`).join(', ')} }`
      : '';
  const example = constructionExample(api, coreName);
  return {
    kind: StructureKind.Class,
    name: coreName,
    isExported: true,
    extends: 'BaseClient',
    docs: jsdoc(
      [
        withClient
          ? `The options and transport of {@link ${className}}, without its resources: what the standalone functions take. A program that calls only functions bundles only those it calls.`
          : 'The options and transport the functions take: a program bundles only the functions it calls.',
        envVar === undefined
          ? undefined
          : `The base URL is the \`baseUrl\` option, else the \`${envVar}\` environment variable, else ${noDefault(api.servers[0])}.`,
      ],
      [{ tag: 'example', text: `Create a core\n\`\`\`ts\nconst core = ${example};\n\`\`\`` }],
    ),
    ctors: [
      {
        parameters: [{ name: 'options', type: optionsName, initializer: '{}' }],
        statements: [
          `super(${optionsWithHeaders(api)}, { defaultBaseUrl: ${defaultBaseUrl}, securitySchemes: { ${schemes.join(', ')} }, credentials: { ${credentials.join(', ')} }${security === '[]' ? '' : `, security: ${security}`}${schemes.length > 0 ? `, authorize: ${authorize}` : ''}${given}${requiredHeaders(api)}${urlSecret(api)} });`,
          // `$`: a name the naming planner never hands out.
          ...(validate ? ['$configureValidation(this, options.validate);'] : []),
        ],
      },
    ],
  };
}

/**
 * The options as the runtime takes them: the client's header options among its headers, before
 * those given as `headers` (which go last, and win).
 */
function optionsWithHeaders(api: Api): string {
  const headers = api.clientHeaders ?? [];
  if (headers.length === 0) return 'options';
  // One not given is left `undefined`, and not sent; a credential's is read from its variable.
  const entries = headers.map((h) => {
    const option = isIdentifierText(h.optionName)
      ? `options.${h.optionName}`
      : `options[${stringLiteral(h.optionName)}]`;
    const value =
      h.envVar === undefined ? option : `${option} || readEnv(${stringLiteral(h.envVar)})`;
    return `${objectLiteralKey(h.name)}: ${value}`;
  });
  return `{ ...options, headers: { ${entries.join(', ')}, ...options.headers } }`;
}

/** The client's header options a call that takes one is refused without (not an optional credential's). */
function requiredClientHeaders(api: Api): ClientHeader[] {
  return (api.clientHeaders ?? []).filter((h) => !h.optional);
}

/**
 * `, urlSecret: new RegExp('…/bot(.+?)…', 'i')`: where the base URL (its host and path)
 * holds the credential the first server's variable stands for (Telegram's token), for the core
 * to keep it out of errors. Over the path alone where the credential is there (a proxy's host
 * may stand before it), the last place its words are; the host too where it is in the host.
 */
function urlSecret(api: Api): string {
  const first = api.servers[0];
  const credential = first?.credentialVariable;
  if (first === undefined || credential === undefined) return '';
  // Its host and path, where it has a host (`https://…`, `//…`); else it is a path.
  const [start = '', scheme, slashes = ''] = /^([a-z][a-z\d+.-]*:)?([/\\]*)/i.exec(first.url)!;
  const hosted = scheme !== undefined || slashes.length >= 2;
  const template = hosted ? first.url.slice(start.length) : first.url;
  const slash = hosted ? template.indexOf('/') : 0;
  const inHost = template.indexOf(`{${credential}}`) < (slash === -1 ? Infinity : slash);
  const pattern = (inHost ? template : template.slice(Math.max(slash, 0)))
    .split(/(\{[^}]*\})/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece === `{${credential}}`
        ? '(.+?)'
        : /^\{[^}]*\}$/.test(piece)
          ? '[^/]*'
          : // As the URL writes its path: `café` is `caf%C3%A9` there.
            asInUrl(piece).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    // Other variables side by side are one: `[^/]*[^/]*` had taken seconds (red team).
    .join('')
    .replace(/(?:\[\^\/\]\*)+/g, '[^/]*');
  return `, urlSecret: new RegExp(${stringLiteral(`${inHost ? '^' : '^.*'}${pattern}/?$`)}, 'i')`;
}

/** Text as a URL writes it, percent-encoded; as it is where it cannot be (a lone surrogate). */
function asInUrl(text: string): string {
  try {
    return encodeURI(text);
  } catch {
    return text;
  }
}

/** `, requireHeaders: requireHeaders({ 'x-tenant': 'tenant' })`: the client's header options, by header. */
function requiredHeaders(api: Api): string {
  const headers = requiredClientHeaders(api);
  if (headers.length === 0) return '';
  const entries = headers.map(
    (h) => `${objectLiteralKey(h.name.toLowerCase())}: ${stringLiteral(h.optionName)}`,
  );
  return `, requireHeaders: requireHeaders({ ${entries.join(', ')} })`;
}

/**
 * How the core puts credentials on a request: choosing among alternatives only where some
 * operation's requirement offers a choice, so an SDK whose spec never does bundles no chooser.
 */
function authorizer(api: Api): 'applySecurity' | 'applySoleAlternative' {
  return api.operations.some((op) => op.security.length > 1)
    ? 'applySecurity'
    : 'applySoleAlternative';
}

/** The runtime's value for a kind of scheme: one per kind, so an SDK bundles only those it uses. */
function schemeKind(kind: SecuritySchemeKind): string {
  switch (kind.type) {
    case 'apiKey':
      return { header: 'apiKeyHeader', query: 'apiKeyQuery', cookie: 'apiKeyCookie' }[kind.in];
    case 'bearer':
      return 'bearerAuth';
    case 'basic':
      return 'basicAuth';
    case 'http':
      return 'httpAuth';
  }
}

/** The scheme as the core hands it to the runtime (`apiKeyHeader('X-Key')`, `bearerAuth`). */
function schemeExpression(kind: SecuritySchemeKind): string {
  return kind.type === 'apiKey'
    ? `${schemeKind(kind)}(${stringLiteral(kind.name)})`
    : kind.type === 'http'
      ? `${schemeKind(kind)}(${stringLiteral(kind.scheme)})`
      : schemeKind(kind);
}

function envDefault(scheme: SecurityScheme): string {
  const [first, second] = scheme.envVars.map((name) => `\`${name}\``);
  if (first === undefined) return '';
  return second === undefined
    ? ` Defaults to the ${first} environment variable.`
    : ` Defaults to the ${first} and ${second} environment variables, joined by \`:\` (the password may be empty).`;
}

function credentialUse(scheme: SecurityScheme): string {
  if (scheme.signedWith !== undefined)
    return `Each request must be signed (${scheme.signedWith}), which this SDK does not do: give the client a \`fetch\` that signs. A credential given here is sent as it is.`;
  switch (scheme.kind.type) {
    case 'apiKey':
      return `Sent as the ${codeSpan(scheme.kind.name)} ${scheme.kind.in === 'header' ? 'header' : `${scheme.kind.in} parameter`}${scheme.everyRequest ? ', with every request' : ''}${
        // Mist wants `Token <key>`, Storecove `Bearer <key>`: the spec says so only in prose.
        /^authorization$/i.test(scheme.kind.name)
          ? ', as it is given: with the word the API puts before it, if any (`Token …`)'
          : ''
      }.`;
    case 'bearer':
      return 'Sent as a bearer token in `Authorization`; a value with a word of its own before it (`Token …`) goes as it is given.';
    case 'basic':
      return 'Sent as HTTP basic credentials (`user:password`) in `Authorization`.';
    case 'http':
      return `Sent in \`Authorization\` after the scheme name: \`${scheme.kind.scheme} <credential>\`.`;
  }
}

/**
 * A base URL for an example to give: the first server's with its credential to fill in
 * (Telegram's `https://api.telegram.org/bot…`), a relative one's path on a host to fill in, else any.
 */
export function baseUrlExample(api: Api): string {
  const first = api.servers[0];
  const url =
    first?.credentialVariable !== undefined
      ? first.url.replace(/\{[^}]*\}/g, '…')
      : (first?.url ?? '');
  // A relative server's path on a host to fill in (red team: `/bot…` is no URL).
  if (url.startsWith('/') && url !== '/') return `https://…${url}`;
  return first?.credentialVariable !== undefined ? url : 'https://…';
}

/** Text as a literal in an example's quotes, where it needs no escape (a spec's, where it does). */
export function quoted(text: string): string {
  return /^[\w\-./~%:…]*$/.test(text) ? `'${text}'` : stringLiteral(text);
}

/** What the base URL falls back to last: the first server, unless no client may go there unasked. */
function noDefault(first: Server | undefined): string {
  if (first?.credentialVariable !== undefined)
    return `none: the first server (${first.url}) holds a credential, \`{${first.credentialVariable}}\`, to fill in`;
  return first?.placeholder
    ? `none: the first server's host (${first.url}) is a placeholder or a mock, no host to send credentials to unasked`
    : 'the first server';
}

/** What an example gives a credential: basic auth's both halves, as it takes them. */
export function credentialPlaceholder(scheme: SecurityScheme): string {
  return scheme.kind.type === 'basic' ? "'user:password'" : "'…'";
}

/**
 * How the docs show a client made: its credential, and a base URL where it has none of its own
 * (Kubernetes' spec names no server: the example without one failed at its first call).
 */
export function constructionExample(api: Api, className: string): string {
  const options = [
    ...(defaultServerUrl(api) === undefined ? [`baseUrl: ${quoted(baseUrlExample(api))}`] : []),
    // What the usual call needs, all of it: Trello's key and its token (new-user trial).
    ...usualCredentials(api).map((s) => `${s.optionName}: ${credentialPlaceholder(s)}`),
    // The headers nearly every call requires, which it is refused without.
    ...(api.clientHeaders ?? []).map((h) => `${objectLiteralKey(h.optionName)}: '…'`),
  ];
  return `new ${className}(${options.length > 0 ? `{ ${options.join(', ')} }` : ''})`;
}
