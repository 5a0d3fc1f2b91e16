/**
 * How the spec's security schemes put their credentials on a request. Each kind
 * of scheme is its own value, so an SDK carries only the kinds its spec uses.
 */
import { InvalidArgumentError } from './errors.js';
import { own } from './own.js';
import { withoutParam } from './redirect.js';

/** The parts of a request being built that parameters and credentials go into. */
export interface RequestParts {
  headers: Headers;
  url: URL;
}

/**
 * A security scheme: `apply` puts a credential on a request and returns any further
 * form of it a server could echo (for redaction); `subject` names the scheme in its
 * messages, which never quote the credential.
 */
export interface SecurityScheme {
  readonly apply: (credential: string, parts: RequestParts, subject: string) => string[] | void;
  /** The query parameter that carries the credential: never sent to another origin. */
  readonly query?: string;
}

export const apiKeyHeader = (name: string): SecurityScheme => ({
  apply: (key, { headers }, subject) => setHeader(headers, name, key, subject),
});

export const apiKeyQuery = (name: string): SecurityScheme => ({
  // In place of any pair of its name (a next link's echo, a caller's object): one key goes. As
  // text: through `searchParams` a list's delimiters would be encoded (see `encodeParams`).
  apply: (key, { url }) => {
    url.search = [withoutParam(url.search, name), new URLSearchParams([[name, key]])]
      .filter(String)
      .join('&');
  },
  query: name,
});

export const apiKeyCookie = (name: string): SecurityScheme => ({
  apply: (key, { headers }) => addCookie(headers, name, key),
});

/**
 * HTTP bearer, OAuth2 and OpenID Connect: a token in `Authorization`. A token given with its
 * scheme (`Bearer abc`, as Orbit's docs ask) goes once, not as `Bearer Bearer abc`; one given
 * with another scheme's word goes as given (NetBox's `Token abc`, its scheme named `Bearer`):
 * a token has no space.
 */
