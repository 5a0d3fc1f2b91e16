/** A whole OpenAPI document → the API IR, with every name decided. */
import type { OpenAPI3 } from 'openapi-typescript';
import { isTypeScript, type Api, type NamedSchema, type Operation } from '../ir/api.js';
import { claimEach, clientOptionScope, exportScope, pascalCase } from '../ir/naming.js';
import { eagerCycles } from '../ir/alias-cycles.js';
import { buildResourceTree } from '../ir/resources.js';
import { schemasWithTwoViews } from '../ir/visibility.js';
import { asString, isRaw, normalizeContext, type NormalizeContext, type Raw } from './context.js';
import { clientInfo } from './client-info.js';
import { normalizeCodeSamples } from './code-samples.js';
import { normalizeOperation } from './operation.js';
import { operationInputs } from './operation-inputs.js';
import { MAX_VALIDATED_SCHEMA_DEPTH, normalizeSchema, UnprintableSchemaError } from './schema.js';
import { CodegenError, fromPointer, toPointer, type Diagnostic } from '../diagnostics.js';
import { namedRefSchemas } from './named-refs.js';
import { isRefKey } from './recursive-refs.js';
import { withReachedInputs } from './request-views.js';
import { nameRepeatedShapes } from './repeated-shapes.js';
import { shareComponentShapes } from './shared-shapes.js';
import { ShapeIds } from './shape-ids.js';
import { sharedParameters } from './shared-parameters.js';
import { withClientHeaders } from './client-headers.js';
import { headerEnvVar, normalizeSecuritySchemes, type EnvOverrides } from './security.js';
import { normalizeServers } from './servers.js';
import { withoutRepeatedPath } from './repeated-server-path.js';
import { PaginationOverrideTable, type PaginationOverrides } from './pagination-config.js';
import { normalizeWebhooks } from './webhooks.js';

export interface NormalizeOptions {
  /** Overrides the client class name found in samples or the title. */
  readonly clientName?: string | undefined;
  /** Renames or disables the environment variables credentials fall back to. */
  readonly env?: EnvOverrides | undefined;
  /** Per operation: `false` (no pagination) or the descriptor to use instead of the inferred one. */
  readonly pagination?: PaginationOverrides | undefined;
  /** The SDK also exports zod schemas and validation errors, whose names are then taken. */
  readonly validate?: boolean | undefined;
  /** Date and date-time strings of responses become `Date` objects (request-side types keep strings). */
  readonly dates?: boolean | undefined;
}

