/** The IR of a whole API: what every emitter reads. Names are decided already. */
import type { ResourceNode } from './resources.js';
import type { Schema } from './schema.js';

export interface Api {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly client: ClientInfo;
  /** Date and date-time strings of responses are delivered as `Date` objects (`dates: 'Date'`). */
  readonly dates?: boolean;
  readonly servers: readonly Server[];
  /** The exported const naming each server (`MeibelServers.production`), when there are several. */
  readonly serversConstName?: string;
  readonly securitySchemes: readonly SecurityScheme[];
  readonly schemas: readonly NamedSchema[];
  readonly operations: readonly Operation[];
  /** The client's methods, grouped; the root is the client class itself. */
  readonly resources: ResourceNode;
  /** Query, header and cookie parameters of `components.parameters` that several operations take. */
  readonly sharedParameters?: readonly SharedParameter[];
  /** Headers nearly every operation requires, given once as options of the client. */
  readonly clientHeaders?: readonly ClientHeader[];
  /**
   * What the API sends to its users' endpoints (OpenAPI 3.1 `webhooks`, or `x-webhooks`); not
   * written with `dates`, where the types hold `Date`s the JSON an endpoint receives has not.
   */
  readonly webhooks?: Webhooks;
}

/**
 * The webhooks of an API: one exported interface (`Webhooks`) maps each webhook's name to the
 * payload it delivers, typed as the API's responses are (a readOnly key is there: the API writes it).
 */
export interface Webhooks {
  /** The interface's name, claimed among the exports. */
  readonly typeName: string;
  readonly hooks: readonly Webhook[];
}

export interface Webhook {
  /** Its key in `webhooks` (`newPet`, GitHub's `pull-request-opened`): the interface's key. */
  readonly name: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: true;
  /** The request body the API sends (JSON where offered). */
  readonly payload: Schema;
}

/**
 * A header nearly every operation requires (Xero's `xero-tenant-id`, Apideck's
 * `x-apideck-consumer-id`): an option of the client sends it with each request, and a call
 * that gives its own sends that instead.
 */
export interface ClientHeader {
  /** As the spec writes it: `xero-tenant-id`. */
  readonly name: string;
  /** The client's option: `tenantId` (Xero's). */
  readonly optionName: string;
  readonly description?: string;
  /**
   * A credential's header in a spec that declares no security scheme (Postmark's
   * `X-Postmark-Server-Token`): the environment variable read when the option is not given.
   */
  readonly envVar?: string;
  /** A credential's header the spec requires of no call (ElevenLabs' `xi-api-key`): no call is refused without it. */
  readonly optional?: true;
}

/**
 * A parameter several operations `$ref`: one interface (`PerPageParam`) holds its key and
 * docs, and each operation's params interface extends it instead of saying it again.
 */
export interface SharedParameter {
  readonly typeName: string;
  readonly parameter: Parameter;
}

export interface ClientInfo {
  /** `MeibelClient`. */
  readonly className: string;
  /** The lean core (`MeibelCore`): options and transport, no resources; the client extends it. */
  readonly coreName: string;
  /** The client's options interface (`<Client>Options`), claimed among the exports. */
  readonly optionsName: string;
  /** Prefix of environment variables: `MEIBEL` → `MEIBEL_API_KEY`. */
  readonly envPrefix: string;
  /** The environment variable the base URL falls back to (`MEIBEL_BASE_URL`); none with `env: false`. */
  readonly baseUrlEnvVar?: string;
}

export interface Server {
  readonly url: string;
  readonly description?: string;
  /** Its key in the servers const: from the description, unique. */
  readonly key: string;
  /** Its place in the spec's `servers`, which may differ from its place here (https and real hosts first). */
  readonly index: number;
  /**
   * Its host is one for each user to replace (Jira's `your-domain.atlassian.net`) or one any
   * machine nearby may answer (`azure.local`), or it is no URL: no client goes there by default,
   * since a stranger may own or answer that name and would get the credentials.
   */
  readonly placeholder?: true;
  /**
   * The variable of its URL that is a credential (Telegram's `https://api.telegram.org/bot{token}`),
   * whose default is an example: left in the URL for each user to fill (it is then a placeholder).
   */
  readonly credentialVariable?: string;
  /** The path the spec's URL ended in, which every path repeats (dev.to's `/api`): left out of `url`. */
  readonly repeatedPath?: string;
}

