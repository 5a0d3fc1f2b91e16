/**
 * Checking bodies against the SDK's zod schemas (SDKs generated with
 * `validate`). The runtime never imports zod: it needs only `safeParse`, so
 * the schemas arrive from `schemas.ts` and any zod 4 version fits.
 */
import type { BodyChecks, RequestOptions, ValidationOptions } from './client.js';
import { SdkError } from './errors.js';
import { mediaKind } from './media-kind.js';

/** What the runtime asks of a schema: zod's `safeParse`. */
export interface BodySchema {
  safeParse(value: unknown): BodyCheck;
}

export type BodyCheck =
  | { readonly success: true }
  | { readonly success: false; readonly error: { readonly issues: readonly BodyIssue[] } };

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

  constructor(operation: string, what: 'request' | 'response', issues: readonly BodyIssue[]) {
    const listed = issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
    const first = listed[0];
    const more = listed.length > 1 ? ` (and ${listed.length - 1} more)` : '';
    super(
      `${operation}: the ${what} body does not match the spec` +
        (first === undefined ? '' : ` at ${first.path}: ${first.message}${more}`),
    );
    this.operation = operation;
    this.issues = listed;
  }
}

/** The response body did not match the operation's schema. */
export class ResponseValidationError extends ValidationError {
  override readonly name: string = 'ResponseValidationError';
  constructor(operation: string, issues: readonly BodyIssue[]) {
    super(operation, 'response', issues);
  }
}

/** The request body did not match the operation's schema; nothing was sent. */
export class RequestValidationError extends ValidationError {
  override readonly name: string = 'RequestValidationError';
  constructor(operation: string, issues: readonly BodyIssue[]) {
    super(operation, 'request', issues);
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
  const result = schema.safeParse(value);
  if (result.success) return;
  throw what === 'response'
    ? new ResponseValidationError(operation, result.error.issues)
    : new RequestValidationError(operation, result.error.issues);
}

// Each client's own choice, set by its constructor; a WeakMap keeps it off the client's members.
const clientSettings = new WeakMap<object, ValidationOptions>();

/** Records the `validate` option a client was created with. */
export function configureValidation(client: object, options: ValidationOptions | undefined): void {
  if (options !== undefined) clientSettings.set(client, options);
}

/**
 * The checks of one call: its JSON response (unless turned off) and its JSON
 * request body (when asked), the call's options over the client's.
 */
export function bodyChecks(
  client: object,
  options: RequestOptions | undefined,
  operation: string,
  response: BodySchema | undefined,
  request?: BodySchema,
): BodyChecks {
  const wanted = (key: keyof ValidationOptions, otherwise: boolean): boolean =>
    options?.validate?.[key] ?? clientSettings.get(client)?.[key] ?? otherwise;
  const isJson = (type: string | null) => type !== null && mediaKind(type) === 'json';
  return {
    request:
      request !== undefined && wanted('requests', false)
        ? (value, contentType) => {
            if (isJson(contentType)) checkBody(request, value, operation, 'request');
          }
        : undefined,
    response:
      response !== undefined && wanted('responses', true)
        ? (value, received) => {
            if (isJson(received.headers.get('content-type')))
              checkBody(response, value, operation, 'response');
          }
        : undefined,
  };
}
