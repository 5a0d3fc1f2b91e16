/** Server Objects → base URLs with variables filled from their defaults. https://spec.openapis.org/oas/v3.1.0#server-object */
import type { Server } from '../ir/api.js';
import { camelCase, serverKeyScope } from '../ir/naming.js';
import { createRequire } from 'node:module';
import { asArray, asString, isRaw, type Raw } from './context.js';

export function normalizeServers(value: unknown): Server[] {
  const keys = serverKeyScope();
  // Postmark's `//api.postmarkapp.com` names its host but not its scheme: https, as a
  // client outside a browser has no page's scheme to take.
  const servers = asArray(value)
    .filter(isRaw)
    .map((raw) => {
      const given = serverUrl(raw);
      return { raw, url: withoutCrossedPort(given.startsWith('//') ? `https:${given}` : given) };
    });
  const placed = servers
    .map((server, index) => ({
      ...server,
      index,
      placeholder:
        hasPlaceholderHost(server.url) || defaultNamesItself(server.raw) || !isUsable(server.url),
    }))
    .filter((server) => isUrlOrTemplate(server.url));
  return usableFirst(httpsFirst(placed)).map(({ raw, url, index: source, placeholder }, index) => {
    const description = asString(raw.description);
    const key = keys.claim(
      index === 0 && description === undefined
        ? 'default'
        : camelCase(description ?? `server ${index + 1}`),
    );
    const credential = credentialVariable(raw, url);
    return {
      url,
      key,
      index: source,
      ...(description !== undefined && { description }),
      ...(placeholder && { placeholder: true as const }),
      ...(credential !== undefined && { credentialVariable: credential }),
    };
  });
}

/** The variable of a server's URL that holds a credential (Telegram's `token`), left to fill in. */
function credentialVariable(raw: Raw, url: string): string | undefined {
  const variables = isRaw(raw.variables) ? raw.variables : {};
  return [...url.matchAll(/\{([^}]+)\}/g)]
    .map((m) => m[1]!)
    .find((name) => holdsCredential(name, Object.hasOwn(variables, name) ? variables[name] : {}));
}

/**
 * A variable named, by how it ends, as a credential is (`token`, `apikey`, `accessKey`,
 * `BOTTOKEN`), and not one of a list of values (red team: `keyspace` and `authorId`, which only
 * hold such a word, had been taken for credentials; `apitoken` then had not).
 */
function holdsCredential(name: string, variable: unknown): boolean {
  return (
    /(?:token|key|secret|passw(?:or)?d|passphrase|jwt|credentials?|session(?:[-_]?id)?)$/i.test(
      name,
    ) && !(isRaw(variable) && Array.isArray(variable.enum))
  );
}

/**
 * The servers a client can go to by default before those it cannot: Azure's real
 * `https://{AzureRegion}.api.cognitive.microsoft.com` before the directory's `https://azure.local`.
 * Only where the one that would stand in is https or this machine's (1Password Connect's
 * `http://localhost:8080`): a spec's other servers are often a stranger's demo or mock over
 * plain http (Etherpad's `http://pads.mro.name`), where no key should go unasked.
 */
function usableFirst<T extends { readonly placeholder: boolean; readonly url: string }>(
  servers: readonly T[],
): T[] {
  const standIn = servers.find((s) => !s.placeholder);
  if (!servers[0]?.placeholder || standIn === undefined || !mayStandIn(standIn.url))
    return [...servers];
  return [...servers.filter((s) => !s.placeholder), ...servers.filter((s) => s.placeholder)];
}

function mayStandIn(url: string): boolean {
  if (url.startsWith('/')) return true;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || /^(?:localhost|127(?:\.\d+){3}|\[::1\])$/i.test(hostname);
}

/**
 * What a server's URL can be: an absolute URL, a path, or a template to fill in (Azure's
 * `{Endpoint}/face/v1.0`). Okta's second server, `,`, is none: it was offered as a base URL.
 */
function isUrlOrTemplate(url: string): boolean {
  return URL.canParse(url) || url.startsWith('/') || /\{[^}]+\}/.test(url);
}