/** The URL a client goes to when given no `baseUrl`: the first server's, unless it is a placeholder. */
export function defaultServerUrl(api: { readonly servers: readonly Server[] }): string | undefined {
  const first = api.servers[0];
  return first?.placeholder ? undefined : first?.url;
}

export type SecuritySchemeKind =
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'bearer' }
  | { readonly type: 'basic' }
  /** Another HTTP scheme (`Token`, `OAuth`): `Authorization: <scheme> <credential>`. */
  | { readonly type: 'http'; readonly scheme: string };

export interface SecurityScheme {
  /** Key in `components.securitySchemes`. */
  readonly key: string;
  readonly kind: SecuritySchemeKind;
  readonly description?: string;
  /** Client option that carries the credential (`apiKey` when there is one scheme). */
  readonly optionName: string;
  /**
   * Environment variables read when the option is not given: one holds the
   * credential; two (basic auth) hold the user name and the password. None: no fallback.
   */
  readonly envVars: readonly string[];
  /**
   * An OAuth 2 scheme: its credential is an access token, which the API takes whichever of its
   * flows gave it (an operation that names one scheme takes another's token: `withOtherFlows`).
   */
  readonly oauth2?: true;
  /**
   * A query key the spec takes and declares no scheme for (Ideal Postcodes' `api_key`): sent
   * only by the operations that take that parameter.
   */
  readonly undeclared?: true;
  /**
   * The signature each request needs (`AWS Signature Version 4`, `OAuth 1.0a`), which the SDK
   * does not make: its users give a `fetch` that signs.
   */
  readonly signedWith?: string;
  /**
   * Named by no requirement, beside schemes that are: an API key sent with every request when
   * given (Bungie's `X-API-Key`, which "every request requires"; Azure API Management's
   * subscription key beside a bearer token).
   */
  readonly everyRequest?: true;
}

/** The client's credential options: one per option, where schemes that are one share it. */
export function credentialOptions(schemes: readonly SecurityScheme[]): SecurityScheme[] {
  const seen = new Set<string>();
  return schemes.filter((s) => !seen.has(s.optionName) && seen.add(s.optionName));
}

