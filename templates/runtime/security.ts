/** How each security scheme of the spec puts its credential on a request. */
import { InvalidArgumentError } from './errors.js';
import { own } from './own.js';

/** A security scheme, as the generated client describes it. */
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

/** Puts the credentials of the first usable alternative on the request; returns the values sent, so errors can leave them out. */
export async function applySecurity(
  requirement: SecurityRequirement,
  schemes: Readonly<Record<string, SecurityScheme>>,
  credentials: Readonly<Record<string, Credential | undefined>>,
  target: AuthTarget,
): Promise<string[]> {
  const usable = requirement.find((names) =>
    names.every((name) => own(credentials, name) !== undefined),
  );
  const sent: string[] = [];
  for (const name of usable ?? []) {
    const scheme = own(schemes, name);
    const credential = own(credentials, name);
    if (scheme === undefined || credential === undefined) continue;
    const value = typeof credential === 'function' ? await credential() : credential;
    sent.push(...secretParts(scheme, value));
    applyScheme(name, scheme, value, target);
  }
  return sent;
}

// A basic credential is `user:password`; a server may echo the password alone.
function secretParts(scheme: SecurityScheme, value: string): string[] {
  const colon = value.indexOf(':');
  return scheme.type === 'basic' && colon !== -1 ? [value, value.slice(colon + 1)] : [value];
}

function applyScheme(
  name: string,
  scheme: SecurityScheme,
  credential: string,
  target: AuthTarget,
): void {
  switch (scheme.type) {
    case 'bearer':
      setCredentialHeader(target.headers, 'Authorization', `Bearer ${credential}`, name);
      return;
    case 'basic':
      setCredentialHeader(
        target.headers,
        'Authorization',
        `Basic ${basicToken(credential, name)}`,
        name,
      );
      return;
    case 'apiKey':
      if (scheme.in === 'header')
        setCredentialHeader(target.headers, scheme.name, credential, name);
      else if (scheme.in === 'query') target.url.searchParams.set(scheme.name, credential);
      else
        target.cookies.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(credential)}`);
      return;
  }
}

// `Headers.set` quotes the whole value in its error, and a line break would split the request: name the scheme instead.
function setCredentialHeader(
  headers: Headers,
  header: string,
  value: string,
  scheme: string,
): void {
  const refusal = `The credential of security scheme ${JSON.stringify(scheme)} cannot be sent in the ${header} header`;
  if (/[\r\n\0]/.test(value))
    throw new InvalidArgumentError(`${refusal}: it contains a line break or NUL`);
  try {
    headers.set(header, value);
  } catch {
    throw new InvalidArgumentError(`${refusal}: it contains a character no header can carry`);
  }
}

function basicToken(credential: string, scheme: string): string {
  try {
    return btoa(credential);
  } catch {
    throw new InvalidArgumentError(
      `The credential of security scheme ${JSON.stringify(scheme)} has a character beyond Latin-1, which basic auth cannot encode`,
    );
  }
}

/**
 * Reads a credential from the environment where there is one (Node, Deno, Bun),
 * else `undefined`. Two names (basic auth's user name and password) are joined by `:`,
 * and only when both are set.
 */
export function readEnv(
  ...names: readonly [string] | readonly [string, string]
): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const values = names.map((name) =>
    env !== undefined && Object.hasOwn(env, name) ? env[name] : undefined,
  );
  return values.every((v): v is string => v !== undefined && v !== '')
    ? values.join(':')
    : undefined;
}
