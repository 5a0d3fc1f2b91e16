/**
 * Finds the OpenAPI documents embedded in a markdown docs page: fenced blocks
 * (``` or ````, also ~~~) whose info string starts with yaml, yml or json and
 * whose body is an OpenAPI (or Swagger) document.
 */
export interface EmbeddedBlock {
  readonly language: 'yaml' | 'json';
  readonly text: string;
  /** 1-based line of the block's first content line in the page. */
  readonly firstLine: number;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*([A-Za-z]+)?[^\n]*$/;
// `[ \t]*`, not `\s*` (`^` already matches on every line): a `\s*` tried from every line
// start rescans all the blank lines after it, which is quadratic in a block of blank lines.
const OPENAPI_KEY = /(?:^|[{,])[ \t]*["']?(?:openapi|swagger)["']?[ \t]*:/m;

/**
 * The blocks a page shows. What the page hides holds no block of it (red team: a hidden block
 * had set the SDK's server, where the API key went): a comment, HTML's `<!-- … -->` and, in an
 * `.mdx` page, MDX's `{/* … *\/}`; an element a browser never shows (a script, a style, a
 * template, one marked `hidden` or styled `display: none`). Read in the page's raw HTML only, as
 * a browser meets it: a line that opens with a tag, the rest of its HTML block, what follows a
 * comment or element left open. A `<!--` in a paragraph or a code span is text.
 */
export function findOpenApiBlocks(markdown: string, { mdx = false } = {}): EmbeddedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: EmbeddedBlock[] = [];
  let hiding: Hiding | undefined;
  let inHtml = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (hiding === undefined) {
      const open = OPENING.exec(line);
      if (open) {
        const fence = open[1] ?? '```';
        const language = (open[2] ?? '').toLowerCase();
        const end = findClosingFence(lines, i + 1, fence);
        const body = lines.slice(i + 1, end).join('\n');
        const kind =
          language === 'json'
            ? 'json'
            : language === 'yaml' || language === 'yml'
              ? 'yaml'
              : undefined;
        if (kind && OPENAPI_KEY.test(body))
          blocks.push({ language: kind, text: body, firstLine: i + 2 });
        i = end;
        inHtml = false;
        continue;
      }
      // CommonMark's HTML block: a line that opens with a tag, to the next blank line.
      inHtml =
        line.trim() !== '' && (inHtml || RAW_HTML.test(line) || (mdx && MDX_COMMENT.test(line)));
      if (!inHtml) continue;
    }
    hiding = hidingAfter(line, hiding, mdx);
  }
  return blocks;
}

const RAW_HTML = /^ {0,3}</;
const MDX_COMMENT = /^ {0,3}\{\/\*/;

/**
 * What hides the page's text from here: a comment until its end, an element until it closes, or
 * a tag not yet closed (its attributes written over lines, as prettier writes long ones), whose
 * attributes so far are `attributes`.
 */
type Hiding =
  | { readonly ends: string }
  | { readonly element: string; readonly depth: number }
  | { readonly tag: string; readonly attributes: string; readonly quote: string };

// A comment, an MDX comment, or a tag's name.
const OPENER = /<!--(-?>)?|\{\/\*|<([a-z][\w-]*)(?=[\s/>]|$)/gi;
// Elements a browser never shows, and those that hold nothing to hide.
const HIDDEN_ELEMENT = /^(?:script|style|template)$/;
const VOID_ELEMENT = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/;

/** What still hides the page after a line of its raw HTML, given what hid it before. */
function hidingAfter(line: string, before: Hiding | undefined, mdx: boolean): Hiding | undefined {
  let hiding = before;
  let at = 0;
  for (;;) {
    if (hiding === undefined) {
      OPENER.lastIndex = at;
      const found = OPENER.exec(line);
      if (found === null) return undefined;
      at = found.index + found[0].length;
      const [text, closedAtOnce, tag] = found;
      // `<!-->` and `<!--->` are comments closed where they open, as HTML reads them.
      if (text.startsWith('<!--')) hiding = closedAtOnce ? undefined : { ends: '--!?>' };
      else if (text === '{/*') hiding = mdx ? { ends: '\\*\\/\\}' } : undefined;
      else hiding = { tag: tag!.toLowerCase(), attributes: '', quote: '' };
    } else if ('tag' in hiding) {
      // The tag ends at a `>` outside its attributes' quotes (a `<!--` or `>` in a title is text).
      let { attributes, quote } = hiding;
      let end = -1;
      for (let i = at; i < line.length && end < 0; i++) {
        const char = line[i]!;
        if (quote) quote = char === quote ? '' : quote;
        else if (char === '"' || char === "'") quote = char;
        else if (char === '>') end = i;
        if (end < 0) attributes += char;
      }
      if (end < 0) return { tag: hiding.tag, attributes: `${attributes}\n`, quote };
      at = end + 1;
      const hides =
        !VOID_ELEMENT.test(hiding.tag) &&
        !attributes.endsWith('/') &&
        (HIDDEN_ELEMENT.test(hiding.tag) || hiddenBy(attributes));
      hiding = hides ? { element: hiding.tag, depth: 1 } : undefined;
    } else if ('ends' in hiding) {
      // HTML's `--!>` closes a comment too, as browsers read it.
      const ends = new RegExp(hiding.ends, 'g');
      ends.lastIndex = at;
      const found = ends.exec(line);
      if (found === null) return hiding;
      at = found.index + found[0].length;
      hiding = undefined;
    } else {
      // The element ends where its own tag closes, past those of its name it holds.
      const tags = new RegExp(`<(/?)${hiding.element}\\b[^<>]*>`, 'gi');
      tags.lastIndex = at;
      const found = tags.exec(line);
      if (found === null) return hiding;
      at = found.index + found[0].length;
      const depth = hiding.depth + (found[1] ? -1 : found[0].endsWith('/>') ? 0 : 1);
      hiding = depth === 0 ? undefined : { element: hiding.element, depth };
    }
  }
}

/**
 * Whether a tag's attributes hide its element: the attribute `hidden`, or a style (HTML's, or
 * JSX's object) of `display: none` or `visibility: hidden`. Not a class that says "hidden" (red
 * team: Tailwind's `overflow-hidden` had lost a page its block).
 */
function hiddenBy(attributes: string): boolean {
  for (const [, name = '', ...values] of attributes.matchAll(ATTRIBUTE)) {
    const value = values.find((v) => v !== undefined) ?? '';
    if (/^hidden$/i.test(name)) return true;
    if (
      /^style$/i.test(name) &&
      /display\s*:\s*['"]?none|visibility\s*:\s*['"]?hidden/i.test(value)
    )
      return true;
  }
  return false;
}

// A name, then a value quoted, in JSX's braces, or bare.
const ATTRIBUTE =
  /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{(\{[^}]*\}|[^}]*)\}|([^\s"'=<>`]+)))?/g;

// A fence closes with the same character, at least as long, and nothing after it.
function findClosingFence(lines: readonly string[], from: number, fence: string): number {
  const char = fence[0] === '~' ? '~' : '`';
  const closing = new RegExp(`^ {0,3}\\${char}{${fence.length},}\\s*$`);
  for (let j = from; j < lines.length; j++) {
    if (closing.test(lines[j] ?? '')) return j;
  }
  return lines.length;
}
