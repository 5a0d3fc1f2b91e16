/**
 * The call that sends an operation's request (`client.request<T>({ … }, options)`),
 * written alike in its function and in its client method, and the runtime names and
 * imports that call needs.
 */
import type { StatementStructures } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import {
  answersBytes,
  answersText,
  answersUnsaid,
  isContentTypeParameter,
  saysNoContent,
  type Api,
  type Operation,
  type Parameter,
  type PathSegment,
} from '../ir/api.js';
import {
  objectLiteralKey,
  stringLiteral,
  templateLiteral,
  valueLiteral,
  type TemplatePiece,
} from './escape.js';
import { defaultSecurityLiteral } from './default-security.js';
import { PAGERS } from '../ir/naming.js';
import { operationSchemasOf } from './zod-schemas.js';
import { bodyEncoders, bodyExpression } from './request-body.js';
import { isIdempotencyKey } from './idempotency.js';
import type { OperationSignature } from './operation-signature.js';
import { onlyValue, type Schema } from '../ir/schema.js';

// `$` names: the naming planner never hands one out, so no function or type can clash.
const CHECKS = '$bodyChecks';
const SCHEMAS = '$schemas';

/** The body checks of each operation, as an expression over `schemas.ts` (the `validate` option). */
export type OperationSchemas = (op: Operation) => string | undefined;

export function operationSchemas(api: Api): OperationSchemas {
  return operationSchemasOf(api, SCHEMAS);
}

/** The runtime values an operation's call uses. */
export function runtimeValuesOf(op: Operation): string[] {
  return [
    ...(op.streaming ? ['stream'] : op.eventStream ? ['jsonOrStream'] : []),
    ...(op.jsonLines ? [op.jsonLines.always ? 'jsonLines' : 'jsonLinesOr'] : []),
    ...(op.pagination ? ['paginate', PAGERS[op.pagination.kind]] : []),
    ...(op.pathParameters.length > 0 ? ['encodePath'] : []),
    ...(op.server !== undefined ? ['ownServer'] : []),
    ...(op.pathParameters.every((p) => isPlainPathParameter(p) || p.keepsSlashes)
      ? []
      : ['pathStyle']),
    ...(op.pathParameters.some((p) => p.keepsSlashes) ? ['resourcePath'] : []),
    ...(op.body ? bodyEncoders(op.body) : []),
    ...(op.otherParameters.length > 0 ? ['encodeParams'] : []),
    ...(op.otherParameters.some(isIdempotencyKey) ? ['idempotencyKey'] : []),
    ...(op.otherParameters.some(isJsonHeader) ? ['headerJson'] : []),
    ...[reader(op)].filter((name) => name !== undefined),
  ];
}

/**
 * How the call reads a success when not by its Content-Type alone: as bytes, as text (every
 * success is text: a `string`, whatever the server labels it), or as it comes.
 */
function reader(
  op: Operation,
): 'readBlob' | 'readBlobOrNone' | 'readText' | 'readString' | 'readAny' | undefined {
  const { successes } = op;
  if (
    op.pagination ||
    op.streaming ||
    op.eventStream ||
    op.jsonLines?.always ||
    successes.length === 0
  )
    return undefined;
  // Every success a file: a server that labels a JSON file `application/json` must not turn
  // the promised Blob into an object. A success of no content beside one is none (SIGNL4's
  // attachments' 204; red team: a 202 beside them too).
  const bodied = successes.filter((r) => !saysNoContent(r));
  if (bodied.length > 0 && bodied.every(answersBytes))
    return bodied.length < successes.length ? 'readBlobOrNone' : 'readBlob';
  if (successes.every(answersText)) return 'readText';
  // A JSON string, wherever the server's body is no JSON (Docker's logs), is its text: never a Blob.
  if (successes.every((r) => r.schema?.kind === 'string')) return 'readString';
  return answersUnsaid(successes) ? 'readAny' : undefined;
}

/** The imports of the body checks, for a module (`up` from the SDK's root) whose calls check bodies. */
export function bodyCheckImports(up: string): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [`bodyChecks as ${CHECKS}`],
      moduleSpecifier: `${up}runtime/validate.js`,
    },
    {
      kind: StructureKind.ImportDeclaration,
      namespaceImport: SCHEMAS,
      moduleSpecifier: `${up}schemas.js`,
    },
  ];
}