/**
 * A `.local` name is answered by multicast DNS, by any machine on the user's network that
 * claims it (RFC 6762): the directory's `https://azure.local`, `http://apigee.local`. A client
 * that sent its credentials there by default would hand them to whoever answers. (`.example`
 * and `.test` names resolve nowhere, and `localhost` is where self-hosted servers listen;
 * `example.com` resolves, and is a placeholder.)
 */
const MULTICAST_HOST = /\.local\.?$/i;

/**
 * An absolute http(s) URL on a host that can be relied on, or a path read against a browser's
 * page (`/v1.33`). A variable's fill-in text is neither: Azure's `{Endpoint}/face/v1.0`, whose
 * default is `none`.
 */
function isUsable(url: string): boolean {
  // A variable left to fill in is no place to go (red team: `https://{tenant}.example.com` had
  // been the default, and its host `{tenant}.example.com`).
  if (/\{[^{}]*\}/.test(url)) return false;
  if (url.startsWith('/')) return true;
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return /^https?:$/.test(protocol) && !MULTICAST_HOST.test(hostname);
}

/**
 * The other scheme's port dropped: Swagger 2.0's `host: apiv2.clickmeter.com:80` with
 * `schemes: [http, https]` gives `https://…:80`, where no TLS server listens (the default base
 * URL could not connect).
 */
