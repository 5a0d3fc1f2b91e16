/**
 * Builds a request path from a template, percent-encoding every interpolated
 * value so that `/`, `?`, `#` and `%` in an id can never change the URL's shape.
 *
 * @example path`/datasources/${id}/ingest-status`
 */
export function path(strings: TemplateStringsArray, ...values: ReadonlyArray<string | number | boolean>): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += encodeURIComponent(String(value)) + (strings[i + 1] ?? '');
  });
  return out;
}

/** Joins a base URL that may carry a path (`https://host/v2`) with a request path. */
export function joinUrl(baseUrl: string, requestPath: string): URL {
  // `new URL('/x', 'https://host/v2')` would drop `/v2`; concatenate instead.
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const rest = requestPath.startsWith('/') ? requestPath : `/${requestPath}`;
  return new URL(base + rest);
}
