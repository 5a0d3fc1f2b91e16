/**
 * Errors thrown by the SDK. A non-2xx response becomes an `ApiError` (or the
 * subclass for its status); failures below HTTP have their own classes.
 */
import type { Scrub } from './redact.js';

/** Base class of every error the SDK throws. */
export class SdkError extends Error {
  override readonly name: string = 'SdkError';
}

/** The server answered with a status outside 2xx. */
export class ApiError<TBody = unknown> extends SdkError {
  override readonly name: string = 'ApiError';
  // `declare`: set in the constructor, so a bundle need not declare them again as fields.
  /** HTTP status code of the response. */
  declare readonly status: number;
  /** Response headers. */
  declare readonly headers: Headers;
  /** Parsed response body: JSON when the response was JSON, else text. */
  declare readonly body: TBody;
  /**
   * The request id the server sent back (`x-request-id`, `request-id`, GitHub's
   * `x-github-request-id`), if any.
   */
  declare readonly requestId: string | undefined;

  constructor(status: number, body: TBody, headers: Headers, message?: string) {
    super(message ?? describeStatus(status, body, (text) => text));
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.requestId =
      headers.get('x-request-id') ??
      headers.get('request-id') ??
      headers.get('x-github-request-id') ??
      undefined;
  }
}

/** 400 Bad Request. */
export class BadRequestError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'BadRequestError';
  declare readonly status: 400;
}
/** 401 Unauthorized: the credential is missing or wrong. */
export class AuthenticationError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'AuthenticationError';
  declare readonly status: 401;
}
/** 403 Forbidden. */
export class PermissionDeniedError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'PermissionDeniedError';
  declare readonly status: 403;
}
/** 404 Not Found. */
export class NotFoundError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'NotFoundError';
  declare readonly status: 404;
}
/** 409 Conflict. */
export class ConflictError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'ConflictError';
  declare readonly status: 409;
}
/** 422 Unprocessable Entity: the request failed validation. */
export class UnprocessableEntityError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'UnprocessableEntityError';
  declare readonly status: 422;
}
/** 429 Too Many Requests. */
export class RateLimitError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'RateLimitError';
  declare readonly status: 429;
}
/** A status of 500 or above. */
export class InternalServerError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'InternalServerError';
}

/**
 * Any other status (402, 405, 418…). Its own class, rather than a bare
 * `ApiError`, so that `instanceof` on an operation's error union narrows
 * `body` to the type the spec declares for each status.
 */
export class ApiStatusError<TBody = unknown> extends ApiError<TBody> {
  override readonly name: string = 'ApiStatusError';
}

type StatusErrorName =
  | 'BadRequestError'
  | 'AuthenticationError'
  | 'PermissionDeniedError'
  | 'NotFoundError'
  | 'ConflictError'
  | 'UnprocessableEntityError'
  | 'RateLimitError'
  | 'InternalServerError'
  | 'ApiStatusError';

/** The body `D` declares for class `K`, else the `default` response's `F`. */
type Declared<D, K extends StatusErrorName, F> = K extends keyof D ? D[K] : F;
// One declared code never covers every 5xx, nor every other status: those add `F`.
type OpenEnded<D, K extends StatusErrorName, F> = K extends keyof D ? D[K] | F : F;

/**
 * What an operation may throw: each status class with the body the spec declares for
 * it (`D`, by class name), every other one with the `default` response's body (`F`),
 * or a connection failure. Narrow it with `instanceof`. There is no bare `ApiError`
 * member: as the supertype of the others it would narrow `body` to `any`. A flat
 * union, not a mapped type: each operation's alias costs the checker a few
 * instantiations, not dozens (GitHub's SDK has 1,223 of them).
 */
export type OperationError<
  D extends { readonly [K in StatusErrorName]?: unknown } = {},
  F = unknown,
