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
  const add = (className: string, response: Response) =>
    declared.set(className, (declared.get(className) ?? new Set()).add(bodyType(response)));
  const ranges = errors.filter((r) => /^[45]XX$/.test(r.status));
  for (const response of errors)
    if (response.status !== 'DEFAULT' && !ranges.includes(response))
      add(errorClassFor(response.status), response);
  // A range is every class of its statuses a status of its own does not say (Sakari's `4XX`
  // had typed only `ApiStatusError`, and a 400 threw a `BadRequestError` of `unknown` body).
  // `ApiStatusError` and `InternalServerError` throw for many statuses: the range's body is one
  // of their bodies beside a status's own (a 503 beside a declared 500).
  for (const response of ranges) {
    const classes =
      response.status === '5XX'
        ? ['InternalServerError']
        : [...new Set(Object.values(BY_STATUS)), 'ApiStatusError'];
    for (const className of classes)
      if (!declared.has(className) || /^(?:ApiStatus|InternalServer)Error$/.test(className))
        add(className, response);
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
