/** OpenAPI Operation Object → IR. https://spec.openapis.org/oas/v3.1.0#operation-object */
import {
  isContentTypeParameter,
  PATH_ITEM_METHODS,
  isTypeScript,
  type HttpMethod,
  type NamedSchema,
  type Operation,
  type Parameter,
  type RequestBody,
  type Response as ApiResponse,
  type SecurityScheme,
} from '../ir/api.js';
import { camelCase, words, type NameRegistry } from '../ir/naming.js';
import { holdsInlineObject } from '../ir/inline-objects.js';
import type { Property, Schema } from '../ir/schema.js';
import { propertiesOf, resolved, type Schemas } from './page-schema.js';
import { toPointer } from '../diagnostics.js';
import { clientCallFromSample, normalizeCodeSamples } from './code-samples.js';
import { asArray, asString, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import {
  collectionPaths,
  methodName,
  parentPaths,
  resourceFromPath,
  resourceFromTag,
  withoutRemark,
  sharedPrefix,
  namesPathThing,
  startsWithVerb,
  type PathShape,
} from './method-names.js';
import { withResourceNames } from './resource-names.js';
import { withFilePaths } from './file-paths.js';
import { operationPagination } from './pagination.js';
import {
  pagingParameters,
  type PaginationDescriptor,
  type PaginationOverrideTable,
} from './pagination-config.js';
import { normalizeParameters, PROTOCOL_PARAMETER } from './parameter.js';
import { normalizePathTemplate, withoutPathQuery } from './path-template.js';
import { normalizeRequestBody } from './request-body.js';
import { preferRefName } from './recursive-refs.js';
import { normalizeResponses } from './responses.js';
import {
  distinctAlternatives,
  namesAnotherKey,
  normalizeSecurityRequirement,
  writesAuthorization,
} from './security.js';
import { operationInputs, type OperationInput } from './operation-inputs.js';
import { adoptedPageParameters } from './shared-paging.js';
import { carriesCredentials, operationServer } from './servers.js';

export interface NormalizedOperation {
  readonly operation: Operation;
  /** Inline request/response objects given names of their own (`<Op>Response`). */
  readonly derivedSchemas: NamedSchema[];
}

export function normalizeOperation(
  ctx: NormalizeContext,
  input: OperationInput,
  schemes: readonly SecurityScheme[],
  names: NameRegistry,
  components: ReadonlyMap<string, NamedSchema>,
  paginationOverrides?: PaginationOverrideTable,
  apiServer?: string,
): NormalizedOperation {
  const { method, pathItem, operation } = input;
  const fromQuery = queryFromPath(ctx, input);
  const { path, parameters: colonParameters } = withColonParameters(ctx, input, fromQuery.path);
  const givenId = asString(operation.operationId);
  const operationId = givenId !== undefined && isWordlessId(givenId) ? undefined : givenId;
  // A generated id's handler name, where no other operation's is the same (routers reuse `list`).
  const index = pathIndexOf(ctx);
  const { handler, called, uncounted } = index.idNames.get(operation) ?? {};
  // Unique among handlers, and no other operation's own id: `getOrderUsingGET` beside a
  // `getOrder` keeps its id, or the `getOrder` users called would call another endpoint.
  const unique = (name: string | undefined) =>
    name !== undefined && index.handlers.get(name) === 1 && !index.operationIds.has(camelCase(name))
      ? name
      : undefined;
  const baseName = unique(handler) ?? unique(called) ?? operationId ?? nameFromRoute(method, path);
  const wantedName = camelCase(baseName);
  const functionName = names.claim(wantedName, 'Operation');
  // Its types say the function's name (`listVideos`: `ListVideosParams`, not api.video's
  // `LISTVideosParams`), with the number a clash gave it (`getPet2`: `GetPet2Params`).
  // A keyword's suffix (`deleteOperation2`) is the function's, not its types'.
  const suffix = functionName.startsWith(wantedName)
    ? functionName.slice(wantedName.length).replace(/^Operation/, '')
    : '';
  const counted = /^\d+$/.test(suffix) ? wantedName + suffix : wantedName;
  const typeStem = counted[0]!.toUpperCase() + counted.slice(1);
  const derivedSchemas: NamedSchema[] = [];
  const nameInline = (schema: Schema | undefined, suffix: string): Schema | undefined => {
    // A self-referencing inline object is already a named type: it takes this name.
    if (schema?.kind === 'ref') preferRefName(ctx, schema.target, typeStem + suffix);
    // An array, union or intersection that holds an inline object is named too (DigitalOcean's
    // `oneOf` bodies): otherwise each signature (the function's, the method's, the call's)
    // spells the object out again, and the contract's `<Op>Body` would be missing.
    if (schema === undefined || !(schema.kind === 'object' || holdsInlineObject(schema)))
      return schema;
    const typeName = names.claim(typeStem + suffix);
    // A key no component can have, so derived and component schemas never collide.
    const key = `#derived/${typeName}`;
    derivedSchemas.push({ key, typeName, schema, ...(suffix === 'Body' && { requestOnly: true }) });
    return { kind: 'ref', target: key };
  };

  // fetch refuses a body on GET and HEAD (Stripe declares empty ones): such a body is left out, with a warning.
  const rawBody = carriesBody(method)
    ? normalizeRequestBody(ctx, operation.requestBody)
    : undefined;
  const override = paginationOverrides?.lookup(givenId, functionName);
  const declaredParameters = withPagingParameters(override, (extra) =>
    normalizeParameters(
      ctx,
      pathItem.parameters,
      [
        ...asArray(operation.parameters),
        ...fromQuery.queryParameters,
        ...colonParameters,
        ...(adoptedPageParameters(ctx).get(operation) ?? []),
        ...extra,
      ],
      functionName,
      rawBody?.alternatives.length,
      !['get', 'head', 'options', 'trace'].includes(method),
    ),
  );
  const security = schemes[0]?.undeclared
    ? undeclaredKeyRequirement(schemes[0], declaredParameters)
    : withOtherFlows(
        withRequiredCredentials(
          normalizeSecurityRequirement(ctx, operation.security, schemes),
          normalizeSecurityRequirement(ctx, undefined, schemes),
          schemes,
          declaredParameters,
          operation.security === undefined && ctx.document.security === undefined,
        ),
        schemes,
      );
  // Trello declares `key` and `token` both as API-key schemes and as required query
  // parameters: the client's credential fills them (a value given per call was overwritten
  // anyway), so they are not the caller's to pass on every call.
  const credentialParameters = credentialParameterKeys(security, schemes, declaredParameters);
  const declaredOwn = declaredParameters.flatMap((p) => {
    if (credentialParameters.has(parameterKey(p.in, p.name))) return [];
    if (!isContentTypeParameter(p)) return [p];
    // OpenAPI ignores a Content-Type parameter; it says what a raw body is, or the version of a
    // JSON one, and nothing else. The version the spec names goes when the caller names none:
    // never a required argument.
    const version = jsonVersion(p, rawBody);
    if (choosesMediaType(p, rawBody) || (version === undefined && !sendsRaw(rawBody))) return [];
    return version === undefined
      ? [p]
      : [{ ...p, required: false, ...(version !== '' && { fixed: version }) }];
  });
  const parameters = withFilePaths(withResourceNames(declaredOwn, path, apiServer), path);
  // The default media type's inline object is `<Op>Body`, the type the signature then names.
  const body = rawBody && namePreferredBody(rawBody, (schema) => nameInline(schema, 'Body')!);
  // Read off the body as written: an inline one's new name is no component yet (red team).
  const bodyKey = rawBody && idempotencyField(rawBody, components);
  const responses = normalizeResponses(ctx, operation.responses, method);
  const streaming = responses.success?.described?.kind === 'event-stream';
  // OpenAI's chat completions answer JSON, or events where the body says `stream: true`: no pages.
  // Its spec declares only the JSON, and says the events in its `stream` flag's description: a
  // `stream: true` call had resolved to a Blob typed as the JSON answer.
  // OpenAI's fine-tune events ask by the query's `stream` instead.
  const queryFlag =
    streaming || responses.success?.described?.kind !== 'json'
      ? undefined
      : parameters.find(
          (p) =>
            p.in === 'query' &&
            p.name === 'stream' &&
            p.schema.kind === 'boolean' &&
            p.schema.default?.value !== true &&
            saysEventsIn(`${p.description ?? ''} ${p.schema.description ?? ''}`),
        );
  const bodySays =
    responses.success?.described?.kind === 'json' &&
    rawBody !== undefined &&
    saysEvents(rawBody.preferred.schema, components);
  const events = streaming
    ? undefined
    : (responses.success?.events ?? (bodySays || queryFlag !== undefined ? {} : undefined));
  // A text, binary, form or multipart answer is typed string or Blob whatever its schema says:
  // its inline object would be an exported type that nothing uses.
  const readAsJson = ['json', 'event-stream', 'json-lines', undefined].includes(
    responses.success?.described?.kind,
  );
  const success = responses.success && {
    ...responses.success,
    ...(responses.success.schema &&
      readAsJson && { schema: nameInline(responses.success.schema, 'Response')! }),
  };
  // The body as written: an inline one is named `<Op>Body` by now, a schema not among `components`.
  // The flag that says it asks for events: the body's, else the query's (red team: a body's
  // `stream` that persists had been taken for the query's that streams).
  const flag =
    events && rawBody && (bodySays || !queryFlag)
      ? streamFlag(rawBody.preferred.schema, components)
      : undefined;
  const eventStream = events && {
    ...(events.schema && { schema: nameInline(events.schema, 'Event')! }),
    ...(flag ? { flag } : queryFlag && { flag: queryFlag.name, flagIn: 'query' as const }),
  };
  const jsonLines =
    streaming || events
      ? undefined
      : jsonLinesOf(
          success,
          path,
          parameters,
          (schema) => nameInline(schema, 'Event')!,
          operation['x-twitter-streaming'] === true,
        );
  const unpaged = streaming || events || jsonLines?.always;
  if (unpaged)
    paginationOverrides?.refuse(
      givenId,
      functionName,
      jsonLines ? 'a stream of JSON lines' : 'a stream of events',
    );
  const pagination = unpaged
    ? undefined
    : operationPagination(
        ctx,
        {
          method,
          path,
          responses: operation.responses,
          success: responses.success,
          query: parameters.filter((p) => p.in === 'query'),
          ...(rawBody?.preferred.mediaType.kind === 'json' && { body: rawBody.preferred.schema }),
          override,
          declared: msPageable(operation['x-ms-pageable']),
        },
        components,
      );
  const otherParameters = parameters.filter((p) => p.in !== 'path');
  const codeSamples = normalizeCodeSamples(operation);
  const tsSample = codeSamples.find(isTypeScript);
  const call = tsSample && clientCallFromSample(tsSample.source);
  // Beside a tag every operation has first, the next one names the resource; so too beside one
  // every operation has, first on few (Just Eat's `publicly-accessible`, first on 2 of its 98).
  const tagNaming = (op: Raw) =>
    tagOf(
      op,
      index.oneTag || (index.everyTag !== undefined && tagOf(op) === index.everyTag) ? 1 : 0,
    );
  // An untagged operation beside two or more on its path that agree on a tag is theirs
  // (new-user trial: WhatsApp's profile photo DELETE, the one without a tag, had gone to
  // `settings.profile.photo`, apart from its GET and POST in `profile`). Not beside one alone,
  // whose tag may say its own call (Okta's `CreateUser` had taken the users' list).
  const namingTag =
    tagNaming(operation) ??
    (asArray(operation.tags).length === 0 ? sharedTag(pathItem, tagNaming) : undefined);
  const shape = { path, parents: index.parents, collections: index.collections, rpc: index.rpc };
  // Google's ids spell the resource path and the method (`gmail.users.messages.list`), as
  // Google's own SDKs call them: `client.users.messages.list` (was `users.messagesList`).
  // Only an id of that shape: Google Logging's `logging.getCmekSettings` beside its
  // `logging.projects.logs.list` is named as any id is (red team: it had become `list`).
  const ownId =
    index.idPrefix && operationId !== undefined && googlePrefix(operationId) === index.idPrefix
      ? operationId.slice(index.idPrefix.length)
      : undefined;
  const dotted = ownId?.split('.');
  const resource = (
    resourceExtension(operation['x-codegen-resource']) ??
    call?.resource ??
    (dotted && dotted.length > 1 ? dotted.slice(0, -1).map(camelCase) : undefined) ??
    (namingTag !== undefined
      ? resourceFromTag(namingTag, index.remarked.has(namingTag))
      : undefined) ??
    withoutPrefix(resourceFromPath(shape), index.prefix)
  ).slice(0, MAX_RESOURCE_DEPTH);
  const chosen = asString(operation['x-codegen-name']);
  const chosenName = chosen === undefined ? undefined : camelCase(chosen);
  // A method is its handler's name even where routers share it: its resource tells them apart.
  const ownName =
    handler ||
    ownId ||
    tagQualified(operationId, namingTag) ||
    (baseName === operationId && uncounted) ||
    baseName;
  const hashless = withoutHashSuffix(ownName);
  const named = (name: string) =>
    methodName({
      ...shape,
      name: withVerbSpelledOut(name, method),
      method: method.toUpperCase() as HttpMethod,
      resource,
      pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
      fromRoute: operationId === undefined,
      siblings: new Set(
        PATH_ITEM_METHODS.filter((m) => isRaw(pathItem[m])).map(
          (m) => m.toUpperCase() as HttpMethod,
        ),
      ),
      summary: asString(operation.summary),
      description: asString(operation.description),
      answersList: pagination !== undefined || isList(responses.success?.schema, components),
      picksByQuery: parameters.some(picksItem),
    });
  // Where the name without its hash is another's in the resource too (Graph's two
  // `getYammerActivityUserDetail`, by period and by date), the hash tells them apart.
  const inferred =
    hashless === ownName ? named(ownName) : { ...named(hashless), plain: named(ownName).name };
  // A summary that only repeats an identifier's operationId (Trello's 324 `getCardsByIdCard()`)
  // says nothing; one in words (ClickSend's `Get account`, its operationId too) says what it does.
  const given = asString(operation.summary);
  const bare = given?.replace(/\(\)$/, '').trim();
  const summary = bare === givenId && !/\s/.test(bare ?? ' ') ? undefined : given;
  const description = asString(operation.description);
  const server = operationServer(
    operation,
    pathItem,
    apiServer,
    carriesCredentials(security, schemes),
  );

  return {
    derivedSchemas,
    operation: {
      functionName,
      pointer: toPointer(input.at),
      method: method.toUpperCase() as HttpMethod,
      ...normalizePathTemplate(path, method, parameters),
      ...(server !== undefined && 'url' in server && { server: server.url }),
      ...(server !== undefined && 'otherSite' in server && { serverOfOtherSite: true }),
      ...(bodyKey !== undefined && { bodyKey }),
      ...(summary !== undefined && { summary }),
      ...(description !== undefined && { description }),
      ...(isDeprecated(operation) && { deprecated: true }),
      tags: asArray(operation.tags).map(String),
      otherParameters,
      ...(body && { body }),
      ...((otherParameters.length > 0 || body) && {
        paramsTypeName: names.claim(`${typeStem}Params`),
      }),
      ...(success && { success }),
      successes: responses.successes.map((r) => (r === responses.success && success ? success : r)),
      streaming,
      ...(eventStream && { eventStream }),
      ...(jsonLines && { jsonLines }),
      ...(pagination && { pagination }),
      errors: responses.errors,
      errorTypeName: names.claim(`${typeStem}Error`),
      ...(responses.accept !== undefined && { accept: responses.accept }),
      security,
      codeSamples,
      resource,
      // A name the user chose stays theirs where two clash (red team: one of two chosen
      // `delete`s had become `create`).
      ...(chosenName !== undefined
        ? { methodName: chosenName, methodFallback: chosenName, methodSpelled: chosenName }
        : {
            methodName: call?.method ?? inferred.name,
            methodFallback: inferred.fallback,
            methodSpelled: inferred.spelled,
            ...(call === undefined &&
              inferred.plain !== undefined && { methodPlain: inferred.plain }),
          }),
    },
  };
}

/**
 * The version a Content-Type parameter of a body of one JSON media type says: its default,
 * example or listed value that is that media type with parameters (Just Eat's
 * `application/json;v=1`, whose header had gone as plain `application/json`), or `''` where only
 * its description says it carries a version. `undefined` for any other, which says nothing a
 * JSON body's own type does not (red team: Webflow's required `application/json` had become a
 * required argument of 32 calls, and Akeneo's `multipart/form-data` went over a JSON body).
 */
function jsonVersion(parameter: Parameter, body: RequestBody | undefined): string | undefined {
  const [only, ...more] = body?.alternatives ?? [];
  if (only === undefined || more.length > 0 || only.mediaType.kind !== 'json') return undefined;
  const essence = (type: string) => type.split(';')[0]!.trim().toLowerCase();
  const { schema } = parameter;
  const said = [
    schema.default?.value,
    parameter.example,
    ...(schema.kind === 'enum' ? schema.values : []),
  ].filter((v): v is string => typeof v === 'string');
  return (
    said.find((v) => v.includes(';') && essence(v) === essence(only.mediaType.type)) ??
    (/\bversion/i.test(parameter.description ?? '') ? '' : undefined)
  );
}

/**
 * A Content-Type parameter whose every value is a media type the body declares says no more
 * than the call's `contentType` choice: InfluxDB's `/query` offered both, and the parameter's
 * `application/vnd.flux` beside a JSON body was sent as JSON.
 */
function choosesMediaType(parameter: Parameter, body: RequestBody | undefined): boolean {
  const declared = new Set(body?.alternatives.map((a) => a.mediaType.type.toLowerCase()));
  return (
    declared.size > 1 &&
    parameter.schema.kind === 'enum' &&
    parameter.schema.values.every((v) => typeof v === 'string' && declared.has(v.toLowerCase()))
  );
}

/**
 * An undeclared query key goes only where the operation takes its parameter: as required there,
 * or where the call may go without it (red team: Flickr's OAuth calls, signed over their own
 * query, had been sent one too).
 */
function undeclaredKeyRequirement(
  scheme: SecurityScheme,
  parameters: readonly Parameter[],
): string[][] {
  const taken = parameters.find(
    (p) =>
      p.in === 'query' &&
      scheme.kind.type === 'apiKey' &&
      p.name === scheme.kind.name &&
      !namesAnotherKey(p.description),
  );
  return taken === undefined ? [] : taken.required ? [[scheme.key]] : [[scheme.key], []];
}

/** Whether a body may go as raw text or bytes, whose type a Content-Type parameter can say. */
function sendsRaw(body: RequestBody | undefined): boolean {
  return (body?.alternatives ?? []).some(
    (a) => a.mediaType.kind === 'text' || a.mediaType.kind === 'binary',
  );
}

/**
 * The requirement, each alternative with every API-key scheme whose parameter the operation
 * declares required: Trello's `security: [{api_key}, {api_token}]` reads as either, while
 * its required `key` and `token` parameters say both go; only one had been sent. Apideck's
 * operations name only `apiKey`, and require the headers of the `applicationId` and
 * `consumerId` schemes its API's own requirement (`apiDefault`) names: the client's options for
 * them were never sent. Not a scheme only other operations name: a required `token` of an
 * email's link is no credential of the API's.
 */
function withRequiredCredentials(
  security: string[][],
  apiDefault: string[][],
  schemes: readonly SecurityScheme[],
  parameters: readonly Parameter[],
  /** Neither the operation nor the API says a requirement. */
  silent = false,
): string[][] {
  const required = new Set(
    parameters.filter((p) => p.required).map((p) => parameterKey(p.in, p.name)),
  );
  // Silent, with every API-key scheme's parameter required: those are its credentials (24 of
  // Trello's calls, `/search` among them, say no requirement and take `key` and `token`, which
  // the caller had to give again on each call, and left out, went without). Two of them, or a
  // header: one query `key` may be a public lookup's own (red team: a KV store's key had become
  // the API key, sent where no credential was asked for).
  const keys = credentialPlaces([schemes.map((s) => s.key)], schemes);
  if (
    silent &&
    security.length === 0 &&
    (keys.length > 1 || keys.some(({ place }) => place.startsWith('header\0'))) &&
    keys.every(({ place }) => required.has(place))
  )
    return [keys.map(({ key }) => key)];
  const needed = credentialPlaces([...security, ...apiDefault], schemes)
    .filter(({ place }) => required.has(place))
    .map(({ key }) => key);
  if (needed.every((key) => security.every((alternative) => alternative.includes(key))))
    return security;
  return distinctAlternatives(
    security.map((alternative) => [...new Set([...alternative, ...needed])]),
  );
}

/**
 * An OAuth 2 access token is one to the API whichever of its flows gave it (RFC 6749 §7: the
 * resource server only validates it): Zoom's 373 calls name its authorization-code scheme, and a
 * server-to-server app's token, given as `clientCredentials`, went nowhere. An alternative of one
 * such scheme is followed by the others', so the named one's token goes where both are given.
 */
function withOtherFlows(security: string[][], schemes: readonly SecurityScheme[]): string[][] {
  const flows = schemes.filter((s) => s.oauth2).map((s) => s.key);
  const named = security.filter((a) => a.length === 1 && flows.includes(a[0]!));
  if (flows.length < 2 || named.length === 0) return security;
  return distinctAlternatives([...security, ...flows.map((key) => [key])]);
}

/**
 * The parameters, with those the config's pagination names and the spec does not declare
 * (Hetzner's `page` and `per_page`): the walk sends them, and the caller could not choose a page
 * size or a first page without a cast. Each is marked, so that a typo in the config is still
 * warned of; numbers where the descriptor counts, text where it carries a cursor.
 */
function withPagingParameters(
  override: PaginationDescriptor | false | undefined,
  normalize: (extra: readonly Raw[]) => Parameter[],
): Parameter[] {
  const declared = normalize([]);
  if (!override) return declared;
  // Nor one that would take a declared one's name, which would then be renamed (red team:
  // `pageNum` beside a declared `page-num`, which had become `pageNum2`).
  const missing = pagingParameters(override).filter(
    ([, name]) => !declared.some((p) => p.name === name || p.identifier === camelCase(name)),
  );
  if (missing.length === 0) return declared;
  const names = new Set(missing.map(([, name]) => name));
  const extra = missing.map(([field, name]) => ({
    name,
    in: 'query',
    schema: { type: /^(?:offset|limit|page)Param$/.test(field) ? 'integer' : 'string' },
    description: 'Sent by the pagination the config gives this operation.',
  }));
  return normalize(extra).map((p) =>
    p.in === 'query' && names.has(p.name) ? { ...p, fromPagination: true } : p,
  );
}

/** A query or header parameter that says it is the caller's token: `token`, `access_token`. */
function isTokenParameter(p: Parameter): boolean {
  return (
    (p.in === 'query' || p.in === 'header') &&
    /^(?:token|access_token)$/i.test(p.name) &&
    /\b(?:auth\w*|oauth|access) token\b/i.test(p.description ?? '')
  );
}

/** The API-key schemes an operation's requirement names, and where each puts its credential (a `parameterKey`). */
/**
 * The field of a body's preferred alternative that holds an idempotency key, a string: Square's
 * payments and Plaid's transfers take theirs so, and a POST that carried one had not been sent
 * again after a 500 (new-user trial).
 */
function idempotencyField(
  body: RequestBody,
  components: ReadonlyMap<string, NamedSchema>,
): string | undefined {
  return propertiesOf(body.preferred.schema, components).find(
    (p) => /^idempotency_?key$/i.test(p.name) && resolved(p.schema, components)?.kind === 'string',
  )?.name;
}

/**
 * The parameters a requirement's credentials fill, which are then not the caller's: an API key's
 * place; an `Authorization` header beside a scheme that writes it (Telstra's required one was
 * overwritten by the client's bearer token); a `token` that says it is the caller's beside an
 * OAuth or bearer scheme (Slack's, on 155 operations: it goes as a bearer token, which OAuth APIs
 * take, RFC 6750, not in a query that logs keep).
 */
function credentialParameterKeys(
  security: string[][],
  schemes: readonly SecurityScheme[],
  declaredParameters: readonly Parameter[],
): Set<string> {
  // Only where every alternative sends it: with another, the caller's may be the only one.
  const every = (holds: (s: SecurityScheme) => boolean) =>
    security.length > 0 &&
    security.every((alternative) => schemes.some((s) => alternative.includes(s.key) && holds(s)));
  return new Set([
    ...credentialPlaces(security, schemes).map((c) => c.place),
    ...(every((s) => writesAuthorization(s.kind)) ? [parameterKey('header', 'Authorization')] : []),
    ...(every((s) => s.kind.type === 'bearer')
      ? declaredParameters.filter(isTokenParameter).map((p) => parameterKey(p.in, p.name))
      : []),
  ]);
}

function credentialPlaces(
  security: ReadonlyArray<readonly string[]>,
  schemes: readonly SecurityScheme[],
): Array<{ key: string; place: string }> {
  const named = new Set(security.flat());
  return schemes.flatMap(({ key, kind }) =>
    kind.type === 'apiKey' && named.has(key)
      ? [{ key, place: parameterKey(kind.in, kind.name) }]
      : [],
  );
}

/** A parameter's place: header names are case-insensitive, query and cookie names are not. */
function parameterKey(location: string, name: string): string {
  return `${location}\0${location === 'header' ? name.toLowerCase() : name}`;
}

/** The preferred alternative's inline object gets its name, on the one copy every reader sees. */
function namePreferredBody(body: RequestBody, name: (schema: Schema) => Schema): RequestBody {
  const preferred = { ...body.preferred, schema: name(body.preferred.schema) };
  return {
    ...body,
    preferred,
    alternatives: body.alternatives.map((a) => (a === body.preferred ? preferred : a)),
  };
}

/**
 * Resources nest no deeper than this (real APIs: 11): each level is a class
 * named after the whole path to it, so a path of 2,000 static segments wrote
 * 2,000 classes of names 2,000 words long.
 */
const MAX_RESOURCE_DEPTH = 32;

/** `x-codegen-resource: admin.users` (or a list of names) places the method: `client.admin.users`. */
function resourceExtension(value: unknown): string[] | undefined {
  const parts =
    typeof value === 'string' ? value.split('.') : Array.isArray(value) ? value.map(String) : [];
  const names = parts.map(camelCase).filter((n) => n !== 'unnamed');
  return names.length > 0 ? names : undefined;
}

/**
 * An id that says no word: Azure API Management's `58d8bcb7a9e6240e200cff25` (Transavia's,
 * WMATA's), a UUID. The operation is named from its route, as one without an id is.
 */
/**
 * An id without the hash its tool added to tell it from others of the name: Microsoft Graph's
 * `Get.Count.healthOverviews-51c2` (4,209 of its methods). The method's resource tells them apart
 * (`healthOverviews.getCountHealthOverviews`, had been `…HealthOverviews51c2`); the function keeps
 * it.
 */
function withoutHashSuffix(name: string): string {
  const hash = /-([\da-f]{4})$/.exec(name)?.[1];
  return hash !== undefined && /\d/.test(hash) && name.length > 5 ? name.slice(0, -5) : name;
}

/**
 * A verb its author shortened, spelled out where the HTTP method says it: PeerTube's
 * `delVideoPlaylistVideo` had been `videoPlaylists.del`, beside the playlist's own `delete`.
 */
function withVerbSpelledOut(name: string, method: string): string {
  const short = /^(del|rm|upd)(?=[A-Z_]|$)/.exec(name)?.[1];
  const verb = short === undefined ? undefined : SHORT_VERBS[short];
  return verb?.methods.includes(method.toUpperCase())
    ? verb.word + name.slice(short!.length)
    : name;
}

// Each shortened verb, spelled out, and the HTTP methods that say it.
const SHORT_VERBS: Readonly<Record<string, { word: string; methods: readonly string[] }>> = {
  del: { word: 'delete', methods: ['DELETE'] },
  rm: { word: 'remove', methods: ['DELETE'] },
  upd: { word: 'update', methods: ['PUT', 'PATCH', 'POST'] },
};

/**
 * An id qualified by its tag (Bungie's `GroupV2.GetGroupByName` in `GroupV2`), without it: the
 * resource says the tag, and a version the resource leaves out had stayed in the method
 * (`group.v2GetGroupByName`).
 */
function tagQualified(id: string | undefined, tag: string | undefined): string | undefined {
  if (id === undefined || tag === undefined) return undefined;
  const rest = id.slice(tag.length + 1);
  return id.length > tag.length + 1 &&
    id[tag.length] === '.' &&
    id.slice(0, tag.length).toLowerCase() === tag.toLowerCase() &&
    /^[A-Za-z]\w*$/.test(rest)
    ? rest
    : undefined;
}

export function isWordlessId(id: string): boolean {
  return /^[\da-f-]{12,}$/i.test(id) && /\d/.test(id);
}

/** Google's shape only: `api.resource.method`, the prefix (`api.`) a plain name. */
function googlePrefix(id: string): string | undefined {
  return /^([A-Za-z_$][\w$]*\.)[^.]+\.[A-Za-z]/.exec(id)?.[1];
}

function nameFromRoute(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    // Each parameter where it stands in its segment: Jumpseller's `{id}.json` had lost its
    // last letter (`getCategoriesByIdJso`).
    // A version's `v` before its parameter (OpenCage's `/v{version}/{format}`) is no word: it
    // had named the call `getV`.
    .map((segment) => segment.replace(/^v(?=\{)/i, '').replace(/\{([^}]*)\}/g, ' by $1 '));
  return [method, ...parts].join(' ');
}

// Once per document, not once per operation: GitHub has over 900 paths.
const pathIndexByDocument = new WeakMap<object, PathIndex>();

/** A tag that says the API's name (its title's words) or nothing at all (`default`). */
function namesTheApi(tag: string, document: Raw): boolean {
  // Clever Cloud's `all`, first on each of its 324 operations, before the tag that names it.
  if (/^(?:default|general|all|apis?|endpoints?|operations)$/i.test(tag.trim())) return true;
  const title = isRaw(document.info) ? (asString(document.info.title) ?? '') : '';
  const titleWords = new Set(words(title).map((w) => w.toLowerCase()));
  const tagWords = words(tag).map((w) => w.toLowerCase());
  return tagWords.length > 0 && tagWords.every((w) => titleWords.has(w));
}

interface PathIndex extends Pick<PathShape, 'parents' | 'collections' | 'rpc'> {
  /**
   * Every operation has the same first tag while the paths name several things (OpenAI's
   * `OpenAI` over /chat, /files, /models): the tag names the API, not a resource.
   */
  readonly oneTag: boolean;
  /** A tag every operation has, first on fewer than half: it names no resource (`namingTag`). */
  readonly everyTag: string | undefined;
  /** The segment every path starts with, naming no resource (`sharedPrefix`). */
  readonly prefix: string | undefined;
  /**
   * The dotted part every operationId starts with (Google's `storage.` of
   * `storage.buckets.list`): the API's name, which no method name repeats.
   */
  readonly idPrefix: string | undefined;
  /** Tags whose parenthetical tells them from another tag (Box's `Shared links (Files)`). */
  readonly remarked: ReadonlySet<string>;
  /** How many operations each handler name is the name of (see `handlerName`). */
  readonly handlers: ReadonlyMap<string, number>;
  /** Every operationId, as a function would be named: a handler's name must not take one. */
  readonly operationIds: ReadonlySet<string>;
  /**
   * What each operation's id says it is called: its handler's name, or its call's; and its id
   * without a count that tells it from no other of its tags (`uncountedIds`).
   */
  readonly idNames: ReadonlyMap<Raw, IdNames>;
}

interface IdNames {
  readonly handler?: string;
  readonly called?: string;
  readonly uncounted?: string;
}

/**
 * The handler's name in a generated operationId: FastAPI's is the handler's name, then the path
 * and the method with every other character an underscore (`list_application_api_v1_app__get`
 * for `list_application` at `GET /api/v1/app/`). It is what the operation is called.
 */
function handlerName(operationId: string, method: string, path: string): string | undefined {
  const route = `${path.replace(/\W/g, '_')}_${method.toLowerCase()}`;
  if (operationId.length > route.length && operationId.endsWith(route))
    return operationId.slice(0, -route.length);
  // HubSpot's: the method and path, then the handler (`get-/files/v3/files/{fileId}_getById`).
  const spelled = `${method.toLowerCase()}-${path}_`;
  return operationId.length > spelled.length && operationId.startsWith(spelled)
    ? operationId.slice(spelled.length)
    : undefined;
}

/**
 * What an operationId says the call is, less what it says of the HTTP method; used where no
 * other operation's is the same (Etherpad's `createPadUsingGET` beside `createPadUsingPOST`
 * keep theirs).
 */
function callName(operationId: string, method: string, path: string): string | undefined {
  // Springfox's: the handler, then `Using` and the method, `_1` for a second of the name
  // (Klarna's `getOrderUsingGET`).
  const upper = method.toUpperCase();
  const springfox = new RegExp(`^([A-Za-z]\\w*?)Using${upper}(?:_\\d+)?$`).exec(operationId);
  if (springfox !== null) return springfox[1];
  // The method in capitals, then what the call does (Zuora's `POST_CreateEmailTemplate`, its
  // `objectGETContact`; EC2's `GET_DescribeInstances`): the method says nothing more. Not a
  // route spelled out (Box's `get_sign_requests`, whose `sign` is no verb of the call).
  const prefixed = new RegExp(`^(?:${upper}_|object_?(?=${upper}[A-Z]))([A-Z].*)$`).exec(
    operationId,
  );
  // A verb that is the path's thing is a noun there (Zuora's `GET_RefundParts` at `/refunds/…`).
  const rest = prefixed?.[1];
  if (rest !== undefined && startsWithVerb(rest) && !namesPathThing(rest, path)) return rest;
  // What a framework or a version adds after the call: .NET's `GetOrdersAsync` (Royal Mail's),
  // the method in capitals (Mercedes-Benz's `countriesGET`), the path's version (SchoolDigger's
  // `Schools_GetAllSchools20` at `/v2.0/schools`).
  // An API version that is a date, as the path's first segment says it: CloudFront's
  // `ListDistributions2020_05_31` at `/2020-05-31/distribution` (106 calls).
  const dated = /^(.*?[a-z])(\d{4})_?(\d{2})_?(\d{2})$/.exec(operationId);
  if (dated && path.startsWith(`/${dated[2]}-${dated[3]}-${dated[4]}/`)) return dated[1];
  const [, call, added] = /^(.*?[a-z])(Async|[A-Z]+|\d+)$/.exec(operationId) ?? [];
  if (call === undefined || added === undefined) return undefined;
  // Not where the route says it: Google's `…/devices:updateMetadataAsync` is another call than
  // `updateMetadata`, TokenMetrics' `quantmetricsTier1` is at `/v1/quantmetrics-tier-1`.
  const version = /\/v(\d+)(?:\.(\d+))?(?=\/|$)/i.exec(path);
  const route = version ? path.replace(version[0], '') : path;
  if (new RegExp(`${added}(?![a-z\\d])`, 'i').test(route)) return undefined;
  const versions = version ? [version[1], `${version[1]}${version[2] ?? ''}`] : [];
  // The version after a `v` of its own is left to the name's words (Nordigen's `…_v2`).
  const ofVersion = versions.includes(added) && !/v$/i.test(call);
  return added === 'Async' || added === upper || ofVersion ? call : undefined;
}

/**
 * An Express route's parameter, `:name` as a whole segment, as the path parameter OpenAPI writes
 * `{name}`: Clever Cloud's `/logs/{appId}/drains/:idOrUrl` had gone with `:idOrUrl` as written,
 * and its call took no drain to name. Declared, where the spec does not, as a required string.
 */
function withColonParameters(
  ctx: NormalizeContext,
  { pathItem, operation }: OperationInput,
  path: string,
): { path: string; parameters: Raw[] } {
  if (!path.includes('/:')) return { path, parameters: [] };
  const declared = new Set(
    [...asArray(pathItem.parameters), ...asArray(operation.parameters)]
      .map((p) => deref(ctx, p))
      .filter((p) => p.in === 'path')
      .map((p) => String(p.name)),
  );
  const names = new Set<string>();
  const template = path
    .split('/')
    .map((segment) => {
      const name = /^:([A-Za-z_]\w*)$/.exec(segment)?.[1];
      if (name === undefined || path.includes(`{${name}}`)) return segment;
      names.add(name);
      return `{${name}}`;
    })
    .join('/');
  return {
    path: template,
    parameters: [...names]
      .filter((name) => !declared.has(name))
      .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
  };
}

/**
 * An operation's route, where its path key holds a query (`withoutPathQuery`), and each name
 * moved to the query that the operation does not declare there: a required string parameter.
 */
function queryFromPath(
  ctx: NormalizeContext,
  { path: key, pathItem, operation }: OperationInput,
): { path: string; queryParameters: Raw[] } {
  if (!key.includes('?')) return { path: key, queryParameters: [] };
  const declared = [...asArray(pathItem.parameters), ...asArray(operation.parameters)].map((p) =>
    deref(ctx, p),
  );
  const named = (place: string) =>
    new Set(declared.filter((p) => p.in === place).map((p) => String(p.name)));
  const { template, moved } = withoutPathQuery(key, named('path'));
  const inQuery = named('query');
  return {
    path: template,
    queryParameters: moved
      .filter(({ key, name }) => !inQuery.has(key) && !inQuery.has(name))
      .map(({ key }) => key)
      .map((name) => ({ name, in: 'query', required: true, schema: { type: 'string' } })),
  };
}

/** A resource from the path, without the segment every path starts with. */
function withoutPrefix(resource: string[], prefix: string | undefined): string[] {
  return prefix !== undefined && resource[0] === prefix ? resource.slice(1) : resource;
}

/** A tag every operation has beside another, first on fewer than half of them. */
function everyOperationsTag(
  inputs: ReadonlyArray<{ readonly operation: Raw }>,
): string | undefined {
  const [first, ...rest] = inputs.map(({ operation }) => asArray(operation.tags).map(String));
  const shared = (first ?? []).filter((tag) => rest.every((tags) => tags.includes(tag)));
  return shared.find(
    (tag) => inputs.filter(({ operation }) => tagOf(operation) === tag).length < inputs.length / 2,
  );
}

/**
 * An operation's tag at `index`, unless it has nothing to name a resource by (Bungie's `""` was
 * `client.unnamed`). The first names its resource; the second does where the first is every
 * operation's (Clever Cloud's `all`).
 */
/** The tag two or more operations of a path share, where none of them says another. */
function sharedTag(
  pathItem: Raw,
  tagNaming: (operation: Raw) => string | undefined,
): string | undefined {
  const tags = PATH_ITEM_METHODS.map((m) => pathItem[m])
    .filter(isRaw)
    .map(tagNaming)
    .filter((tag) => tag !== undefined);
  return tags.length >= 2 && tags.every((tag) => tag === tags[0]) ? tags[0] : undefined;
}

function tagOf(operation: Raw, index = 0): string | undefined {
  const tag = asString(asArray(operation.tags)[index]);
  return tag !== undefined && /[\p{L}\p{N}]/u.test(tag) ? tag : undefined;
}

function pathIndexOf(ctx: NormalizeContext): PathIndex {
  const { document } = ctx;
  let index = pathIndexByDocument.get(document);
  if (index === undefined) {
    const paths = Object.keys(isRaw(document.paths) ? document.paths : {});
    const firstTags = new Set<string | undefined>();
    const idPrefixes = new Map<string | undefined, number>();
    const handlers = new Map<string, number>();
    const operationIds = new Set<string>();
    const idNames = new Map<Raw, IdNames>();
    const inputs = operationInputs(ctx);
    for (const { path, method, operation } of inputs) {
      firstTags.add(tagOf(operation));
      const id = asString(operation.operationId);
      if (id !== undefined) {
        operationIds.add(camelCase(id));
        const handler = handlerName(id, method, path);
        const called = handler === undefined ? callName(id, method, path) : undefined;
        idNames.set(operation, {
          ...(handler !== undefined && { handler }),
          ...(called !== undefined && { called }),
        });
        const name = handler ?? called;
        if (name !== undefined) handlers.set(name, (handlers.get(name) ?? 0) + 1);
      }
      const google = id === undefined ? undefined : googlePrefix(id);
      idPrefixes.set(google, (idPrefixes.get(google) ?? 0) + 1);
    }
    for (const [operation, uncounted] of uncountedIds(inputs))
      idNames.set(operation, { ...idNames.get(operation), uncounted });
    // The prefix nearly every id starts with: Sinao's 270 `app.accounting.categories.list` beside
    // a few `auth.login` (was `accountCategories.appAccountingCategoriesList`).
    const [idPrefix, prefixed = 0] =
      [...idPrefixes].filter(([prefix]) => prefix !== undefined).sort((a, b) => b[1] - a[1])[0] ??
      [];
    const tags = new Set(inputs.flatMap(({ operation }) => asArray(operation.tags).map(String)));
    // Where the name it leaves is another's too (VTEX's `Feed v2 (deprecated)` beside `Feed v3`).
    const bare = [...tags].map((t) => resourceFromTag(t)?.join('.'));
    // A call at the root (Adyen's `/getStoresUnderAccount`) is a thing of its own.
    const tops = new Set(
      paths.map((p) => resourceFromPath({ path: p, parents: new Set() })[0] ?? p),
    );
    const [tag] = firstTags;
    index = {
      parents: parentPaths(paths),
      collections: collectionPaths(paths),
      rpc:
        inputs.length > 1 &&
        operationIds.size === 0 &&
        inputs.every((input) => input.method === 'post' && !input.path.includes('{')),
      oneTag:
        firstTags.size === 1 && tag !== undefined && namesTheApi(tag, document) && tops.size > 1,
      everyTag: everyOperationsTag(inputs),
      prefix: sharedPrefix(paths),
      idPrefix: prefixed >= 0.9 * inputs.length && paths.length > 1 ? idPrefix : undefined,
      remarked: new Set(
        [...tags].filter(
          (t, i) => t !== withoutRemark(t) && bare.filter((b) => b === bare[i]).length > 1,
        ),
      ),
      handlers,
      operationIds,
      idNames,
    };
    pathIndexByDocument.set(document, index);
  }
  return index;
}

/**
 * springdoc counts the handlers of one name across the API (XTRF's `create_4`, `getById_2`),
 * which made methods `vendorInvoices.create4`. Among the operations of the same tags, a count
 * that tells an id from no other's (none has its stem) says nothing: the id without it, where
 * the method is named. Two that share a stem keep their counts.
 */
function uncountedIds(inputs: readonly OperationInput[]): Map<Raw, string> {
  // Or words ending in a version (Nordigen's `retrieve account transactions v2_2`).
  const stemOf = (id: string) => /^([a-z][A-Za-z0-9 ]*(?:[A-Za-z]|\bv\d+))_\d+$/.exec(id)?.[1];
  const groups = new Map<string, Map<string, number>>();
  const counted: Array<{ operation: Raw; group: string; stem: string }> = [];
  for (const { operation } of inputs) {
    const id = asString(operation.operationId);
    if (id === undefined) continue;
    const group = JSON.stringify(asArray(operation.tags));
    const stems = groups.get(group) ?? new Map<string, number>();
    groups.set(group, stems);
    const stem = stemOf(id);
    stems.set(stem ?? id, (stems.get(stem ?? id) ?? 0) + 1);
    if (stem !== undefined) counted.push({ operation, group, stem });
  }
  return new Map(
    counted
      .filter(({ group, stem }) => groups.get(group)!.get(stem) === 1)
      .map(({ operation, stem }) => [operation, stem]),
  );
}

/**
 * Azure's `x-ms-pageable`: the field of the next page's link (`nextLink`, Graph's
 * `@odata.nextLink`) and of the items (`value` when not said); a `null` link says there are
 * no further pages. Graph's 11,422 operations had none inferred.
 */
function msPageable(value: unknown): PaginationDescriptor | false | undefined {
  if (!isRaw(value) || !('nextLinkName' in value)) return undefined;
  if (value.nextLinkName === null) return false;
  const next = asString(value.nextLinkName);
  return next === undefined
    ? undefined
    : { kind: 'link', items: asString(value.itemName) ?? 'value', next };
}

/** Whether fetch lets a request of this method carry a body (not GET, not HEAD). */
export function carriesBody(method: string): boolean {
  return !/^(get|head)$/i.test(method);
}

/**
 * A success that is a stream of JSON lines: always where that is its only form (Otoroshi's
 * NDJSON exports) or its path watches (Kubernetes' deprecated `/watch/` paths, whose JSON form
 * is the event), else where the query's boolean `watch` asks for it (Kubernetes' lists), or its
 * `follow` of `0 | 1` (Vercel's deployment events, whose live stream had been read as one JSON
 * document and refused); or lines of text, where a text answer's `follow` asks for them.
 * Twitter's filtered stream declares JSON and says `x-twitter-streaming: true`: read whole, it
 * had never ended.
 */
function jsonLinesOf(
  success: ApiResponse | undefined,
  path: string,
  parameters: readonly Parameter[],
  named: (schema: Schema) => Schema,
  /** The operation says it streams (Twitter's `x-twitter-streaming`) what it declares as JSON. */
  streams = false,
): Operation['jsonLines'] {
  if (success?.described?.kind === 'json-lines' || (streams && success?.described?.kind === 'json'))
    return { ...(success.schema && { schema: success.schema }), always: true };
  // A text answer the query's boolean `follow` keeps open (Kubernetes' pod log, a string its spec
  // says comes as JSON or text): its lines as they come; read whole, it had never ended, and the
  // timeout had thrown away what had come.
  // Only a `follow` that says it keeps the answer coming (red team: "Follow symbolic links").
  const follow = parameters.find(
    (p) =>
      p.in === 'query' &&
      p.name === 'follow' &&
      p.schema.kind === 'boolean' &&
      FOLLOWS_STREAM.test(`${p.description ?? ''} ${p.schema.description ?? ''}`),
  );
  // The text's type, which the followed call asks for: a JSON string's only beside a text form
  // (red team: a JSON string alone had streamed its raw JSON text, and Kubernetes' JSON, first in
  // its `Accept`, may come as one JSON string, read whole).
  // Else a stream's own type beside it (new-user trial: Docker's service and task logs,
  // `application/vnd.docker.raw-stream`, had waited for the timeout and thrown their lines away).
  const text =
    success?.described?.kind === 'text'
      ? success.described.type
      : success?.described?.kind === 'json' && success.schema?.kind === 'string'
        ? (
            success.mediaTypes.find((m) => /^text\//i.test(m.type)) ??
            success.mediaTypes.find((m) => /^application\/[\w.+-]*stream$/i.test(m.type))
          )?.type
        : undefined;
  if (text !== undefined && follow !== undefined)
    return { schema: { kind: 'string' }, flag: follow.name, text };
  if (success?.lines === undefined) return undefined;
  // A `/watch/` path streams whatever its `watch` parameter says.
  const always = path.split('/').includes('watch');
  const flag = always
    ? undefined
    : parameters.find(
        (p) =>
          p.in === 'query' &&
          (p.name === 'watch' || p.name === 'follow') &&
          (p.schema.kind === 'boolean' || isZeroOrOne(p.schema)),
      );
  if (flag === undefined && !always) return undefined;
  const schema = success.lines.schema ?? (always ? success.schema : undefined);
  return {
    ...(schema && { schema: named(schema) }),
    ...(flag ? { flag: flag.name } : { always: true }),
    ...(flag && isZeroOrOne(flag.schema) && { numeric: true as const }),
  };
}

/** What a `follow` that streams says: Kubernetes' "Follow the log stream of the pod". */
const FOLLOWS_STREAM =
  /\bstream|\bkeeps? (?:the )?connection|\blive\b|\btail|as (?:they|it) (?:come|arrive|happen)|\bnew (?:lines|output|entries|logs)/i;

/** An enum of the numbers 0 and 1: a flag spelled as a number. */
function isZeroOrOne(schema: Schema): boolean {
  return (
    schema.kind === 'enum' &&
    schema.values.length === 2 &&
    schema.values.includes(0) &&
    schema.values.includes(1)
  );
}

/**
 * The body's boolean `stream` property (nullable too, as OpenAI's), which asks an API that answers
 * JSON for events instead.
 */
function streamFlag(schema: Schema, schemas: Schemas): string | undefined {
  return streamProperty(schema, schemas)?.name;
}

function streamProperty(schema: Schema, schemas: Schemas): Property | undefined {
  const property = propertiesOf(schema, schemas).find((p) => p.name === 'stream');
  const type = property && resolved(property.schema, schemas);
  const flag =
    type?.kind === 'boolean' ||
    (type?.kind === 'union' &&
      type.variants.some((v) => v.kind === 'boolean') &&
      type.variants.every((v) => v.kind === 'boolean' || v.kind === 'null'));
  return flag ? property : undefined;
}

/**
 * Whether the body's `stream` flag says it asks for server-sent events: not where it is on when
 * left out, which the overloads would type as the JSON answer, nor where it says it does not
 * (red team).
 */
function saysEvents(schema: Schema, schemas: Schemas): boolean {
  const property = streamProperty(schema, schemas);
  if (property?.schema.default?.value === true) return false;
  return saysEventsIn(
    `${property?.schema.description ?? ''} ${resolved(property?.schema ?? { kind: 'unknown' }, schemas)?.description ?? ''}`,
  );
}

/** Whether a flag's description says it asks for server-sent events, and not that it does not. */
function saysEventsIn(said: string): boolean {
  return (
    /server[- ]sent events|event[- ]stream/i.test(said) &&
    !/\bnot\b[^.]{0,30}(?:server[- ]sent|event[- ]stream)/i.test(said)
  );
}

/**
 * `deprecated`, or a vendor's word for it: Square's `x-is-deprecated` (30 operations, its v1
 * API), Akeneo's `x-deprecated` (19), whose methods had said nothing of it.
 */
function isDeprecated(operation: Raw): boolean {
  return [operation.deprecated, operation['x-deprecated'], operation['x-is-deprecated']].includes(
    true,
  );
}

/** Whether a success's schema is an array, itself or the component it names. */
function isList(schema: Schema | undefined, components: ReadonlyMap<string, NamedSchema>): boolean {
  return schema !== undefined && resolved(schema, components)?.kind === 'array';
}

/**
 * A required query parameter that picks the item a call acts on: one value of its own (GoToMeeting's
 * `email`), not a list (iZettle's `uuid` list deletes many), a fixed value, or how the call is
 * made (red team: Azure's `api-version` beside a DELETE had made it no `deleteAll`).
 */
function picksItem(p: Parameter): boolean {
  return (
    p.in === 'query' &&
    p.required &&
    p.fixed === undefined &&
    ['string', 'integer', 'number'].includes(p.schema.kind) &&
    !PROTOCOL_PARAMETER.test(p.name) &&
    // Nor one that shapes the answer.
    !/^(?:locale|lang(?:uage)?|fields|expand|select)$/i.test(p.name)
  );
}
