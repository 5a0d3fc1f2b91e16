/**
 * The parameters, return type and docs an operation has both as a function and
 * as a client method, so the two can never drift apart.
 */
import type { OptionalKind, ParameterDeclarationStructure, JSDocStructure } from 'ts-morph';
import {
  answersBytes,
  isTypeScript,
  shownPath,
  answersUnsaid,
  type Api,
  type MediaKind,
  type Operation,
  type Parameter,
  type Response,
} from '../ir/api.js';
import { holdsInlineObject } from '../ir/inline-objects.js';
import { directRefs } from '../ir/refs.js';
import { propertiesThrough } from '../ir/properties.js';
import type { Property, Schema } from '../ir/schema.js';
import { errorClassFor, operationErrorType } from './error-classes.js';
import { literalType, propertyKey } from './escape.js';
import { codeSpan, endpoint, fenceFor, jsdoc, type DocTag } from './jsdoc.js';
import { typeContext } from './names.js';
import { readThroughSchema } from './zod-schemas.js';
import { textual } from './types-file.js';
import { parameterTypeText, typeText, type TypeContext } from './type-syntax.js';

export interface OperationSignature {
  /** Path parameters, then the params object, then `options`. */
  readonly parameters: OptionalKind<ParameterDeclarationStructure>[];
  readonly returnType: string;
  /** How the function calls the client: `request`, `stream` or `paginate`, with its type arguments. */
  readonly call: string;
  /** The body type `client.request<T>` is called with. */
  readonly resultType: string;
  /** Where a query's flag asks for a stream of JSON lines (`jsonLinesOr`): a line's type, and the usual answer's. */
  readonly jsonLinesOr?: readonly [item: string, answer: string];
  /** Built when asked for: a function whose method carries the docs needs none of it. */
  docs(): JSDocStructure[];
  /** `OperationError<…>`: what the operation may throw. */
  readonly errorType: string;
  /** Signatures before the implementation's: by what the body asks, JSON or a stream of events. */
  readonly overloads: ReadonlyArray<{
    readonly parameters: OptionalKind<ParameterDeclarationStructure>[];
    readonly returnType: string;
  }>;
}

const PATH_PARAM_KINDS: ReadonlyArray<Schema['kind']> = [
  'string',
  'number',
  'integer',
  'boolean',
  'enum',
  'array',
  'object',
  'ref',
];

const SCALARS: ReadonlyArray<Schema['kind']> = ['string', 'number', 'integer', 'boolean', 'enum'];

/**
 * Whether a path parameter is typed by its schema (else `string`): also a choice of scalars,
 * DigitalOcean's image id or slug (`anyOf: [integer, string]`), whose numbers had not compiled,
 * and PeerTube's of named ones (`oneOf: [$ref id, $ref UUIDv4]`): named scalars only (red team:
 * a named object, array or nullable among them does not go into a path).
 */
function typedPathParameter(schema: Schema, ctx: TypeContext): boolean {
  const scalar = (variant: Schema | undefined, hops = 0): boolean =>
    variant?.kind === 'ref'
      ? hops < 8 && scalar(ctx.schemaOf(variant.target), hops + 1)
      : variant !== undefined && SCALARS.includes(variant.kind);
  return (
    PATH_PARAM_KINDS.includes(schema.kind) ||
    (schema.kind === 'union' && schema.variants.every((v) => scalar(v)))
  );
}

