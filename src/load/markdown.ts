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

// How far a fence may be indented: CommonMark's three spaces; MDX has no indented code, and a
// fence inside a component (`<Steps>`' `<Step>`) may be indented any way (red team: Mintlify's
// steps had lost their blocks).
const INDENT = ' {0,3}';
const MDX_INDENT = '[ \\t]*';
const opening = (indent: string) =>
  new RegExp(`^(${indent})(\`{3,}|~{3,})\\s*([A-Za-z]+)?[^\\n]*$`);
const OPENING = opening(INDENT);
const MDX_OPENING = opening(MDX_INDENT);
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
        const width = columns(indent);
        const body = lines
          .slice(i + 1, end)
          .map((l) => dedented(l, width))
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
      // MDX has no indented code: its tags and comments may stand at any indentation.
      inHtml =
        line.trim() !== '' &&
        (inHtml || (mdx ? MDX_RAW : RAW_HTML).test(line) || (mdx && MDX_COMMENT.test(line)));
      if (!inHtml) continue;
    }
    hiding = commentAfter(hiding === undefined ? withoutCodeSpans(line) : line, hiding, mdx);
  }
  return blocks;
}

const RAW_HTML = /^ {0,3}</;
const MDX_RAW = /^[ \t]*</;
const MDX_COMMENT = /^[ \t]*\{\/\*/;

/** The column after `char` at `column`: a tab to the next multiple of 4, as CommonMark counts. */
const step = (column: number, char: string) =>
  char === '\t' ? column + 4 - (column % 4) : column + 1;

/** The columns of an indentation. */
function columns(indent: string): number {
  return [...indent].reduce(step, 0);
}

/** A line without up to `width` columns of its indentation; a tab cut in two leaves its spaces. */
function dedented(line: string, width: number): string {
  let column = 0;
  let at = 0;
  while (at < line.length && column < width && (line[at] === ' ' || line[at] === '\t'))
    column = step(column, line[at++]!);
  return ' '.repeat(Math.max(0, column - width)) + line.slice(at);
}

/**
 * A line without its code spans, whose text is no HTML: a run of backticks, what it holds, the
 * next run as long. Each run is met once (red team: a line of runs of every length had been read
 * in a time past its length's).
 */
function withoutCodeSpans(line: string): string {
  const runs: Array<{ at: number; length: number }> = [];
  for (let at = line.indexOf('`'); at >= 0;) {
    let end = at;
    while (line[end] === '`') end++;
    runs.push({ at, length: end - at });
    at = line.indexOf('`', end);
  }
  if (runs.length < 2) return line;
  // For each run, the next one as long.
  const next = new Array<number>(runs.length).fill(-1);
  const last = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    next[r] = last.get(runs[r]!.length) ?? -1;
    last.set(runs[r]!.length, r);
  }
  let out = '';
  let from = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = next[r]!;
    if (close < 0) continue;
    out += line.slice(from, runs[r]!.at);
    from = runs[close]!.at + runs[close]!.length;
    r = close;
  }
  return out + line.slice(from);
}

type Comment = 'html' | 'mdx';

/** The comment still open after a line of raw HTML, given the one open before it. */
function commentAfter(line: string, open: Comment | undefined, mdx: boolean): Comment | undefined {
  let at = 0;
  // Where each opener next stands, looked for again only once passed: a line is read once.
  let html = -2;
  let jsx = mdx ? -2 : -1;
  for (;;) {
    if (open === undefined) {
      if (html !== -1 && html < at) html = line.indexOf('<!--', at);
      if (jsx !== -1 && jsx < at) jsx = line.indexOf('{/*', at);
      if (html < 0 && jsx < 0) return undefined;
      if (html >= 0 && (jsx < 0 || html < jsx)) {
        at = html + 4;
        // `<!-->` and `<!--->` are comments closed where they open, as HTML reads them.
        const empty = /^-?>/.exec(line.slice(at, at + 2));
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
  const closing = new RegExp(`^${mdx ? MDX_INDENT : INDENT}\\${char}{${fence.length},}\\s*$`);
  for (let j = from; j < lines.length; j++) {
    if (closing.test(lines[j] ?? '')) return j;
  }
  return lines.length;
}
