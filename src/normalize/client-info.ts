/** The client's class name and environment prefix. */
import type { ClientInfo } from '../ir/api.js';
import { constantCase, pascalCase, words } from '../ir/naming.js';
import { clientClassFromSample } from './code-samples.js';

/**
 * From the TypeScript samples when they name a client (`new MeibelClient(`),
 * else from `info.title` without its trailing "API" (`Meibel AI API` → `MeibelAiClient`).
 */
export function clientInfo(title: string, typeScriptSamples: readonly string[], override?: string): ClientInfo {
  const fromSamples = typeScriptSamples.map(clientClassFromSample).find((name) => name !== undefined);
  const titleWords = words(title).filter((w, i, all) => !(i === all.length - 1 && /^api$/i.test(w)));
  const className = override ?? fromSamples ?? `${pascalCase(titleWords.join(' ') || 'Api')}Client`;
  const stem = className.replace(/Client$/, '') || className;
  return { className, envPrefix: constantCase(stem) };
}
