/**
 * Descriptions written in HTML (`<p>`, `<b>`, `<a href>`, lists) become markdown,
 * which editors render in hover docs. Text without an HTML element is left
 * exactly as written (markdown already), and so is anything that only looks
 * like a tag (`List<String>`). The result is still spec text: it is escaped for
 * the comment afterwards, like any other.
 */
import { createRequire } from 'node:module';
import type TurndownService from 'turndown';

// Elements a description writer uses; any other `<Name>` is text.
const ELEMENTS = new Set(
  (
    'a abbr b blockquote br caption code dd del details dfn div dl dt em h1 h2 h3 h4 h5 h6 hr ' +
    'i img ins kbd li mark ol p pre q s samp small span strike strong sub summary sup table ' +
    'tbody td tfoot th thead tr tt u ul var script style'
  ).split(' '),
);
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>/g;

/** Does `text` hold an HTML element (not only something that looks like a tag)? */
function hasHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  for (const match of text.matchAll(TAG)) if (ELEMENTS.has(match[1]!.toLowerCase())) return true;
  return false;
}

let service: TurndownService | undefined;

/** Loaded on the first HTML description: most specs have none, and it costs a DOM. */
function converter(): TurndownService {
  if (service) return service;
  const Turndown = createRequire(import.meta.url)('turndown') as typeof TurndownService;
  service = new Turndown({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  service.remove(['script', 'style']);
  // Markdown already in the text (`*`, `_`) stays markdown: nothing is backslash-escaped.
  service.escape = (text) => text;
  return service;
}

// Elements that shape blocks: with one of them the text is an HTML document.
const BLOCKS = new Set(
  (
    'blockquote br caption dd div dl dt h1 h2 h3 h4 h5 h6 hr li ol p pre table tbody td tfoot ' +
    'th thead tr ul details summary'
  ).split(' '),
);

// Markdown's own block syntax: a heading, a fence, a table's rule, a list item.
// Each run of blanks is read once: `[ \t]*\|?[ \t]*` had tried every split of a long one (red
// team: a line of 400,000 spaces took 227 s).
const MARKDOWN_BLOCK =
  /^(?:#{1,6}[ \t]|[ \t]*(?:`{3,}|~{3,})|[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*\||[ \t]*(?:[-*+]|\d+\.)[ \t])/m;

// Quotes an HTML writer escaped in text that is no HTML (Trello's "It isn&#39;t required"):
// the SDK's reader sees them as meant.
const QUOTE_ENTITY = /&(?:#39|#x27|apos|quot|#34|#x22);/gi;

export function htmlToMarkdown(text: string): string {
  if (!hasHtml(text)) return text.replace(QUOTE_ENTITY, (e) => (/39|27|apos/i.test(e) ? "'" : '"'));
  // A `<br>` alone makes no document: Zoom ends lines with it in markdown, blank lines and all.
  const blocks = [...text.matchAll(TAG)].some(
    (m) => BLOCKS.has(m[1]!.toLowerCase()) && m[1]!.toLowerCase() !== 'br',
  );
  // An HTML document: block elements, and none of markdown's own block syntax outside its
  // preformatted text (a `# comment` in a `<pre>` is code, not a heading).
  if (blocks && !MARKDOWN_BLOCK.test(withoutPreformatted(text)))
    return converter().turndown(asHtml(text));
  // Markdown with elements in it (Linode's `<a>` and `<ul>`, Zuora's `<p>` in table cells):
  // each line that holds one is converted alone, so headings, lists, tables and fenced code
  // keep their lines. An element that spans lines takes its paragraph (the lines between
  // blank ones) with it instead.
  const pieces = paragraphs(text);
  return pieces
    .map((piece) =>
      piece.fenced || !hasHtml(piece.text)
        ? piece.text
        : piece.text.split('\n').every(balanced)
          ? piece.text.split('\n').map(convertLine).join('\n')
          : converter().turndown(asHtml(piece.text)),
    )
    .join('\n');
}

/**
 * The text without its preformatted elements (`<pre>` to the next `</pre>`), read once: a lazy
 * `<pre[\s>][^]*?<\/pre>` went to the end from each `<pre` that no `</pre>` closes (red team:
 * 200,000 of them took 60 s).
 */
function withoutPreformatted(text: string): string {
  const parts = text.split(/<\/pre>/i);
  const last = parts.pop()!;
  return parts.map((part) => part.replace(/<pre[\s>][^]*$/i, '')).join('') + last;
}

/**
 * Whether the line ends inside a tag (`… <a href=`): a `<` and a letter with no `>` after. The
 * last such `<` says it: `<[A-Za-z][^>]*$` had gone to the end from each of them.
 */
function endsInOpenTag(line: string): boolean {
  for (let at = line.lastIndexOf('<'); at >= 0; at = at === 0 ? -1 : line.lastIndexOf('<', at - 1))
    if (/[A-Za-z]/.test(line[at + 1] ?? '')) return !line.includes('>', at);
  return false;
}

/** The text in paragraphs and fenced blocks, each kept whole with its own line breaks. */
function paragraphs(text: string): Array<{ text: string; fenced: boolean }> {
  const pieces: Array<{ text: string; fenced: boolean }> = [];
  let fence: string | undefined;
  let lines: string[] = [];
  const flush = (fenced: boolean) => {
    if (lines.length > 0) pieces.push({ text: lines.join('\n'), fenced });
    lines = [];
  };
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker !== undefined) {
      flush(false);
      fence = marker;
      lines.push(line);
    } else if (fence !== undefined) {
      lines.push(line);
      // Closed by the same character, at least as many of it.
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        flush(true);
        fence = undefined;
      }
    } else if (line.trim() === '') {
      flush(false);
      pieces.push({ text: line, fenced: false });
    } else lines.push(line);
  }
  flush(fence !== undefined);
  return pieces;
}

const VOID = new Set(['br', 'hr', 'img']);

/** Every element a line opens it closes, and no tag runs past its end. */
function balanced(line: string): boolean {
  if (endsInOpenTag(line)) return false;
  const depth = new Map<string, number>();
  for (const match of line.matchAll(TAG)) {
    const name = match[1]!.toLowerCase();
    // A void element (`<br>`, Zoom's line ends) closes nothing.
    if (!ELEMENTS.has(name) || /\/>$/.test(match[0]) || VOID.has(name)) continue;
    depth.set(name, (depth.get(name) ?? 0) + (match[0].startsWith('</') ? -1 : 1));
  }
  return [...depth.values()].every((d) => d === 0);
}

/**
 * One line through the converter, its indentation (a nested list item's) kept. A table row
 * stays one line: a block element in a cell (Zuora's `<p>`) is a space there.
 */
function convertLine(line: string): string {
  if (!hasHtml(line)) return line;
  const indent = /^\s*/.exec(line)![0];
  const content = line.slice(indent.length);
  const row = content.startsWith('|')
    ? content.replace(TAG, (tag, name: string) => (BLOCKS.has(name.toLowerCase()) ? ' ' : tag))
    : content;
  return indent + converter().turndown(asHtml(row));
}

/** A `<` that opens no known element is text: kept as `&lt;` through the HTML parse. */
function asHtml(text: string): string {
  return text.replace(/<\/?([A-Za-z][A-Za-z0-9-]*)?/g, (opening, name?: string) =>
    name !== undefined && ELEMENTS.has(name.toLowerCase()) ? opening : `&lt;${opening.slice(1)}`,
  );
}
