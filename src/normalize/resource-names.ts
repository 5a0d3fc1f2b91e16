/**
 * Google's resource names. Its `/v1/{name}` and `/v1/{parent}/endpoints` take
 * `projects/p1/locations/l1/…`, whose slashes its APIs match: discovery's `{+name}`, a reserved
 * expansion that the OpenAPI documents of Google's APIs leave out. Encoded whole, as
 * `projects%2Fp1%2F…`, every Vertex AI call had gone to a path Google does not serve.
 * Only on Google's hosts, and only the parameters that fill the segments right after the version.
 */
import type { Parameter } from '../ir/api.js';

const GOOGLE_HOST = /^https:\/\/[^/]*\.googleapis\.com(?:[:/]|$)/i;

export function withResourceNames(
  parameters: readonly Parameter[],
  path: string,
  server: string | undefined,
): Parameter[] {
  // And those that fill the segments right after it (red team: Dataproc's
  // `/v1/{project}/{region}/{cluster}:injectCredentials`, whose `regions/r` had gone encoded).
  const run = GOOGLE_HOST.test(server ?? '')
    ? /^\/v\d\w*((?:\/\{[^{}]+\})+)(?=[/:]|$)/.exec(path)?.[1]
    : undefined;
  const names = new Set([...(run ?? '').matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
  return parameters.map((p) =>
    p.in === 'path' && names.has(p.name) && p.style === 'simple' && p.fixed === undefined
      ? { ...p, keepsSlashes: 'resourceName' as const }
      : p,
  );
}
