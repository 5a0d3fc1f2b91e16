/**
 * Checking bodies against the SDK's zod schemas (SDKs generated with
 * `validate`). The runtime never imports zod: it needs only `safeParse`, so
 * the schemas arrive from `schemas.ts` and any zod 4 version fits.
 */
import type { BodyChecks, RequestOptions, ValidationOptions } from './client.js';
import { SdkError } from './errors.js';
import { mediaKind } from './media-kind.js';
import { own } from './own.js';
import { redactBody, type Redact } from './redact.js';

/** What the runtime asks of a schema: zod's `safeParse`. */
export interface BodySchema {
  safeParse(value: unknown): BodyCheck;
}

/**
 * zod's result, read as one shape: a union would not narrow in a build without
 * strictNullChecks (`strict: false`), and the SDK compiles there too.
 */
export interface BodyCheck {
  readonly success: boolean;
  readonly data?: unknown;
  readonly error?: { readonly issues: readonly BodyIssue[] } | undefined;
}

export interface BodyIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/** A body that is not what the spec says: the operation, where in the body, and what was expected. */
export class ValidationError extends SdkError {
  override readonly name: string = 'ValidationError';
  /** The operation's function name (`getIngestStatus`). */
  readonly operation: string;
  /** Every problem found, each at a JSON path (`$.items[0].id`). */
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>;

  /**
   * `what`: the request body, the response body, or an event's data. `redact` takes credentials
   * out of the paths and messages: a server may echo one as a key, or as a value a message quotes.
   */
  constructor(
    operation: string,
    what: string,
    issues: readonly BodyIssue[],
    redact: Redact = (text) => text,
  ) {
    const listed = issues.map((issue) => ({
      path: redact(jsonPath(issue.path)),
      message: redact(issue.message),
    }));
    const first = listed[0];
    const more = listed.length > 1 ? ` (and ${listed.length - 1} more)` : '';
    super(
      `${operation}: ${what} does not match the spec` +
        (first === undefined ? '' : ` at ${first.path}: ${first.message}${more}`),
    );
    this.operation = operation;
    this.issues = listed;
  }
}

/** What a response that failed its check had: its status, headers and body, as received. */
export interface Received {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/**
 * The response body (or an event of its stream) did not match the operation's schema. The server
 * has acted on the call by then: the error keeps its answer (Postmark's bounces, whose ids come
 * as numbers, had thrown away a send's result: two new users).
 */
export class ResponseValidationError extends ValidationError {
  override readonly name: string = 'ResponseValidationError';
  /** The response's status, headers and body as received; none for an event's data. */
  declare readonly status: number | undefined;
  declare readonly headers: Headers | undefined;
  declare readonly body: unknown;
  constructor(
    operation: string,
    issues: readonly BodyIssue[],
    what = 'the response body',
    redact?: Redact,
    received?: Received,
  ) {
    super(operation, what, issues, redact);
    // A write that throws reads as one not made, and is retried: YNAB's created transaction had
    // thrown on its nulls, with nothing to say it was there (new-user trial).
    if (received)
      this.message += `; the server answered ${received.status}, so the call took effect: its answer is this error's body`;
    this.status = received?.status;
    this.headers = received?.headers;
    this.body = received?.body;
  }
}

/** The request body did not match the operation's schema; nothing was sent. */
export class RequestValidationError extends ValidationError {
  override readonly name: string = 'RequestValidationError';
  constructor(operation: string, issues: readonly BodyIssue[]) {
    super(operation, 'the request body', issues);
  }
}

/** `$.items[0]["odd key"]`: a path a reader can paste into a JSONPath tool. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}

/**
 * Throws when `value` does not match `schema`. The caller keeps its own value:
 * zod's parsed copy would drop the keys a newer API version added.
 */
export function checkBody(
  schema: BodySchema,
  value: unknown,
  operation: string,
  what: 'request' | 'response',
): void {
  const result = parse(schema, what === 'request' ? asSent(value) : value);
  if (result.success) return;
  throw what === 'response'
    ? new ResponseValidationError(operation, result.error!.issues)
    : new RequestValidationError(operation, result.error!.issues);
}

/**
 * A received body (or event data), with the dates `schema` converts in place of
 * their strings when `dates`. With `fail`, a value that does not match throws
 * what it makes; without (checks turned off), it arrives as received.
 */
export function receive(
  schema: BodySchema,
  value: unknown,
  dates: boolean,
  fail?: (issues: readonly BodyIssue[]) => Error,
): unknown {
  const result = parse(schema, value);
  if (!result.success) {
    if (fail !== undefined) throw fail(result.error!.issues);
    return value;
  }
  return dates ? withDates(value, result.data) : value;
}

/**
 * A JSON request body as it goes out: an optional key given `undefined`, which its type allows
 * without `exactOptionalPropertyTypes`, is left out of the JSON, not refused (consumer trial).
 * What JSON cannot carry is left to the body's encoder to refuse.
 */
function asSent(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null');
  } catch {
    return value;
  }
}

