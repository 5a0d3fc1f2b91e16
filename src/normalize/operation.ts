/** OpenAPI Operation Object → IR. https://spec.openapis.org/oas/v3.1.0#operation-object */
import type { HttpMethod, NamedSchema, Operation, SecurityScheme } from '../ir/api.js';
import { camelCase, pascalCase, words, type NameRegistry } from '../ir/naming.js';
import type { Schema } from '../ir/schema.js';
import { toPointer } from '../diagnostics.js';
import { clientCallFromSample, isTypeScript, normalizeCodeSamples } from './code-samples.js';
import { asArray, asString, type NormalizeContext, type Raw } from './context.js';
import { operationPagination } from './pagination.js';
import type { PaginationOverrideTable } from './pagination-config.js';
import { normalizeParameters } from './parameter.js';
import { normalizePathTemplate } from './path-template.js';
import { normalizeRequestBody } from './request-body.js';
import { normalizeResponses } from './responses.js';
import { normalizeSecurityRequirement } from './security.js';

export interface OperationInput {
  readonly path: string;
  readonly method: string;
  readonly pathItem: Raw;
  readonly operation: Raw;
}

export interface NormalizedOperation {
  readonly operation: Operation;
  /** Inline request/response objects given names of their own (`<Op>Response`). */
  readonly derivedSchemas: NamedSchema[];
}

export function normalizeOperation(
  ctx: NormalizeContext,
  input: OperationInput,
  schemes: readonly SecurityScheme[],
  names: NameRegistry,
  components: ReadonlyMap<string, NamedSchema>,
  paginationOverrides?: PaginationOverrideTable,
): NormalizedOperation {
  const { path, method, pathItem, operation } = input;
  const operationId = asString(operation.operationId);
  const baseName = operationId ?? nameFromRoute(method, path);
  const functionName = names.claim(camelCase(baseName), 'Operation');
  const typeStem = pascalCase(baseName);
  const derivedSchemas: NamedSchema[] = [];
  const nameInline = (schema: Schema | undefined, suffix: string): Schema | undefined => {
    if (schema?.kind !== 'object') return schema;
    const typeName = names.claim(typeStem + suffix);
    // A key no component can have, so derived and component schemas never collide.
    const key = `#derived/${typeName}`;
    derivedSchemas.push({ key, typeName, schema });
    return { kind: 'ref', target: key };
  };

  const parameters = normalizeParameters(
    ctx,
    pathItem.parameters,
    operation.parameters,
    functionName,
  );
  const rawBody = normalizeRequestBody(ctx, operation.requestBody);
  // The default media type's inline object is `<Op>Body`, the type the signature then names.
  const body = rawBody && {
    ...rawBody,
    alternatives: rawBody.alternatives.map((a) =>
      a.mediaType === rawBody.mediaType ? { ...a, schema: nameInline(a.schema, 'Body')! } : a,
    ),
  };
  const responses = normalizeResponses(ctx, operation.responses);
  const streaming = responses.success?.mediaTypes.includes('text/event-stream') === true;
  const pagination = streaming
    ? undefined
    : operationPagination(
        ctx,
        {
          method,
          responses: operation.responses,
          success: responses.success,
          query: parameters.filter((p) => p.in === 'query'),
          override: paginationOverrides?.lookup(operationId, functionName),
        },
        components,
      );
  const success = responses.success && {
    ...responses.success,
    ...(responses.success.schema && { schema: nameInline(responses.success.schema, 'Response')! }),
  };
  const otherParameters = parameters.filter((p) => p.in !== 'path');
  const codeSamples = normalizeCodeSamples(operation);
  const tsSample = codeSamples.find(isTypeScript);
  const call = tsSample && clientCallFromSample(tsSample.source);
  const firstTag = asString(asArray(operation.tags)[0]);
  const resource = call?.resource ?? (firstTag !== undefined ? [camelCase(firstTag)] : []);
  const summary = asString(operation.summary);
  const description = asString(operation.description);

  return {
    derivedSchemas,
    operation: {
      functionName,
      pointer: toPointer(['paths', path, method]),
      method: method.toUpperCase() as HttpMethod,
      ...normalizePathTemplate(path, method, parameters),
      ...(summary !== undefined && { summary }),
      ...(description !== undefined && { description }),
      ...(operation.deprecated === true && { deprecated: true }),
      tags: asArray(operation.tags).map(String),
      otherParameters,
      ...(body && { body }),
      ...((otherParameters.length > 0 || body) && {
        paramsTypeName: names.claim(`${typeStem}Params`),
      }),
      ...(success && { success }),
      successes: responses.successes.map((r) => (r === responses.success && success ? success : r)),
      streaming,
      ...(pagination && { pagination }),
      errors: responses.errors,
      errorTypeName: names.claim(`${typeStem}Error`),
      accept: responses.accept,
      security: normalizeSecurityRequirement(operation.security, ctx.document.security, schemes),
      codeSamples,
      resource,
      methodName: call?.method ?? methodWithinResource(functionName, resource),
    },
  };
}

/**
 * On a resource, the resource's name need not be repeated:
 * `listDatasources` on `client.datasources` is `list`.
 */
function methodWithinResource(functionName: string, resource: readonly string[]): string {
  const last = resource[resource.length - 1];
  if (last === undefined) return functionName;
  const drop = new Set([last.toLowerCase(), last.toLowerCase().replace(/s$/, '')]);
  const kept = words(functionName).filter((w) => !drop.has(w.toLowerCase()));
  return kept.length > 0 && kept.length < words(functionName).length
    ? camelCase(kept.join(' '))
    : functionName;
}

/** `get /datasources/{id}/ingest-status` → `getDatasourcesByIdIngestStatus`. */
function nameFromRoute(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `by ${segment.slice(1, -1)}` : segment));
  return [method, ...parts].join(' ');
}
