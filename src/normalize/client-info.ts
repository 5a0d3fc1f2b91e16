/** The client's class name and environment prefix. */
import { createRequire } from 'node:module';
import type { ClientInfo } from '../ir/api.js';
import { constantCase, pascalCase, words, type NameRegistry } from '../ir/naming.js';
import { clientClassFromSample } from './code-samples.js';

/**
 * From the TypeScript samples when they name a client (`new MeibelClient(`),
 * else from the short name in `info.title` (`GitHub's official OpenAPI spec + Octokit
 * extension` → `GitHubClient`, `Stripe API` → `StripeClient`).
 */
export function clientInfo(
  title: string,
  typeScriptSamples: readonly string[],
  override: string | undefined,
  exports: NameRegistry,
  schemaNames: ReadonlySet<string> = new Set(),
  serverUrl?: string,
): ClientInfo {
  // A title that names nothing (GoDaddy's is empty): the API's host does (`api.godaddy.com`).
  // `ApiClient` read `API_BASE_URL`, a variable many apps set for something else.
  // A title that is a host (Zoom Connect's `www.zoomconnect.com`) is named as a server's host is.
  // A title that names only what the API is about (TomTom's `Search`, Ticketmaster's `Discovery
  // API`) says whose after the host's name: `SearchClient` had read SEARCH_API_KEY (new-user trial).
  const nothing = namesNothing(title);
  const areaOnly = !nothing && namesOnlyArea(title);
  const host = nothing || areaOnly ? hostName(serverUrl) : undefined;
  const named =
    (nothing ? host : undefined) ??
    (HOST_TITLE.test(title.trim()) ? hostName(`https://${title.trim()}`) : undefined) ??
    (areaOnly && host !== undefined && !RESERVED.test(host) ? `${host} ${title}` : undefined) ??
    title;
  const fromSamples = typeScriptSamples
    .map(clientClassFromSample)
    .find((name) => name !== undefined);
  // A title's own `Client` is said once, unless a schema is named so (`Widget Client` beside a
  // `WidgetClient` schema: the class would take the schema's name).
  const once = spelledLeadingDigits(shortTitle(named));
  const short = schemaNames.has(`${pascalCase(once)}Client`) ? shortTitle(named, true) : once;
  const wanted = pascalCase(override ?? fromSamples ?? `${pascalCase(short)}Client`);
  const stem = wanted.replace(/Client$/, '') || wanted;
  // From the title, each word of the name stays one word: `GitHub` → `GITHUB`, not `GIT_HUB`.
  const prefix =
    (override ?? fromSamples)
      ? constantCase(stem)
      : short
          .split(' ')
          .map((t) =>
            t
              .normalize('NFKD')
              .replace(/[^A-Za-z0-9]/g, '')
              .toUpperCase(),
          )
          .filter((t) => t !== '')
          .join('_');
  // A name the runtime or TypeScript already uses (`BaseClient`) becomes `BaseApiClient`.
  const className = exports.claim(exports.isReserved(wanted) ? `${stem}ApiClient` : wanted);
  const base = className.replace(/Client$/, '') || className;
  return {
    className,
    // "Yodlee Core APIs" has its core said once: `YodleeCore`, not `YodleeCoreCore` (new-user trial).
    // A name given as it is keeps its own (`--client-name ShopCore`: `ShopCoreCore`, not `ShopCore2`).
    coreName: exports.claim(/Core$/.test(base) && base !== className ? base : `${base}Core`),
    optionsName: exports.claim(`${className}Options`),
    envPrefix: prefix || 'API',
  };
}

/** Whether a title is only words about the document (`API`, `REST API v1`), or none. */
function namesNothing(title: string): boolean {
  return words(title).every((w) => NOT_THE_NAME.test(w) || ALONE_NAMES_NOTHING.test(w));
}

/** Whether a title's words say only what the API is about (`Search`, `Account API`), no name. */
function namesOnlyArea(title: string): boolean {
  const all = words(title);
  return all.some((w) => AREA.test(w)) && all.every((w) => NOT_THE_NAME.test(w) || AREA.test(w));
}

// The names RFC 2606 keeps for examples and tests: no one's (`payments.example.com`).
const RESERVED = /^(?:example|test|invalid|localhost)$/i;

// What an API is about, which many vendors' APIs are: no name of one (Codat's "Accounting API",
// "Banking API", "Commerce API" had read `ACCOUNTING_API_KEY`).
const AREA =
  /^(?:search|discovery|routing|maps?|messaging|storage|payments?|accounts?|accounting|banking|commerce|expenses|users?|notifications?|analytics|reporting|reports?|billing|catalog|inventory|orders?|media|files?|events?|identity|sms|voice|translation)$/i;