export function operationSignature(
  api: Api,
  op: Operation,
  ctx: TypeContext,
  withClient: boolean,
): OperationSignature {
  const resultType = op.streaming
    ? op.success?.schema
      ? typeText(op.success.schema, receivedView(op.success, ctx))
      : 'unknown'
    : resultTypeOf(op.successes, ctx);
  const itemType = op.pagination ? itemTypeOf(op, resultType, ctx) : undefined;
  const events = op.eventStream;
  const eventType = events?.schema ? typeText(events.schema, ctx) : 'unknown';
  const lines = op.jsonLines;
  const linesItem = lines?.schema ? typeText(lines.schema, ctx) : 'unknown';
  const linesType = `ApiPromise<JsonLines<${linesItem}>>`;
  const call = op.streaming
    ? `stream<${resultType}>`
    : events !== undefined
      ? `jsonOrStream<${resultType}, ${eventType}>`
      : lines?.always
        ? `jsonLines<${linesItem}>`
        : itemType !== undefined
          ? `paginate<${resultType}, ${itemType}>`
          : `request<${resultType}>`;
  const answer = op.streaming
    ? `ApiPromise<Stream<${resultType}>>`
    : events !== undefined
      ? `ApiPromise<${resultType} | Stream<${eventType}>>`
      : lines?.always
        ? linesType
        : itemType !== undefined
          ? `PagePromise<${resultType}, ${itemType}>`
          : `ApiPromise<${resultType}>`;
  const returnType = lines?.flag === undefined ? answer : `${answer} | ${linesType}`;
  const argumentCtx = argumentContext(api, ctx);
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = [
    ...(withClient ? [{ name: 'client', type: api.client.coreName }] : []),
    ...op.pathParameters.map((p) => ({
      name: p.identifier,
      type: typedPathParameter(p.schema, ctx) ? parameterTypeText(p.schema, argumentCtx) : 'string',
    })),
  ];
  if (op.paramsTypeName) {
    const required = op.otherParameters.some((p) => p.required) || op.body?.required === true;
    parameters.push({ name: 'params', type: op.paramsTypeName, hasQuestionToken: !required });
  }
  parameters.push({ name: 'options', type: 'RequestOptions', hasQuestionToken: true });

  // Each error's body type once: the @throws tags and the error type both name it.
  const bodies = new Map<Response, string>();
  const bodyOf = (r: Response) => {
    let body = bodies.get(r);
    // An error body is read as a success's is: an XML error is a string, whatever its schema.
    if (body === undefined)
      bodies.set(r, (body = r.schema || r.described ? errorBodyType(r, ctx) : 'unknown'));
    return body;
  };
  return {
    parameters,
    returnType,
    overloads:
      events?.flag !== undefined
        ? flagOverloads(
            parameters,
            (value, required) =>
              events.flagIn === 'query'
                ? `${propertyKey(flagIdentifier(op, events.flag!))}${required ? '' : '?'}: ${value}`
                : `body${required ? '' : '?'}: { ${propertyKey(events.flag!)}${required ? '' : '?'}: ${value} }`,
            `ApiPromise<${resultType}>`,
            `ApiPromise<Stream<${eventType}>>`,
            returnType,
          )
        : lines?.flag !== undefined
          ? flagOverloads(
              parameters,
              (value, required) =>
                `${propertyKey(flagIdentifier(op, lines.flag!))}${required ? '' : '?'}: ${value}`,
              answer,
              linesType,
              returnType,
              lines.numeric ? ['1', '0'] : undefined,
            )
          : [],
    call,
    resultType,
    ...(lines?.flag !== undefined && { jsonLinesOr: [linesItem, answer] as const }),
    docs: () => operationDocs(api, op, withClient, resultType, bodyOf),
    errorType: operationErrorType(op.errors, bodyOf),
  };
}

/**
 * The signature and docs of a function or method, its overloads first where it has any: the
 * docs go on the first, which editors show for them all.
 */
export function withOverloads(
  signature: OperationSignature,
  docs: JSDocStructure[],
  isExported = false,
): {
  docs: JSDocStructure[];
  parameters: OptionalKind<ParameterDeclarationStructure>[];
  returnType: string;
  overloads?: Array<{
    docs: JSDocStructure[];
    parameters: OptionalKind<ParameterDeclarationStructure>[];
    returnType: string;
    isExported?: boolean;
  }>;
} {
  const { parameters, returnType, overloads } = signature;
  if (overloads.length === 0) return { docs, parameters, returnType };
  return {
    docs: [],
    parameters,
    returnType,
    overloads: overloads.map((o, i) => ({
      ...o,
      parameters: [...o.parameters],
      docs: i === 0 ? docs : [],
      ...(isExported && { isExported }),
    })),
  };
}

/**
 * The flag asked (`stream: true` in the body, `watch: true` in the query, or `follow: 1`, as
 * `values` say): the stream; `false` or none: the usual answer. A flag known only at run time
 * gets either. `member` writes the params' member that holds the flag's value.
 */
function flagOverloads(
  parameters: readonly OptionalKind<ParameterDeclarationStructure>[],
  member: (value: string, required: boolean) => string,
  answer: string,
  streamType: string,
  either: string,
  [asks, declines]: readonly [string, string] = ['true', 'false'],
): OperationSignature['overloads'] {
  const asking = (value: string, required: boolean) =>
    parameters.map((p) =>
      p.name === 'params'
        ? {
            ...p,
            type: `${p.type as string} & { ${member(value, required)} }`,
            hasQuestionToken: !required && p.hasQuestionToken === true,
          }
        : p,
    );
  return [
    { parameters: asking(asks, true), returnType: streamType },
    { parameters: asking(`${declines} | null | undefined`, false), returnType: answer },
    { parameters: [...parameters], returnType: either },
  ];
}

