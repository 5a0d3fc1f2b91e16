/** Security Scheme Objects → client credentials. https://spec.openapis.org/oas/v3.1.0#security-scheme-object */
import { createRequire } from 'node:module';
import type { SecurityScheme, SecuritySchemeKind } from '../ir/api.js';
import { camelCase, clientOptionScope, constantCase, type NameRegistry } from '../ir/naming.js';
import { asArray, asString, deref, isRaw, type NormalizeContext, type Raw } from './context.js';
import { operationInputs } from './operation-inputs.js';
import { normalizeCodeSamples, sampleCredentialVariable } from './code-samples.js';

/**
 * Which environment variables credentials fall back to: `false` reads none; a
 * map renames (or, with `false`, disables) them per credential option.
 */
export type EnvOverrides = false | Readonly<Record<string, string | readonly string[] | false>>;

// The fixed end of every variable name: a spec chooses the prefix and the scheme's
// words, never the suffix, so it cannot name `GITHUB_TOKEN` or `AWS_SECRET_ACCESS_KEY`. Only
// at a host registered under the prefix's name may its words end one (`mayRead`).
const ENV_SUFFIXES: Readonly<Record<SecuritySchemeKind['type'], readonly string[]>> = {
  apiKey: ['API_KEY'],
  bearer: ['BEARER_TOKEN'],
  basic: ['USERNAME', 'PASSWORD'],
  // Not `_CREDENTIALS`: `GOOGLE_APPLICATION_CREDENTIALS` and `AZURE_CREDENTIALS` hold cloud secrets.
  http: ['HTTP_CREDENTIALS'],
};

// A scheme whose name says what it holds is named by it alone: Plaid's `clientId` and `secret`
// are PLAID_CLIENT_ID and PLAID_SECRET (were PLAID_CLIENT_ID_API_KEY, PLAID_SECRET_API_KEY).
// A bearer token's name says so by a token or a key (Apideck's `ApiKey` bearer is APIDECK_API_KEY);
// OpenID names no id (Airflow's `GoogleOpenId` stays AIRFLOW_GOOGLE_OPEN_ID_BEARER_TOKEN).
function saysWhat(own: string, kind: SecuritySchemeKind): boolean {
  if (/OPEN_?ID$/.test(own)) return false;
  if (kind.type === 'apiKey') return /(?:^|_)(?:ID|SECRET|TOKEN|KEY|PASSWORD|SID)$/.test(own);
  return kind.type === 'bearer' && /(?:^|_)(?:TOKEN|KEY)$/.test(own);
}

/**
 * A stem and a suffix, their shared words said once: Spinitron's `HttpBearer` holds a
 * `BEARER_TOKEN` as `HTTP_BEARER_TOKEN` (was `HTTP_BEARER_BEARER_TOKEN`).
 */
function overlapped(stem: string, suffix: string, taken: ReadonlySet<string>): string {
  const words = suffix.split('_');
  for (let k = words.length - 1; k > 0; k--) {
    const shared = words.slice(0, k).join('_');
    const joined = [stem, ...words.slice(k)].join('_');
    // Not another scheme's in full (red team: `PartnerApi` beside `Partner`'s PARTNER_API_KEY).
    if ((stem.endsWith(`_${shared}`) || stem === shared) && !taken.has(joined)) return joined;
  }
  return `${stem}_${suffix}`;
}

/** A name without the API's prefix, said once: Plaid's `PLAID_VERSION` is `VERSION`. */
function unprefixed(name: string, envPrefix: string): string {
  return name.replace(new RegExp(`^${envPrefix}_(?=.)`), '');
}

/**
 * The variable of a credential's header under the API's prefix, said once, as an API key's
 * scheme would be: `X-Acme-Token` is ACME_TOKEN where the API's host is Acme's own, else
 * ACME_TOKEN_API_KEY (Postmark's `X-Postmark-Server-Token` at `api.postmarkapp.com`:
 * POSTMARK_SERVER_TOKEN_API_KEY). A spec's words never end a variable at another's host.
 */
export function headerEnvVar(
  header: string,
  envPrefix: string,
  server: string | undefined,
): string | undefined {
  const own = unprefixed(constantCase(header.replace(/^x-/i, '')), envPrefix);
  const plain = `${envPrefix}_${own}`;
  const name =
    own === 'API_KEY' || own.endsWith('_API_KEY') || mayRead(plain, envPrefix, server)
      ? plain
      : `${plain}_API_KEY`;
  return RUNNER_VARIABLE.test(name) ? undefined : name;
}

