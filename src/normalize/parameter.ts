/** OpenAPI Parameter Object → IR. https://spec.openapis.org/oas/v3.1.0#parameter-object */
import {
  isContentTypeParameter,
  leftOutBecause,
  type Parameter,
  type ParameterLocation,
} from '../ir/api.js';
import {
  camelCase,
  claimEach,
  paramsKeyScope,
  parameterScope,
  type NameRegistry,
} from '../ir/naming.js';
import {
  asArray,
  asString,
  componentRef,
  deref,
  isRaw,
  type NormalizeContext,
  type Raw,
} from './context.js';
import { mediaKind } from './media-type.js';
import { normalizeSchema } from './schema.js';
import { CREDENTIAL_DESCRIPTION, CREDENTIAL_NAME } from '../ir/credential-names.js';
import { onlyValue, type Schema } from '../ir/schema.js';

/**
 * Parameters that say how to talk to the API, not what to ask it: a required one's default is
 * the SDK's to send (Azure's `api-version`, Amadeus' method override, RapidAPI's host, British
 * Columbia's `outputFormat`). Any other's is often an example: Rentcast's required `zipCode`
 * went out as "29611" on every call that gave none (and, red team, a `host` as `google.com`).
 */
export const PROTOCOL_PARAMETER =
  /^(?:x-)?(?:api[-_]?)?version$|^accept$|method-override$|^x-rapidapi-host$|^(?:output[-_]?)?format$/i;

/**
 * Azure's `api-version` query parameter, required on every call with no default (332 of its
 * specs): its value is the document's `info.version` (`2019-04-01`), as Azure's own SDKs send it
 * without asking. Only a dated version, as Azure writes them.
 */
function documentApiVersion(
  ctx: NormalizeContext,
  location: string,
  name: string,
  schema: Schema,
): string | undefined {
  if (location !== 'query' || name !== 'api-version') return undefined;
  const info = ctx.document.info;
  const version = isRaw(info) ? asString(info.version) : undefined;
  if (version === undefined || !/^\d{4}-\d{2}-\d{2}(?:-preview)?$/.test(version)) return undefined;
  // Only where the parameter takes it (red team: an enum of older versions, or a number).
  return schema.kind === 'string' || (schema.kind === 'enum' && schema.values.includes(version))
    ? version
    : undefined;
}

/** A schema's default, where it is one string, number or boolean. */
function primitiveDefault(schema: Schema): string | number | boolean | undefined {
  const value = schema.default?.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : undefined;
}

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

// The styles each location allows, its default first.
const PATH_STYLES = ['simple', 'label', 'matrix'];
const QUERY_STYLES = ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

/**
 * Path-item parameters overridden by operation parameters of the same name and
 * location, each with an identifier unique within the operation (`maxResults`
 * and `MaxResults` both exist in real specs).
 */
export function normalizeParameters(
  ctx: NormalizeContext,
  pathItemParams: unknown,
  operationParams: unknown,
  functionName: string,
  bodyMediaTypes = 0,
  /** Whether the method changes something, which a retry must not do twice (not GET, HEAD…). */
  changes = true,
): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...asArray(pathItemParams), ...asArray(operationParams)]) {
    const param = normalizeParameter(ctx, raw, changes);
    if (param) byKey.set(`${param.in}:${param.name}`, param);
  }
  // Path parameters are the function's arguments; the others are keys of its params object.
  const params = [...byKey.values()];
  const inPath = params.filter((p) => p.in === 'path');
  const others = params.filter((p) => p.in !== 'path');
  const identifiers = new Map<Parameter, string>();
  const claim = (scope: NameRegistry, list: Parameter[]) =>
    claimEach(
      scope,
      list.map((p) => ({ text: p.name, wanted: p.identifier })),
    ).forEach((identifier, i) => identifiers.set(list[i]!, identifier));
  claim(parameterScope(functionName), inPath);
  claim(paramsKeyScope(bodyMediaTypes), others);
  return params.map((p) => ({ ...p, identifier: identifiers.get(p)! }));
}

