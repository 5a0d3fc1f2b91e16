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

// Where a comment begins (at a line's start, as CommonMark's HTML block), and what ends it.
const COMMENT_OPENINGS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}\{\/\*/, /\*\/\}/],
];

export function findOpenApiBlocks(markdown: string): EmbeddedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: EmbeddedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A comment the rendered page never shows holds no block of it (red team: a hidden block
    // had set the SDK's server, where the API key went): HTML's `<!-- … -->`, MDX's `{/* … */}`.
    const comment = COMMENT_OPENINGS.find(([opening]) => opening.test(lines[i] ?? ''));
    if (comment) {
      const [opening, closing] = comment;
      const rest = (lines[i] ?? '').replace(opening, '');
      if (!closing.test(rest)) while (i + 1 < lines.length && !closing.test(lines[++i] ?? ''));
      continue;
    }
    const open = OPENING.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const language = (open[2] ?? '').toLowerCase();
    const end = findClosingFence(lines, i + 1, fence);
    const body = lines.slice(i + 1, end).join('\n');
    const kind =
      language === 'json' ? 'json' : language === 'yaml' || language === 'yml' ? 'yaml' : undefined;
    if (kind && OPENAPI_KEY.test(body))
      blocks.push({ language: kind, text: body, firstLine: i + 2 });
    i = end;
  }
  return blocks;
}

// A fence closes with the same character, at least as long, and nothing after it.
function findClosingFence(lines: readonly string[], from: number, fence: string): number {
  const char = fence[0] === '~' ? '~' : '`';
  const closing = new RegExp(`^ {0,3}\\${char}{${fence.length},}\\s*$`);
  for (let j = from; j < lines.length; j++) {
    if (closing.test(lines[j] ?? '')) return j;
  }
  return lines.length;
}
