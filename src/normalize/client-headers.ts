/**
 * Headers nearly every operation requires become options of the client: Xero's 224 accounting
 * calls each took its `xero-tenant-id`, Apideck's its `x-apideck-consumer-id` and
 * `x-apideck-app-id`, a value that is the same for every call of a program. In each operation
 * such a header turns optional: the call's own value goes first, else the client's.
 */
import type { ClientHeader, Operation, Parameter } from '../ir/api.js';
import { camelCase, words, type NameRegistry } from '../ir/naming.js';

// Nearly every: some operations of such APIs take none (Xero's connections, a health check).
const SHARE = 0.8;
const FEWEST_OPERATIONS = 3;

// Headers whose value is each request's own: one for every request would be wrong (an
// idempotency key the same on every call would have the server drop all but the first).
const PER_REQUEST =
  /^(?:content-type|accept)$|idempoten|request[-_]?id|correlation[-_]?id|timestamp|signature/;

// A header named so holds a credential (`X-Postmark-Server-Token`, `X-API-Key`).
const CREDENTIAL = /token|key|secret|auth|password|session/i;
// One a spec marks optional, by its last word, and not a page's (`X-Page-Token`).
const CREDENTIAL_NAME =
  /(?<!(?:page|next|continuation|cursor|sync)[-_]?)(?:api[-_]?key|token|secret|authorization)$/i;
// The API's version a header names (`Stripe-Version`, `X-Api-Version`): one for the whole program.
const API_VERSION = /(?:^|[-_])(?:api[-_])?version$/i;
const SAYS_CREDENTIAL = /\b(?:api[ -]?key|token|secret|credential|password)s?\b/i;

/**
 * `credentialEnv`: the variable of a credential's header, in a spec that declares no security
 * scheme, and so names none for it (`POSTMARK_SERVER_TOKEN_API_KEY`); else none.
 */
export function withClientHeaders(
  operations: readonly Operation[],
  options: NameRegistry,
  envPrefix: string,
  credentialEnv?: (header: string) => string | undefined,
): { operations: Operation[]; clientHeaders: ClientHeader[] } {
  const apiWords = new Set(words(envPrefix).map((w) => w.toLowerCase()));
  // Per header (case-insensitive), each operation's declarations of it: one operation may
  // declare `X-T` and `x-t` both (red team: two operations had counted as four).
  const takers = new Map<string, Map<Operation, Parameter[]>>();
  for (const op of operations)
    for (const p of op.otherParameters)
      if (p.in === 'header') {
        const key = p.name.toLowerCase();
        const byOperation = takers.get(key) ?? new Map<Operation, Parameter[]>();
        byOperation.set(op, [...(byOperation.get(op) ?? []), p]);
        takers.set(key, byOperation);
      }
  // In a spec without schemes, a credential's header that calls require is the client's
  // however few require it, and so are the headers the same calls require with it: Discourse's
  // `Api-Key` and `Api-Username`, on 21 of its 84 calls, had to be given to each of them.
  const credentialSet = credentialEnv === undefined ? new Set<string>() : requiredWithKey(takers);
  const clientHeaders = new Map<string, ClientHeader>();
  for (const [key, byOperation] of takers) {
    const parameters = [...byOperation.values()].flat();
    const [first] = parameters;
    // A credential's header, in a spec that declares no scheme, even where it marks it optional:
    // ElevenLabs' `xi-api-key` (FastAPI's `Header(None)`) had to be given to each of 18 calls.
    const optional = !parameters.every((p) => p.required);
    // Named as one, said to be one, and optional in every call that takes it (red team: a page
    // token, an author or a session id had become options read from variables; a header some
    // calls require had lost that).
    const credential =
      credentialEnv !== undefined &&
      CREDENTIAL_NAME.test(key) &&
      parameters.every((p) => !p.required) &&
      SAYS_CREDENTIAL.test(`${first?.description ?? ''} ${first?.schema.description ?? ''}`);
    // A key or a version nearly every call takes, though the spec marks it optional: Trakt's
    // `trakt-api-key` and `trakt-api-version`, on 178 of 183 calls, which its server requires
    // (new-user trial: each call had to be given both). A key only beside a declared scheme:
    // without one, it must say it is a credential, as above, to be read from a variable.
    const everyCalls =
      optional &&
      byOperation.size >= operations.length * SHARE &&
      ((credentialEnv === undefined && CREDENTIAL_NAME.test(key)) || API_VERSION.test(key));
    if (
      first === undefined ||
      operations.length < FEWEST_OPERATIONS ||
      (byOperation.size < operations.length * SHARE && !credentialSet.has(key)) ||
      parameters.length !== byOperation.size ||
      !parameters.every(isPlainText) ||
      (optional && !credential && !everyCalls) ||
      PER_REQUEST.test(key)
    )
      continue;
    const description = first.description ?? first.schema.description;
    const envVar = CREDENTIAL.test(key) ? credentialEnv?.(first.name) : undefined;
    clientHeaders.set(key, {
      name: first.name,
      optionName: claimOption(options, first, apiWords),
      ...(description !== undefined && { description }),
      ...(envVar !== undefined && { envVar }),
      ...(optional && { optional: true as const }),
    });
  }
  if (clientHeaders.size === 0) return { operations: [...operations], clientHeaders: [] };
  return {
    operations: operations.map((op) =>
      // The client's headers stay on its own site: another's call keeps the header its own.
      op.serverOfOtherSite
        ? op
        : {
            ...op,
            otherParameters: op.otherParameters.map((p) => {
              const header =
                p.in === 'header' ? clientHeaders.get(p.name.toLowerCase()) : undefined;
              if (header === undefined) return p;
              // The call's own value under the option's name, where the call has no other.
              const taken = [...op.pathParameters, ...op.otherParameters].some(
                (q) => q !== p && q.identifier === header.optionName,
              );
              return {
                ...p,
                required: false,
                clientOption: header.optionName,
                ...(!taken && header.optionName !== 'body' && { identifier: header.optionName }),
              };
            }),
          },
    ),
    clientHeaders: [...clientHeaders.values()],
  };
}