export function normalizeSecuritySchemes(
  ctx: NormalizeContext,
  envPrefix: string,
  env: EnvOverrides = {},
  server?: string,
  // The client's options: the credentials claim theirs first.
  options: NameRegistry = clientOptionScope(),
): SecurityScheme[] {
  const components = isRaw(ctx.document.components) ? ctx.document.components : {};
  const raw = isRaw(components.securitySchemes) ? components.securitySchemes : {};
  const schemes = Object.entries(raw)
    .map(([key, value]) => ({ key, raw: deref(ctx, value) }))
    .map(({ key, raw }) => ({ key, raw, kind: schemeKind(raw, key) }))
    .filter((s): s is typeof s & { kind: SecuritySchemeKind } => s.kind !== undefined);
  const queryKey = Object.keys(raw).length === 0 ? undeclaredQueryKey(ctx) : undefined;
  const declared = queryKey === undefined ? schemes : [queryKey];
  // A scheme no requirement names, beside ones that are named, would be an option never sent
  // (Vercel's `oauth2`), unless it is a header key of its own that goes with every request;
  // with none named at all, every declared one stays (specs that forget `security`).
  const required = requiredSchemeKeys(ctx);
  const someNamed = declared.some((s) => required.has(s.key));
  const everyRequest = (s: { key: string; kind: SecuritySchemeKind }) =>
    someNamed && !required.has(s.key) && isOwnKey(s.kind);
  const supported = someNamed
    ? declared.filter((s) => required.has(s.key) || everyRequest(s))
    : declared;
  // Two spellings of one scheme are one credential: Telnyx declares `BearerAuth` and
  // `bearerAuth`, alike, and a token given for one went without the other's calls. Schemes of
  // other names stay apart, alike or not (a user's and an admin's bearer tokens).
  const firstSpelling = new Map<string, SecurityScheme>();
  const sameAs = (s: { key: string; kind: SecuritySchemeKind }) =>
    `${s.key.toLowerCase()}\0${JSON.stringify(s.kind)}`;
  // One scheme: its credential is simply `apiKey`, whatever its type (the contract).
  const single = new Set(supported.map(sameAs)).size === 1;
  const stems = new Set<string>();
  // Plaid's `PLAID-VERSION` under the prefix PLAID is `PLAID_VERSION_API_KEY`, not PLAID_PLAID_….
  // Adyen's `ApiKeyAuth` holds an API key: `_AUTH` says nothing more.
  const ownOf = (key: string, kind: SecuritySchemeKind) => {
    const named = unprefixed(constantCase(key), envPrefix);
    return ENV_SUFFIXES[kind.type].some((suffix) => named.endsWith(`${suffix}_AUTH`))
      ? named.replace(/_AUTH$/, '')
      : named;
  };
  // Each scheme's variables as they would be said in full: a name said once must be none of them.
  const plain = new Set(
    supported.flatMap((s) => ENV_SUFFIXES[s.kind.type].map((x) => `${ownOf(s.key, s.kind)}_${x}`)),
  );
  return supported.map(({ key, raw, kind }, index) => {
    const description = asString(raw.description);
    const twin = firstSpelling.get(sameAs({ key, kind }));
    if (twin !== undefined)
      return { ...twin, key, ...(description !== undefined && { description }) };
    const optionName = options.claim(single ? 'apiKey' : camelCase(key));
    const own = ownOf(key, kind);
    const stem = single ? '' : uniqueStem(own || `SCHEME_${index + 1}`, stems);
    const signedWith = signatureOf(raw, kind);
    // A scheme named for what it holds says it once: Bitbucket's `api_key` is BITBUCKET_API_KEY.
    const envVars = single
      ? [sampleVariable(ctx, envPrefix, server) ?? `${envPrefix}_API_KEY`]
      : ENV_SUFFIXES[kind.type].map((suffix) =>
          own === suffix ||
          own.endsWith(`_${suffix}`) ||
          (saysWhat(own, kind) && mayRead(`${envPrefix}_${stem}`, envPrefix, server))
            ? `${envPrefix}_${stem}`
            : `${envPrefix}_${overlapped(stem, suffix, plain)}`,
        );
    const scheme: SecurityScheme = {
      key,
      kind,
      optionName,
      // None where a runner's would be read (red team: a spec titled `CI` with a basic scheme
      // named `netrc` had read Woodpecker's CI_NETRC_USERNAME and CI_NETRC_PASSWORD).
      // None for a signature, which no value read as it is can be (red team: DynamoDB's
      // `AMAZON_DYNAMODB_API_KEY` had been read and sent as it was).
      envVars: overriddenEnv(
        env,
        optionName,
        envVars.some((name) => RUNNER_VARIABLE.test(name)) || signedWith !== undefined
          ? []
          : envVars,
      ),
      ...(description !== undefined && { description }),
      ...(signedWith !== undefined && { signedWith }),
      ...(everyRequest({ key, kind }) && { everyRequest: true as const }),
      ...(raw.type === 'oauth2' && { oauth2: true as const }),
      ...(queryKey !== undefined && { undeclared: true as const }),
    };
    firstSpelling.set(sameAs({ key, kind }), scheme);
    return scheme;
  });
}

