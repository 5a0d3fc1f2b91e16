/**
 * The credentials of a spec that declares no security scheme but takes them as parameters:
 * GoToWebinar's `Authorization` header and Autotask's `Secret` are client options, ClearBlade's
 * `ClearBlade-UserToken` header and Visual Crossing's `key` query parameter arguments of each
 * call (their READMEs and the run's report had said to put the token in the client's `headers`,
 * which a call's required argument then overrode, or the server never read).
 */
import type { Api, ClientHeader } from './api.js';
import { words } from './naming.js';

/**
 * A parameter that says it holds a credential by a word of its name: `Authorization`,
 * `X-Auth-Token`, `ClearBlade-UserToken`, `X-API-Key`, `Apikey`. Narrower than the runtime's
 * redaction rule, which matches any part of a name: a list of where credentials go must not
 * tell a user to give `filter_by_assignee_user_id` (its `sign`), a webhook's `X-Hub-Signature`,
 * a `Cookie` or a `TesterPass` (red team).
 */
function namesCredential(header: string): boolean {
  return words(header).some((w) =>
    /^(?:authorization|auth|token|apikey|key|secret|password|jwt|credentials?)$/i.test(w),
  );
}

export function credentialParameters(api: Api): {
  /** Client options that carry one. */
  readonly options: readonly ClientHeader[];
  /** The header and query parameters of each call that carry one, each spelling once. */
  readonly perCall: readonly string[];
} {
  if (api.securitySchemes.length > 0) return { options: [], perCall: [] };
  const options = (api.clientHeaders ?? []).filter(
    (h) => h.envVar !== undefined || namesCredential(h.name),
  );
  const optionHeaders = new Set(options.map((h) => h.name.toLowerCase()));
  // One header, however the spec spells it (ClearBlade's `ClearBlade-DevToken`, `clearblade-devtoken`).
  const perCall = new Map<string, string>();
  for (const op of api.operations)
    for (const p of op.otherParameters)
      if (
        (p.in === 'header' || p.in === 'query') &&
        p.clientOption === undefined &&
        namesCredential(p.name) &&
        !optionHeaders.has(p.name.toLowerCase()) &&
        !perCall.has(p.name.toLowerCase())
      )
        perCall.set(p.name.toLowerCase(), p.name);
  return { options, perCall: [...perCall.values()] };
}
