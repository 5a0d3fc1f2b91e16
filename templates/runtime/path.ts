import { InvalidArgumentError } from './errors.js';

// Styled segments, made only here: they alone go into a path as they are. Any other value,
// an object with a `text` from parsed JSON included, is encoded (it could hold `/..`).
const styled = new WeakSet<object>();

function isStyled(value: unknown): value is StyledSegment {
  // `has` is false for anything not an object: a string, a number, null.
  return styled.has(value as object);
}

/** A path segment already serialized by `pathStyle` (its pieces encoded one by one). */
export class StyledSegment {
  readonly text: string;
  /** The parameter's, for the message should its value be refused. */
  readonly name: string | undefined;
  /** Why the value can be no part of a path, where `resourcePath` refused it. */
  readonly refusal: string | undefined;

  // Fields set one by one, not as parameter properties: those are no erasable syntax, and
  // Node's type stripping (and `erasableSyntaxOnly`) refuse them.
  constructor(text: string, name?: string, refusal?: string) {
    this.text = text;
    this.name = name;
    this.refusal = refusal;
    styled.add(this);
  }
}

/**
 * Builds a request path from a template, percent-encoding every interpolated
 * value so that `/`, `?`, `#` and `%` in an id can never change the URL's shape.
 * A value that would make a `.`, `..` or empty segment is refused: the result is then the
 * InvalidArgumentError, which travels in the request spec so that the call rejects with it,
 * like every other failure of a call, before any request (rather than throwing before a
 * promise exists).
 *
 * Named so that no path parameter need be renamed around it (GitHub's `path`).
 *
 * @example encodePath`/datasources/${id}/ingest-status`
 */
export function encodePath(
  strings: TemplateStringsArray,
  ...values: ReadonlyArray<string | number | boolean | StyledSegment>
): string | InvalidArgumentError {
  let texts: string[];
  try {
    texts = values.map((v) => (isStyled(v) ? v.text : encodeURIComponent(String(v))));
  } catch {
    // encodeURIComponent refuses a lone surrogate (a string cut in the middle of an emoji).
    return new InvalidArgumentError('A path parameter is no valid text');
  }
  const built = String.raw({ raw: strings }, ...texts);
  // Value `i` lands in the segment after as many slashes as the text before it has. Only a
  // resource name holds slashes (`resourcePath`), and it refuses its own segments: it moves the
  // segments after it on, and its first is checked here, with the template's text before it.
  const segments = built.split('/');
  let at = 0;
  for (const [i, value] of values.entries()) {
    if (isStyled(value) && value.refusal) return new InvalidArgumentError(value.refusal);
    at += strings[i]!.split('/').length - 1;
    const segment = segments[at]!;
    at += texts[i]!.split('/').length - 1;
    // Every URL parser removes `.` and `..` segments (also spelled %2e), and `..` takes the
    // segment before it along: `/orgs/acme/members/..` would address `/orgs/acme/`. An empty
    // segment made of values (`/items/${''}`) addresses another resource too: refused, all three.
    // https://url.spec.whatwg.org/#double-dot-path-segment
    // An empty value beside the template's text is no id either: Discourse's `/u/${''}.json`
    // had gone to `/u/.json`. A styled one is as its spec says (an enum that lists `''`).
    const problem =
      texts[i] === '' && !isStyled(value)
        ? 'is empty'
        : /^(\.|%2e){0,2}$/i.test(segment) && `makes the path segment "${segment}"`;
    if (problem) {
      // A styled value names its parameter (JSON.stringify gives undefined for no name); the
      // segment, only dots, `%2e`s or nothing, can be quoted as it is.
      const named =
        (isStyled(value) && JSON.stringify(value.name)) || `${i + 1} of ${strings.join('{…}')}`;
      return new InvalidArgumentError(`The path parameter ${named} ${problem}`);
    }
  }
  return built;
}

/**
 * A resource name or a file's path whose slashes its API matches (Google's
 * `projects/p1/locations/l1`, a reserved expansion `{+name}`; Gitea's `docs/README.md`): each
 * segment encoded, the slashes kept, and no segment of it `.`, `..` or empty (`encodePath`
 * refuses those). A leading `/` (a path from the root, `/docs/README.md`) is the path's own.
 */