/** The object literal handed to `client.request` by `client` (the expression that holds it). */
function requestSpec(api: Api, op: Operation, client: string, check?: string): string {
  // GET, JSON and the API's usual security are the runtime's defaults: 1,223 operations say them once.
  const fields = [
    ...(op.method === 'GET' ? [] : [`method: ${stringLiteral(op.method)}`]),
    `path: ${pathExpression(op)}`,
  ];
  // A base URL the user chose (a proxy, a mock server, the environment's) takes this operation
  // too; the API's own, with or without a trailing slash, does not (Stripe's files.stripe.com).
  if (op.server !== undefined) {
    const own = (api.servers[0]?.url ?? '').replace(/(?<!\/)\/+$/, '');
    fields.push(
      `server: ownServer(${client}.baseUrl, ${stringLiteral(own)}, ${stringLiteral(op.server)})`,
    );
    if (op.serverOfOtherSite) fields.push('otherSite: true');
  }
  for (const [field, location] of [
    ['query', 'query'],
    ['headers', 'header'],
    ['cookies', 'cookie'],
  ] as const) {
    // A Content-Type parameter is the raw body's type, never a header of its own.
    const params = op.otherParameters.filter(
      (p) => p.in === location && !isContentTypeParameter(p),
    );
    if (params.length > 0) fields.push(`${field}: { ${params.map(paramEntry).join(', ')} }`);
  }
  // Only styles other than the default (form, exploded) need telling.
  const styled = op.otherParameters.filter(
    (p) => p.in === 'query' && !(p.style === 'form' && p.explode),
  );
  if (styled.length > 0) {
    fields.push(
      `queryStyles: ${valueLiteral(Object.fromEntries(styled.map((p) => [p.name, { style: p.style, explode: p.explode }])))}`,
    );
  }
  if (op.otherParameters.length > 0) fields.push('encode: encodeParams');
  // The body's idempotency key (`idempotency_key`, an identifier): given, the call may go again.
  if (op.bodyKey !== undefined)
    fields.push(`bodyKey: Object(params${optionalAccess(op)}body).${op.bodyKey}`);
  const typeParameter = op.otherParameters.find(isContentTypeParameter);
  if (op.body)
    fields.push(
      `body: ${bodyExpression(
        op.body,
        `params${optionalAccess(op)}`,
        typeParameter && {
          access: `params${optionalAccess(op)}${typeParameter.identifier}`,
          // With several media types, `contentType` chose one: the parameter's default is
          // what the one body goes as, not what every choice does.
          fallback:
            op.body.alternatives.length === 1
              ? typeof typeParameter.fixed === 'string'
                ? typeParameter.fixed
                : declaredValue(typeParameter.schema)
              : undefined,
        },
      )}`,
    );
  // JSON is the runtime's default; an operation that declares no response body sets no Accept.
  if (op.accept !== 'application/json') fields.push(`accept: ${stringLiteral(op.accept ?? '')}`);
  const security = valueLiteral(op.security);
  if (security !== defaultSecurityLiteral(api)) fields.push(`security: ${security}`);
  if (check !== undefined) fields.push(`check: ${check}`);
  return `{ ${fields.join(', ')} }`;

  function paramEntry(p: Parameter): string {
    const access = `params${optionalAccess(op)}${p.identifier}`;
    const json = isJsonHeader(p) ? 'headerJson' : 'JSON.stringify';
    // A parameter of one possible value is sent without being asked for.
    if (p.fixed !== undefined) {
      const given = `${access} ?? ${valueLiteral(p.fixed)}`;
      return `${objectLiteralKey(p.name)}: ${p.json ? `${json}(${given})` : given}`;
    }
    // Its `content` says JSON: the value is written as JSON text, not in a style.
    const value = p.json
      ? `${access} === undefined ? undefined : ${json}(${access.replace('?.', '.')})`
      : access;
    // Made once per call, so each retry of the call repeats it; the caller's own key wins, but not
    // an empty one, which keys nothing (red team: a payment given `''` had gone three times).
    return `${objectLiteralKey(p.name)}: ${isIdempotencyKey(p) ? `${value} || idempotencyKey()` : value}`;
  }
}

/** A header whose `content` says JSON: its text must be ASCII (`headerJson`). */
function isJsonHeader(p: Parameter): boolean {
  return p.json === true && p.in === 'header';
}

function optionalAccess(op: Operation): string {
  const required = op.otherParameters.some((p) => p.required) || op.body?.required === true;
  return required ? '.' : '?.';
}

/**
 * `client.request<T>(spec, options)`, or the runtime's `stream`/`paginate` function of the
 * client; `client` is the expression that holds it (`client`, `this.#client`, `this`).
 */
