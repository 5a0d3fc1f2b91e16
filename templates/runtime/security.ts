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

/** The parts of a request being built that parameters and credentials go into (cookies joined last). */
export interface RequestParts {
  headers: Headers;
  url: URL;
  cookies: string[];
}

/** Puts the credentials of the first usable alternative on the request; returns the values sent, so errors can leave them out. */
export async function applySecurity(
  requirement: SecurityRequirement,
  schemes: Readonly<Record<string, SecurityScheme>>,
  credentials: Readonly<Record<string, Credential | undefined>>,
  { headers, url, cookies }: RequestParts,
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
    sent.push(value);
    // Messages name the scheme, never the credential.
    const subject = `The credential of security scheme ${JSON.stringify(name)}`;
    if (scheme.type === 'basic') {
      // A basic credential is `user:password`; a server may echo the password alone.
      if (value.includes(':')) sent.push(value.slice(value.indexOf(':') + 1));
      let token: string;
      try {
        token = btoa(value);
      } catch {
        throw new InvalidArgumentError(
          `${subject} is beyond Latin-1, which basic auth cannot encode`,
        );
      }
      setHeader(headers, 'Authorization', `Basic ${token}`, subject);
    } else if (scheme.type === 'bearer')
      setHeader(headers, 'Authorization', `Bearer ${value}`, subject);
    else if (scheme.in === 'header') setHeader(headers, scheme.name, value, subject);
    else if (scheme.in === 'query') url.searchParams.set(scheme.name, value);
    else cookies.push(cookie(scheme.name, value));
  }
  return sent;
}

/**
 * Sets a header, refusing a CR, LF or NUL (which would split the request) and anything
 * else a header cannot carry. `Headers.set` would quote the value in its error: the
 * message names `subject` (the header, or the security scheme) instead.
 */
export function setHeader(
  headers: Headers,
  name: string,
  value: string,
  subject = `Header ${JSON.stringify(name)}`,
): void {
  try {
    if (/[\r\n\0]/.test(value)) throw 0;
    headers.set(name, value);
  } catch {
    throw new InvalidArgumentError(
      `${subject} cannot be sent: a line break or a character no header can carry`,
    );
  }
}

/** One `name=value` pair of the `Cookie` header, both percent-encoded. */
export function cookie(name: string, value: string): string {
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
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
  const values = names.map((name) => own(env, name));
  return values.every((v) => v) ? values.join(':') : undefined;
}
