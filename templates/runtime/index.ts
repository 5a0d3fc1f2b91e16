export {
  BaseClient,
  readBlob,
  readBlobOrNone,
  readString,
  readText,
  readAny,
  type ClientOptions,
  type ClientConfig,
  type Fetch,
  type RequestOptions,
  type RequestSpec,
  type ValidationOptions,
} from './client.js';
export { ApiPromise, type WithResponse } from './api-promise.js';
export {
  paginate,
  PagePromise,
  cursorPages,
  afterPages,
  linkPages,
  linkHeaderPages,
  offsetPages,
  numberedPages,
  type Pager,
  type Pagination,
} from './pagination.js';
export { stream, jsonOrStream, Stream, type ServerSentEvent } from './sse.js';
export { jsonLines, jsonLinesOr, JsonLines } from './json-lines.js';
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
  InvalidArgumentError,
  InvalidResponseError,
  type OperationError,
} from './errors.js';
export { encodePath, ownServer, pathStyle, resourcePath, StyledSegment } from './path.js';
export {
  readEnv,
  applySecurity,
  applySoleAlternative,
  apiKeyHeader,
  apiKeyQuery,
  apiKeyCookie,
  bearerAuth,
  httpAuth,
  basicAuth,
  type Credential,
  type SecurityScheme,
  type SecurityRequirement,
} from './security.js';
export { encodeParams, headerJson, type ParamStyle } from './serialize.js';
export { jsonBody, rawBody, type BodySpec, type Encodings } from './body.js';
export { formBody } from './form-body.js';
export { multipartBody } from './multipart-body.js';
export { idempotencyKey } from './idempotency.js';
export { requireHeaders } from './client-headers.js';