export function requestCall(
  api: Api,
  op: Operation,
  { call, jsonLinesOr }: Pick<OperationSignature, 'call' | 'jsonLinesOr'>,
  client: string,
  schemasOf: OperationSchemas | undefined,
): string {
  const schemas = schemasOf?.(op);
  // `$bodyChecks(client, options, 'getPet', { response: … })`: the body checks of one call.
  const check =
    schemas && `${CHECKS}(${client}, options, ${stringLiteral(op.functionName)}, ${schemas})`;
  const spec = requestSpec(api, op, client, check);
  const lines = op.jsonLines;
  if (lines?.always) return `${call}(${client}, ${spec}, options)`;
  // The query's flag asks for the stream; else the usual call reads the same request.
  if (lines?.flag !== undefined && jsonLinesOr) {
    const otherwise = usualCall(op, call, client, 'spec');
    return `jsonLinesOr<${jsonLinesOr.join(', ')}>(${client}, ${spec}, options, ${stringLiteral(lines.flag)}, (spec) => ${otherwise}${lines.text ? `, ${stringLiteral(lines.text)}` : ''})`;
  }
  return usualCall(op, call, client, spec);
}

/** The call of an operation that answers JSON (or text, or bytes), paged or not. */
function usualCall(op: Operation, call: string, client: string, spec: string): string {
  if (op.pagination) return `${call}(${client}, ${spec}, ${pagerExpression(op)}, options)`;
  // A stream whose events the spec says are strings keeps their data as text.
  if (op.streaming)
    return `${call}(${client}, ${spec}, options${op.success?.schema?.kind === 'string' ? ", 'text'" : ''})`;
  if (op.eventStream) {
    const { schema, flag } = op.eventStream;
    const data = schema?.kind === 'string' ? "'text'" : flag !== undefined ? 'undefined' : '';
    const where = op.eventStream.flagIn === 'query' ? ", 'query'" : '';
    return `${call}(${client}, ${spec}, options${data && `, ${data}`}${flag !== undefined ? `, ${stringLiteral(flag)}${where}` : ''})`;
  }
  const read = reader(op);
  return `${client}.${call}(${spec}, options${read ? `, ${read}` : ''})`;
}

/**
 * `linkHeaderPages({ items: 'runners' })`: the runtime's `Pagination` of the operation's kind, as
 * plain data. A field path of one name is written as that name (`items: 'data'`).
 */
function pagerExpression(op: Operation): string {
  const { itemSchema: _itemSchema, kind, ...fields } = op.pagination!;
  const literal = valueLiteral(
    Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        key,
        Array.isArray(value) && value.length === 1 ? value[0] : value,
      ]),
    ),
  );
  return `${PAGERS[kind]}(${literal})`;
}

/** `encodePath\`/datasources/${datasourceId}/ingest-status\`` — every value percent-encoded by `encodePath`. */
function pathExpression(op: Operation): string {
  if (op.pathParameters.length === 0)
    return stringLiteral(op.pathSegments.map((s) => (s.kind === 'text' ? s.text : '')).join(''));
  return `encodePath${templateLiteral(op.pathSegments.map(templatePiece))}`;
}

function templatePiece(segment: PathSegment): TemplatePiece {
  if (segment.kind === 'text') return segment.text;
  const p = segment.parameter;
  return {
    expression: p.keepsSlashes
      ? `resourcePath(${stringLiteral(p.name)}, ${p.identifier})`
      : isPlainPathParameter(p)
        ? p.identifier
        : `pathStyle(${stringLiteral(p.name)}, ${p.identifier}, ${stringLiteral(p.style)}, ${p.explode})`,
  };
}

/** A scalar in the default `simple` style goes straight into `encodePath`, which encodes it; others need `pathStyle`. */
function isPlainPathParameter(p: Parameter): boolean {
  return (
    p.style === 'simple' &&
    !['array', 'object', 'ref'].includes(p.schema.kind) &&
    // A value the spec lists as empty goes through `pathStyle`, which may be empty beside the
    // template's text (`/report{ext}` of `''`, `.json`); a plain one may not.
    !(p.schema.kind === 'enum' && p.schema.values.includes(''))
  );
}

/** The text a parameter declares it is when not given: its default, or an enum's one value. */
function declaredValue(schema: Schema): string | undefined {
  const value = schema.default?.value ?? onlyValue(schema);
  return typeof value === 'string' ? value : undefined;
}
