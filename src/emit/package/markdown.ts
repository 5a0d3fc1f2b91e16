/**
 * Spec text in the package's markdown files. Text from a spec is hostile: in
 * prose it may not open a link, an HTML tag, emphasis or a code span, nor start
 * a block; in a code block it may not close the fence.
 */
import { hiddenShown } from '../escape.js';

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Prose on one line: HTML characters as entities, markdown's inline punctuation
 * backslash-escaped. Callers never start a line with it, so it cannot start a block.
 */
export function markdownText(text: string): string {
  return (
    shown(text)
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[<>&]/g, (c) => ENTITIES[c] ?? c)
      // `$` too: GitHub reads `$$…$$` as math.
      .replace(/[\\`*_[\]()|~!#$]/g, (c) => `\\${c}`)
  );
}

/** A fenced code block that its content cannot close: the fence is longer than any backtick run inside. */
export function codeBlock(language: string, code: string): string {
  code = shown(code);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}

/**
 * A code span its content cannot close. In a table's `cell`, a `|` is `\|`: GitHub's tables end
 * a cell at one even in a code span (red team: a key's name had made a cell of its own, with a
 * link and an image in it).
 */
export function inlineCode(text: string, within: 'prose' | 'cell' = 'prose'): string {
  const line = shown(text.replace(/\s+/g, ' '));
  const ticks = '`'.repeat(longestBacktickRun(line) + 1);
  // Spaces inside the ticks only where the text itself starts or ends with a backtick (CommonMark strips one each side).
  const pad = /^`|`$/.test(line) ? ' ' : '';
  const span = `${ticks}${pad}${line}${pad}${ticks}`;
  return within === 'cell' ? span.replace(/\|/g, '\\|') : span;
}

/**
 * Controls, lone surrogates and the characters that reorder or hide text, shown by their number
 * as in the SDK's comments (red team: a sample's bidi override had made its README example read
 * otherwise than it runs, "Trojan Source"; a version's had reversed the rest of its paragraph).
 */
function shown(text: string): string {
  return hiddenShown(text.replace(/\r\n?/g, '\n'));
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
