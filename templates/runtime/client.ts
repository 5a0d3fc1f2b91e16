/**
 * The HTTP core every generated client extends: builds the URL, applies
 * credentials, sends with `fetch`, enforces timeouts, retries, parses the body
 * and turns error statuses into typed errors.
 */
// The SDK uses ES2022's library (`Object.hasOwn`, an error's `cause`): a project whose `lib` is
// older (a `target` of ES2017) compiles it all the same.
/// <reference lib="es2022" />
import { ApiPromise, type WithResponse } from './api-promise.js';
import { isStream, type BodySpec, type RequestBody } from './body.js';
import { deadline } from './deadline.js';
import {
  connectionError,
  errorForStatus,
  invalidResponse,
  SdkError,
  type InvalidArgumentError,
} from './errors.js';
import { readAs } from './media-kind.js';
import { absoluteBase, joinUrl } from './path.js';
import {
  headerSecrets,
  querySecrets,
  scrubber,
  SECRET_HEADER,
  type Redact,
  type Scrub,
} from './redact.js';
import { send, withoutParam, type Outgoing } from './redirect.js';
import { isRetryableStatus, resendable, retryDelay, sleep } from './retry.js';
import {
  setHeaders,
  type applySecurity,
  type Credential,
  type SecurityRequirement,
  type SecurityScheme,
} from './security.js';
import type { encodeParams, ParamStyle } from './serialize.js';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Options every client accepts. Generated clients add one option per credential. */
export interface ClientOptions {
  /** Overrides the server URL, path included (`https://host/v2`). */
  baseUrl?: string | undefined;
  /** Milliseconds before a request attempt is abandoned. Default 60 000. */
  timeout?: number | undefined;
  /**
   * How often a failed request is retried. Default 2. A POST or PATCH without an idempotency key
   * only after a 408, 429 or 503, which say it was not done.
   */
  maxRetries?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: Fetch | undefined;
  /** Headers sent with every request (one left `undefined` is not). */
  headers?: Record<string, string | undefined> | undefined;
  /**
   * Query parameters sent with every request to the API's own origin, a call's own instead: a key
   * the spec does not declare (Ticketmaster's `apikey`), kept out of errors where named as one.
   */
  query?: RequestOptions['query'];
  /** Which bodies are checked against the spec's schemas (SDKs generated with `validate` only). */
  validate?: ValidationOptions | undefined;
}

/** Which bodies are checked: responses unless turned off, requests when asked. */
export interface ValidationOptions {
  /** Check each JSON response body against its schema (default `true`). */
  responses?: boolean | undefined;
  /** Check each JSON request body before it is sent (default `false`). */
  requests?: boolean | undefined;
}

/**
 * Checks a generated operation hands the core (with `validate`); each throws when
 * a body is wrong, and returns what to deliver (its dates converted, with `dates: 'Date'`).
 */
export interface BodyChecks {
  readonly request?: ((value: unknown, contentType: string) => void) | undefined;
  /**
   * `scrub` takes the call's credentials out of what it throws (a server may echo one as a key,
   * or in a header).
   */
  readonly response?: ((value: unknown, response: Response, scrub?: Scrub) => unknown) | undefined;
  /** An error body: only its dates are converted; it is never checked. */
  readonly error?: ((value: unknown, response: Response) => unknown) | undefined;
  /** The data of each event of a stream (read by `stream`). */
  readonly event?: ((data: unknown, redact?: Redact) => unknown) | undefined;
}

/** Options for one call; they override the client's. */
export interface RequestOptions {
  /** Aborts the call, retries included. */
  signal?: AbortSignal | undefined;
  /** Milliseconds before an attempt is abandoned. */
  timeout?: number | undefined;
  /** How often this call is retried. */
  maxRetries?: number | undefined;
  /** Extra headers for this call (one left `undefined` is not sent). */
  headers?: Record<string, string | undefined> | undefined;
  /**
   * Query parameters the spec leaves out: each replaces the call's own of its name, a list's
   * items go one pair each, and `undefined` or `null` is left out.
   */
  query?:
    Readonly<Record<string, QueryValue | readonly QueryValue[] | null | undefined>> | undefined;
  /** A `fetch` to use for this call. */
  fetch?: Fetch | undefined;
  /** Which bodies this call checks (SDKs generated with `validate` only). */
  validate?: ValidationOptions | undefined;
}

