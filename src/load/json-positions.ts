/**
 * Where a value sits in JSON text that JSON.parse has already accepted. A path
 * is found by descending along it only: each container on the way is scanned
 * once for the offsets of its members (remembered for the next path), and the
 * values it holds are skipped, strings with indexOf. No tree of the document is
 * built (one of a 13 MB spec holds over 100 MB), and paths of any depth work.
 */

/** Offsets of a container's members: an object's by key (the last of duplicate keys, as JSON.parse keeps), an array's by index. */
type Members = Map<string, number> | number[];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

export interface JsonPositions {
  /**
   * The offset where the value at `segments` starts, or where its deepest
   * existing ancestor starts when the path leads nowhere.
   */
  offsetOf(segments: ReadonlyArray<string | number>): number;
}

/**
 * Containers are scanned this many levels at a time: the first question indexes
 * the document's top three levels in one pass (`components.schemas.X`, an
 * operation of `paths`), and a deeper one scans only the subtree it enters.
 */
const LEVELS = 3;

/** `text` must be valid JSON (JSON.parse accepted it): the scan checks nothing. */
export function jsonPositions(text: string): JsonPositions {
  const members = new Map<number, Members>();
  const scanner = new Scanner(text, members);
  const membersAt = (offset: number): Members | undefined => {
    const c = text.charCodeAt(offset);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return undefined;
    if (!members.has(offset)) scanner.container(offset, LEVELS);
    return members.get(offset);
  };
  return {
    offsetOf(segments) {
      let offset = skipSpace(text, 0);
      for (const segment of segments) {
        const inside = membersAt(offset);
        const next = Array.isArray(inside)
          ? inside[arrayIndex(segment)]
          : inside?.get(String(segment));
        if (next === undefined) break;
        offset = next;
      }
      return offset;
    },
  };
}

/** An array index from a number or its canonical decimal text; -1 for anything else. */
function arrayIndex(segment: string | number): number {
  if (typeof segment === 'number') return Number.isInteger(segment) ? segment : -1;
  return /^(?:0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
}

class Scanner {
  constructor(
    private readonly text: string,
    private readonly members: Map<number, Members>,
  ) {}

  /** Records the members of the container opening at `open`, and theirs `levels - 1` deep; returns the offset past it. */
  container(open: number, levels: number): number {
    const { text } = this;
    const isObject = text.charCodeAt(open) === OPEN_BRACE;
    const keys = isObject ? new Map<string, number>() : undefined;
    const items: number[] = [];
    this.members.set(open, keys ?? items);
    let at = skipSpace(text, open + 1);
    const c = text.charCodeAt(at);
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) return at + 1;
    for (;;) {
      let value = at;
      if (keys) {
        const keyEnd = stringEnd(text, at);
        const raw = text.slice(at + 1, keyEnd - 1);
        // Past the colon to the value; a later duplicate key replaces the earlier, as in JSON.parse.
        value = skipSpace(text, skipSpace(text, keyEnd) + 1);
        keys.set(raw.includes('\\') ? (JSON.parse(text.slice(at, keyEnd)) as string) : raw, value);
      } else {
        items.push(value);
      }
      const v = text.charCodeAt(value);
      const end =
        levels > 1 && (v === OPEN_BRACE || v === OPEN_BRACKET)
          ? this.container(value, levels - 1)
          : valueEnd(text, value);
      at = skipSpace(text, end);
      // A comma, or the closing bracket.
      if (text.charCodeAt(at) !== COMMA) return at + 1;
      at = skipSpace(text, at + 1);
    }
  }
}

/** The offset just past the value starting at `start`. */
function valueEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) return stringEnd(text, start);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) return containerEnd(text, start);
  // A number, true, false or null: up to the next delimiter.
  let at = start + 1;
  for (; at < text.length; at++) {
    const d = text.charCodeAt(at);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
  }
  return at;
}

/** Past the bracket that closes the object or array opening at `start`; brackets inside strings do not count. */
function containerEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === QUOTE) at = stringEnd(text, at) - 1;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return at + 1;
  }
  return text.length;
}

/** Past the quote that closes the string opening at `start`: the first quote after it not escaped by a backslash. */
function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

function skipSpace(text: string, start: number): number {
  let at = start;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

// JSON's whitespace: space, tab, line feed, carriage return.
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