> =
  | BadRequestError<Declared<D, 'BadRequestError', F>>
  | AuthenticationError<Declared<D, 'AuthenticationError', F>>
  | PermissionDeniedError<Declared<D, 'PermissionDeniedError', F>>
  | NotFoundError<Declared<D, 'NotFoundError', F>>
  | ConflictError<Declared<D, 'ConflictError', F>>
  | UnprocessableEntityError<Declared<D, 'UnprocessableEntityError', F>>
  | RateLimitError<Declared<D, 'RateLimitError', F>>
  | InternalServerError<OpenEnded<D, 'InternalServerError', F>>
  | ApiStatusError<OpenEnded<D, 'ApiStatusError', F>>
  | ApiConnectionError;

/** The request never got a response: DNS, refused connection, reset. */
export class ApiConnectionError extends SdkError {
  override readonly name: string = 'ApiConnectionError';
}

/** No response arrived within the `timeout`. */
export class ApiTimeoutError extends ApiConnectionError {
  override readonly name: string = 'ApiTimeoutError';
}

/**
 * The call cannot be sent as asked: a path parameter that would change the URL's
 * path, a header or credential a header cannot carry. Thrown before any request;
 * the message names the parameter, header or security scheme, never its value.
 */
export class InvalidArgumentError extends SdkError {
  override readonly name: string = 'InvalidArgumentError';
}

/**
 * The server answered 2xx with a body that does not parse as its `Content-Type`
 * says (JSON that is not JSON). The message leaves the body out: it may hold secrets.
 */
export class InvalidResponseError extends SdkError {
  override readonly name: string = 'InvalidResponseError';
  /** HTTP status code of the response. */
  declare readonly status: number;
  /** Response headers. */
  declare readonly headers: Headers;

  constructor(status: number, headers: Headers, message: string) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** The error of a response that cannot be read, its headers scrubbed: they may echo a credential. */
export function invalidResponse(
  { status, headers }: Response,
  scrub: Scrub | undefined,
  message: string,
): InvalidResponseError {
  return new InvalidResponseError(status, scrub?.headers(headers) ?? headers, message);
}

/**
 * The subclass of `ApiError` for a status, so callers can `instanceof` it. `body` comes
 * already cleaned (`scrub.body`, which reads a Blob); the headers and the message are
 * cleaned here: a server may echo a credential.
 */
export function errorForStatus(
  status: number,
  body: unknown,
  headers: Headers,
  scrub: Scrub,
): ApiError {
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiStatusError);
  return new ErrorClass(
    status,
    body,
    scrub.headers(headers),
    describeStatus(status, body, scrub.text),
  );
}

const BY_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

// The message names the status and, when short, the server's own words; it
// never includes request headers. Redacted before it is cut, so no prefix of a secret is left.
function describeStatus(status: number, body: unknown, redact: (text: string) => string): string {
  let detail = '';
  try {
    const said = saidIn(body);
    detail = redact((typeof said === 'string' ? said : JSON.stringify(said)) ?? '');
  } catch {}
  const text = detail.length > 500 ? `${detail.slice(0, 500)}…` : detail || '(no body)';
  // Not twice where the API's words start with it (GitLab's `404 Issue Not Found`).
  return text.split(' ')[0] === String(status) ? text : `${status} ${text}`;
}

