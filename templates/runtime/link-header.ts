/**
 * The `Link` response header (RFC 8288): `<https://api.example/items?page=2>; rel="next",
 * <…?page=5>; rel="last"`. Read by hand, as the SDK has no dependencies: several
 * links in one header (or in several headers, which fetch joins with `, `), quoted
 * parameter values that hold commas and semicolons, and `rel` lists (`rel="next last"`).
 * https://www.rfc-editor.org/rfc/rfc8288#section-3
 */

export interface WebLink {
  /** The URI reference between `<` and `>`, as written (it may be relative). */
  readonly target: string;
  /** The relation types, lower-cased: `rel="Next last"` → `['next', 'last']`. */
  readonly rels: readonly string[];
}

/** Every link of a `Link` header value; a malformed link is skipped up to the next comma. */
export function parseLinkHeader(value: string): WebLink[] {
  const links: WebLink[] = [];
  let i = 0;
  while (i < value.length) {
    i = skip(value, i, ' \t,');
    if (value[i] !== '<') {
      i = nextLinkStart(value, i);
      continue;
    }
    const close = value.indexOf('>', i + 1);
    if (close < 0) break;
    const target = value.slice(i + 1, close).trim();
    const params = readParams(value, close + 1);
    i = params.end;
    const rel = params.values.get('rel');
    if (rel !== undefined)
      links.push({
        target,
        rels: rel
          .toLowerCase()
          .split(/[ \t]+/)
          .filter(Boolean),
      });
  }
  return links;
}

/** The target of the first link whose relation types include `next`, if any. */
export function nextLinkTarget(value: string | null): string | undefined {
  if (value === null) return undefined;
  return parseLinkHeader(value).find((link) => link.rels.includes('next'))?.target;
}

/** `; name=value` or `; name="quoted, \"value\""` pairs up to the comma that ends the link. */
function readParams(
  value: string,
  start: number,
): { readonly values: Map<string, string>; readonly end: number } {
  const values = new Map<string, string>();
  let i = start;
  for (;;) {
    i = skip(value, i, ' \t');
    if (value[i] !== ';') break;
    i = skip(value, i + 1, ' \t');
    const nameEnd = until(value, i, '=;, \t');
    const name = value.slice(i, nameEnd).toLowerCase();
    i = skip(value, nameEnd, ' \t');
    let param = '';
    if (value[i] === '=') {
      i = skip(value, i + 1, ' \t');
      if (value[i] === '"') {
        const quoted = readQuoted(value, i);
        param = quoted.text;
        i = quoted.end;
      } else {
        const end = until(value, i, ';,');
        param = value.slice(i, end).trim();
        i = end;
      }
    }
    // The first occurrence of a parameter counts (RFC 8288 §3.3 for rel).
    if (name !== '' && !values.has(name)) values.set(name, param);
  }
  return { values, end: i < value.length && value[i] !== ',' ? nextLinkStart(value, i) : i };
}

function readQuoted(value: string, start: number): { readonly text: string; readonly end: number } {
  let text = '';
  let i = start + 1;
  while (i < value.length && value[i] !== '"') {
    if (value[i] === '\\' && i + 1 < value.length) i++;
    text += value[i];
    i++;
  }
  return { text, end: Math.min(i + 1, value.length) };
}

/** Past the comma that ends the current (malformed) link, minding quoted strings and `<…>`. */
function nextLinkStart(value: string, start: number): number {
  let i = start;
  while (i < value.length && value[i] !== ',') {
    if (value[i] === '"') i = readQuoted(value, i).end;
    else if (value[i] === '<') {
      const close = value.indexOf('>', i + 1);
      i = close < 0 ? value.length : close + 1;
    } else i++;
  }
  return i + 1;
}

function skip(value: string, start: number, chars: string): number {
  let i = start;
  while (i < value.length && chars.includes(value[i]!)) i++;
  return i;
}

function until(value: string, start: number, stops: string): number {
  let i = start;
  while (i < value.length && !stops.includes(value[i]!)) i++;
  return i;
}