/** The params' key of the query parameter whose wire name is `flag`. */
function flagIdentifier(op: Operation, flag: string): string {
  return op.otherParameters.find((p) => p.in === 'query' && p.name === flag)!.identifier;
}

/** The method's JSDoc: summary, endpoint, description, then @param, @returns, @throws and @example tags. */
function operationDocs(
  api: Api,
  op: Operation,
  withClient: boolean,
  resultType: string,
  bodyOf: (response: Response) => string,
): JSDocStructure[] {
  // An inline object body would put a whole type, comments included, in the tag: name the class only there.
  const throws = op.errors
    .filter((r) => r.status !== 'DEFAULT')
    .map((response) => {
      const className = errorClassFor(response.status);
      const body = bodyOf(response);
      return {
        response,
        type: body === 'unknown' || /[{\n]/.test(body) ? className : `${className}<${body}>`,
      };
    });
  const tags: DocTag[] = [
    ...(withClient
      ? [
          {
            tag: 'param',
            text: `client - The {@link ${api.client.coreName}} (a client is one too) that sends the request.`,
          },
        ]
      : []),
    ...op.pathParameters.map((p) => ({ tag: 'param', text: `${p.identifier} - ${pathDoc(p)}` })),
    ...(op.paramsTypeName ? [{ tag: 'param', text: `params - ${paramsWhat(op)}` }] : []),
    // What the options are is said once, on RequestOptions: 1,223 methods need not repeat it.
    { tag: 'param', text: 'options - Options of this call.' },
    { tag: 'returns', text: returnsText(op, resultType) },
    ...throws.map(({ response, type }) => ({
      tag: 'throws',
      text: `{${type}} ${response.status}:${startsWithTable(response.description) ? '\n' : ' '}${response.description}`.trimEnd(),
    })),
    ...(op.deprecated ? [{ tag: 'deprecated' }] : []),
    ...op.codeSamples.map((s) => {
      const fence = fenceFor(s.source, 3);
      return {
        tag: 'example',
        text: `${s.label ?? s.lang}\n${fence}${isTypeScript(s) ? 'ts' : fenceLanguage(s.lang)}\n${s.source.trimEnd()}\n${fence}`,
      };
    }),
  ];
  const summary = op.summary;
  const description =
    op.description !== undefined && op.description !== summary ? op.description : undefined;
  return jsdoc(
    [summary, endpoint(op.method, (op.server ?? '') + shownPath(op)), description],
    tags,
  );
}

/**
 * A path parameter's doc. Where the spec tells to URL-encode the value (Cloud Storage's object
 * names, IVS's ARNs), it is said that the SDK does: an encoded value would be encoded twice.
 */
function pathDoc(p: Parameter): string {
  const said = p.description ?? p.schema.description ?? p.schema.title;
  if (p.keepsSlashes)
    return `${said ?? `Path parameter ${codeSpan(p.name)}.`}\n\n${p.keepsSlashes === 'filePath' ? "A file's path, its slashes kept (\`docs/README.md\`)" : 'A resource name, its slashes kept (\`projects/p1/locations/l1\`)'}: each segment is encoded.`;
  if (said === undefined) return `Path parameter ${codeSpan(p.name)}.`;
  return /\b(url|uri|percent)[- ]?encod/i.test(said)
    ? `${said}\n\nThe SDK encodes the value: pass it as it is, not encoded.`
    : said;
}

/**
 * A page's item type. An inline object is written as the part of the named page type it
 * is (`Page[number]`, `Page['runners'][number]`, `NonNullable<Page['members']>[number]` for
 * an optional step), not spelled out once more in each signature (Mailchimp's member, 320
 * lines, was written out in each of two signatures of 54 list calls).
 */
function itemTypeOf(op: Operation, pageType: string, ctx: TypeContext): string {
  const { itemSchema, items } = op.pagination!;
  const spelled = typeText(itemSchema, ctx);
  const page = op.success?.schema;
  if (!holdsInlineObject(itemSchema) || page === undefined || !/^\w+$/.test(pageType))
    return spelled;
  let schema: Schema | undefined = page;
  let access = pageType;
  for (const field of items) {
    const property: Property | undefined = schema && fieldOf(schema, field, ctx);
    if (property === undefined) return spelled;
    schema = property.schema;
    access = property.required
      ? `${access}[${literalType(field)}]`
      : `NonNullable<${access}[${literalType(field)}]>`;
  }
  while (schema?.kind === 'ref') schema = ctx.schemaOf(schema.target);
  return schema?.kind === 'array' ? `${access}[number]` : spelled;
}

/**
 * A field of an object, or of a part of an `allOf` (DigitalOcean's cluster list), through refs:
 * `Page['field']` reads it from the intersection all the same.
 */
function fieldOf(schema: Schema, field: string, ctx: TypeContext): Property | undefined {
  return propertiesThrough(schema, ctx.schemaOf, { choices: false }).find((p) => p.name === field);
}

/** What the params object holds: the operation's parameters, its body, or both. */
function paramsWhat(op: Operation): string {
  if (op.body === undefined) return 'The parameters.';
  return op.otherParameters.length > 0 ? 'The parameters and the body.' : 'The body.';
}

/** What the runtime hands back for a body of each kind that has no schema. */
const BODY_TYPES: Record<MediaKind | 'none', string> = {
  none: 'void',
  json: 'unknown',
  text: 'string',
  form: 'Blob',
  multipart: 'Blob',
  'event-stream': 'Blob',
  'json-lines': 'unknown',
  binary: 'Blob',
};

/** The body type of the 2xx responses: one type, or a union when they differ. */
function resultTypeOf(successes: readonly Response[], ctx: TypeContext): string {
  if (successes.length === 0 || answersUnsaid(successes)) return 'unknown';
  const types = [...new Set(successes.map((r) => bodyType(r, ctx)))];
  if (types.length === 1) return types[0]!;
  if (types.includes('unknown')) return 'unknown';
  // `void` in a union reads oddly; an empty 2xx beside a body is `undefined`.
  return types.map((t) => (t === 'void' ? 'undefined' : t)).join(' | ');
}

/**
 * What the call resolves to: a binary response is a Blob and a text one (XML, CSV) a string,
 * whatever its schema describes (S3's XML listings, eBay's octet-stream evidence), since the
 * runtime parses JSON only.
 */
function bodyType(response: Response, ctx: TypeContext): string {
  const kind = response.described?.kind;
  if (answersBytes(response)) return 'Blob';
  const schema = typedSchema(response, ctx);
  if (kind === 'text' && schema === undefined && response.schema !== undefined) return 'string';
  if (schema !== undefined) return typeText(schema, receivedView(response, ctx));
  return BODY_TYPES[response.described?.kind ?? 'none'];
}

/**
 * An error's body type: as a success's, but an object the spec declares under a binary media
 * type is that object. DocuSign's document downloads declare their 400 as `application/pdf` of
 * `errorDetails`, which arrives as JSON and is parsed by its actual type: it had been a `Blob`.
 */
function errorBodyType(response: Response, ctx: TypeContext): string {
  return objectUnderBytes(response, ctx)
    ? typeText(response.schema!, receivedView(response, ctx))
    : bodyType(response, ctx);
}

/** The schema an error's type is written from (see `errorBodyType`). */
function errorSchema(response: Response, ctx: TypeContext): Schema | undefined {
  return objectUnderBytes(response, ctx) ? response.schema : typedSchema(response, ctx);
}

function objectUnderBytes(response: Response, ctx: TypeContext): boolean {
  let schema = response.schema;
  for (let hops = 0; schema?.kind === 'ref' && hops < 8; hops++)
    schema = ctx.schemaOf(schema.target);
  return answersBytes(response) && (schema?.kind === 'object' || schema?.kind === 'intersection');
}

/** The schema a response's type is written from: none where the runtime gives a Blob or a string whatever it says. */
function typedSchema(response: Response, ctx: TypeContext): Schema | undefined {
  const kind = response.described?.kind;
  if (answersBytes(response)) return undefined;
  if (kind === 'text' && response.schema !== undefined && !textual(response.schema, ctx))
    return undefined;
  return response.schema;
}

/** With `dates`, a body the SDK does not read through its schema keeps its date strings. */
function receivedView(response: Response, ctx: TypeContext): TypeContext {
  return ctx.dates === true && !readThroughSchema(response) ? { ...ctx, dates: false } : ctx;
}

function returnsText(op: Operation, resultType: string): string {
  // A description ending in a full stop leads into what follows without it.
  const described = op.success?.description && withoutFullStop(op.success.description);
  if (op.streaming)
    return `${described ? `${described}: ` : ''}a stream of server-sent events; \`for await\` over it.`;
  if (op.pagination)
    return `${described ? `${described}: ` : ''}the first page; \`for await\` over it to get every item of every page.`;
  if (op.eventStream)
    return `${described || 'The response body'}, or a stream of server-sent events (\`for await\` over it)${op.eventStream.flag ? ` where the ${op.eventStream.flagIn ?? 'body'} says \`${op.eventStream.flag}: true\`` : ' where the server sends one'}.`;
  const lines = op.jsonLines;
  // A followed text's lines are text (red team: its docs had said JSON values).
  const values = lines?.text ? 'lines of text' : 'JSON values';
  if (lines?.always)
    return `${described ? `${described}: ` : ''}a stream of ${values}, one per line; \`for await\` over it.`;
  if (lines?.flag !== undefined)
    return `${withoutFullStop(returnsText(withoutJsonLines(op), resultType))}; where the query says \`${lines.flag}: ${lines.numeric ? 1 : true}\`, a stream of ${values} (\`for await\` over it).`;
  return op.success?.description || (resultType === 'void' ? 'Nothing.' : 'The response body.');
}

