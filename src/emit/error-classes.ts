/** Which runtime error class each status throws (the contract's table). */
import type { Response } from '../ir/api.js';

const BY_STATUS: Readonly<Record<string, string>> = {
  '400': 'BadRequestError',
  '401': 'AuthenticationError',
  '403': 'PermissionDeniedError',
  '404': 'NotFoundError',
  '409': 'ConflictError',
  '422': 'UnprocessableEntityError',
  '429': 'RateLimitError',
};

/** Every class the runtime throws for an HTTP status; `ApiError` itself is only their base. */
const STATUS_CLASSES = [...Object.values(BY_STATUS), 'InternalServerError', 'ApiStatusError'];

export function errorClassFor(status: string): string {
  return BY_STATUS[status] ?? (/^5/.test(status) ? 'InternalServerError' : 'ApiStatusError');
}

export interface ErrorMember {
  readonly className: string;
  /** The body's type text, or `unknown`. */
  readonly bodyType: string;
  readonly response?: Response;
}

/**
 * The error union of an operation: each declared status with its typed body,
 * then every other status class with the `default` response's body (or
 * `unknown`). No member is a bare `ApiError`: as a supertype of the others it
 * would make `instanceof` narrow `body` to `any`.
 */
export function errorMembers(
  errors: readonly Response[],
  bodyType: (response: Response) => string,
): ErrorMember[] {
  const fallback = errors.find((e) => e.status === 'DEFAULT');
  const declared = errors
    .filter((e) => e.status !== 'DEFAULT')
    .map((response) => ({
      className: errorClassFor(response.status),
      bodyType: bodyType(response),
      response,
    }));
  const covered = new Set(
    declared.filter((d) => /^\d+$/.test(d.response.status)).map((d) => d.className),
  );
  // A 5XX range or one 5xx code does not cover every 5xx, nor does one code cover ApiStatusError.
  covered.delete('InternalServerError');
  covered.delete('ApiStatusError');
  const rest = STATUS_CLASSES.filter((c) => !covered.has(c)).map((className) => ({
    className,
    bodyType: fallback ? bodyType(fallback) : 'unknown',
  }));
  return [...declared, ...rest];
}
