/** Which runtime error class each status throws (the contract's table), and an operation's error type. */
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

export function errorClassFor(status: string): string {
  return BY_STATUS[status] ?? (/^5/.test(status) ? 'InternalServerError' : 'ApiStatusError');
}

/**
 * `OperationError<{ NotFoundError: Problem }, Fallback>`: the runtime's generic error
 * type given the body of each declared status class and of the `default` response;
 * the union of classes is spelled once, in the runtime.
 */
export function operationErrorType(
  errors: readonly Response[],
  bodyType: (response: Response) => string,
): string {
  const declared = new Map<string, Set<string>>();
  for (const response of errors) {
    if (response.status === 'DEFAULT') continue;
    const className = errorClassFor(response.status);
    declared.set(className, (declared.get(className) ?? new Set()).add(bodyType(response)));
  }
  const fallback = errors.find((e) => e.status === 'DEFAULT');
  const members = [...declared].map(
    ([className, bodies]) => `${className}: ${[...bodies].join(' | ')}`,
  );
  const args = [
    ...(members.length > 0 || fallback ? [`{ ${members.join('; ')} }`] : []),
    ...(fallback ? [bodyType(fallback)] : []),
  ];
  return args.length > 0 ? `OperationError<${args.join(', ')}>` : 'OperationError';
}
