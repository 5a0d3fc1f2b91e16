/**
 * Large printed files are formatted in pieces so that the pieces can be
 * spread over cores. A file is cut only at a blank line followed, at column 0,
 * by a top-level `export`, `/**` or `import`: the printer writes one blank line
 * between top-level declarations and never such a line inside one (class
 * members, JSDoc and object types are indented; template literals are one
 * line). prettier keeps one blank line between declarations, so the formatted
 * pieces joined by a blank line are the formatted file: a test holds this.
 */
const BOUNDARY = /\n\n(?=export |\/\*\*|import )/g;

export function splitAtDeclarations(text: string, targetSize: number): string[] {
  if (text.length <= targetSize) return [text];
  const chunks: string[] = [];
  let start = 0;
  let last = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const cut = match.index;
    if (cut - start >= targetSize && last > start) {
      chunks.push(text.slice(start, last));
      start = last + 2;
    }
    last = cut;
  }
  if (text.length - start > targetSize && last > start) {
    chunks.push(text.slice(start, last));
    start = last + 2;
  }
  chunks.push(text.slice(start));
  return chunks.filter((c) => c.trim() !== '');
}

/** Formatted pieces back into one file: one blank line between them, as prettier would keep. */
export function joinFormatted(pieces: readonly string[]): string {
  return pieces.map((p) => p.replace(/\n+$/, '\n')).join('\n');
}