export function normalizeDocument(spec: OpenAPI3, options: NormalizeOptions = {}): Api {
  // Normalize reads the document defensively, key by key, as plain data.
  const document = spec as unknown as Raw;
  const ctx = {
    ...normalizeContext(document),
    ...(options.validate === true && { maxSchemaDepth: MAX_VALIDATED_SCHEMA_DEPTH }),
  };
  const info = isRaw(document.info) ? document.info : {};
  const servers = withoutRepeatedPath(
    normalizeServers(document.servers),
    isRaw(document.paths) ? document.paths : {},
  );
  const given = asString(info.title) ?? 'API';
  // A blank title (GoDaddy's) is the API's host in the docs, whose README had been headed `# `;
  // the client's name keeps to its own rules (red team: `127.0.0.1` had named `_127001Client`).
  const title = given.trim() || serverHost(servers[0]?.url) || 'API';
  const inputs = operationInputs(ctx);
  const tsSamples = inputs.flatMap((i) =>
    normalizeCodeSamples(i.operation)
      .filter(isTypeScript)
      .map((s) => s.source),
  );
  const names = exportScope(options.validate);
  const rawSchemas = componentSchemas(ctx);
  const named = clientInfo(
    given,
    tsSamples,
    options.clientName,
    names,
    new Set(rawSchemas.map(({ key }) => pascalCase(key))),
    servers[0]?.url,
  );
  // `env: false` turns every environment fallback off, the base URL's too.
  const client =
    options.env === false ? named : { ...named, baseUrlEnvVar: `${named.envPrefix}_BASE_URL` };
  const problems: Diagnostic[] = [];
  const typeNames = claimEach(
    names,
    rawSchemas.map(({ key }) => ({ text: key, wanted: pascalCase(key) })),
  );
  let schemas = rawSchemas.map(({ key, raw }, i): NamedSchema => {
    const schema = locatedAt(['components', 'schemas', key], problems, () =>
      normalizeSchema(ctx, raw),
    ) ?? { kind: 'unknown' };
    const typeName = typeNames[i]!;
    const isStringEnum =
      schema.kind === 'enum' && schema.values.every((v) => typeof v === 'string');
    return {
      key,
      typeName,
      schema,
      ...(isStringEnum && { valuesName: names.claim(`${typeName}Values`) }),
    };
  });
  // Inline schemas that reach themselves get names of their own, like components.
  const namedRef = (ref: string, run: () => NamedSchema) =>
    locatedAt(fromPointer(ref), problems, run);
  schemas.push(...namedRefSchemas(ctx, names, namedRef));
  problems.push(...cycleProblems(schemas));
  // Request-side types for schemas with readOnly/writeOnly properties (or dates), named right after their own.
  const twoViews = schemasWithTwoViews(
    new Map(schemas.map((s) => [s.key, s.schema])),
    options.dates === true,
  );
  schemas.forEach((named, i) => {
    if (twoViews.has(named.key))
      schemas[i] = { ...named, inputTypeName: names.claim(`${named.typeName}Input`) };
  });
  const clientOptions = clientOptionScope();
  const securitySchemes = normalizeSecuritySchemes(
    ctx,
    client.envPrefix,
    options.env,
    servers[0]?.url,
    clientOptions,
  );
  const normalized: Operation[] = [];
  const components = new Map(schemas.map((s) => [s.key, s]));
  const paginationOverrides = new PaginationOverrideTable(options.pagination);
  for (const input of inputs) {
    const one = locatedAt(input.at, problems, () =>
      normalizeOperation(
        ctx,
        input,
        securitySchemes,
        names,
        components,
        paginationOverrides,
        servers[0]?.url,
      ),
    );
    if (one === undefined) continue;
    normalized.push(one.operation);
    schemas.push(...one.derivedSchemas);
  }
  // Postmark's token, a header of every call in a spec that declares no scheme, is read from
  // POSTMARK_SERVER_TOKEN_API_KEY, as a declared API key would be from its variable.
  const { operations, clientHeaders } = withClientHeaders(
    normalized,
    clientOptions,
    client.envPrefix,
    // Not beside a query key the spec takes and declares no scheme for (red team).
    securitySchemes.every((s) => s.undeclared)
      ? unclaimedEnv(
          (header) => headerEnvVar(header, client.envPrefix, servers[0]?.url),
          securitySchemes.flatMap((s) => s.envVars),
        )
      : undefined,
  );
  // Typed as responses are. With `dates: 'Date'` those are what the SDK's parse makes of the
  // JSON, which a webhook's own endpoint never sees: read (what they use is used), not written.
  const webhooks = normalizeWebhooks(
    ctx,
    (at, run) => locatedAt(at, problems, run),
    // A recursive inline ref is named just below, with the others met since.
    (key) => components.has(key) || isRefKey(key),
  );
  const lateNamedRefs = namedRefSchemas(ctx, names, namedRef);
  schemas.push(...lateNamedRefs);
  problems.push(...cycleProblems(lateNamedRefs));
  // An operation that failed above never asked for its override: only a clean run can tell.
  if (problems.length === 0) problems.push(...paginationOverrides.unmatched());
  if (problems.length > 0) throw new CodegenError(problems);
  // Shapes are shared first: a component with two views is never shared, and would be taken for
  // one with a single view once its unused request view is gone (a request body typed as a response).
  // One numbering for both: what the first leaves as it was, the second need not hash again.
  const shapes = new ShapeIds();
  shareComponentShapes(schemas, operations, shapes);
  nameRepeatedShapes(schemas, operations, names, options.dates === true, shapes);
  schemas = withReachedInputs(schemas, operations);
  const description = asString(info.description);
  const serversConstName =
    servers.length > 1
      ? names.claim(`${client.className.replace(/Client$/, '')}Servers`)
      : undefined;
  return {
    title,
    version: asString(info.version) ?? '',
    ...(description !== undefined && { description }),
    client,
    ...(options.dates === true && { dates: true }),
    servers,
    ...(serversConstName && { serversConstName }),
    securitySchemes,
    schemas,
    operations,
    resources: buildResourceTree(operations, client.className, names),
    // Named after every other export, so that no earlier name changes for them.
    sharedParameters: sharedParameters(operations, names),
    ...(clientHeaders.length > 0 && { clientHeaders }),
    ...(webhooks.length > 0 && {
      webhooks: { typeName: names.claim('Webhooks'), hooks: webhooks },
    }),
  };
}

/** Schemas whose type would be written in terms of itself, each located at its definition. */
function cycleProblems(schemas: readonly NamedSchema[]): Diagnostic[] {
  return eagerCycles(new Map(schemas.map((s) => [s.key, s.schema]))).map((cycle) => ({
    message: `Schema "${cycle[0]}" refers to itself (${[...cycle, cycle[0]].join(' → ')}) with no object or array in between: no type can express it`,
    pointer: cycle[0]!.startsWith('#ref/')
      ? toPointer(fromPointer(cycle[0]!.slice('#ref/'.length)))
      : toPointer(['components', 'schemas', cycle[0]!]),
  }));
}

/** Runs one normalization; its problems (a schema no type can express is located at `segments`) are collected. */
function locatedAt<T>(
  segments: readonly string[],
  problems: Diagnostic[],
  run: () => T,
): T | undefined {
  try {
    return run();
  } catch (error) {
    // Collected, so one run reports the problems of every schema and operation.
    if (error instanceof CodegenError) problems.push(...error.diagnostics);
    else if (error instanceof UnprintableSchemaError)
      problems.push({ message: error.message, pointer: toPointer(segments) });
    else throw error;
    return undefined;
  }
}

function componentSchemas(ctx: NormalizeContext): Array<{ key: string; raw: unknown }> {
  const components = isRaw(ctx.document.components) ? ctx.document.components : {};
  const schemas = isRaw(components.schemas) ? components.schemas : {};
  return Object.entries(schemas).map(([key, raw]) => ({ key, raw }));
}

/** The host of an absolute server URL without variables (`{region}.example.com`), if it is one. */
function serverHost(url: string | undefined): string | undefined {
  return url !== undefined && !url.includes('{') && URL.canParse(url)
    ? new URL(url).hostname || undefined
    : undefined;
}

/**
 * A variable for each credential's header that no other credential reads: `X-Auth-Token` and
 * `Auth-Token` had both read ACME_AUTH_TOKEN_API_KEY, and one secret went as both (red team).
 * The second goes without a variable: its option must be given.
 */
function unclaimedEnv(
  envOf: (header: string) => string | undefined,
  taken: readonly string[],
): (header: string) => string | undefined {
  const claimed = new Set(taken);
  return (header) => {
    const name = envOf(header);
    if (name === undefined || claimed.has(name)) return undefined;
    claimed.add(name);
    return name;
  };
}