export interface NamedSchema {
  /** Key in `components.schemas`. */
  readonly key: string;
  /** The exported TypeScript name, unique among all exports. */
  readonly typeName: string;
  readonly schema: Schema;
  /** For string enums: the name of the list of all values. */
  readonly valuesName?: string;
  /** The request-side type (readOnly properties left out), when it differs: `<Name>Input`. */
  readonly inputTypeName?: string;
  /**
   * An operation's inline request body (`<Op>Body`): written in the request view only, so the
   * components it holds are their `<Name>Input` (Asana's `{ data: TaskRequest }` envelopes).
   */
  readonly requestOnly?: true;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/**
 * A `Content-Type` header parameter: OpenAPI ignores it as a header; the SDK reads it as what
 * a raw body is (S3's putObject), and never sends it as a header of its own.
 */
export function isContentTypeParameter(p: { readonly in: string; readonly name: string }): boolean {
  return p.in === 'header' && /^content-type$/i.test(p.name);
}

/**
 * Why a parameter of the spec is left out of the SDK, if it is: a header that `fetch` writes
 * from the request itself (`Host` from the URL, `Transfer-Encoding`), which could only break the
 * request, or a parameter with an empty name (Notion's), which no request can carry.
 * `Content-Length` stays: a stream body is sent chunked without it (S3's presigned uploads
 * refuse that), though a wrong one leaves the call waiting for bytes that never come.
 */
export function leftOutBecause(p: {
  readonly in?: unknown;
  readonly name?: unknown;
}): string | undefined {
  if (p.name === '') return 'A parameter with an empty name cannot be sent: it is left out';
  if (
    p.in === 'header' &&
    typeof p.name === 'string' &&
    /^(?:host|transfer-encoding|connection|keep-alive|upgrade|te|trailer|expect)$/i.test(p.name)
  )
    return `Header "${p.name}" is written by fetch from the request itself: this parameter is left out`;
  return undefined;
}

export interface Parameter {
  /** As in the spec: `datasource_id`. */
  readonly name: string;
  /** The argument or key in TypeScript: `datasourceId`. */
  readonly identifier: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: Schema;
  readonly description?: string;
  readonly deprecated?: boolean;
  /** The `components.parameters` key it was `$ref`ed from, if any: such a parameter may be shared. */
  readonly component?: string;
  /** The client's option that gives this header where the call does not (`ClientHeader`). */
  readonly clientOption?: string;
  /** OpenAPI `style`, with its default for the location filled in. */
  readonly style:
    'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'simple' | 'label' | 'matrix';
  readonly explode: boolean;
  /** Declared with a JSON `content` instead of a `schema`: the value goes as JSON text (`?filter={"a":1}`). */
  readonly json?: true;
  /**
   * The one value a required query, header or cookie parameter can have (DynamoDB's
   * `X-Amz-Target: DynamoDB_20120810.GetItem`), or its default (Amadeus' `X-HTTP-Method-Override:
   * GET`): sent when the caller gives none, so the parameter is optional. A path parameter's is
   * part of the path, and no argument.
   */
  readonly fixed?: string | number | boolean;
  /**
   * A path parameter whose slashes its API matches, each of its segments encoded: a resource
   * name (Google's `projects/p1/locations/l1`) or a file's path (Gitea's `docs/README.md`).
   */
  readonly keepsSlashes?: 'resourceName' | 'filePath';
  /**
   * A header that asks the server to apply a request once however often it is retried
   * (`Idempotency-Key`): optional, the SDK makes one per call when the caller gives none.
   */
  readonly idempotencyKey?: true;
  /** Declared by no spec: the config's pagination names it, and the walk sends it. */
  readonly fromPagination?: true;
  /** The spec's example value of a Content-Type parameter (Just Eat's `application/json;v=1`). */
  readonly example?: string;
}

/**
 * How a body in a media type is written and read: decided once, in normalize
 * (src/normalize/media-type.ts); the emitter and the runtime switch on it.
 */
export type MediaKind =
  'json' | 'form' | 'multipart' | 'text' | 'event-stream' | 'json-lines' | 'binary';

export interface MediaType {
  /** As the spec writes it: `application/vnd.github+json`. */
  readonly type: string;
  readonly kind: MediaKind;
}

/** OpenAPI Encoding Object, for one property of a form or multipart body. */
export interface PropertyEncoding {
  /** The part's or field's media type (`application/json`). */
  readonly contentType?: string;
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
}

export interface BodyAlternative {
  readonly mediaType: MediaType;
  readonly schema: Schema;
  /** Form and multipart bodies: how each named property is encoded (null-prototype). */
  readonly encoding?: Readonly<Record<string, PropertyEncoding>>;
  /**
   * A multipart body whose schema is one value (Jira's attachment: a binary string), not
   * fields: it names no part to send the value under, so the caller gives a `FormData`.
   */
  readonly formData?: true;
  /**
   * The media type the spec declares, where the SDK sends another: a form-urlencoded body with
   * a file goes as multipart (Swagger 2.0's `type: file` without `consumes`), since a file
   * cannot be form-urlencoded.
   */
  readonly declaredType?: string;
}

export interface RequestBody {
  /** The alternative sent when the caller does not choose (JSON when offered). */
  readonly preferred: BodyAlternative;
  readonly required: boolean;
  readonly description?: string;
  /** Every media type the operation accepts, the preferred one among them; the caller may choose. */
  readonly alternatives: readonly BodyAlternative[];
}

export interface Response {
  /** `200`, `4XX`, `default`. */
  readonly status: string;
  readonly description: string;
  readonly mediaTypes: readonly MediaType[];
  /** The media type whose schema the types describe (the first JSON one, else the first). */
  readonly described?: MediaType;
  /** Its schema, when it has one. */
  readonly schema?: Schema;
  /**
   * A `text/event-stream` form beside the JSON one described (OpenAI's chat completions, which
   * stream when the body says `stream: true`), with its events' schema when it has one.
   */
  readonly events?: { readonly schema?: Schema };
  /**
   * A JSON-lines form beside the JSON one described (Kubernetes' `application/json;stream=watch`),
   * with its values' schema when it has one that is not the JSON form's own.
   */
  readonly lines?: { readonly schema?: Schema };
}

/**
 * Whether a response is typed `Blob`: a binary media type, or a file (`format: binary`) in any
 * but a text one (a text response is a string, whatever its schema). The call then reads bytes.
 */
export function answersBytes(response: Response): boolean {
  const kind = response.described?.kind;
  // A form or multipart answer (an OAuth token endpoint's) is not parsed either.
  return (
    kind === 'binary' ||
    kind === 'form' ||
    kind === 'multipart' ||
    (kind !== 'text' && response.schema?.kind === 'binary')
  );
}

/**
 * The path as the docs show it: the spec's template, with a path parameter of one value (no
 * argument) filled in (red team: `DELETE /things/{kind}` had not said which `kind` it sends).
 */
export function shownPath({ pathSegments }: Pick<Operation, 'pathSegments'>): string {
  return pathSegments.map((s) => (s.kind === 'text' ? s.text : `{${s.parameter.name}}`)).join('');
}

/** Whether a response is typed `string`, a text media type's, whatever its schema says. */
export function answersText(response: Response): boolean {
  return response.described?.kind === 'text';
}

/**
 * Successes of which the spec gives none any content, one with a status that may carry some
 * (a 200, not a 204): whatever the server sends is the result, `unknown`, read as it comes
 * and never an error (Docker's build answers newline-separated JSON progress, ElevenLabs'
 * speech audio). Beside a success the spec types (Azure's 200 and empty 202), an empty one
 * stays `undefined`.
 */
export function answersUnsaid(successes: readonly Response[]): boolean {
  return successes.every(saysNoContent) && successes.some((r) => !isNoContentStatus(r.status));
}

/** A 204 or 205: a status that carries no content. */
function isNoContentStatus(status: string): boolean {
  return /^20[45]$/.test(status);
}

/** A response the spec gives no content. */
export function saysNoContent(response: Response): boolean {
  return response.described === undefined && response.schema === undefined;
}

/**
 * How a list operation pages: the one spelling of the descriptor, for the config's option
 * (`Field` a name or a list of names), the IR (a list of names) and, checked against it by a
 * test, the runtime's `Pagination` (templates/runtime/pagination.ts) that the SDK carries.
 * A field is the path of names from the page down (`['response_metadata', 'next_cursor']`);
 * `[]` is the page itself, a bare array.
 */
export type PaginationOf<Field> =
  | {
      readonly kind: 'cursor';
      readonly items: Field;
      readonly cursor: Field;
      readonly param: string;
      readonly hasMore?: Field;
      /** A field that is `true` on the last page (Svix's `done`). */
      readonly done?: Field;
      /**
       * `param` is a member of the JSON request body, not a query parameter (Square's searches,
       * AWS's `NextToken`, Google's `:search` methods, all POSTs).
       */
      readonly in?: 'body';
    }
  | {
      readonly kind: 'after';
      readonly items: Field;
      readonly hasMore: Field;
      readonly id: string;
      readonly param: string;
      /** Where a page's first id goes back when the call asked for items before one (`ending_before`). */
      readonly before?: string;
    }
  | { readonly kind: 'link'; readonly items: Field; readonly next: Field }
  | { readonly kind: 'linkHeader'; readonly items: Field }
  | {
      readonly kind: 'offset';
      readonly items: Field;
      readonly offsetParam: string;
      readonly limitParam?: string;
      readonly total?: Field;
    }
  | {
      readonly kind: 'page';
      readonly items: Field;
      readonly pageParam: string;
      /** The first page's number, where the spec says it (0 or 1); counted as 1 when not. */
      readonly first?: number;
      readonly limitParam?: string;
      /** The number of pages (`pages`, `total_pages`, `last_page`). */
      readonly pages?: Field;
      /** The response header that counts the pages, instead (EVE Online's `X-Pages`). */
      readonly pagesHeader?: string;
      /** The page's own number, where the page says it (`page`, `current_page`). */
      readonly current?: Field;
      /** The number of items in all pages: with `size`, what counts the pages (setlist.fm's `total`). */
      readonly total?: Field;
      /** The number of items a page holds, where the page says it (`itemsPerPage`). */
      readonly size?: Field;
      /** The last page the parameter takes (its `maximum`: the New York Times' `page` ≤ 10). */
      readonly last?: number;
    };

/** An operation's pagination in the IR, with the type of its items. */
export type PaginationInfo = PaginationOf<readonly string[]> & { readonly itemSchema: Schema };

export interface CodeSample {
  readonly lang: string;
  readonly label?: string;
  readonly source: string;
}

const TYPESCRIPT = /^(?:typescript|ts)$/i;

/** By its language, or by its label where the language is JavaScript (Svix's TypeScript sample). */
export function isTypeScript(sample: CodeSample): boolean {
  return (
    TYPESCRIPT.test(sample.lang) ||
    (/^javascript$/i.test(sample.lang) && TYPESCRIPT.test(sample.label ?? ''))
  );
}

/** A piece of a path template: text sent as written, or where a path parameter's value goes. */
export type PathSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'parameter'; readonly parameter: Parameter };

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** The keys of a Path Item that are operations, in the spec's order. */
export const PATH_ITEM_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

