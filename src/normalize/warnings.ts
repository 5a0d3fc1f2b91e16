/**
 * Valid but questionable specs generate, with a warning for each doubt, never
 * silently: a name we had to invent, a name used twice, a schema nothing uses,
 * a schema that says nothing about its type.
 */
import type { Diagnostic } from '../diagnostics.js';
import { resolvePointer } from '../load/validate.js';
import { fromPointer, toPointer } from '../diagnostics.js';
import { leftOutBecause, type Api } from '../ir/api.js';
import { camelCase } from '../ir/naming.js';
import { directRefs } from '../ir/refs.js';
import type { Schema } from '../ir/schema.js';
import { isRaw, schemaRefTarget, type Raw } from './context.js';
import { discriminatorProperty } from './discriminator.js';
import { carriesBody, isWordlessId } from './operation.js';
import { leftOutKeys } from './media-type.js';
import { carriesCredentials, isMockServer, operationServer } from './servers.js';
import { pagingParameters } from './pagination-config.js';

export function collectWarnings(document: Raw, api: Api): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const unnamed: Array<Api['operations'][number]> = [];
  const wordless: Array<Api['operations'][number]> = [];
  const seenIds = new Map<string, string>();
  const named = new Map(api.operations.map((op) => [op.functionName, op]));
  const warnedBodies = new Set<string>();
  const warnedParameters = new Set<string>();
  for (const op of api.operations) {
    const undeclared = undeclaredPagingParameter(op);
    if (undeclared !== undefined)
      warnings.push({
        pointer: op.pointer,
        message: `The pagination of ${op.functionName} names ${undeclared}, which is no query parameter of the operation: it is sent all the same, and the call takes it`,
      });
    const raw = resolvePointer(document, op.pointer);
    const pathPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
    const pathItem = resolvePointer(document, pathPointer);
    const server =
      isRaw(raw) && isRaw(pathItem)
        ? operationServer(
            raw,
            pathItem,
            api.servers[0]?.url,
            carriesCredentials(op.security, api.securitySchemes),
          )
        : undefined;
    if (server !== undefined && 'refused' in server)
      warnings.push({
        pointer: `${isRaw(raw) && Array.isArray(raw.servers) && raw.servers.length > 0 ? op.pointer : pathPointer}/servers/0/url`,
        message: server.refused,
      });
    // Medium's `/search/articles?query={query}`: the query's names go in the query.
    const key = fromPointer(op.pointer)[1];
    if (key?.includes('?') && !warnedBodies.has(`${pathPointer} query`)) {
      warnedBodies.add(`${pathPointer} query`);
      warnings.push({
        pointer: pathPointer,
        message: `This path holds a query (${key.slice(key.indexOf('?'))}), which no OpenAPI path does: the names no path parameter declares go as query parameters`,
      });
    }
    // Adafruit's `/webhooks/feed/:token`: an Express route's parameter, which OpenAPI writes
    // `{token}`: the call takes it, and the spec's text is not followed, so it is said.
    // One whose name the path holds already in braces is sent as written.
    const colon = (key ?? '').split('/').find((segment) => /^:[A-Za-z_]\w*$/.test(segment));
    if (colon !== undefined && !warnedBodies.has(`${pathPointer} colon`)) {
      warnedBodies.add(`${pathPointer} colon`);
      const taken = !op.path.split('/').includes(colon);
      warnings.push({
        pointer: pathPointer,
        message: `The path segment "${colon}" is an Express route's parameter, which OpenAPI writes {${colon.slice(1)}}: ${taken ? `it is taken as the path parameter ${colon.slice(1)}, which each call of this path takes` : `it is sent as written, as the path names {${colon.slice(1)}} already`}`,
      });
    }
    const id = isRaw(raw) && typeof raw.operationId === 'string' ? raw.operationId : undefined;
    // Stripe declares an empty form (`properties: {}`) on 213 GETs: nothing lost, nothing to say.
    if (
      isRaw(raw) &&
      raw.requestBody !== undefined &&
      !carriesBody(op.method) &&
      !holdsNothing(raw.requestBody)
    )
      warnings.push({
        pointer: `${op.pointer}/requestBody`,
        message: `A ${op.method} request cannot carry a body (fetch refuses one); this requestBody is left out`,
      });
    // At the body itself: a shared one (`$ref` to a component) is warned of once, there.
    const body = isRaw(raw) ? bodyPointer(raw.requestBody, `${op.pointer}/requestBody`) : undefined;
    for (const a of op.body?.alternatives ?? [])
      if (a.declaredType !== undefined && body !== undefined && !warnedBodies.has(`${body} form`)) {
        warnedBodies.add(`${body} form`);
        warnings.push({
          pointer: `${body}${toPointer(['content', a.declaredType])}`,
          message: `This ${a.declaredType} body holds a file, which a form-urlencoded body cannot carry: the SDK sends it as multipart/form-data`,
        });
      }
    const content = body === undefined ? undefined : resolvePointer(document, `${body}/content`);
    if (isRaw(content) && body !== undefined && !warnedBodies.has(`${body} empty`)) {
      const [empty] = leftOutKeys(content);
      if (empty !== undefined) {
        warnedBodies.add(`${body} empty`);
        warnings.push({
          pointer: `${body}${toPointer(['content', empty])}`,
          message: `${noMediaType(empty, 'body')}: it is left out${op.body === undefined ? ', and so is the body' : ''}`,
        });
      }
    }
    // A response's too: Akeneo's `code` and `message` went into every `Accept`.
    const responses = isRaw(raw) && isRaw(raw.responses) ? raw.responses : {};
    for (const [status, response] of Object.entries(responses)) {
      const at = bodyPointer(response, `${op.pointer}${toPointer(['responses', status])}`);
      const answered = at === undefined ? undefined : resolvePointer(document, `${at}/content`);
      if (at === undefined || !isRaw(answered) || warnedBodies.has(`${at} media`)) continue;
      warnedBodies.add(`${at} media`);
      const wrong = leftOutKeys(answered);
      if (wrong.length > 0)
        warnings.push({
          pointer: `${at}${toPointer(['content', wrong[0]!])}`,
          message: `${noMediaType(wrong[0]!, 'response')}${
            wrong.length > 1
              ? ` (nor ${wrong.length - 1} more: ${wrong
                  .slice(1, 4)
                  .map((w) => JSON.stringify(w))
                  .join(', ')})`
              : ''
          }: left out of what the call accepts`,
        });
    }
    for (const a of op.body?.alternatives ?? [])
      if (a.formData && body !== undefined && !warnedBodies.has(body)) {
        warnedBodies.add(body);
        warnings.push({
          pointer: `${body}${toPointer(['content', a.mediaType.type, 'schema'])}`,
          message: `This ${a.mediaType.type} body is one value, not fields: it names no part to send it under, so the SDK takes a FormData the caller builds`,
        });
      }
    for (const [at, list] of [
      [`${pathPointer}/parameters`, isRaw(pathItem) ? pathItem.parameters : undefined],
      [`${op.pointer}/parameters`, isRaw(raw) ? raw.parameters : undefined],
    ] as const)
      (Array.isArray(list) ? list : []).forEach((value: unknown, i) => {
        const ref = isRaw(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
        const param = ref === undefined ? value : resolvePointer(document, ref);
        const pointer = ref === undefined ? `${at}/${i}` : toPointer(fromPointer(ref));
        const why = isRaw(param) ? leftOutBecause(param) : undefined;
        if (why === undefined || warnedParameters.has(pointer)) return;
        warnedParameters.add(pointer);
        warnings.push({ pointer, message: why });
      });
    if (id === undefined) {
      unnamed.push(op);
    } else if (isWordlessId(id)) {
      wordless.push(op);
    } else if (seenIds.has(id)) {
      warnings.push({
        pointer: `${op.pointer}/operationId`,
        message: `operationId "${id}" is also used at ${seenIds.get(id)}; this one is named ${op.functionName}`,
      });
    } else {
      // ClickSend's "List Rules" (fax) and "List rules" (SMS): the second's name was the first's,
      // and its `listRules2` nothing explained.
      const taker = named.get(camelCase(id));
      // Taken, and told apart by a suffix (not renamed on purpose: Springfox's `getOrder`).
      const suffixed =
        op.functionName !== camelCase(id) && op.functionName.startsWith(camelCase(id));
      if (suffixed && taker !== undefined && taker !== op)
        warnings.push({
          pointer: `${op.pointer}/operationId`,
          message: `operationId "${id}" would name the function ${camelCase(id)}, which is ${taker.pointer}'s; this one is named ${op.functionName}`,
        });
      seenIds.set(id, op.pointer);
    }
  }
  if (wordless.length > 0)
    warnings.push({
      pointer: `${wordless[0]!.pointer}/operationId`,
      message: `${wordless.length === 1 ? 'This operationId says' : `This operationId and ${wordless.length - 1} more say`} no word (Azure API Management's ids): each function is named from its method and path (${firstFew(wordless.map((op) => op.functionName))})`,
    });
  // One warning for them all: Keycloak's 286 hid its plain-http server behind the first ten.
  if (unnamed.length > 0)
    warnings.push({
      pointer: unnamed[0]!.pointer,
      message:
        unnamed.length === 1
          ? `Operation has no operationId; its function is named ${unnamed[0]!.functionName}`
          : `Operation has no operationId, nor do ${unnamed.length - 1} more; each function is named from its method and path (${firstFew(unnamed.map((op) => op.functionName))})`,
    });
  // Zenoti's spec keeps its paths elsewhere (`paths: {}`): a client with nothing to call.
  if (api.operations.length === 0 && !isRaw(document.webhooks))
    warnings.push({
      pointer: isRaw(document.paths) ? '/paths' : '/',
      message:
        'The spec declares no operations: the client has no methods, only its types (has it moved its paths to another document?)',
    });
  warnings.push(...repeatedPathWarnings(api), ...serverWarnings(api), ...renamedResources(api));
  const hooks = ['webhooks', 'x-webhooks'].find((place) => isRaw(document[place]));
  if (api.dates === true && hooks !== undefined)
    warnings.push({
      pointer: `/${hooks}`,
      message:
        "The webhooks' payloads are not typed with dates: 'Date': their dates reach an endpoint as the strings of the JSON, not as the SDK's responses give them",
    });
  // Azure's overloads of a path (`/analyze?overload=stream`): not read, so said.
  const msPaths = isRaw(document['x-ms-paths']) ? Object.keys(document['x-ms-paths']).length : 0;
  if (msPaths > 0)
    warnings.push({
      pointer: '/x-ms-paths',
      message:
        msPaths === 1
          ? "The 1 path of x-ms-paths (Azure's overloads of a path) is not read: its operations are not in the SDK"
          : `The ${msPaths} paths of x-ms-paths (Azure's overloads of a path) are not read: their operations are not in the SDK`,
    });
  warnings.push(...unsecuredOperations(document, api));
  for (const scheme of api.securitySchemes) {
    const pointer = toPointer(['components', 'securitySchemes', scheme.key]);
    if (scheme.signedWith !== undefined)
      warnings.push({
        pointer,
        message: `Security scheme "${scheme.key}" signs each request (${scheme.signedWith}), which the SDK does not do: its users must give the client a fetch that signs`,
      });
    if (scheme.everyRequest)
      warnings.push({
        pointer,
        message: `Security scheme "${scheme.key}" is named by no security requirement: its key (the client's \`${scheme.optionName}\`) is sent with every request when given`,
      });
  }
  const used = usedSchemaKeys(api);
  const components =
    isRaw(document.components) && isRaw(document.components.schemas)
      ? document.components.schemas
      : {};
  addDiscriminatedChildren(components, used);
  const unused: string[] = [];
  const resolve = (value: unknown) => {
    const ref = isRaw(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
    const target = ref === undefined ? value : resolvePointer(document, ref);
    return isRaw(target) ? target : {};
  };
  for (const [key, raw] of Object.entries(components)) {
    const pointer = toPointer(['components', 'schemas', key]);
    if (!used.has(key)) unused.push(key);
    if (isRaw(raw) && saysNothing(raw))
      warnings.push({
        pointer,
        message: `Schema "${key}" has no type, properties or composition; its type is unknown`,
      });
    if (isRaw(raw) && isRaw(raw.discriminator) && discriminatorProperty(raw, resolve) === undefined)
      warnings.push({
        pointer: `${pointer}/discriminator`,
        message: `The discriminator's property ${JSON.stringify(raw.discriminator.propertyName)} is no string, as a discriminator's must be: it is left unread`,
      });
  }
  // One warning for them all: Bungie's 466 said the same thing 466 times, above what mattered.
  const [first, ...more] = unused;
  if (first !== undefined)
    warnings.push({
      pointer: toPointer(['components', 'schemas', first]),
      message:
        more.length === 0
          ? `Schema "${first}" is not used by any operation (its type is still generated)`
          : `Schema "${first}" and ${more.length} more (${firstFew(
              more.map((k) => `"${k}"`),
              5,
            )}) are not used by any operation (their types are still generated)`,
    });
  return warnings;
}

/**
 * A parameter a pagination names that the operation does not declare: only a config's
 * descriptor names one (inference reads the declared ones), where a typo (`offsetParam:
 * "ofset"`) had walked nowhere without a word (red team), or a spec left it out (Jira's
 * `startAt`).
 */
function undeclaredPagingParameter(op: Api['operations'][number]): string | undefined {
  if (op.pagination === undefined) return undefined;
  // Not one the config's pagination added: the spec does not declare it.
  const query = new Set(
    op.otherParameters.filter((p) => p.in === 'query' && !p.fromPagination).map((p) => p.name),
  );
  const [field, name] = pagingParameters(op.pagination).find(([, n]) => !query.has(n)) ?? [];
  return field === undefined ? undefined : `"${field}": ${JSON.stringify(name)}`;
}

/** The first `count` of a folded warning's names, and `…` when there are more. */
function firstFew(names: readonly string[], count = 3): string {
  return [...names.slice(0, count), ...(names.length > count ? ['…'] : [])].join(', ');
}

/**
 * A response of a parent with a discriminator may be any of its children (`allOf` the
 * parent): they are used wherever the parent is, though no ref leads to them.
 */
function addDiscriminatedChildren(components: Raw, used: Set<string>): void {
  for (let added = true; added;) {
    added = false;
    for (const [key, raw] of Object.entries(components)) {
      if (used.has(key) || !isRaw(raw) || !Array.isArray(raw.allOf)) continue;
      const parent = raw.allOf
        .map((part) => (isRaw(part) && typeof part.$ref === 'string' ? part.$ref : ''))
        .map((ref) => schemaRefTarget(ref))
        .find((name) => name !== undefined && used.has(name));
      const parentRaw = parent === undefined ? undefined : components[parent];
      if (isRaw(parentRaw) && isRaw(parentRaw.discriminator)) {
        used.add(key);
        added = true;
      }
    }
  }
}

/** Component keys reachable from any operation, through refs. */
function usedSchemaKeys(api: Api): Set<string> {
  const byKey = new Map(api.schemas.map((s) => [s.key, s.schema]));
  const roots: Schema[] = api.operations.flatMap((op) => [
    ...op.pathParameters.map((p) => p.schema),
    ...op.otherParameters.map((p) => p.schema),
    ...(op.body ? op.body.alternatives.map((a) => a.schema) : []),
    ...op.successes.flatMap((r) => (r.schema ? [r.schema] : [])),
    ...op.errors.flatMap((e) => (e.schema ? [e.schema] : [])),
  ]);
  roots.push(...(api.webhooks?.hooks ?? []).map((hook) => hook.payload));
  const used = new Set<string>();
  const queue = roots.flatMap((s) => [...directRefs(s)]);
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (used.has(key)) continue;
    used.add(key);
    const schema = byKey.get(key);
    if (schema) queue.push(...directRefs(schema));
  }
  return used;
}

