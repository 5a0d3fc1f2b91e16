/**
 * A server whose path every path of the spec repeats: dev.to's `https://dev.to/api` beside
 * `/api/articles`, Ticketmaster's `…/discovery/v2` beside `/discovery/v2/events` (a Swagger
 * `basePath` left in the paths too). Every call had gone to `/api/api/articles`, a 404; the
 * server's path is taken as the one written twice, and the base URL is its host.
 */
import { PATH_ITEM_METHODS, type Server } from '../ir/api.js';
import { isRaw, type Raw } from './context.js';

export function withoutRepeatedPath(servers: readonly Server[], paths: Raw): Server[] {
  const repeated = repeatedPath(servers, paths);
  if (repeated === undefined) return [...servers];
  return servers.map((server) => ({
    ...server,
    url: server.url.replace(/\/+$/, '').slice(0, -repeated.length),
    repeatedPath: repeated,
  }));
}

function repeatedPath(servers: readonly Server[], paths: Raw): string | undefined {
  const [shared, ...others] = servers.map((s) => pathOf(s.url));
  if (shared === undefined || others.some((p) => p !== shared)) return undefined;
  const keys = Object.keys(paths);
  if (keys.length === 0) return undefined;
  for (const key of keys) {
    if (key !== shared && !key.startsWith(`${shared}/`)) return undefined;
    // A path or operation with servers of its own is read against them: the rule stays out.
    const item = paths[key];
    if (!isRaw(item) || ownServers(item)) return undefined;
    if (PATH_ITEM_METHODS.some((m) => isRaw(item[m]) && ownServers(item[m] as Raw)))
      return undefined;
  }
  return shared;
}

/** An absolute server URL's path, without a trailing `/`, when it has one and no variable in it. */
function pathOf(url: string): string | undefined {
  const path = /^[a-z][\w+.-]*:\/\/[^/?#]*(\/[^?#]*)$/i.exec(url)?.[1]?.replace(/\/+$/, '');
  return path && !path.includes('{') ? path : undefined;
}

function ownServers(raw: Raw): boolean {
  return Array.isArray(raw.servers) && raw.servers.length > 0;
}
