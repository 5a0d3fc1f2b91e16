/** The client's class name and environment prefix. */
import type { ClientInfo } from '../ir/api.js';
import { constantCase, pascalCase, words, type NameRegistry } from '../ir/naming.js';
import { clientClassFromSample } from './code-samples.js';

/**
 * From the TypeScript samples when they name a client (`new MeibelClient(`),
 * else from `info.title` without its trailing "API" (`Meibel AI API` → `MeibelAiClient`).
 */
export function clientInfo(
  title: string,
  typeScriptSamples: readonly string[],
  override: string | undefined,
  exports: NameRegistry,
): ClientInfo {
  const fromSamples = typeScriptSamples
    .map(clientClassFromSample)
    .find((name) => name !== undefined);
  const titleWords = words(title).filter(
    (w, i, all) => !(i === all.length - 1 && /^api$/i.test(w)),
  );
  const wanted = pascalCase(
    override ?? fromSamples ?? `${pascalCase(titleWords.join(' ') || 'Api')}Client`,
  );
  const stem = wanted.replace(/Client$/, '') || wanted;
  // A name the runtime or TypeScript already uses (`BaseClient`) becomes `BaseApiClient`.
  const className = exports.claim(exports.isReserved(wanted) ? `${stem}ApiClient` : wanted);
  return {
    className,
    optionsName: exports.claim(`${className}Options`),
    envPrefix: constantCase(stem) || 'API',
  };
}
