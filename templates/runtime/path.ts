/** A path segment already serialized by `pathStyle` (its pieces encoded one by one). */
export class StyledSegment {
  constructor(readonly text: string) {}
}

/**
 * Builds a request path from a template, percent-encoding every interpolated
 * value so that `/`, `?`, `#` and `%` in an id can never change the URL's shape.
 *
 * @example path`/datasources/${id}/ingest-status`
 */
export function path(strings: TemplateStringsArray, ...values: ReadonlyArray<string | number | boolean | StyledSegment>): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += (value instanceof StyledSegment ? value.text : encodeURIComponent(String(value))) + (strings[i + 1] ?? '');
  });
  return out;
}

/**
 * A path parameter in OpenAPI's `simple`, `label` or `matrix` style
 * (https://spec.openapis.org/oas/v3.1.0#style-examples), every piece encoded.
 */
export function pathStyle(name: string, value: unknown, style: 'simple' | 'label' | 'matrix', explode: boolean): StyledSegment {
  const enc = (v: unknown) => encodeURIComponent(String(v));
  const pairs = (v: object): Array<[string, unknown]> => Object.entries(v).filter(([, x]) => x !== undefined && x !== null);
  if (Array.isArray(value)) {
    const items = value.map(enc);
    if (style === 'label') return new StyledSegment(`.${items.join(explode ? '.' : ',')}`);
    if (style === 'matrix') return new StyledSegment(explode ? items.map((i) => `;${enc(name)}=${i}`).join('') : `;${enc(name)}=${items.join(',')}`);
    return new StyledSegment(items.join(','));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = pairs(value);
    const joined = explode ? entries.map(([k, v]) => `${enc(k)}=${enc(v)}`) : entries.flatMap(([k, v]) => [enc(k), enc(v)]);
    if (style === 'label') return new StyledSegment(`.${joined.join(explode ? '.' : ',')}`);
    if (style === 'matrix') return new StyledSegment(explode ? entries.map(([k, v]) => `;${enc(k)}=${enc(v)}`).join('') : `;${enc(name)}=${joined.join(',')}`);
    return new StyledSegment(joined.join(','));
  }
  if (style === 'label') return new StyledSegment(`.${enc(value)}`);
  if (style === 'matrix') return new StyledSegment(`;${enc(name)}=${enc(value)}`);
  return new StyledSegment(enc(value));
}

/** Joins a base URL that may carry a path (`https://host/v2`) with a request path. */
export function joinUrl(baseUrl: string, requestPath: string): URL {
  // `new URL('/x', 'https://host/v2')` would drop `/v2`; concatenate instead.
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const rest = requestPath.startsWith('/') ? requestPath : `/${requestPath}`;
  return new URL(base + rest);
}
