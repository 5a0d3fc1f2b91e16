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

// One link of the header: a run of `<…>`, quoted strings and other text up to a comma
// outside them (targets and quoted values may hold commas).
const ELEMENT = /(?:<[^>]*>?|"(?:[^"\\]|\\.)*"?|[^,"<])+/g;
// `; name`, `; name=value` or `; name="quoted; \"value\""`, from where the last one ended.
const PARAM = /\s*;\s*([^=;,\s]*)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"?|([^;]*)))?/y;

/** Every link of a `Link` header value; a malformed link (no `<…>`, no `rel`) is skipped. */
export function parseLinkHeader(value: string): WebLink[] {
  const links: WebLink[] = [];
  for (const [element] of value.matchAll(ELEMENT)) {
    const link = /^\s*<([^>]*)>/.exec(element);
    if (link === null) continue;
    let rel: string | undefined;
    PARAM.lastIndex = link[0].length;
    for (let param; (param = PARAM.exec(element)) !== null;) {
      // The first occurrence of a parameter counts (RFC 8288 §3.3 for rel).
      if (rel === undefined && param[1]!.toLowerCase() === 'rel')
        rel = param[2]?.replace(/\\(.)/g, '$1') ?? param[3]?.trim() ?? '';
    }
    if (rel !== undefined)
      links.push({
        target: link[1]!.trim(),
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