/**
 * An API key the spec takes as a query parameter and declares no scheme for (Ideal Postcodes'
 * `api_key`, on 13 of its 26 operations): a scheme of its own, so the client takes it once and
 * reads it from its variable, as it would a declared one, where each call had taken it. Only in
 * a spec that declares no scheme at all, and only a parameter two operations or more take.
 */
function undeclaredQueryKey(
  ctx: NormalizeContext,
): { key: string; raw: Raw; kind: SecuritySchemeKind } | undefined {
  const counts = new Map<string, number>();
  for (const { pathItem, operation } of operationInputs(ctx)) {
    const names = new Set(
      [...asArray(pathItem.parameters), ...asArray(operation.parameters)]
        .map((p) => deref(ctx, p))
        .filter(
          (p) =>
            p.in === 'query' &&
            typeof p.name === 'string' &&
            QUERY_KEY.test(p.name) &&
            !namesAnotherKey(asString(p.description)),
        )
        .map((p) => p.name as string),
    );
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [name, count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name !== undefined && count >= 2
    ? { key: name, raw: {}, kind: { type: 'apiKey', in: 'query', name } }
    : undefined;
}

const QUERY_KEY = /^api[-_]?key$/i;

/** A key parameter that names the key a call acts on (red team: "The API key to revoke"). */
export function namesAnotherKey(description: string | undefined): boolean {
  return /\b(?:revoke|delete|remove|regenerate|rotate|look ?up|check)\b/i.test(description ?? '');
}

/**
 * The variable the code samples read the credential from, only where the API's host is
 * registered under its prefix's name, below a public suffix (`api.digitalocean.com` for
 * `DIGITALOCEAN_TOKEN`): a spec that names itself GitHub and serves elsewhere must not make the
 * SDK read CI's `GITHUB_TOKEN` and send it there. Not a hosting platform's user
 * (`github.netlify.app`, `attacker.github.io`), nor a name spelled otherwise (`git-hub.com`):
 * red team. And never a variable CI runners or clouds set, whoever owns a host of its name.
 */
function sampleVariable(
  ctx: NormalizeContext,
  envPrefix: string,
  server: string | undefined,
): string | undefined {
  const samples = operationInputs(ctx).flatMap(({ operation }) => normalizeCodeSamples(operation));
  const name = sampleCredentialVariable(samples, envPrefix);
  return name !== undefined && mayRead(name, envPrefix, server) ? name : undefined;
}

/**
 * Whether the SDK may read `name`, a variable whose end the spec chose: only where the API's
 * host is registered under its prefix's name (see `sampleVariable`), and never one that CI
 * runners or clouds set.
 */
function mayRead(name: string, envPrefix: string, server: string | undefined): boolean {
  if (RUNNER_VARIABLE.test(name)) return false;
  let host: { domainWithoutSuffix: string | null; isIcann: boolean | null };
  try {
    // Loaded only for a spec that names such a variable.
    const { parse } = createRequire(import.meta.url)('tldts') as typeof import('tldts');
    host = parse(new URL(server ?? '').hostname, { allowPrivateDomains: true });
  } catch {
    return false;
  }
  return (
    host.isIcann === true && host.domainWithoutSuffix === envPrefix.toLowerCase().replace(/_/g, '')
  );
}

// What CI runners and clouds set for themselves (GitHub Actions' `GITHUB_TOKEN` and
// `ACTIONS_RUNTIME_TOKEN`, GitLab's `CI_JOB_TOKEN`, npm's publishing token), which a spec's
// samples or words may name as theirs: any runner's OIDC token or netrc login (Bitbucket's BITBUCKET_STEP_OIDC_TOKEN, Semaphore's,
// Vercel's, Drone's and Woodpecker's netrc), and the clouds' own (Terraform's ARM_, gcloud's,
// Azure's managed identity's MSI_SECRET and IDENTITY_HEADER). A list of those known, no proof:
// the printed variables and hosts are what a reader of an untrusted spec checks.
const RUNNER_VARIABLE =
  /^(?:ACTIONS|RUNNER|CI|CIRCLE|BUILDKITE|TRAVIS|AWS|AZURE|ARM|MSI|SYSTEM|DRONE|WOODPECKER|JENKINS|TEAMCITY|BAMBOO|CODEBUILD|GCP|GCLOUD|CLOUDSDK)_|OIDC|NETRC|^(?:GITHUB_TOKEN|GH_TOKEN|GITHUB_CODESPACE_TOKEN|NPM_TOKEN|NODE_AUTH_TOKEN|GOOGLE_APPLICATION_CREDENTIALS|GOOGLE_OAUTH_ACCESS_TOKEN|IDENTITY_HEADER|IDENTITY_ENDPOINT)$/;

/**
 * The signature a scheme puts on each request, computed over its method, URL and body: AWS's
 * (`x-amazon-apigateway-authtype: awsSigv4`, on an `Authorization` API key) and OAuth 1.0a (HTTP
 * `OAuth`, Twitter's user token). A key sent as it is gets a 403.
 */
function signatureOf(raw: Raw, kind: SecuritySchemeKind): string | undefined {
  if (
    kind.type === 'apiKey' &&
    /^awssigv4$/i.test(asString(raw['x-amazon-apigateway-authtype']) ?? '')
  )
    return 'AWS Signature Version 4';
  if (kind.type === 'http' && /^oauth$/i.test(kind.scheme)) return 'OAuth 1.0a';
  return undefined;
}

function uniqueStem(wanted: string, taken: Set<string>): string {
  let stem = wanted;
  for (let n = 2; taken.has(stem); n++) stem = `${wanted}_${n}`;
  taken.add(stem);
  return stem;
}

function overriddenEnv(
  env: EnvOverrides,
  optionName: string,
  planned: readonly string[],
): readonly string[] {
  if (env === false) return [];
  if (!Object.hasOwn(env, optionName)) return planned;
  const chosen = env[optionName];
  if (chosen === false || chosen === undefined) return [];
  return typeof chosen === 'string' ? [chosen] : chosen;
}

function schemeKind(raw: Record<string, unknown>, key = ''): SecuritySchemeKind | undefined {
  if (
    raw.type === 'apiKey' &&
    typeof raw.name === 'string' &&
    (raw.in === 'header' || raw.in === 'query' || raw.in === 'cookie')
  ) {
    // An `Authorization` key the scheme says is a bearer token is one (Kubernetes' `BearerToken`,
    // Apideck's "Authorization: Bearer <your-apideck-api-key>", Zoom's `Bearer`): its users give
    // the token, which had gone without its `Bearer `.
    if (
      raw.in === 'header' &&
      /^authorization$/i.test(raw.name) &&
      /bearer/i.test(`${key} ${typeof raw.description === 'string' ? raw.description : ''}`)
    )
      return { type: 'bearer' };
    return { type: 'apiKey', in: raw.in, name: raw.name };
  }
  if (raw.type === 'http') {
    const scheme = typeof raw.scheme === 'string' ? raw.scheme.trim() : '';
    if (/^basic$/i.test(scheme)) return { type: 'basic' };
    // Twitter's `OAuth`, Django's `Token`: sent under their own name, not as a bearer token.
    // A name that is no token (RFC 9110's `auth-scheme`) cannot go into a header.
    return /^bearer$/i.test(scheme) || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(scheme)
      ? { type: 'bearer' }
      : { type: 'http', scheme };
  }
  // OAuth2 and OpenID Connect end in a bearer token the caller obtains.
  if (raw.type === 'oauth2' || raw.type === 'openIdConnect') return { type: 'bearer' };
  return undefined;
}

/**
 * An operation's `security`, or the document's; alternatives of known scheme keys. A spec that
 * declares schemes but names none in any `security` (Files.com's, Cloudmersive's; Airflow's
 * `security: []`, whose deployments each choose) forgot to, or left it to the deployment: every
 * credential the client is given is sent, not ignored (TfL's `app_id` beside its `app_key`).
 */
export function normalizeSecurityRequirement(
  ctx: NormalizeContext,
  operationSecurity: unknown,
  schemes: readonly SecurityScheme[],
): string[][] {
  const { document } = ctx;
  const byKey = new Map(schemes.map((s) => [s.key, s]));
  const namesOne = (keys: Iterable<string>) => [...keys].some((key) => byKey.has(key));
  const forgotten =
    schemes.length > 0 &&
    !asArray(operationSecurity ?? document.security).some(
      (alternative) => isRaw(alternative) && namesOne(Object.keys(alternative)),
    ) &&
    !namesOne(requiredSchemeKeys(ctx));
  // Schemes that all write `Authorization` stay alternatives: the one the code gives goes, not
  // one read from a stale variable over it (red team: Airflow's Kerberos over the caller's Basic).
  if (forgotten)
    return eachOwnAuthorization(
      schemes.map((s) => s.key),
      byKey,
    );
  const requirement = operationSecurity ?? document.security ?? [];
  const alternatives = asArray(requirement)
    .filter(isRaw)
    .flatMap((alternative) =>
      eachOwnAuthorization(
        Object.keys(alternative).filter((key) => byKey.has(key)),
        byKey,
      ),
    );
  const everywhere = schemes.filter((s) => s.everyRequest).map((s) => s.key);
  if (everywhere.length === 0) return distinctAlternatives(alternatives);
  // Anonymous access too: the key identifies the application, not its user.
  return distinctAlternatives(
    (alternatives.length > 0 ? alternatives : [[]]).map((a) => [...a, ...everywhere]),
  );
}

/**
 * An API key in a header of its own, as an application's key or a gateway's subscription key
 * goes. One in `Authorization` is another way to authenticate (Just Eat's, beside its bearer
 * token), and so is a key in the query or a cookie (red team: Orbit's `api_key` query key,
 * "least secure", took the token a client had sent as a bearer into the URL).
 */
function isOwnKey(kind: SecuritySchemeKind): boolean {
  return kind.type === 'apiKey' && kind.in === 'header' && !/^authorization$/i.test(kind.name);
}

/** Alternatives once each: two that come to the same schemes, in whatever order, are one. */
export function distinctAlternatives(alternatives: readonly string[][]): string[][] {
  const seen = new Set<string>();
  const key = (a: readonly string[]) => [...a].sort().join('\0');
  return alternatives.filter((a) => !seen.has(key(a)) && seen.add(key(a)));
}

/**
 * Schemes that all write `Authorization` cannot be sent together: Google's specs require
 * `{Oauth2: […], Oauth2c: […]}`, two flows of one token. Each is an alternative of its own.
 */
function eachOwnAuthorization(
  keys: readonly string[],
  byKey: ReadonlyMap<string, SecurityScheme>,
): string[][] {
  const writes = (key: string) => writesAuthorization(byKey.get(key)!.kind);
  const shared = keys.filter(writes);
  if (shared.length < 2) return [[...keys]];
  const rest = keys.filter((key) => !writes(key));
  return shared.map((key) => [...rest, key]);
}

/** A scheme that sends its credential as `Authorization` (a token, basic credentials, a key so named). */
export function writesAuthorization(kind: SecuritySchemeKind): boolean {
  return kind.type !== 'apiKey' || (kind.in === 'header' && /^authorization$/i.test(kind.name));
}

const requiredKeysOf = new WeakMap<Raw, ReadonlySet<string>>();

/**
 * Every scheme key a `security` requirement of the document or of an operation names, path
 * items that are `$ref`s (3.1's `components.pathItems`) read through.
 */
function requiredSchemeKeys(ctx: NormalizeContext): ReadonlySet<string> {
  const { document } = ctx;
  const known = requiredKeysOf.get(document);
  if (known !== undefined) return known;
  const keys = new Set<string>();
  requiredKeysOf.set(document, keys);
  const add = (security: unknown) => {
    for (const alternative of asArray(security))
      if (isRaw(alternative)) Object.keys(alternative).forEach((key) => keys.add(key));
  };
  add(document.security);
  for (const { operation } of operationInputs(ctx)) add(operation.security);
  return keys;
}