export interface Operation {
  /** The exported function: `getIngestStatus`. */
  readonly functionName: string;
  /** Pointer to the operation in the spec, for messages. */
  readonly pointer: string;
  readonly method: HttpMethod;
  /** The path template as the spec writes it (`/items/{id}`), for docs and messages. */
  readonly path: string;
  /** The template parsed once, in normalize: literal text and the parameters it takes, in order. */
  readonly pathSegments: readonly PathSegment[];
  /**
   * The absolute URL of the server the operation names for itself, where it is not the
   * API's first (GitHub's release-asset upload); used while the client's base URL is that one.
   */
  readonly server?: string;
  /** Its server is not of the API's site (it sends no credential): the client's headers stay behind. */
  readonly serverOfOtherSite?: true;
  /**
   * The field of its body that holds an idempotency key (Square's payments, Plaid's transfers):
   * given, the request may go again after a 5xx, as with a key in a header.
   */
  readonly bodyKey?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly tags: readonly string[];
  /** Every declared path parameter, once each, in the order the path first uses them. */
  readonly pathParameters: readonly Parameter[];
  /** Query, header and cookie parameters, in spec order. */
  readonly otherParameters: readonly Parameter[];
  readonly body?: RequestBody;
  /** The union of errors the function may throw (`<OperationId>Error`). */
  readonly errorTypeName: string;
  /** Name of the type of the options object (`<OperationId>Params`), when there is one. */
  readonly paramsTypeName?: string;
  /** The main success response (the first 2xx with a body). */
  readonly success?: Response;
  /** Every 2xx response; different bodies make the result a union. */
  readonly successes: readonly Response[];
  /** `text/event-stream`: the result is a stream of events whose data is the success schema. */
  readonly streaming: boolean;
  /**
   * The success may be JSON or a stream of events (its `events`): the call reads what comes.
   * `flag` is the body's boolean property that asks for the stream (`stream`), where it has one,
   * or with `flagIn: 'query'` the query's parameter of that wire name (OpenAI's fine-tune events).
   */
  readonly eventStream?: {
    readonly schema?: Schema;
    readonly flag?: string;
    readonly flagIn?: 'query';
  };
  /**
   * The success is a stream of JSON values, one per line (NDJSON, JSON Lines, a Kubernetes
   * watch), each a `schema` where the spec gives one. With a `flag`, the query's boolean
   * parameter that asks for it (Kubernetes' `watch`; its wire name), the success is JSON
   * unless the call asks.
   */
  readonly jsonLines?: {
    readonly schema?: Schema;
    readonly flag?: string;
    /** The flag is `0 | 1` (Vercel's `follow`), not a boolean: `1` asks for the stream. */
    readonly numeric?: true;
    /**
     * Each line is text, a string, not JSON (Kubernetes' pod log with `follow: true`): the text's
     * media type, which the stream asks for.
     */
    readonly text?: string;
    /** Every call answers the stream (no flag to ask): such an operation never pages. */
    readonly always?: true;
  };
  /** How a list operation pages, when it does (inferred from the shape of its response). */
  readonly pagination?: PaginationInfo;
  readonly errors: readonly Response[];
  /** The `Accept` header: the media types the types describe first, the others at a lower q. */
  readonly accept?: string;
  /** Alternatives of scheme keys; `[]` means no credentials. */
  readonly security: ReadonlyArray<readonly string[]>;
  readonly codeSamples: readonly CodeSample[];
  /** Where the method sits on the client: `['datasources', 'ingest']` and `getStatus`. */
  readonly resource: readonly string[];
  readonly methodName: string;
  /** The method's name should another method of its resource want `methodName` too. */
  readonly methodFallback: string;
  /** The method's name should the fallbacks clash too: all the operation's words but the resource's leading ones. */
  readonly methodSpelled: string;
  /** The name it goes back to first where another method wants `methodName` (`getAll` of `list`). */
  readonly methodPlain?: string;
}