/** A value of a query parameter the caller adds (`RequestOptions.query`). */
export type QueryValue = string | number | boolean;

/** What a generated operation asks the core to send. */
export interface RequestSpec {
  /** `GET` when not given: most operations' method, left unsaid to keep each small. */
  readonly method?:
    'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE' | undefined;
  /** Path below the base URL, path parameters already encoded (refused: the call rejects). */
  readonly path: string | InvalidArgumentError;
  /** The server the operation names for itself, in place of the base URL (its own origin too). */
  readonly server?: string | undefined;
  /** `server` is of another site than the API's: the client's `headers` stay behind, as on a redirect there. */
  readonly otherSite?: boolean | undefined;
  /** The body's idempotency key, where it holds one (Square's and Plaid's `idempotency_key`). */
  readonly bodyKey?: unknown;
  /** Query parameters; `undefined` values are left out. */
  readonly query?: Readonly<Record<string, unknown>> | undefined;
  /** `style`/`explode` of query parameters that are not `form`, exploded. */
  readonly queryStyles?: Readonly<Record<string, ParamStyle>> | undefined;
  readonly headers?: Readonly<Record<string, unknown>> | undefined;
  readonly cookies?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Puts `query`, `headers` and `cookies` on the request (`encodeParams`): given by the
   * operations that have such parameters, so an SDK whose operations have none carries no
   * serializer. Without it they are not sent.
   */
  readonly encode?: typeof encodeParams | undefined;
  /** The body, its media type and its encoder. */
  readonly body?: BodySpec | undefined;
  /**
   * The `Accept` header: the media types the operation's responses declare. `application/json`
   * when not given (most operations' one type, left unsaid to keep each small); `''` sends none.
   */
  readonly accept?: string | undefined;
  /** The client's `security` (its API's most common requirement) when not given. */
  readonly security?: SecurityRequirement | undefined;
  /** With `validate`: the body checks of this operation. */
  readonly check?: BodyChecks | undefined;
}

/** What the generated client passes to the core about its API. */
export interface ClientConfig {
  readonly defaultBaseUrl: string;
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  /** What an operation that says none requires: none when not given. */
  readonly security?: SecurityRequirement | undefined;
  /**
   * Puts credentials on a request and returns them (`applySecurity`): given by the clients of
   * APIs that have security schemes, so an SDK without any carries no such code. Without it
   * none are sent.
   */
  readonly authorize?: typeof applySecurity | undefined;
  /**
   * The credentials given as options, not read from the environment: an alternative of
   * the requirement they complete is used first (clients of APIs with several schemes).
   */
  readonly given?: Readonly<Record<string, Credential | undefined>> | undefined;
  /**
   * Refuses a call that takes one of the client's header options and sends none
   * (`requireHeaders`): given by the clients that have such options.
   */
  readonly requireHeaders?: ((spec: RequestSpec, headers: Headers) => void) | undefined;
  /**
   * Where the base URL (its host and path) holds a credential (Telegram's `/bot<token>`): its
   * first group, kept out of errors, as a server may echo the path it was asked for.
   */
  readonly urlSecret?: RegExp | undefined;
}

export class BaseClient {
  // `declare`: set in the constructor, so a bundle need not declare them again as fields.
  declare readonly baseUrl: string;
  /** Milliseconds before a request attempt is abandoned. Default 60 000. */
  declare readonly timeout: number;
  /** How often a failed request is retried. Default 2. */
  declare readonly maxRetries: number;
  readonly #options: ClientOptions;
  readonly #config: ClientConfig;

  constructor(options: ClientOptions, config: ClientConfig) {
    this.baseUrl = options.baseUrl ?? config.defaultBaseUrl;
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.#options = options;
    this.#config = config;
  }

