/**
 * `x-codeSamples` (Redocly's extension; `x-code-samples` is the older spelling):
 * the examples of each operation, and what the TypeScript sample teaches about
 * the client — its class name and where each method sits.
 */
import { isTypeScript, type CodeSample } from '../ir/api.js';
import { asArray, asString, isRaw, type Raw } from './context.js';

/** The operation's samples, TypeScript first, the rest in spec order. */
export function normalizeCodeSamples(operation: Raw): CodeSample[] {
  const samples = asArray(operation['x-codeSamples'] ?? operation['x-code-samples'])
    .filter(isRaw)
    .flatMap((raw): CodeSample[] => {
      const lang = asString(raw.lang);
      const source = asString(raw.source);
      if (lang === undefined || source === undefined) return [];
      const label = asString(raw.label);
      return [{ lang, source, ...(label !== undefined && { label }) }];
    });
  return [...samples.filter(isTypeScript), ...samples.filter((s) => !isTypeScript(s))];
}

/**
 * `new MeibelClient(` in a TypeScript sample, or the class it imports, constructs and calls
 * through as a client is called (`apideck.crm.activitiesAll(…)`), whatever its name: Apideck's
 * SDK had been `CRMClient`, reading `CRM_API_KEY`. Not a class it only builds (`new FormData()`,
 * a model's `new Pet()`).
 */
export function clientClassFromSample(source: string): string | undefined {
  const client = /\bnew\s+([A-Z][\w$]*Client)\s*\(/.exec(source)?.[1];
  if (client !== undefined) return client;
  const imported = new Set(
    [...source.matchAll(/\bimport\s+(?:type\s+)?(?:([\w$]+)|\{([^{}]*)\})\s*from\b/g)].flatMap(
      ([, name, names]) =>
        name !== undefined
          ? [name]
          : names!.split(',').map((n) =>
              n
                .trim()
                .split(/(?<!\s)\s+as\s+/)
                .at(-1)!,
            ),
    ),
  );
  return constructions(source).find(
    ({ variable, className }) =>
      /^[A-Z]/.test(className) &&
      imported.has(className) &&
      callChains(source, variable).some((chain) => chain.length >= 2),
  )?.className;
}

/**
 * The call a TypeScript sample makes on its client:
 * `client.datasources.ingest.getStatus(...)` → resource `['datasources', 'ingest']`, method `getStatus`.
 */
export function clientCallFromSample(
  source: string,
): { resource: string[]; method: string } | undefined {
  const [chain] = callChains(source, constructions(source)[0]?.variable ?? 'client');
  const method = chain?.pop();
  return method === undefined ? undefined : { resource: chain!, method };
}

/** `const apideck = new Apideck(`: each variable a sample constructs, with its class. */
function constructions(source: string): Array<{ variable: string; className: string }> {
  return [
    ...source.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+([\w$]+)\s*\(/g),
  ].map(([, variable, className]) => ({ variable: variable!, className: className! }));
}

/**
 * The members of each call made through `variable`, in order: `client.a.b(` → `['a', 'b']`. At
 * most 8 deep: an unbounded chain went back over the rest of the sample from each `client`
 * (red team: `client .` 20,000 times took 5 s).
 */
function callChains(source: string, variable: string): string[][] {
  const call = new RegExp(
    `\\b${variable.replace(/\$/g, '\\$')}((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*){1,8})\\s*\\(`,
    'g',
  );
  return [...source.matchAll(call)].map((m) =>
    m[1]!
      .split('.')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/**
 * The credential the code samples read from the environment, under the API's own prefix:
 * DigitalOcean's 488 say `$DIGITALOCEAN_TOKEN`, which its users have set; a client reading
 * `DIGITALOCEAN_API_KEY` sent their calls unauthenticated. The one said most, if any.
 */
export function sampleCredentialVariable(
  samples: readonly CodeSample[],
  envPrefix: string,
): string | undefined {
  const counts = new Map<string, number>();
  const read =
    /(?:\$\{?|process\.env\.|process\.env\[["']|environ(?:\.get)?\(?\[?["']|[Gg]etenv\(["']|ENV\[["'])([A-Z][A-Z0-9_]*)/g;
  for (const { source } of samples)
    for (const [, name] of source.matchAll(read))
      if (name!.startsWith(`${envPrefix}_`) && /_(?:TOKEN|API_KEY|KEY|SECRET)$/.test(name!))
        counts.set(name!, (counts.get(name!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
