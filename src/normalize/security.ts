/** Security Scheme Objects → client credentials. https://spec.openapis.org/oas/v3.1.0#security-scheme-object */
import type { SecurityScheme, SecuritySchemeKind } from '../ir/api.js';
import { camelCase, constantCase } from '../ir/naming.js';
import { asArray, asString, deref, isRaw, type NormalizeContext } from './context.js';

export function normalizeSecuritySchemes(ctx: NormalizeContext, envPrefix: string): SecurityScheme[] {
  const components = isRaw(ctx.document.components) ? ctx.document.components : {};
  const raw = isRaw(components.securitySchemes) ? components.securitySchemes : {};
  const supported = Object.entries(raw)
    .map(([key, value]) => ({ key, raw: deref(ctx, value) }))
    .map(({ key, raw }) => ({ key, raw, kind: schemeKind(raw) }))
    .filter((s): s is typeof s & { kind: SecuritySchemeKind } => s.kind !== undefined);
  // One scheme: its credential is simply `apiKey`, whatever its type (the contract).
  const single = supported.length === 1;
  return supported.map(({ key, raw, kind }) => {
    const description = asString(raw.description);
    return {
      key,
      kind,
      optionName: single ? 'apiKey' : camelCase(key),
      envVar: single ? `${envPrefix}_API_KEY` : `${envPrefix}_${constantCase(key)}`,
      ...(description !== undefined && { description }),
    };
  });
}

function schemeKind(raw: Record<string, unknown>): SecuritySchemeKind | undefined {
  if (raw.type === 'apiKey' && typeof raw.name === 'string' && (raw.in === 'header' || raw.in === 'query' || raw.in === 'cookie')) {
    return { type: 'apiKey', in: raw.in, name: raw.name };
  }
  if (raw.type === 'http') return String(raw.scheme).toLowerCase() === 'basic' ? { type: 'basic' } : { type: 'bearer' };
  // OAuth2 and OpenID Connect end in a bearer token the caller obtains.
  if (raw.type === 'oauth2' || raw.type === 'openIdConnect') return { type: 'bearer' };
  return undefined;
}

/** An operation's `security`, or the document's; alternatives of known scheme keys. */
export function normalizeSecurityRequirement(
  operationSecurity: unknown,
  documentSecurity: unknown,
  schemes: readonly SecurityScheme[],
): string[][] {
  const requirement = operationSecurity ?? documentSecurity ?? [];
  const known = new Set(schemes.map((s) => s.key));
  return asArray(requirement)
    .filter(isRaw)
    .map((alternative) => Object.keys(alternative).filter((key) => known.has(key)));
}