function withoutJsonLines({ jsonLines: _lines, ...op }: Operation): Operation {
  return op;
}

function fenceLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  return lower === 'typescript'
    ? 'ts'
    : lower === 'javascript'
      ? 'js'
      : lower.replace(/[^a-z0-9+#-]/g, '');
}

/** The context of a call's arguments: sent, not received, so with `dates` their dates stay strings. */
function argumentContext(api: Api, ctx: TypeContext): TypeContext {
  return ctx.dates === true ? typeContext(api, 'request') : ctx;
}

/** The names from `types.ts` a signature mentions, found from the IR; with errors, also their bodies. */
export function signatureTypeNames(
  api: Api,
  op: Operation,
  ctx: TypeContext,
  withErrors: boolean,
): string[] {
  const result = resultTypeOf(op.successes, ctx);
  const typed = (responses: readonly Response[]) =>
    responses.flatMap((r) => typedSchema(r, ctx) ?? []);
  // A path parameter is written as an argument (GitHub's `AlertNumberInput`, with `dates`).
  const argumentRefs = new Set<string>();
  for (const p of op.pathParameters)
    if (typedPathParameter(p.schema, ctx)) directRefs(p.schema, argumentRefs);
  const schemas = [
    // The same responses the result type is made of: a stream's events are its one success,
    // and a success the spec says nothing of makes the result `unknown`, naming none.
    ...(op.streaming
      ? typed(op.success ? [op.success] : [])
      : result === 'unknown' || op.jsonLines?.always
        ? []
        : typed(op.successes)),
    // An item written as part of its page type mentions only the page's name.
    ...(op.pagination && !itemTypeOf(op, result, ctx).endsWith('[number]')
      ? [op.pagination.itemSchema]
      : []),
    ...(op.eventStream?.schema ? [op.eventStream.schema] : []),
    ...(op.jsonLines?.schema ? [op.jsonLines.schema] : []),
    ...(withErrors ? op.errors.flatMap((r) => errorSchema(r, ctx) ?? []) : []),
  ];
  const refs = new Set<string>();
  for (const schema of schemas) directRefs(schema, refs);
  return [
    ...[...argumentRefs].map(argumentContext(api, ctx).nameOf),
    ...[...refs].map(ctx.nameOf),
    ...(op.paramsTypeName ? [op.paramsTypeName] : []),
  ];
}

/** The runtime types a signature's return type needs. */
export function returnRuntimeTypes(op: Operation): string[] {
  if (op.streaming || op.eventStream) return ['ApiPromise', 'Stream'];
  if (op.jsonLines?.always) return ['ApiPromise', 'JsonLines'];
  return [
    op.pagination ? 'PagePromise' : 'ApiPromise',
    ...(op.jsonLines ? ['ApiPromise', 'JsonLines'] : []),
  ];
}

/** `text` without the full stops and spaces it ends with (a loop: a regex would backtrack on long runs). */
function withoutFullStop(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/**
 * Whether a description opens with a Markdown table (Amadeus' errors: `code | title`, then a
 * delimiter row): it starts on a line of its own, or its header row runs on from the status.
 */
function startsWithTable(description: string): boolean {
  const [header, delimiter] = description.split('\n', 2);
  return (
    header?.includes('|') === true && /^[\s|:-]+$/.test(delimiter ?? '') && delimiter!.includes('-')
  );
}