/**
 * `safeParse`, whose own throw is a failure of the check, never of the connection: zod throws
 * where it cannot merge an allOf's parts (a value two parts read differently).
 */
function parse(schema: BodySchema, value: unknown): BodyCheck {
  try {
    return schema.safeParse(value);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { success: false, error: { issues: [{ path: [], message }] } };
  }
}

/**
 * `received` with each `Date` of zod's parsed copy in place of its string.
 * The received value is the SDK's own (parsed from the response), so it is
 * changed in place; keys the schema does not declare are kept.
 */
export function withDates(received: unknown, parsed: unknown): unknown {
  if (parsed instanceof Date) return parsed;
  if (Array.isArray(received) && Array.isArray(parsed)) {
    const length = Math.min(received.length, parsed.length);
    for (let i = 0; i < length; i++) received[i] = withDates(received[i], parsed[i]);
  } else if (isRecord(received) && isRecord(parsed)) {
    for (const key of Object.keys(parsed)) {
      if (!Object.hasOwn(received, key)) continue;
      const value = withDates(received[key], parsed[key]);
      // defineProperty: a key named `__proto__` stays a key, never the prototype.
      if (value !== received[key])
        Object.defineProperty(received, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
    }
  }
  return received;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Each client's own choice, set by its constructor; a WeakMap keeps it off the client's members.
const clientSettings = new WeakMap<object, ValidationOptions>();

/** Records the `validate` option a client was created with. */
export function configureValidation(client: object, options: ValidationOptions | undefined): void {
  if (options !== undefined) clientSettings.set(client, options);
}

/** The schemas an operation's body checks use (from `schemas.ts`), and whether they convert dates. */
export interface OperationSchemas {
  /** The JSON success body. */
  readonly response?: BodySchema | undefined;
  /** The JSON request body. */
  readonly request?: BodySchema | undefined;
  /** The data of each event of an event stream. */
  readonly event?: BodySchema | undefined;
  /** Error bodies by status (`404`, `4XX`, `DEFAULT`): read only for their dates, never checked. */
  readonly errors?: Readonly<Record<string, BodySchema>> | undefined;
  /** The schemas turn date strings into `Date`s: what is delivered takes them. */
  readonly dates?: boolean | undefined;
}

/**
 * The checks of one call: its JSON response and stream events (unless turned
 * off), its JSON request body (when asked), the call's options over the
 * client's. Dates are converted even with checks off, as the types promise.
 */
export function bodyChecks(
  client: object,
  options: RequestOptions | undefined,
  operation: string,
  schemas: OperationSchemas,
): BodyChecks {
  const wanted = (key: keyof ValidationOptions, otherwise: boolean): boolean =>
    options?.validate?.[key] ?? clientSettings.get(client)?.[key] ?? otherwise;
  const isJson = (type: string | null) => type !== null && mediaKind(type) === 'json';
  const dates = schemas.dates === true;
  const strict = wanted('responses', true);
  const reading = strict || dates;
  // A response's status, headers and body go with its error, its credentials taken out: made
  // only then, as a body's every success would otherwise be written out once more.
  const failing = (what: string | undefined, redact?: Redact, received?: () => Received) =>
    strict
      ? (issues: readonly BodyIssue[]) =>
          new ResponseValidationError(operation, issues, what, redact, received?.())
      : undefined;
  const { request, response, event, errors } = schemas;
  return {
    request:
      request !== undefined && wanted('requests', false)
        ? (value, contentType) => {
            if (isJson(contentType)) checkBody(request, value, operation, 'request');
          }
        : undefined,
    response:
      response !== undefined && reading
        ? (value, received, scrub) =>
            isJson(received.headers.get('content-type'))
              ? receive(
                  response,
                  value,
                  dates,
                  failing(undefined, scrub?.text, () => ({
                    status: received.status,
                    headers: scrub ? scrub.headers(received.headers) : received.headers,
                    body: scrub ? redactBody(value, scrub.text) : value,
                  })),
                )
              : value
        : undefined,
    event:
      event !== undefined && reading
        ? (data, redact) => receive(event, data, dates, failing("an event's data", redact))
        : undefined,
    error:
      errors !== undefined && dates
        ? (value, received) => {
            const schema =
              own(errors, String(received.status)) ??
              own(errors, `${String(received.status).charAt(0)}XX`) ??
              own(errors, 'DEFAULT');
            return schema !== undefined && isJson(received.headers.get('content-type'))
              ? receive(schema, value, dates)
              : value;
          }
        : undefined,
  };
}