// Words of a name beside another (`Box Platform API`), but no name alone (Ably's `Platform API`).
const ALONE_NAMES_NOTHING = /^(?:platform|backend|server|core|main|data)$/i;

/** The name in a server's host: `api.godaddy.com` → `godaddy`; none for an address or `localhost`. */
function hostName(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const labels = new URL(url).hostname.split('.');
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return undefined;
  // On a hosting platform's domain, the API is the name below it (`tl-api.azurewebsites.net`);
  // else below the public suffix (`api.royalmail.co.uk` is Royal Mail's, not `co`'s).
  // Loaded only for a title that names nothing or is a host.
  const { getPublicSuffix } = createRequire(import.meta.url)('tldts') as typeof import('tldts');
  const suffix = (getPublicSuffix(labels.join('.')) ?? '').split('.').length;
  const own = HOSTING.test(labels.slice(-2).join('.'))
    ? labels.slice(0, -2)
    : labels.slice(0, -Math.max(1, suffix));
  return own
    .filter((l) => !/^(?:api|apis|www|rest|sandbox|dev|staging|test|prod|v\d+)$/i.test(l))
    .at(-1);
}

// A host in lower case below a domain (`api.clarify.io`): not a brand (`Import.io`) nor .NET's
// `Microsoft.ResourceHealth`.
const HOST_TITLE = /^(?:[a-z\d-]+\.){2,}[a-z]{2,}$/;

const HOSTING =
  /^(?:azurewebsites\.net|herokuapp\.com|appspot\.com|vercel\.app|netlify\.app|github\.io|amazonaws\.com|cloudfunctions\.net|onrender\.com|fly\.dev|workers\.dev|ngrok\.io)$/i;

const DIGITS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/**
 * A name that starts with a digit, spelled: `1Password Connect` is `OnePasswordConnectClient`
 * and `ONEPASSWORD_CONNECT_API_KEY` (a class may not start with one, and `export
 * 1PASSWORD_…=` is no shell's; `_1PasswordConnectClient` read as a mistake).
 */
function spelledLeadingDigits(name: string): string {
  // One digit only: BigOven's "1000000 Recipe" spelled digit by digit read worse than as it was.
  return name.replace(/^\d(?!\d)/, (digit) => DIGITS[Number(digit)]!);
}

// Words that describe the document, not the API: "official OpenAPI spec", "REST API", "v3".
const NOT_THE_NAME =
  /^(?:official|openapi|swagger|spec|specification|api|apis|rest|restful|http|https|web|public|the|for|of|version|documentation|docs|reference|definition|definitions|sdk|service|services|interface|v\d+(?:\.\d+)*|\d+(?:\.\d+)*)$/i;

/**
 * The API's name in a title, as whole words: its first clause, possessives
 * and words about the document left out, at most three words.
 */
export function shortTitle(title: string, keepClient = false): string {
  const clauses = title.split(/\s[-+|—–]\s|[:(,;]/);
  const tokens = (text: string) =>
    text
      .split(/\s+/)
      .map((t) => joinWords(words(t.replace(/['’]s$/i, ''))))
      .filter((t) => t !== '');
  // A word said twice in a row is said once (HubSpot's "Files Files").
  // Not ending on a word that joins it to the next: "Transportation Laws and Incentives" is
  // `TransportationLaws` (was `TransportationLawsAnd`).
  const name = (text: string) => {
    const kept = tokens(text)
      .filter((t, i, all) => !NOT_THE_NAME.test(t) && t.toLowerCase() !== all[i - 1]?.toLowerCase())
      .slice(0, 3);
    while (kept.length > 1 && /^(?:and|or|&)$/i.test(kept.at(-1)!)) kept.pop();
    return kept;
  };
  // The name comes before the word API where one does: "Spotify Web API with fixes and
  // improvements from sonallux" is Spotify's. The first clause that names anything: "API
  // Reference - Ideal Postcodes" is Ideal Postcodes' (was `APIReferenceIdealClient`).
  const nameOf = (clause: string) => {
    const beforeApi = name(clause.split(/\bapis?\b/i)[0] ?? '');
    return beforeApi.length > 0 ? beforeApi : name(clause);
  };
  const named = clauses.map(nameOf).find((n) => n.length > 0) ?? [];
  const short = (named.length > 0 ? named : tokens(title).slice(0, 3)).join(' ') || 'Api';
  // The class says `Client` itself: Azure's "SearchIndexClient" was `SearchIndexClientClient`.
  return keepClient ? short : short.replace(/(?<=\S)\s*Client$/, '');
}

/** `process.exit` → `processExit`: one token, its inner words still visible. */
function joinWords(parts: readonly string[]): string {
  return parts.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
}