function normalizeParameter(
  ctx: NormalizeContext,
  value: unknown,
  changes: boolean,
): Parameter | undefined {
  const raw = deref(ctx, value);
  const location = raw.in as ParameterLocation;
  const name = asString(raw.name);
  if (name === undefined || !LOCATIONS.includes(location)) return undefined;
  if (leftOutBecause(raw) !== undefined) return undefined;
  // 3.x allows `content` instead of `schema`; its single media type carries the schema,
  // and says how the value is written: as JSON text for a JSON type.
  const content = isRaw(raw.content)
    ? Object.entries(raw.content).find((entry) => isRaw(entry[1]))
    : undefined;
  const contentSchema = (content?.[1] as Raw | undefined)?.schema;
  const json =
    raw.schema === undefined && content !== undefined && mediaKind(content[0]) === 'json';
  const description = asString(raw.description);
  // https://spec.openapis.org/oas/v3.1.0#style-values: form for query and cookie, simple otherwise.
  const declared = asString(raw.style);
  const allowed =
    location === 'path'
      ? PATH_STYLES
      : location === 'query'
        ? QUERY_STYLES
        : location === 'header'
          ? ['simple']
          : ['form'];
  const style = (
    declared !== undefined && allowed.includes(declared) ? declared : allowed[0]
  ) as Parameter['style'];
  const explode = typeof raw.explode === 'boolean' ? raw.explode : style === 'form';
  const component = componentKey(value);
  // A Content-Type parameter says what a raw body is, and goes only with one; its default is
  // what the body goes as when the caller says nothing (VTEX's required one had to be given).
  const contentType = isContentTypeParameter({ in: location, name });
  const given = normalizeSchema(ctx, raw.schema ?? contentSchema);
  const schema =
    location === 'path' ? withoutNull(given) : contentType ? mediaTypeText(given) : given;
  // A required parameter with one value, or a default where it is the protocol's, goes with it
  // when the caller gives none (Amadeus' `X-HTTP-Method-Override`, `GET` on its searches, had to
  // be passed on every call). Not a credential's: VTEX's required `Cookie` defaults to its
  // author's session, which went out.
  const fixed =
    location !== 'path' &&
    raw.required === true &&
    !contentType &&
    location !== 'cookie' &&
    !CREDENTIAL_NAME.test(name) &&
    // Nor one its description says is one (red team: Oxford Dictionaries' `app_id`).
    !CREDENTIAL_DESCRIPTION.test(description ?? '')
      ? (onlyValue(schema) ??
        (PROTOCOL_PARAMETER.test(name) || (location === 'header' && /(?:^|-)version$/i.test(name))
          ? primitiveDefault(schema)
          : undefined) ??
        documentApiVersion(ctx, location, name, schema))
      : undefined;
  // A path parameter of one possible value is part of the path, no argument (path-template.ts).
  // Not Azure's extensible enum (`x-ms-enum: { modelAsString: true }`), whose one value is the
  // first of those to come (red team: its own SDKs take `securityAlertPolicyName`).
  const rawSchema = raw.schema === undefined ? undefined : deref(ctx, raw.schema);
  // Swagger 2.0's sits on the parameter itself (red team: all of Azure's specs).
  const extensible = [rawSchema?.['x-ms-enum'], raw['x-ms-enum']].some(
    (marker) => isRaw(marker) && marker.modelAsString === true,
  );
  const inPath =
    location === 'path' && style === 'simple' && !extensible ? onlyValue(schema) : undefined;
  // A flag that may be empty goes as one: S3's `?uploads` (`uploads: { enum: [true],
  // allowEmptyValue: true }`, 82 AWS operations) had gone as `uploads=true`.
  const sent =
    fixed === true && raw.allowEmptyValue === true && location === 'query' ? '' : (fixed ?? inPath);
  // The SDK makes an idempotency key once per call when the caller gives none, so a retried
  // call is applied once (Apideck's required `x-apideck-idempotency-key` had to be invented by
  // every caller).
  // Only text, of a call that changes something: a GET's key went the same on each page of a
  // walk, and a flag (`X-Skip-Idempotency-Key: boolean`) had been turned on (red team).
  const idempotencyKey =
    changes && location === 'header' && IDEMPOTENCY_KEY.test(name) && isText(schema);
  const optional =
    fixed !== undefined ||
    idempotencyKey ||
    (contentType && primitiveDefault(schema) !== undefined);
  return {
    name,
    style,
    explode,
    identifier: camelCase(name),
    in: location,
    required: location === 'path' || (raw.required === true && !optional),
    schema,
    ...(description !== undefined && { description }),
    ...(raw.deprecated === true && { deprecated: true }),
    ...(component !== undefined && { component }),
    ...(json && location !== 'path' && { json: true }),
    ...(sent !== undefined && { fixed: sent }),
    ...(idempotencyKey && { idempotencyKey: true }),
    ...(contentType && typeof raw.example === 'string' && { example: raw.example }),
  };
}

/**
 * A string, or a string that may be null: Svix's `idempotency-key` is `nullable` (new-user
 * trial: its retried creates had gone without a key, and made two applications).
 */
function isText(schema: Schema): boolean {
  if (schema.kind === 'union')
    return (
      schema.variants.some((v) => v.kind === 'string') &&
      schema.variants.every((v) => v.kind === 'null' || isText(v))
    );
  return schema.kind === 'string' || schema.kind === 'unknown';
}

/** `Idempotency-Key`, `X-Idempotency-Key`, a vendor's `X-Apideck-Idempotency-Key`; any case. */
const IDEMPOTENCY_KEY = /^(?:x-(?:[a-z\d]+-)?)?idempotency-key$/i;

/** `per-page` for `{ $ref: '#/components/parameters/per-page' }`. */
function componentKey(value: unknown): string | undefined {
  if (!isRaw(value) || typeof value.$ref !== 'string') return;
  const target = componentRef(value.$ref);
  return target?.section === 'parameters' ? target.name : undefined;
}

/**
 * A Content-Type is text, whatever its schema says: its strings where it lists them (red team:
 * a nullable one, an integer, `{}`, had not compiled where the body takes its type).
 */
function mediaTypeText(schema: Schema): Schema {
  if (schema.kind === 'string') return schema;
  const strings = schema.kind === 'enum' ? schema.values.filter((v) => typeof v === 'string') : [];
  return strings.length > 0 && schema.kind === 'enum'
    ? { ...schema, values: strings }
    : {
        kind: 'string',
        ...(schema.default !== undefined &&
          typeof schema.default.value === 'string' && { default: schema.default }),
      };
}

/** A path segment is never null: a path parameter's `null` (3.0 `nullable`, a `null` enum value) is dropped. */
function withoutNull(schema: Schema): Schema {
  if (schema.kind === 'enum') {
    const values = schema.values.filter((v) => v !== null);
    return values.length > 0 ? { ...schema, values } : { kind: 'string' };
  }
  if (schema.kind !== 'union') return schema;
  const variants = schema.variants.filter((v) => v.kind !== 'null').map(withoutNull);
  if (variants.length === 0) return { kind: 'string' };
  return variants.length === 1 ? variants[0]! : { ...schema, variants };
}