  /**
   * Sends a request, retrying as configured; resolves to the body as `parse` reads it
   * (by its Content-Type when not given; a stream keeps `scrub` for its own errors). `absoluteUrl` replaces the spec's path (a next
   * page's link); `streaming` keeps the body open past the timeout (an event stream).
   */
  request<T>(
    spec: RequestSpec,
    options: RequestOptions = {},
    parse = parseBody as (response: Response, scrub?: Scrub) => Promise<T>,
    absoluteUrl?: string,
    streaming = false,
  ): ApiPromise<T> {
    return new ApiPromise(this.#send(spec, options, parse, absoluteUrl, streaming));
  }

  async #send<T>(
    spec: RequestSpec,
    options: RequestOptions,
    parse: (response: Response, scrub?: Scrub) => Promise<T>,
    absoluteUrl: string | undefined,
    streaming: boolean,
  ): Promise<WithResponse<T>> {
    // A path a parameter would have changed: this call fails, as a rejection, before anything is sent.
    if (typeof spec.path !== 'string') throw spec.path;
    const { signal } = options;
    const base = absoluteBase(spec.server ?? this.baseUrl);
    const { origin } = base;
    // Query parameters that carry a credential: never sent to another origin.
    const credentialParams = [
      ...Object.values(this.#config.securitySchemes).flatMap((s) => s.query ?? []),
      // And the call's own named as one: a redirect's echo of it must not take it elsewhere.
      ...Object.keys({ ...this.#options.query, ...options.query }).filter((key) =>
        SECRET_HEADER.test(key),
      ),
    ];
    for (let attempt = 0; ; attempt++) {
      // A signal that has already fired stops the call here: no credential asked for, nothing sent.
      signal?.throwIfAborted();
      const [outgoing, scrub] = await this.#build(spec, options, absoluteUrl, base);
      const { method, body: sent } = outgoing;
      // A stream body is read once: a retry would send nothing, and lose the server's answer. A
      // request a redirect turned into a GET was acted on (a 303 after a POST): never sent again.
      const retries = () =>
        attempt < (options.maxRetries ?? this.maxRetries) &&
        !isStream(sent) &&
        outgoing.method === method;
      const timeout = options.timeout ?? this.timeout;
      const [attemptSignal, release, rearm] = deadline(signal, timeout);
      let response: Response | undefined;
      // The pause before the next attempt: none where the server asks for one past the bound.
      let pause: number | undefined;
      try {
        response = await send(
          options.fetch ?? this.#options.fetch ?? globalThis.fetch,
          outgoing,
          attemptSignal,
          origin,
          credentialParams,
        );
        reading.set(response, rearm);
        const { ok, status, headers } = response;
        if (ok) {
          if (streaming) release();
          const data = await parse(response, scrub);
          const check = spec.check?.response;
          return { data: check ? (check(data, response, scrub) as T) : data, response };
        }
        if (retries() && isRetryableStatus(status, outgoing, headers))
          pause = retryDelay(attempt + 1, headers, status);
        // Not a wait the call's own timeout would not: the error now (red team: a `Retry-After:
        // 60` had made a call with a 10 s timeout take two minutes to fail).
        if (pause !== undefined && pause > timeout) pause = undefined;
        if (pause === undefined) {
          // A proxy's HTML page labelled JSON (a 502) is kept as its text: it says what went wrong.
          // Read within 1 MiB: an error's body past that says nothing more, and is left out.
          const body = await parseBody(response, scrub, true, 2 ** 20).catch(() => undefined);
          const read = spec.check?.error;
          const value = read ? read(body, response) : body;
          throw errorForStatus(status, await scrub.body(value), headers, scrub);
        }
        await response.body?.cancel().catch(() => undefined);
      } catch (cause) {
        signal?.throwIfAborted();
        const timedOut = attemptSignal.aborted;
        // Once a response came, or for the SDK's own verdicts (a redirect loop), a failure is
        // final unless the time ran out; the platform's failures to send may pass with a retry.
        if (!timedOut && cause instanceof SdkError) throw cause;
        // A connection dropped while the body was read is a connection error too (never retried:
        // the request was received); so is one that may have dropped after a POST was received.
        const error = connectionError(cause, scrub, timedOut ? timeout : undefined);
        if (response || !retries() || !resendable(outgoing)) throw error;
      } finally {
        release();
      }
      // A connection error's: the backoff.
      await sleep(pause ?? retryDelay(attempt + 1)!, signal);
    }
  }

  /** The request to send, and what keeps its credentials out of errors. */
  async #build(
    spec: RequestSpec,
    options: RequestOptions,
    absoluteUrl: string | undefined,
    base: URL,
  ): Promise<[Outgoing, Scrub]> {
    const url =
      absoluteUrl !== undefined
        ? new URL(absoluteUrl, base)
        : joinUrl(base.href, spec.path as string);
    const headers = new Headers();
    const parts = { headers, url };
    const accept = spec.accept ?? 'application/json';
    if (accept) headers.set('Accept', accept);
    // `otherSite` only beside the `server` it says is of another site.
    if (!spec.otherSite) setHeaders(headers, this.#options.headers);
    spec.encode?.(spec, parts);
    // Not to another origin a `next` link names (red team: a caller's key had gone there).
    // The client's, as its headers, not to a server of another site the operation names.
    if (url.origin === base.origin) {
      if (!spec.otherSite) addQuery(url, this.#options.query, true);
      addQuery(url, options.query);
    }
    let body: RequestBody | undefined;
    if (spec.body?.value !== undefined) {
      spec.check?.request?.(spec.body.value, spec.body.contentType);
      body = spec.body.encode();
      // FormData sets its own multipart boundary; any other body gets the declared type, unless
      // the call's own headers say another (GitHub's release asset: `application/zip`), or, for
      // a JSON body, the client's (AWS's `application/x-amz-json-1.0`, which its specs declare as
      // JSON: a new user). Not a form's or a file's (red team: a client-wide JSON type had
      // labelled a token request's form).
      if (body instanceof FormData) headers.delete('Content-Type');
      else if (!headers.has('Content-Type') || readAs(spec.body.contentType) !== 'json')
        headers.set('Content-Type', spec.body.contentType);
    }
    // Credentials go only to the API's own origin, never to a host a `next` link names
    // (where `send` leaves out custom headers and cookies too).
    const { security, securitySchemes, credentials, authorize, given } = this.#config;
    const secrets = authorize
      ? await authorize(
          spec.security ?? security ?? [],
          securitySchemes,
          credentials,
          parts,
          url.origin === base.origin,
          given,
        )
      : [];
    setHeaders(headers, options.headers);
    this.#config.requireHeaders?.(spec, headers);
    // A credential sent as any header is one too: GitHub's token given in `headers` (its spec
    // names no scheme), Just Eat's `Authorization` declared as a parameter.
    // And the call's own query parameters named as one (red team: a spec without schemes'
    // `api_secret` had been kept in a ResponseValidationError's echoed body).
    // None is '', which the redactor passes over; decoded too, as a server may echo it so.
    const [, inUrl = ''] = this.#config.urlSecret?.exec(base.host + base.pathname) ?? [];
    let decoded = inUrl;
    try {
      decoded = decodeURIComponent(inUrl);
    } catch {}
    secrets.push(
      inUrl,
      decoded,
      ...headerSecrets(headers),
      ...querySecrets(this.#options.query),
      ...querySecrets(options.query),
      ...querySecrets(spec.query),
    );
    // As a URL's query says a space: `%20`, not the `+` of a form.
    url.search = url.search.replace(/\+/g, '%20');
    // A key in the body makes a POST safe to send again, as one in a header does; a blank one
    // is none, as a header's is.
    const { bodyKey } = spec;
    const keyed = typeof bodyKey === 'string' && bodyKey.trim() !== '';
    return [{ url, method: spec.method ?? 'GET', headers, body, keyed }, scrubber(secrets)];
  }
}

/**
 * The caller's query parameters, in place of the call's own of their names; the client's
 * (`defaults`) only where the call gives none (a new user's client-wide Vercel `teamId` had
 * overridden the one a call was given, and acted on another team).
 */
function addQuery(url: URL, query: RequestOptions['query'] = {}, defaults = false): void {
  for (const [key, value] of Object.entries(query)) {
    // An empty list is no value either: the call's own pairs of its name stay.
    const items = [value ?? []].flat();
    if (items.length > 0 && !(defaults && url.searchParams.has(key)))
      url.search = [
        withoutParam(url.search, key),
        new URLSearchParams(items.map((item): [string, string] => [key, String(item)])),
      ]
        .filter(String)
        .join('&');
  }
}

/**
 * The body as bytes, whatever its Content-Type: for an operation the spec says answers a file,
 * which a server may label JSON or text (Apideck's downloads are `* / *`).
 */
export function readBlob(response: Response): Promise<Blob> {
  return bufferedBlob(response, undefined, Infinity);
}

/**
 * The body as bytes, or `undefined` for a 204 or 205: an operation that declares one of those
 * beside its file (SIGNL4's attachments), as its type says.
 */
export function readBlobOrNone(response: Response): Promise<Blob | undefined> {
  return /^20[45]$/.test(String(response.status)) ? Promise.resolve(undefined) : readBlob(response);
}

/**
 * The body as text, whatever its Content-Type: for an operation the spec says answers text
 * (typed as the spec's string, which may be an enum of them).
 */
export function readText<T extends string = string>(response: Response, scrub?: Scrub): Promise<T> {
  // The call's scrub: the error past the bound carries headers that may echo a credential.
  return bufferedText(response, scrub) as Promise<T>;
}

/**
 * The string the spec promises in every form it names, whatever the Content-Type: JSON's string
 * parsed, any other body its text. Docker's logs, declared JSON or text, come as
 * `application/vnd.docker.raw-stream`, and had resolved to a Blob typed as a string.
 */
// `T`: a date's string is a `Date` once the call's checks (`dates: 'Date'`) have read it.
export async function readString<T = string>(response: Response, scrub?: Scrub): Promise<T> {
  const text = await bufferedText(response, scrub);
  // A JSON body that is no string is the text it is: OpenAI's file content, a JSON file, had
  // been an object where a string was promised.
  if (readAs(response.headers.get('content-type') ?? '') === 'json')
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value as T;
    } catch {}
  return text as T;
}

/**
 * What starts a response's clock again as a file's bytes come (see `deadline`): a file the
 * operation declares is bounded by each wait for its bytes (Google Drive's downloads, still
 * coming, had failed at 60 s); any other body by the timeout as a whole, as a server that
 * trickles one must not hold the call for good (red team).
 */
const reading = new WeakMap<Response, () => void>();

/**
 * A body read whole, refused past `limit` (256 MiB): a server that never ended one had filled
 * memory until the timeout (5.6 GB in 60 s), whatever type it gave it (red team: an endless
 * `application/octet-stream` to a JSON operation, or as an error). Only a file the operation
 * declares (`readBlob`) is read whatever its size: it is what the call asked for.
 */
export async function buffered(
  response: Response,
  scrub?: Scrub,
  limit: number = 2 ** 28,
): Promise<Uint8Array[]> {
  // 204, 205, 304 and HEAD responses have no body at all.
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  for (let size = 0; reader;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (limit === Infinity) reading.get(response)?.();
    if ((size += value.length) > limit) {
      // Not awaited: a server that never ends the body may not end its cancelling either.
      reader.cancel().catch(() => {});
      throw invalidResponse(
        response,
        scrub,
        `The ${response.status} response is past ${limit} bytes`,
      );
    }
    chunks.push(value);
  }
  return chunks;
}

/** The body as text, read whole within `limit`. */
export async function bufferedText(
  response: Response,
  scrub?: Scrub,
  limit?: number,
): Promise<string> {
  return (await bufferedBlob(response, scrub, limit)).text();
}

/** The body as a Blob of its Content-Type, read whole within `limit`. */
async function bufferedBlob(response: Response, scrub?: Scrub, limit?: number): Promise<Blob> {
  // `unknown`: TypeScript 5.7 types a chunk's buffer as possibly shared, which no Blob takes
  // (and `BlobPart` is the DOM's, which a Node project may leave out).
  type Parts = ConstructorParameters<typeof Blob>[0];
  return new Blob((await buffered(response, scrub, limit)) as unknown as Parts, {
    type: response.headers.get('content-type') ?? '',
  });
}

/**
 * Whatever a success the spec gives no content for holds, by its Content-Type, never an error:
 * JSON that does not parse is its text (Docker's newline-separated progress).
 */
export function readAny(response: Response, scrub?: Scrub): Promise<unknown> {
  return parseBody(response, scrub, true);
}

/**
 * By the actual Content-Type: JSON, text (or no type), else a Blob; nothing when there is no
 * body or an empty one. Text that opens as an object or an array and parses is that JSON: a PHP
 * API's default `text/html` label, or none, had made a typed result a string. A parser's second
 * argument is the call's `scrub`.
 */
export async function parseBody(
  response: Response,
  scrub?: Scrub,
  loose = false,
  limit?: number,
): Promise<unknown> {
  // 204, 205, 304 and HEAD responses have no body at all.
  if (!response.body) return undefined;
  const type = response.headers.get('content-type');
  const kind = type ? readAs(type) : 'text';
  if (kind === 'blob') return bufferedBlob(response, scrub, limit);
  const text = await bufferedText(response, scrub, limit);
  if (!text) return undefined;
  try {
    if (kind === 'json' || /^\s*[[{]/.test(text)) return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse's message quotes the body, which may hold secrets: say only what went wrong.
    // The headers may echo a credential.
    if (kind === 'json' && !loose)
      throw invalidResponse(response, scrub, `The ${response.status} response is not valid JSON`);
  }
  return text;
}
