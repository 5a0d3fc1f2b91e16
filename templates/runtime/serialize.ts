/**
 * Parameters on the wire, per OpenAPI's `style`/`explode`
 * (https://spec.openapis.org/oas/v3.1.0#style-values).
 */

export type QueryStyle = 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

export interface ParamStyle {
  readonly style: QueryStyle;
  readonly explode: boolean;
}

const FORM_EXPLODED: ParamStyle = { style: 'form', explode: true };
const DELIMITERS: Record<QueryStyle, string> = {
  form: ',',
  spaceDelimited: ' ',
  pipeDelimited: '|',
  deepObject: ',',
};

/** Adds one query parameter; `undefined` and `null` are left out. */
export function appendQuery(
  params: URLSearchParams,
  key: string,
  value: unknown,
  how: ParamStyle = FORM_EXPLODED,
): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined && v !== null).map(scalar);
    if (how.explode && how.style === 'form') for (const item of items) params.append(key, item);
    else if (items.length > 0) params.append(key, items.join(DELIMITERS[how.style]));
    return;
  }
  if (isStructured(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (how.style === 'deepObject') {
      for (const [prop, inner] of entries) params.append(`${key}[${prop}]`, scalar(inner));
    } else if (how.explode) {
      for (const [prop, inner] of entries) params.append(prop, scalar(inner));
    } else {
      params.append(
        key,
        entries.flatMap(([prop, inner]) => [prop, scalar(inner)]).join(DELIMITERS[how.style]),
      );
    }
    return;
  }
  params.append(key, scalar(value));
}

/** `simple` style, as headers and cookies use: arrays and objects comma-joined. */
export function simpleValue(value: unknown): string {
  const present = (v: unknown) => v !== undefined && v !== null;
  if (Array.isArray(value)) return value.filter(present).map(scalar).join(',');
  if (isStructured(value)) {
    return Object.entries(value)
      .filter(([, v]) => present(v))
      .flatMap(([k, v]) => [k, scalar(v)])
      .join(',');
  }
  return scalar(value);
}

export function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** An object or array to take apart; dates and files are single values. */
export function isStructured(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !(value instanceof Blob)
  );
}
