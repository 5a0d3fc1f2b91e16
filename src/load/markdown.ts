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

const OPENING = /^( {0,3})(`{3,}|~{3,})\s*([A-Za-z]+)?[^\n]*$/;
// MDX has no indented code: a fence inside a component (`<Steps>`' `<Step>`) may be indented
// any way (red team: Mintlify's steps had lost their blocks).
const MDX_OPENING = /^([ \t]*)(`{3,}|~{3,})\s*([A-Za-z]+)?[^\n]*$/;
// `[ \t]*`, not `\s*` (`^` already matches on every line): a `\s*` tried from every line
// start rescans all the blank lines after it, which is quadratic in a block of blank lines.
const OPENAPI_KEY = /(?:^|[{,])[ \t]*["']?(?:openapi|swagger)["']?[ \t]*:/m;

/**
 * The blocks a page shows. A comment hides what it holds (red team: a hidden block had set the
 * SDK's server, where the API key went): HTML's `<!-- … -->` and, in an `.mdx` page, MDX's
 * `{/* … *\/}`. Read in the page's raw HTML only, as a browser meets it: a line that opens with a
 * tag, the rest of its HTML block, what follows a comment left open; a code span's `<!--` is text,
 * and so is one in a paragraph. (Elements a browser never shows are not read for it: telling them
 * as a browser does had lost the blocks of ordinary MDX callouts, red team.)
 */
export function findOpenApiBlocks(markdown: string, { mdx = false } = {}): EmbeddedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: EmbeddedBlock[] = [];
  let hiding: Comment | undefined;
  let inHtml = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (hiding === undefined) {
      const open = (mdx ? MDX_OPENING : OPENING).exec(line);
      if (open) {
        const indent = open[1] ?? '';
        const fence = open[2] ?? '```';
        const language = (open[3] ?? '').toLowerCase();
        const end = findClosingFence(lines, i + 1, fence, mdx);
        // Each line without the fence's indentation, as CommonMark reads a fenced block.
        const body = lines
          .slice(i + 1, end)
          .map((l) => l.slice(Math.min(indent.length, /^[ \t]*/.exec(l)![0].length)))
          .join('\n');
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
    hiding = commentAfter(hiding === undefined ? withoutCodeSpans(line) : line, hiding, mdx);
  }
  return blocks;
}

const RAW_HTML = /^ {0,3}</;
const MDX_COMMENT = /^ {0,3}\{\/\*/;
/**
 * A line without its code spans, whose text is no HTML: a run of backticks, what it holds, a run
 * as long. A length no later run closes is not looked for again, so a line is read in a time its
 * length bounds.
 */
function withoutCodeSpans(line: string): string {
  let out = '';
  const unclosed = new Set<number>();
  for (let i = 0; i < line.length;) {
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    let end = i;
    while (line[end] === '`') end++;
    const length = end - i;
    const close = unclosed.has(length) ? -1 : closingRun(line, end, length);
    if (close < 0) {
      unclosed.add(length);
      out += line.slice(i, end);
      i = end;
    } else i = close + length;
  }
  return out;
}

/** Where a run of exactly `length` backticks starts, from `from`; -1 where none does. */
function closingRun(line: string, from: number, length: number): number {
  for (let at = line.indexOf('`', from); at >= 0;) {
    let end = at;
    while (line[end] === '`') end++;
    if (end - at === length) return at;
    at = line.indexOf('`', end);
  }
  return -1;
}

type Comment = 'html' | 'mdx';

/** The comment still open after a line of raw HTML, given the one open before it. */
function commentAfter(line: string, open: Comment | undefined, mdx: boolean): Comment | undefined {
  let at = 0;
  for (;;) {
    if (open === undefined) {
      const html = line.indexOf('<!--', at);
      const jsx = mdx ? line.indexOf('{/*', at) : -1;
      if (html < 0 && jsx < 0) return undefined;
      if (html >= 0 && (jsx < 0 || html < jsx)) {
        at = html + 4;
        // `<!-->` and `<!--->` are comments closed where they open, as HTML reads them.
        const empty = /^-?>/.exec(line.slice(at));
        if (empty) at += empty[0].length;
        else open = 'html';
      } else {
        at = jsx + 3;
        open = 'mdx';
      }
    } else {
      // HTML's `--!>` closes one too, as browsers read it.
      const close = open === 'html' ? /--!?>/g : /\*\/\}/g;
      close.lastIndex = at;
      const found = close.exec(line);
      if (found === null) return open;
      at = found.index + found[0].length;
      open = undefined;
    }
  }
}

// A fence closes with the same character, at least as long, and nothing after it.
function findClosingFence(
  lines: readonly string[],
  from: number,
  fence: string,
  mdx: boolean,
): number {
  const char = fence[0] === '~' ? '~' : '`';
  const closing = new RegExp(`^${mdx ? '[ \\t]*' : ' {0,3}'}\\${char}{${fence.length},}\\s*$`);
  for (let j = from; j < lines.length; j++) {
    if (closing.test(lines[j] ?? '')) return j;
  }
  return lines.length;
}