export const bearerAuth: SecurityScheme = {
  apply: (token, { headers }, subject) =>
    setHeader(
      headers,
      'Authorization',
      /^[\w!#$%&'*+.^`|~-]+\s+\S/.test(token)
        ? token.replace(/^bearer\s+/i, 'Bearer ')
        : `Bearer ${token}`,
      subject,
    ),
};

/**
 * HTTP basic: `user:password`, its UTF-8 in base64 in `Authorization` (RFC 7617: a password
 * `pässwörd` went as Latin-1, and `s€cret` was refused); a server may echo the password alone.
 * A credential without a colon is a user name with an empty password (Stripe's secret key).
 */
export const basicAuth: SecurityScheme = {
  apply(credential, { headers }, subject) {
    const pair = credential.includes(':') ? credential : `${credential}:`;
    // UTF-8 has no lone surrogate: it would go as U+FFFD, another password.
    if (/\p{Cs}/u.test(pair)) throw new InvalidArgumentError(`${subject} is no valid text`);
    let bytes = '';
    for (const byte of new TextEncoder().encode(pair)) bytes += String.fromCharCode(byte);
    const token = btoa(bytes);
    setHeader(headers, 'Authorization', `Basic ${token}`, subject);
    const colon = pair.indexOf(':');
    // Stripe's key is the user name, its password empty: then the user name is the secret.
    // The token and the UTF-8 read as Latin-1 too (a header that echoes the password shows so).
    return [pair, pair.slice(colon + 1) || pair.slice(0, colon), token, bytes];
  },
};

/** Another HTTP scheme (Django's `Token`, Twitter's `OAuth`): the credential after the scheme's name. */
export const httpAuth = (scheme: string): SecurityScheme => ({
  apply: (credential, { headers }, subject) =>
    setHeader(headers, 'Authorization', `${scheme} ${credential}`, subject),
});

/** A credential, or a function that returns one (for tokens that expire: OAuth2, OpenID Connect). */
export type Credential = string | (() => string | Promise<string>);

/**
 * Alternatives as in OpenAPI's `security`: the first alternative whose
 * credentials are all present is used (else the one with the most of them present, of which
 * those are sent, unless anonymous access is allowed), with the code's credentials for other
 * alternatives of one scheme (`applySecurity`); an empty list sends none.
 */
export type SecurityRequirement = ReadonlyArray<ReadonlyArray<string>>;

/**
 * Puts the credentials of the first usable alternative on the request, when it goes to the
 * API's own origin (`send`), and those the code gave for another single-scheme alternative before
 * them. Returns the secrets to keep out of its errors (`applyCredentials`).
 */
export function applySecurity(
  requirement: SecurityRequirement,
  schemes: Readonly<Record<string, SecurityScheme>>,
  credentials: Readonly<Record<string, Credential | undefined>>,
  parts: RequestParts,
  send: boolean,
  given: Readonly<Record<string, Credential | undefined>> = credentials,
): Promise<string[]> {
  // An alternative the credentials given to the client complete comes before one that
  // needs the environment's: a stale variable must not stand in for what the code says.
  // The empty one (`{}`: anonymous access allowed) is what is left when none is complete.
  // An empty credential is none.
  const held = (from: typeof given, names: readonly string[]) =>
    names.filter((name) => own(from, name)).length;
  const complete = (from: typeof given) =>
    requirement.find((names) => names.length > 0 && held(from, names) === names.length);
  // With none complete and no anonymous access, the alternative most of whose credentials
  // are at hand sends those: Plaid's client id and secret went without a version given. The
  // code's count first, as above: a stale variable must not outweigh what the code gave.
  const more = (a: readonly string[], b: readonly string[], from: typeof given) =>
    held(from, b) - held(from, a);
  const fullest = () =>
    requirement.some((names) => names.length === 0)
      ? undefined
      : requirement.reduce(
          (a, b) => ((more(a, b, given) || more(a, b, credentials)) > 0 ? b : a),
          [],
        );
  const usable = send ? (complete(given) ?? complete(credentials) ?? fullest()) : undefined;
  // Another alternative's credential the code gave goes too, before the chosen ones, which take
  // any place both fill: Gitea's `Sudo` header beside its token had been dropped without a word.
  // Not a variable's: alternatives are either one, and a stale or more powerful token set in
  // the environment must not ride along with the one meant (red team).
  const alsoGiven = requirement
    .filter(
      ([name, ...more]) => name && !more.length && !usable?.includes(name) && own(given, name),
    )
    .flat();
  return applyCredentials(usable && [...alsoGiven, ...usable], schemes, credentials, parts);
}

/**
 * `applySecurity` for an API none of whose requirements has alternatives to choose
 * between: the one alternative's credentials at hand are sent, as `applySecurity` would.
 * A client whose spec gives no choice passes this one, and bundles no chooser.
 */
export const applySoleAlternative: typeof applySecurity = (
  requirement,
  schemes,
  credentials,
  parts,
  send,
) => applyCredentials(send ? requirement[0] : undefined, schemes, credentials, parts);

/**
 * Puts the credentials of `names` that are at hand on the request. Returns the secrets to keep
 * out of its errors: every credential known without asking a function, wherever the request
 * goes (a `next` link's host may echo one it was handed some other way), and the values sent
 * in the forms a server could echo.
 */
async function applyCredentials(
  names: readonly string[] = [],
  schemes: Readonly<Record<string, SecurityScheme>>,
  credentials: Readonly<Record<string, Credential | undefined>>,
  parts: RequestParts,
): Promise<string[]> {
  const secrets = Object.values(credentials).filter((c): c is string => typeof c === 'string');
  for (const name of names) {
    const credential = own(credentials, name);
    if (!credential) continue;
    const value = typeof credential === 'function' ? await credential() : credential;
    // An empty credential is none, a function's too.
    if (!value.trim()) continue;
    const subject = `The credential of scheme ${JSON.stringify(name)}`;
    // `as`: a build without strictNullChecks reads `void | string[]` as nothing to spread.
    secrets.push(
      value,
      ...((own(schemes, name)?.apply(value, parts, subject) as string[] | undefined) ?? []),
    );
  }
  return secrets;
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
      // A line break, NUL, or anything beyond Latin-1 (Discourse's `Api-Username: 山田`).
      `${subject} holds a character no header can carry`,
    );
  }
}

/** Sets each header of a record (the client's or the call's), as `setHeader` does. */
export function setHeaders(
  headers: Headers,
  record: Record<string, string | undefined> = {},
): void {
  // One left `undefined` is not sent: a client's header option not given.
  for (const [name, value] of Object.entries(record))
    if (value !== undefined) setHeader(headers, name, value);
}

/** Adds one `name=value` pair, both percent-encoded, to the `Cookie` header. */
export function addCookie(headers: Headers, name: string, value: string): void {
  const pair = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  const before = headers.get('cookie');
  headers.set('Cookie', before ? `${before}; ${pair}` : pair);
}

/**
 * Reads a credential from the environment where there is one (Node, Deno, Bun),
 * else `undefined`. Two names (basic auth's user name and password) are joined by `:`
 * when the user name is set; the password may be empty (Stripe's key is the user name).
 */
export function readEnv(
  ...names: readonly [string] | readonly [string, string]
): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env;
    const values = names.map((name) => own(env, name));
    return values[0] ? values.map((v) => v ?? '').join(':') : undefined;
  } catch {
    // Deno without `--allow-env` throws: no environment to read, as in a browser.
    return undefined;
  }
}
