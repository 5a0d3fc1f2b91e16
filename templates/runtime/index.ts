export {
  BaseClient,
  type ClientOptions,
  type ClientConfig,
  type Fetch,
  type RequestOptions,
  type RequestSpec,
} from './client.js';
export {
  SdkError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ApiStatusError,
  ApiConnectionError,
  ApiTimeoutError,
} from './errors.js';
export { path } from './path.js';
export { readEnv, type SecurityScheme, type SecurityRequirement } from './security.js';