const MEANINGFUL = [
  'type',
  '$ref',
  'properties',
  'items',
  'allOf',
  'oneOf',
  'anyOf',
  'enum',
  'const',
  'additionalProperties',
  'not',
  'prefixItems',
];

function saysNothing(raw: Raw): boolean {
  return !MEANINGFUL.some((key) => key in raw);
}

/** A Request Body Object whose every schema is an object without fields: nothing anyone could send. */
function holdsNothing(body: unknown): boolean {
  if (!isRaw(body) || !isRaw(body.content)) return false;
  return Object.values(body.content).every((media) => {
    const schema = isRaw(media) ? media.schema : undefined;
    if (!isRaw(schema)) return false;
    // `additionalProperties: false` beside no properties says the same: nothing (Stripe's).
    const fields = Object.keys(schema).filter(
      (k) =>
        !['type', 'properties', 'description', 'title'].includes(k) &&
        !(k === 'additionalProperties' && schema[k] === false),
    );
    return (
      fields.length === 0 &&
      (schema.type === undefined || schema.type === 'object') &&
      (schema.properties === undefined ||
        (isRaw(schema.properties) && Object.keys(schema.properties).length === 0))
    );
  });
}

/** An http URL to a host other than this machine. */
function isPlainHttp(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    protocol === 'http:' &&
    !/^(?:(?:.+\.)?localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/.test(hostname)
  );
}

