/**
 * The security requirement most of an API's operations have, as the literal the
 * core passes to the runtime: an operation with that one leaves it unsaid.
 */
import { credentialOptions, type Api, type Operation, type SecurityScheme } from '../ir/api.js';
import { valueLiteral } from './escape.js';

const found = new WeakMap<Api, Operation['security']>();

/** The requirement most operations have (`[]` when most need no credential). */
export function defaultSecurity(api: Api): Operation['security'] {
  let requirement = found.get(api);
  if (requirement === undefined) {
    const counts = new Map<string, [Operation['security'], number]>([['[]', [[], 0]]]);
    for (const op of api.operations) {
      const text = valueLiteral(op.security);
      counts.set(text, [op.security, (counts.get(text)?.[1] ?? 0) + 1]);
    }
    // Ties go to the first seen, so the choice is stable.
    requirement = [...counts.values()].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    found.set(api, requirement);
  }
  return requirement;
}

/** `[['APIKeyHeader']]`, or `[]`. */
export function defaultSecurityLiteral(api: Api): string {
  return valueLiteral(defaultSecurity(api));
}

/**
 * Every scheme of the first alternative the operations most often have: VTEX's calls need its
 * app key and app token together, and a set-up that showed the key alone met a 401. Else the
 * first scheme.
 */
export function usualCredentials(api: Api): SecurityScheme[] {
  const [keys = []] = defaultSecurity(api);
  // One option per name: twin schemes share one (red team: `apiKey` had been said twice).
  // Not a signature, which no value given as it is can be (red team: DynamoDB's set-up).
  const given = api.securitySchemes.filter((s) => s.signedWith === undefined);
  const schemes = credentialOptions(given.filter((s) => keys.includes(s.key)));
  return schemes.length > 0 ? schemes : given.slice(0, 1);
}
