/** A whole OpenAPI document → the API IR, with every name decided. */
import type { OpenAPI3 } from 'openapi-typescript';
import type { Api, NamedSchema, Operation } from '../ir/api.js';
import { exportRegistry, pascalCase } from '../ir/naming.js';
import { buildResourceTree } from '../ir/resources.js';
import { schemasWithTwoViews } from '../ir/visibility.js';
import { asString, isRaw, type NormalizeContext, type Raw } from './context.js';
import { clientInfo } from './client-info.js';
import { isTypeScript, normalizeCodeSamples } from './code-samples.js';
import { normalizeOperation, type OperationInput } from './operation.js';
import { normalizeSchema } from './schema.js';
import { normalizeSecuritySchemes } from './security.js';
import { normalizeServers } from './servers.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface NormalizeOptions {
  /** Overrides the client class name found in samples or the title. */
  readonly clientName?: string | undefined;
}

export function normalizeDocument(spec: OpenAPI3, options: NormalizeOptions = {}): Api {
  // Normalize reads the document defensively, key by key, as plain data.
  const document = spec as unknown as Raw;
  const ctx: NormalizeContext = { document, is30: String(document.openapi).startsWith('3.0') };
  const info = isRaw(document.info) ? document.info : {};
  const title = asString(info.title) ?? 'API';
  const inputs = operationInputs(document);
  const tsSamples = inputs.flatMap((i) => normalizeCodeSamples(i.operation).filter(isTypeScript).map((s) => s.source));
  const client = clientInfo(title, tsSamples, options.clientName);

  const names = exportRegistry();
  names.claim(client.className);
  const schemas = componentSchemas(ctx).map(({ key, raw }): NamedSchema => {
    const schema = normalizeSchema(ctx, raw);
    const typeName = names.claim(pascalCase(key));
    const isStringEnum = schema.kind === 'enum' && schema.values.every((v) => typeof v === 'string');
    return { key, typeName, schema, ...(isStringEnum && { valuesName: names.claim(`${typeName}Values`) }) };
  });
  // Request-side types for schemas with readOnly/writeOnly properties, named right after their own.
  const twoViews = schemasWithTwoViews(new Map(schemas.map((s) => [s.key, s.schema])));
  schemas.forEach((named, i) => {
    if (twoViews.has(named.key)) schemas[i] = { ...named, inputTypeName: names.claim(`${named.typeName}Input`) };
  });
  const securitySchemes = normalizeSecuritySchemes(ctx, client.envPrefix);
  const operations: Operation[] = [];
  const components = new Map(schemas.map((s) => [s.key, s]));
  for (const input of inputs) {
    const normalized = normalizeOperation(ctx, input, securitySchemes, names, components);
    operations.push(normalized.operation);
    schemas.push(...normalized.derivedSchemas);
  }
  const description = asString(info.description);
  const servers = normalizeServers(document.servers);
  const serversConstName = servers.length > 1 ? names.claim(`${client.className.replace(/Client$/, '')}Servers`) : undefined;
  return {
    title,
    version: asString(info.version) ?? '',
    ...(description !== undefined && { description }),
    client,
    servers,
    ...(serversConstName && { serversConstName }),
    securitySchemes,
    schemas,
    operations,
    resources: buildResourceTree(operations, client.className, names),
  };
}

function componentSchemas(ctx: NormalizeContext): Array<{ key: string; raw: unknown }> {
  const components = isRaw(ctx.document.components) ? ctx.document.components : {};
  const schemas = isRaw(components.schemas) ? components.schemas : {};
  return Object.entries(schemas).map(([key, raw]) => ({ key, raw }));
}

function operationInputs(document: Raw): OperationInput[] {
  const paths = isRaw(document.paths) ? document.paths : {};
  return Object.entries(paths).flatMap(([path, pathItem]) =>
    isRaw(pathItem)
      ? METHODS.filter((m) => isRaw(pathItem[m])).map((method) => ({ path, method, pathItem, operation: pathItem[method] as Raw }))
      : [],
  );
}