/** Where a Request Body Object is: at `at`, or at the local component its `$ref` names. */
/** What is wrong with a `content` key that names no media type. */
function noMediaType(key: string, whose: 'body' | 'response'): string {
  return key.trim() === ''
    ? `This ${whose}'s media type is empty`
    : `This ${whose}'s ${JSON.stringify(key)} is no media type (type/subtype)`;
}

function bodyPointer(value: unknown, at: string): string | undefined {
  if (!isRaw(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== 'string') return at;
  if (!ref.startsWith('#/')) return at;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return at;
  }
}

/**
 * A resource whose name is one of the client's own members, told apart by `_`: said, as a user
 * writes the name the tag says (new-user trial: Open Build Service's `client.request.create` had
 * met the client's `request` method, and only the compiler said so).
 */
function renamedResources(api: Api): Diagnostic[] {
  const pointers = new Map(api.operations.map((op) => [op.functionName, op.pointer]));
  return api.resources.children
    .filter((child) => child.property.endsWith('_'))
    .map((child) => {
      const wanted = child.property.slice(0, -1);
      const first = child.methods[0]?.functionName ?? child.children[0]?.methods[0]?.functionName;
      return {
        pointer: (first && pointers.get(first)) ?? '/paths',
        message: `The resource ${wanted} is client.${child.property}, as the client has a ${wanted} of its own`,
      };
    });
}