/** The credential headers calls require, and the headers each such call set requires beside one. */
function requiredWithKey(takers: ReadonlyMap<string, Map<Operation, Parameter[]>>): Set<string> {
  const required = (byOperation: Map<Operation, Parameter[]>) =>
    byOperation.size >= FEWEST_OPERATIONS &&
    [...byOperation.values()].flat().every((p) => p.required);
  const sameCalls = (a: Map<Operation, Parameter[]>, b: Map<Operation, Parameter[]>) =>
    a.size === b.size && [...a.keys()].every((op) => b.has(op));
  const keys = [...takers].filter(
    ([key, byOperation]) => CREDENTIAL_NAME.test(key) && required(byOperation),
  );
  return new Set(
    [...takers]
      .filter(
        ([key, byOperation]) =>
          required(byOperation) &&
          keys.some(([credential, calls]) => credential === key || sameCalls(calls, byOperation)),
      )
      .map(([key]) => key),
  );
}

/**
 * The option's name: the header's words but an `X-` and the API's own name before two or more
 * words. Apideck's `x-apideck-consumer-id` is `consumerId`, as its own SDK and its CRM spec's
 * schemes call it (had been `xApideckConsumerId`); a User API's `X-User-Id` stays `userId`
 * (red team: `id` said not whose). A name another option has, or one every object has, is the
 * header's whole (red team: `X-Acme-Api-Key` beside the `apiKey` scheme had been `apiKey2`,
 * `X-Base-Url` `baseUrlCredential`).
 */
function claimOption(
  options: NameRegistry,
  header: Parameter,
  apiWords: ReadonlySet<string>,
): string {
  const all = words(header.name);
  let from = /^x$/i.test(all[0] ?? '') && all.length > 1 ? 1 : 0;
  if (apiWords.has(all[from]?.toLowerCase() ?? '') && all.length > from + 2) from++;
  const short = camelCase(all.slice(from).join(' '));
  const free = (name: string) => !options.isReserved(name) && !options.has(name);
  // Never the credentials' suffix (red team: a `Validate` header had been `validateCredential`).
  return options.claim(
    free(short) ? short : free(header.identifier) ? header.identifier : `${short}Header`,
  );
}

/** A text the caller gives as it is: not one fixed value, nor JSON. */
function isPlainText(p: Parameter): boolean {
  return p.fixed === undefined && p.json !== true && p.schema.kind === 'string';
}