export function resourcePath(name: string, value: unknown): StyledSegment {
  const segments = String(value).replace(/^\/+/, '').split('/');
  // Refused here, not by the segments `encodePath` sees: a `:verb` after the name (`{name}:doIt`)
  // would hide its last (red team: `..:doIt` had gone).
  const dots = segments.find((s) => /^\.{0,2}$/.test(s));
  let refusal =
    dots === undefined
      ? undefined
      : `The path parameter ${JSON.stringify(name)} makes the path segment "${dots}"`;
  let text = '';
  try {
    text = segments.map(encodeURIComponent).join('/');
  } catch {
    refusal = 'A path parameter is no valid text';
  }
  return new StyledSegment(text, name, refusal);
}

/**
 * A path parameter in OpenAPI's `simple`, `label` or `matrix` style
 * (https://spec.openapis.org/oas/v3.1.0#style-examples), every piece encoded.
 */
export function pathStyle(
  name: string,
  value: unknown,
  style: 'simple' | 'label' | 'matrix',
  explode: boolean,
): StyledSegment {
  // A lone surrogate, which no encoder takes, leaves the segment empty: the call is refused.
  let text = '';
  try {
    text = styledText(name, value, style, explode);
  } catch {}
  return new StyledSegment(text, name);
}

function styledText(
  name: string,
  value: unknown,
  style: 'simple' | 'label' | 'matrix',
  explode: boolean,
): string {
  const enc = (v: unknown) => encodeURIComponent(String(v));
  const pairs = (v: object): Array<[string, unknown]> =>
    Object.entries(v).filter(([, x]) => x !== undefined && x !== null);
  if (Array.isArray(value)) {
    const items = value.map(enc);
    if (style === 'label') return `.${items.join(explode ? '.' : ',')}`;
    if (style === 'matrix')
      return explode
        ? items.map((i) => `;${enc(name)}=${i}`).join('')
        : `;${enc(name)}=${items.join(',')}`;
    return items.join(',');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = pairs(value);
    const joined = explode
      ? entries.map(([k, v]) => `${enc(k)}=${enc(v)}`)
      : entries.flatMap(([k, v]) => [enc(k), enc(v)]);
    if (style === 'label') return `.${joined.join(explode ? '.' : ',')}`;
    if (style === 'matrix')
      return explode
        ? entries.map(([k, v]) => `;${enc(k)}=${enc(v)}`).join('')
        : `;${enc(name)}=${joined.join(',')}`;
    return joined.join(',');
  }
  if (style === 'label') return `.${enc(value)}`;
  if (style === 'matrix') return `;${enc(name)}=${enc(value)}`;
  return enc(value);
}

/** Joins a base URL that may carry a path (`https://host/v2`) with a request path. */
/**
 * The base URL as an absolute one. A relative server (`/api/v3`) is read against the page
 * in a browser; elsewhere there is nothing to read it against, and the client needs a
 * `baseUrl`: a clear error rather than the platform's "Invalid URL". The URL is not quoted:
 * one given by the user may carry a user name and password.
 */
export function absoluteBase(baseUrl: string): URL {
  try {
    // Only a path (`/api/v3`) is the page's: `api.example.com/v1`, its scheme forgotten, is a
    // mistake that must not send credentials to the page's own server.
    const page = (globalThis as { location?: { href?: string } }).location?.href;
    const url = new URL(baseUrl, baseUrl[0] === '/' ? page : undefined);
    // fetch refuses a URL with a user or password, and its error quoted the password. A query
    // or fragment would end up before each request's path (`/v2?api-version=1/files`).
    if (url.username || url.password || /[?#]/.test(url.href)) throw 0;
    return url;
  } catch {
    throw new InvalidArgumentError(
      'Give the client an absolute baseUrl (https://host/path), without credentials, query or fragment',
    );
  }
}

/**
 * An operation's own server (GitHub's uploads.github.com), where the client's base URL is the
 * API's, with or without a trailing slash; else none, and the base URL the user chose (a
 * proxy, a mock server) takes the operation too.
 */
export function ownServer(baseUrl: string, apiServer: string, server: string): string | undefined {
  return baseUrl.replace(/(?<!\/)\/+$/, '') === apiServer ? server : undefined;
}

export function joinUrl(baseUrl: string, requestPath: string): URL {
  // `new URL('/x', 'https://host/v2')` would drop `/v2`; concatenate instead.
  return new URL(baseUrl.replace(/\/$/, '') + requestPath.replace(/^\/?/, '/'));
}
