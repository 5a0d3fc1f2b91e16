/**
 * Spec text in the package's markdown files. Text from a spec is hostile: in
 * prose it may not open a link, an HTML tag, emphasis or a code span, nor start
 * a block; in a code block it may not close the fence.
 */

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Prose on one line: HTML characters as entities, markdown's inline punctuation
 * backslash-escaped. Callers never start a line with it, so it cannot start a block.
 */
export function markdownText(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[<>&]/g, (c) => ENTITIES[c] ?? c)
      // `$` too: GitHub reads `$$…$$` as math.
      .replace(/[\\`*_[\]()|~!#$]/g, (c) => `\\${c}`)
  );
}

/** A fenced code block that its content cannot close: the fence is longer than any backtick run inside. */
export function codeBlock(language: string, code: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}

/** A code span its content cannot close. */
export function inlineCode(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  const ticks = '`'.repeat(longestBacktickRun(line) + 1);
  // Spaces inside the ticks only where the text itself starts or ends with a backtick (CommonMark strips one each side).
  const pad = /^`|`$/.test(line) ? ' ' : '';
  return `${ticks}${pad}${line}${pad}${ticks}`;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