/** A server path every path repeats, left out of the base URL: said, as the spec's text is not followed. */
function repeatedPathWarnings(api: Api): Diagnostic[] {
  const first = api.servers[0];
  if (first?.repeatedPath === undefined) return [];
  const repeated = first.repeatedPath;
  return [
    {
      pointer: `/servers/${first.index}/url`,
      message: `Every path begins with "${repeated}", the path the server's URL ends in: it is taken as written twice, and the base URL is "${first.url}" (calls go to ${repeated}/…, not ${repeated}${repeated}/…); a baseUrl given to the client leaves it out too`,
    },
  ];
}

/**
 * Most operations saying nothing of security, in a spec whose others name its schemes and whose
 * document names none: sent without the credentials the others name, as OpenAPI reads them
 * (new-user trial: ClickSend's 186 of 205 calls had all come back 401, without a word). A scheme
 * sent with every request is no such credential (Bungie's key), and a spec that names none
 * anywhere sends every one (StackExchange's: "124 of 124" had been said of it).
 */
function unsecuredOperations(document: Raw, api: Api): Diagnostic[] {
  if (api.securitySchemes.length === 0 || document.security !== undefined) return [];
  const everywhere = new Set(api.securitySchemes.filter((s) => s.everyRequest).map((s) => s.key));
  const namesOwn = (op: Api['operations'][number]) =>
    op.security.some((alternative) => alternative.some((key) => !everywhere.has(key)));
  const silent = api.operations.filter((op) => {
    const raw = resolvePointer(document, op.pointer);
    return isRaw(raw) && raw.security === undefined && !namesOwn(op);
  });
  const secured = api.operations.filter(namesOwn);
  // Only where most say nothing: a few public calls beside the rest (Linode's login, Mastodon's
  // timelines) are the spec's meaning, and no doubt worth a warning in every run.
  if (secured.length === 0 || silent.length * 2 < api.operations.length) return [];
  const named = silent
    .slice(0, 3)
    .map((op) => op.functionName)
    .join(', ');
  return [
    {
      pointer: '/',
      message: `${silent.length} of ${api.operations.length} operations (${named}${silent.length > 3 ? ', …' : ''}) name no security requirement, nor does the document: they are sent without the credentials the other ${secured.length} name. If every call needs them, give the document a top-level \`security\` (an overlay can)`,
    },
  ];
}

