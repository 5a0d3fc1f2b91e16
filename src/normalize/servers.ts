/** Server Objects → base URLs with variables filled from their defaults. https://spec.openapis.org/oas/v3.1.0#server-object */
import type { Server } from '../ir/api.js';
import { camelCase, serverKeyScope } from '../ir/naming.js';
import { asArray, asString, isRaw } from './context.js';

export function normalizeServers(value: unknown): Server[] {
  const keys = serverKeyScope();
  return asArray(value)
    .filter(isRaw)
    .map((raw, index) => {
      const variables = isRaw(raw.variables) ? raw.variables : {};
      const url = String(raw.url ?? '/').replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const variable = variables[name];
        return isRaw(variable) && variable.default !== undefined ? String(variable.default) : whole;
      });
      const description = asString(raw.description);
      const key = keys.claim(
        index === 0 && description === undefined
          ? 'default'
          : camelCase(description ?? `server ${index + 1}`),
      );
      return { url, key, ...(description !== undefined && { description }) };
    });
}