function withoutCrossedPort(url: string): string {
  // Port 443 speaks TLS: an http URL on it is https (Betfair's `http://stream-api…:443`, which
  // had gone in plain text to port 80).
  return url
    .replace(/^(https:\/\/[^/?#]*?):80(?=[/?#]|$)/i, '$1')
    .replace(/^http(:\/\/[^/?#]*?):443(?=[/?#]|$)/i, 'https$1');
}

// A label a spec writes for its users to replace: `your-domain`, `yourcompany`, `YOUR_SUBDOMAIN`,
// ExaVault's `accountname` ("Replace accountname with your account name").
const PLACEHOLDER_LABEL =
  /^your[-_]?(?:domain|company|org|organization|instance|site|server|host|tenant|account|subdomain|shop|store|app|name|region|workspace|team|project|env|environment)s?$|^(?:account|company|tenant|instance|org|organization|shop|store|workspace|team)[-_]?name$/i;

// A word for what goes there, before the API's own `api` label: Mailchimp's `server.api.mailchimp.com`
// (its users' data centre, `us6`). Not alone: `server.traccar.org` is a real host.
const PLACEHOLDER_BEFORE_API =
  /^(?:server|subdomain|domain|tenant|instance|region|datacenter|dc)$/i;

// RFC 2606's names for documentation that resolve: `example.com` answers, and a client that
// defaulted to it had sent Magento's admin token there (new-user trial).
const DOCUMENTATION_HOST = /(?:^|\.)example\.(?:com|net|org)\.?$/i;

function hasPlaceholderHost(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { hostname } = new URL(url);
  const labels = hostname.split('.');
  return (
    DOCUMENTATION_HOST.test(hostname) ||
    labels.some((l) => PLACEHOLDER_LABEL.test(l)) ||
    (PLACEHOLDER_BEFORE_API.test(labels[0]!) && labels[1] === 'api' && labels.length > 3) ||
    isMockServer(url)
  );
}

/**
 * SwaggerHub's auto-mocking server, which answers any call with examples: Wealth Reader's bank
 * logins went there by default, before its real server.
 */
export function isMockServer(url: string): boolean {
  return URL.canParse(url) && /^virtserver\.swaggerhub\.com$/i.test(new URL(url).hostname);
}

/**
 * A variable whose default only repeats its name, or says there is none: GitHub Enterprise
 * Server's `{hostname}` is `HOSTNAME`, Azure Search's `{searchServiceName}` is `none`, for each
 * user to fill in.
 */
function defaultNamesItself(raw: Raw): boolean {
  const variables = isRaw(raw.variables) ? raw.variables : {};
  const bare = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return Object.entries(variables).some(
    ([name, variable]) =>
      isRaw(variable) &&
      typeof variable.default === 'string' &&
      String(raw.url ?? '').includes(`{${name}}`) &&
      [bare(name), 'none', 'unknown'].includes(bare(variable.default)),
  );
}

/**
 * A plain-http URL after its https twin, which comes first: Swagger 2.0's `schemes: [http,
 * https]` (the NYT's) had made http the default, its key sent in the clear.
 */
function httpsFirst<T extends { readonly url: string }>(servers: readonly T[]): T[] {
  // Twins whatever their default ports say (ClickMeter's `http://…:80` and `https://…`).
  const place = (url: string) =>
    url.replace(/^https?:(\/\/[^/?#]*?)(?::(?:80|443))?(?=[/?#]|$)/i, '$1');
  const secure = new Set(servers.filter((s) => /^https:/i.test(s.url)).map((s) => place(s.url)));
  const insecure = ({ url }: T) => /^http:/i.test(url) && secure.has(place(url));
  return [...servers.filter((s) => !insecure(s)), ...servers.filter(insecure)];
}

/**
 * A Server Object's URL, its variables filled from their defaults; not one named as a
 * credential, whose default is an example: Telegram's `bot{token}` had sent its docs' token.
 */
function serverUrl(raw: Raw): string {
  const variables = isRaw(raw.variables) ? raw.variables : {};
  // A variable's slash beside the template's is one: Red Hat's `https://cloud.redhat.com/
  // {basePath}`, whose `basePath` is `/api/catalog-inventory/v1.0`, had gone to
  // `…redhat.com//api/…`. Only there: a path of the template's own may hold `//` (red team).
  return String(raw.url ?? '/').replace(
    /\{([^}]+)\}/g,
    (whole, name: string, at: number, template: string) => {
      const variable = variables[name];
      if (!isRaw(variable) || variable.default === undefined || holdsCredential(name, variable))
        return whole;
      let value = String(variable.default);
      if (template[at - 1] === '/' && template[at - 2] !== '/') value = value.replace(/^\/+/, '');
      if (template[at + whole.length] === '/') value = value.replace(/\/+$/, '');
      return value;
    },
  );
}

/** The server an operation names for itself, or why it is not used. */
/**
 * Whether an operation's requests carry credentials: those of its security, or, where the API
 * declares no scheme, whatever the caller gives the client in `headers` (GitHub's token).
 */
export function carriesCredentials(
  security: ReadonlyArray<readonly string[]>,
  schemes: readonly unknown[],
): boolean {
  return schemes.length === 0 || security.some((alternative) => alternative.length > 0);
}

export type OperationServer =
  { readonly url: string; readonly otherSite?: true } | { readonly refused: string };

/**
 * The server an operation names for itself (its own `servers`, else its path's: GitHub
 * uploads release assets to uploads.github.com), as an absolute http(s) URL; `undefined`
 * where it is the API's (`apiServer`) or cannot be told from it. Where its requests carry the
 * API's credentials (`sendsCredentials`), it must be of the API's own site (uploads.github.com
 * beside api.github.com), over the same scheme: another is refused, and the API's server used.
 */
export function operationServer(
  operation: Raw,
  pathItem: Raw,
  apiServer: string | undefined,
  sendsCredentials = true,
): OperationServer | undefined {
  const own = [operation.servers, pathItem.servers]
    .map((servers) => asArray(servers).filter(isRaw))
    .find((servers) => servers.length > 0);
  if (own === undefined) return undefined;
  // A mock or a host to replace is passed over here too (red team: an operation's SwaggerHub
  // mock before its upload host).
  const candidates = httpsFirst(
    own.map((raw) => ({ url: serverUrl(raw), template: pathVariablesFilled(raw) })),
  );
  const api = apiServer === undefined ? undefined : absoluteUrl(apiServer, undefined);
  const usable = candidates.filter((s) => !hasPlaceholderHost(s.url));
  // Where credentials go, one of the API's own site before another's (red team: a merged input
  // listing another site's server first had gone to the first input's server, not its own).
  const ownSite =
    sendsCredentials && api !== undefined
      ? usable.find((s) => {
          const url = absoluteUrl(s.url, apiServer);
          return url !== undefined && sameSite(url, api);
        })
      : undefined;
  const chosen = ownSite ?? usable[0] ?? candidates[0]!;
  const filled = chosen.url;
  // A variable without a default leaves its `{name}`: no URL to send to.
  if (/\{[^}]*\}/.test(filled)) return undefined;
  // A host of the user's own to fill in, whose defaults only show its shape: Pinecone's index
  // host `https://{index_name}-{project_id}.svc.{environment}.pinecone.io` had taken the API key
  // to `example-abcd1234…`, someone else's index.
  if (sendsCredentials && hostToFill(chosen.template))
    return {
      refused: `The operation's server ${chosen.template} has its host to fill in: its requests go to the client's baseUrl, which may be that host`,
    };
  const url = absoluteUrl(filled, apiServer);
  if (url === undefined || !/^https?:$/.test(url.protocol)) return undefined;
  const href = withoutSlash(url.href);
  if (api !== undefined && withoutSlash(api.href) === href) return undefined;
  // BBC's `http://rms.api.bbc.co.uk/` beside its API's https: the same host, another scheme.
  if (api !== undefined && url.host === api.host && url.protocol !== api.protocol)
    return {
      refused: `The operation's server ${url.origin} is the API's host over ${url.protocol.slice(0, -1)}, not ${api.protocol.slice(0, -1)}: its requests go to the API's server, ${api.origin}, with the rest`,
    };
  const otherSite = api === undefined || !sameSite(url, api);
  if (sendsCredentials && otherSite)
    return {
      refused: `The operation's server ${url.host} is not of the API's own site${api ? ` (${api.host})` : ''}: its requests would carry the API's credentials there, so they go to the API's server; give the client a baseUrl to send them elsewhere`,
    };
  // Box's downloads from dl.boxcloud.com ask for no credential (`security: []`): they go there,
  // without the client's own headers either, as a redirect there would.
  return { url: href, ...(otherSite && { otherSite: true }) };
}

/**
 * Whether a server's host holds a variable, however its scheme is written: `{scheme}://{index}…`,
 * `//{index}…`, `https:\\{index}…` and `https:{index}…` (red team: each had gone to its default).
 */
function hostToFill(template: string): boolean {
  const [, scheme, slashes = '', rest = ''] =
    /^([a-z][a-z\d+.-]*:|\{[^}]*\}:)?([/\\]*)(.*)$/is.exec(template) ?? [];
  if (scheme === undefined && slashes.length < 2) return false;
  return /^[^/\\?#]*\{/.test(rest);
}

/**
 * The server's URL, its variables that stand for a path (a default starting with `/`) filled in:
 * eBay's `https://apiz.ebay.com{basePath}` has no host to fill in, and its disputes had gone to
 * the API's other host (new-user trial).
 */
function pathVariablesFilled(raw: Raw): string {
  const variables = isRaw(raw.variables) ? raw.variables : {};
  return String(raw.url ?? '').replace(
    /\{([^}]*)\}/g,
    (written, name: string, at: number, template: string) => {
      const variable = Object.hasOwn(variables, name) ? variables[name] : undefined;
      const value = isRaw(variable) ? variable.default : undefined;
      // Only right after a host written whole (red team: `https://{idx}.svc.example.com{p}`,
      // `idx` defaulting to `/demo`, had filled the host too, and its credentials gone there).
      return typeof value === 'string' &&
        value.startsWith('/') &&
        /^[a-z][a-z\d+.-]*:\/\/[^/{}]+$/i.test(template.slice(0, at))
        ? value
        : written;
    },
  );
}

/** One scheme, and one host or one registrable domain (Public Suffix List: a.github.io is not b.github.io). */
function sameSite(a: URL, b: URL): boolean {
  if (a.protocol !== b.protocol) return false;
  if (a.hostname === b.hostname) return true;
  // Loaded only for a spec whose operations name servers of their own.
  const { getDomain } = createRequire(import.meta.url)('tldts') as typeof import('tldts');
  const domain = getDomain(a.hostname, { allowPrivateDomains: true });
  return domain !== null && domain === getDomain(b.hostname, { allowPrivateDomains: true });
}

function withoutSlash(href: string): string {
  return href.replace(/\/$/, '');
}

/** `url` as an absolute URL, a relative one read against `base` (the API's own server). */
function absoluteUrl(url: string, base: string | undefined): URL | undefined {
  if (URL.canParse(url)) return new URL(url);
  return base !== undefined && URL.canParse(url, base) ? new URL(url, base) : undefined;
}
