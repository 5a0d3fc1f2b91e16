/** How each security scheme of the spec puts its credential on a request. */
export type SecurityScheme =
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'bearer' }
  | { readonly type: 'basic' };

/** A credential, or a function that returns one (for tokens that expire: OAuth2, OpenID Connect). */
export type Credential = string | (() => string | Promise<string>);

/**
 * Alternatives as in OpenAPI's `security`: the first alternative whose
 * credentials are all present is used; an empty list sends none.
 */
export type SecurityRequirement = ReadonlyArray<ReadonlyArray<string>>;

export interface AuthTarget {
  headers: Headers;
  url: URL;
  cookies: string[];
}

export async function applySecurity(
  requirement: SecurityRequirement,
  schemes: Readonly<Record<string, SecurityScheme>>,
  credentials: Readonly<Record<string, Credential | undefined>>,
  target: AuthTarget,
): Promise<void> {
  const usable = requirement.find((names) => names.every((name) => credentials[name] !== undefined));
  for (const name of usable ?? []) {
    const scheme = schemes[name];
    const credential = credentials[name];
    if (scheme === undefined || credential === undefined) continue;
    applyScheme(scheme, typeof credential === 'function' ? await credential() : credential, target);
  }
}

function applyScheme(scheme: SecurityScheme, credential: string, target: AuthTarget): void {
  switch (scheme.type) {
    case 'bearer':
      target.headers.set('Authorization', `Bearer ${credential}`);
      return;
    case 'basic':
      target.headers.set('Authorization', `Basic ${btoa(credential)}`);
      return;
    case 'apiKey':
      if (scheme.in === 'header') target.headers.set(scheme.name, credential);
      else if (scheme.in === 'query') target.url.searchParams.set(scheme.name, credential);
      else target.cookies.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(credential)}`);
      return;
  }
}

/** Reads an environment variable where there is one (Node, Deno, Bun), else `undefined`. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === '' ? undefined : value;
}
