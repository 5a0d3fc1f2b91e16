/** Which runtime error class a declared status throws (the contract's table). */
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
  return BY_STATUS[status] ?? (/^5/.test(status) ? 'InternalServerError' : 'ApiError');
}