/**
 * The API's own words where its error body says them the common ways: Xero's first validation
 * error (its `Message` says only "A validation exception occurred"), `message` (GitHub, Adyen,
 * Notion; Postmark's `Message`), OAuth 2's `error_description`, Plaid's `error_message`,
 * `error.message` (Stripe, OpenAI), an `error` or a `detail` of text (RFC 9457's problem
 * details, Twitter's; Xero's `Detail`), the first of `errors`, a list's or a map's (Asana,
 * Shopify; Jira's field errors; JSON:API's `detail` or `title`, Amadeus'; Just Eat's
 * `description`, Velo's `errorMessage`), Zuora's first `reasons[0].message`, ClickUp's `err`,
 * Okta's `errorSummary`, Rudder's `errorDetails`, Jira's `errorMessages[0]`, Wowza's
 * `meta.message`, Giphy's `meta.msg`, Instagram's `meta.error_message`, AGCO's `UserMessage`,
 * Walmart's `errors.error[0].description`, Loket's `messages[0].description`, 1Password's
 * `Error.Message`, bunq's `Error[0].error_description`, Apigee's `fault.faultstring` (the New
 * York Times'), Linode's `errors[0].reason`, Klarna's `error_messages[0]`, Mux's
 * `error.messages[0]`, Keycloak's `errorMessage`, ClickSend's `response_msg`, YNAB's
 * `error.detail`, ElevenLabs' `detail.message`, Telegram's `description` beside its
 * `error_code`, an HTML page's title, an XML error's `Message` or `summary`; else
 * the whole body (FastAPI's list of field errors: a first `msg` alone, `field required`, would
 * not say which). (A problem's `title` beside no `detail` is in that body: read out, it cost
 * every bundle its bytes; any object's `title` would name the thing, not the error, and so would
 * a bare `description`: a conflict's body may be the thing that exists.)
 * Its JSON had been the message, whatever the API said in it.
 */
function saidIn(body: unknown): unknown {
  for (const path of SAID_IN) {
    // Only objects are read into: `errors: "gone"` had given its first letter as the words.
    const said = path.split('.').reduce<unknown>(
      // A map's first, for a list's: Jira's field errors (`errors: { summary: "…" }`).
      (within, key) =>
        typeof within === 'object' && within !== null
          ? key === '0' && !Array.isArray(within)
            ? Object.values(within)[0]
            : (within as Record<string, unknown>)[key]
          : undefined,
      body,
    );
    if (typeof said === 'string' && said !== '') return said;
  }
  // Telegram's `{ ok: false, error_code: 400, description }`: beside an error's code, a
  // description is the error's, not a thing's.
  const { error_code: code, description } = Object(body) as Record<string, unknown>;
  if (code !== undefined && typeof description === 'string' && description) return description;
  // A proxy's HTML page (nginx's 502) says it in its title: the page had been the message. An
  // XML error in its `<Message>` (S3's) or `<summary>` (Open Build Service's). A tag's attributes
  // hold no `<`: a body of `<message` again and again had taken 35 s to read (red team).
  return (
    (typeof body === 'string' &&
      /<(?:title|message|summary)\b[^<>]*>([^<]+)/i.exec(body)?.[1]?.trim()) ||
    body
  );
}

// Where error bodies say their words, most telling first (OAuth's `error_description` before its
// `error` code). A text body has none of them: it is its own words.
const SAID_IN = (
  'Elements.0.ValidationErrors.0.Message message Message error_description error_message error.message error.detail error ' +
  'detail detail.message Detail ' +
  'errors.0.message ' +
  'errors.0.detail errors.0.title errors.0.description errors.0.errorMessage errors.0 ' +
  'reasons.0.message err errorSummary errorDetails errorMessages.0 meta.message meta.msg ' +
  'meta.error_message UserMessage ' +
  'errors.error.0.description messages.0.description Error.Message Error.0.error_description ' +
  'fault.faultstring errors.0.reason ' +
  'error_messages.0 error.messages.0 errorMessage response_msg'
).split(' ');

/**
 * A failure to send or to read a response (with `timeoutMs`, the time running out): its
 * message and cause cleaned of credentials, since a platform's message may quote the URL
 * with its query-string key. Used by the core and by streams alike.
 */
export function connectionError(
  cause: unknown,
  scrub?: Scrub,
  timeoutMs?: number,
): ApiConnectionError {
  // Node's fetch says only "fetch failed"; what failed (ECONNREFUSED, a certificate) is its cause.
  const inner = (cause as { cause?: unknown } | null)?.cause;
  const said = `${String(cause)}${inner instanceof Error ? ` (${inner.message})` : ''}`;
  const options = { cause: scrub ? scrub.error(cause) : cause };
  return timeoutMs === undefined
    ? new ApiConnectionError(`Connection error: ${scrub ? scrub.text(said) : said}`, options)
    : new ApiTimeoutError(`Timed out after ${timeoutMs} ms`, options);
}