/** What a client's default base URL lacks, and a placeholder passed over for it. */
function serverWarnings(api: Api): Diagnostic[] {
  const first = api.servers[0];
  const server = first?.url;
  const pointer = `/servers/${first?.index ?? 0}/url`;
  const passedOver = api.servers.find((s) => s.index === 0 && s.placeholder);
  if (server === undefined)
    return [
      {
        pointer: '/',
        message: 'The spec names no server: every client of this SDK must be given a baseUrl',
      },
    ];
  // The SDK sends to its base URL: without a host, every call fails until the user gives one.
  if (first?.credentialVariable !== undefined)
    return [
      {
        pointer,
        message: `The first server "${server}" holds a credential, {${first.credentialVariable}}: every client of this SDK must be given its own baseUrl, the credential filled in (no default: the spec's example is never sent)`,
      },
    ];
  if (first?.placeholder)
    return [
      {
        pointer,
        message: `The first server's host in "${server}" is ${isMockServer(server) ? "SwaggerHub's mock server" : 'a placeholder'}: every client of this SDK must be given its own baseUrl (no default; credentials never go there)`,
      },
    ];
  const warnings: Diagnostic[] = [];
  if (passedOver !== undefined)
    warnings.push({
      pointer: '/servers/0/url',
      message: `The first server "${passedOver.url}" is a placeholder, not a host anyone can rely on: clients default to the next, "${server}"`,
    });
  if (/[?#]/.test(server))
    warnings.push({
      pointer,
      message: `The first server's URL "${server}" has a query or fragment, which a base URL cannot carry (each request's path would go after it): every client of this SDK must be given a baseUrl`,
    });
  else if (!URL.canParse(server))
    warnings.push({
      pointer,
      message: `The first server's URL "${server}" has no host: outside a browser (which reads it against the page), every client of this SDK must be given a baseUrl`,
    });
  // SendGrid's spec names http://api.sendgrid.com: its key would cross the network in the clear.
  else if (api.securitySchemes.length > 0 && isPlainHttp(server))
    warnings.push({
      pointer,
      message: `The first server "${server}" is plain http: credentials would be sent unencrypted; give clients an https baseUrl`,
    });
  return warnings;
}
