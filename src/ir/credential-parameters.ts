/**
 * The credentials of a spec that declares no security scheme but takes them as parameters:
 * GoToWebinar's `Authorization` header and Autotask's `Secret` are client options, ClearBlade's
 * `ClearBlade-UserToken` header and Visual Crossing's `key` query parameter arguments of each
 * call (their READMEs and the run's report had said to put the token in the client's `headers`,
 * which a call's required argument then overrode, or the server never read).
 */
import type { Api, ClientHeader } from './api.js';
import { words } from './naming.js';
import { propertiesThrough } from './properties.js';

// Words that name a credential.
const CREDENTIAL_WORD =
  /^(?:authorization|auth|token|apikey|key|secret|password|jwt|credentials?)$/i;
// Words a query parameter's whole name may hold beside one (`api_key`, `access_token`, `user_key`).
const CREDENTIAL_QUALIFIER = /^(?:api|app|access|client|private|bearer|user|session|id)$/i;

/**
 * A parameter that names a credential: a header whose head word is one (`Authorization`,
 * `X-Auth-Token`, `ClearBlade-UserToken`, `X-API-Key`), a query parameter all of whose words
 * say one (`key`, `api_key`, `access_token`). Narrower than the runtime's redaction rule, which
 * matches any part of a name: a list of where credentials go must not tell a user to give
 * `filter_by_assignee_user_id`, a webhook's `X-Hub-Signature`, an `X-Auth-Type`, a `pageToken`,
 * `secret_type`, `token_ids` or a chemical's `inchiKey` (red teams).
 */
function namesCredential(name: string, location: string): boolean {
  const said = words(name);
  if (location === 'header') return CREDENTIAL_WORD.test(said.at(-1) ?? '');
  return (
    said.some((w) => CREDENTIAL_WORD.test(w)) &&
    said.every((w) => CREDENTIAL_WORD.test(w) || CREDENTIAL_QUALIFIER.test(w))
  );
}

export function credentialParameters(api: Api): {
  /** Client options that carry one. */
  readonly options: readonly ClientHeader[];
  /** The params keys of the header and query parameters of calls that carry one, each once. */
  readonly perCall: readonly string[];
  /**
   * The members of request bodies named as one, each once (Vonage's SMS takes `api_key` and
   * `api_secret` in its form body: its README had said to give a bearer token in `headers`).
   */
  readonly inBody: readonly string[];
  /** Whether some call takes none of them: it goes with the client's `headers`. */
  readonly someTakeNone: boolean;
} {
  if (api.securitySchemes.length > 0)
    return { options: [], perCall: [], inBody: [], someTakeNone: false };
  const options = (api.clientHeaders ?? []).filter(
    (h) => h.envVar !== undefined || namesCredential(h.name, 'header'),
  );
  const optionHeaders = new Set(options.map((h) => h.name.toLowerCase()));
  // One header, however the spec spells it (ClearBlade's `ClearBlade-DevToken`, `clearblade-devtoken`).
  const perCall = new Map<string, string>();
  for (const op of api.operations)
    for (const p of op.otherParameters)
      if (
        (p.in === 'header' || p.in === 'query') &&
        p.clientOption === undefined &&
        namesCredential(p.name, p.in) &&
        !optionHeaders.has(p.name.toLowerCase()) &&
        !perCall.has(p.name.toLowerCase())
      )
        perCall.set(p.name.toLowerCase(), p.identifier);
  const schemas = new Map(api.schemas.map((s) => [s.key, s.schema]));
  const inBody = new Set<string>();
  let someTakeNone = false;
  for (const op of api.operations) {
    const members = op.body
      ? propertiesThrough(op.body.preferred.schema, (key) => schemas.get(key), { choices: true })
          .map((p) => p.name)
          .filter((name) => namesCredential(name, 'query'))
      : [];
    for (const name of members) inBody.add(name);
    someTakeNone ||=
      members.length === 0 &&
      !op.otherParameters.some(
        (p) => (p.in === 'header' || p.in === 'query') && namesCredential(p.name, p.in),
      );
  }
  return { options, perCall: [...new Set(perCall.values())], inBody: [...inBody], someTakeNone };
}
