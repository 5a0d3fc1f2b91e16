/**
 * Parses YAML or JSON text into a plain value, keeping enough to turn a JSON
 * pointer back into a file, line and column for error messages.
 */
import { createRequire } from 'node:module';
import { LineCounter, parseDocument, isNode, isScalar, type Document } from 'yaml';
import {
  CodegenError,
  toPointer,
  codeFramer,
  type Diagnostic,
  type SourceLocation,
} from '../diagnostics.js';
import { jsonPositions } from './json-positions.js';
import { aliasProblem } from './yaml-aliases.js';
import { unclosedStart } from './yaml-unclosed.js';

export interface ParsedSource {
  /** The file as the user named it. */
  readonly file: string;
  readonly value: unknown;
  /** Where the node at these path segments starts, if it exists. */
  locate(segments: ReadonlyArray<string | number>): SourceLocation | undefined;
  /** Source lines around a location, for messages. */
  frame(location: SourceLocation): string;
}

export interface ParseInput {
  readonly file: string;
  /** The whole file, for code frames. */
  readonly fileText: string;
  /** The document's text (a fenced block of a markdown page, or the whole file). */
  readonly text: string;
  readonly language: 'yaml' | 'json';
  /** 1-based line in `fileText` where `text` starts. */
  readonly firstLine: number;
  /**
   * False for a file the user did not name (one a `$ref` reaches): its parse
   * errors then carry no code frame and no words of the parser that may quote it.
   */
  readonly quote?: boolean | undefined;
  /** Read as JSON for its first character alone (a `.yaml` file or stdin): YAML's flow style too. */
  readonly guessed?: boolean | undefined;
}

/** The parser's word on a fault; its own stack overflowing on deep nesting says nothing of the file. */
function parserMessage(message: string): string {
  return /Maximum call stack size exceeded/.test(message)
    ? 'nested too deeply for the parser to read: the document must nest less deeply'
    : firstLine(message);
}

/**
 * The YAML parser reads broken JSON as YAML's flow style and says so ("Flow map must
 * end with a }"); a JSON file's author knows objects and arrays.
 */
export function inJsonWords(message: string): string {
  const said = message
    .replace(
      /flow sequence in block collection must be sufficiently indented and end/i,
      'an array must end',
    )
    .replace(/flow map items/gi, "an object's members")
    .replace(/flow map/gi, 'an object')
    .replace(/flow sequence/gi, 'an array');
  return said.charAt(0).toUpperCase() + said.slice(1);
}

export function parseSource(input: ParseInput): ParsedSource {
  let broken: unknown;
  if (input.language === 'json') {
    // JSON.parse is many times faster than a YAML parse on large specs; YAML
    // positions are only computed when an error needs one.
    let value: unknown;
    try {
      value = JSON.parse(input.text);
    } catch (error) {
      // Fall through: the YAML parser explains where the JSON is broken.
      broken = error;
    }
    if (value !== undefined) {
      let locator:
        ((segments: ReadonlyArray<string | number>) => SourceLocation | undefined) | undefined;
      const locate = (segments: ReadonlyArray<string | number>) =>
        (locator ??= jsonLocator(input))(segments);
      const keys = refuseDeepNesting(value, locate);
      // JSON.parse keeps the last of a key said twice, silently: a reviewer reads the first
      // (red team: `"security": [{…}], "security": []` sent no credential). YAML refuses it.
      if (keys !== keysInJson(input.text)) refuseDuplicateKey(input);
      return makeSource(input, value, locate, false);
    }
  }
  const parsed = parseYaml(input);
  // JSON that YAML reads (a key's opening quote missing, single quotes): still no JSON, and read
  // so it had made Stripe's `/v1/balance"` a path (team trial).
  if (broken !== undefined && !input.guessed && !validAfterBom(input.text))
    refuseBrokenJson(input, broken);
  return makeSource(input, parsed.value, parsed.locate);
}

/** Where a strict JSON parser first stops in `text` (comments and trailing commas refused too). */
function firstJsonError(text: string): number | undefined {
  const { parse } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  parse(text.replace(/^\uFEFF/, ' '), errors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  return errors[0]?.offset;
}

/** JSON saved with a byte order mark (Windows tools'), which JSON.parse refuses and YAML reads. */
function validAfterBom(text: string): boolean {
  if (!text.startsWith('\uFEFF')) return false;
  try {
    JSON.parse(text.slice(1));
    return true;
  } catch {
    return false;
  }
}

/** The JSON parser's own word on a file the YAML parser read, at its place. */
function refuseBrokenJson(input: ParseInput, error: unknown): never {
  const said = error instanceof Error ? error.message : String(error);
  // Where V8 says none (`Unexpected token '}'`), a JSON parser that reports offsets finds it.
  const position = /at position (\d+)/.exec(said)?.[1];
  const offset = position !== undefined ? Number(position) : (firstJsonError(input.text) ?? 0);
  const before = input.text.slice(0, offset).split('\n');
  const location = {
    file: input.file,
    line: before.length - 1 + input.firstLine,
    column: before.at(-1)!.length + 1,
  };
  const quoted = input.quote !== false;
  // Without V8's position, or its quote of the text (`, "{"openapi"... is not valid JSON`).
  const words = firstLine(said)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, (?:\.\.\.)?".*$/, '');
  throw new CodegenError([
    {
      message: quoted
        ? `Invalid JSON: ${words}`
        : 'Invalid JSON; the file was reached by a $ref, so its text is not shown',
      location,
      frame: quoted ? codeFramer(input.fileText)(location.line, location.column) : undefined,
    },
  ]);
}

/**
 * Positions in valid JSON, found along the asked path only (json-positions.ts),
 * with the lines counted on the first question: a valid spec usually asks none.
 */
function jsonLocator(
  input: ParseInput,
): (segments: ReadonlyArray<string | number>) => SourceLocation | undefined {
  const positions = jsonPositions(input.text);
  const lineStarts = [0];
  for (let i = input.text.indexOf('\n'); i !== -1; i = input.text.indexOf('\n', i + 1))
    lineStarts.push(i + 1);
  return (segments) => {
    // A missing key points at its deepest existing ancestor, as for YAML.
    const offset = positions.offsetOf(segments);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: input.file, line: lo + input.firstLine, column: offset - lineStarts[lo]! + 1 };
  };
}

interface Located {
  readonly value: unknown;
  locate(segments: ReadonlyArray<string | number>): SourceLocation | undefined;
}

/**
 * Keys that become one in JSON are one: `200` and `'200'` (red team: the second response had
 * silently replaced the first).
 */
function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (isScalar(a) && isScalar(b) && String(a.value) === String(b.value));
}

function parseYaml(input: ParseInput): Located {
  const lineCounter = new LineCounter();
  const doc = parseDocument(input.text, { lineCounter, prettyErrors: false, uniqueKeys: sameKey });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: input.file, line: line + input.firstLine - 1, column: col };
  };
  const frame = input.quote === false ? undefined : codeFramer(input.fileText);
  // `quotable` may hold text of the file; `code` is the parser's name for the fault.
  const problem = (offset: number, message: string, quotable: string, code: string): Diagnostic => {
    const location = at(offset);
    return {
      message: frame
        ? `${message}: ${quotable}`
        : `${message} (${code}); the file was reached by a $ref, so its text is not shown`,
      location,
      frame: frame?.(location.line, location.column),
    };
  };
  const kind = input.language === 'json' ? 'Invalid JSON' : 'Invalid YAML';
  if (doc.errors.length > 0) {
    // The YAML parser may report one fault twice from two angles: keep the first per position.
    const positions = new Set<number>();
    const errors = doc.errors.filter((e) => !positions.has(e.pos[0]) && positions.add(e.pos[0]));
    const words = input.language === 'json' ? inJsonWords : (message: string) => message;
    // The first fault, where the parser lost its way: those after it mostly follow from it (one
    // unquoted `include[]` made 24 errors, each with its frame).
    // A key said twice is a fault of its own, not a cascade: each is said (red team).
    const [first, ...rest] = errors;
    const twice = rest.filter((e) => e.code === 'DUPLICATE_KEY');
    const more = rest.length - twice.length;
    const after = more > 0 ? ` (and ${more} more after it, which may follow from this one)` : '';
    // A YAML quote or flow collection left open is placed where it was opened (JSON's faults
    // are placed at the character that broke it, as precise).
    const leftOpen =
      input.language !== 'json' && /Missing closing|end with an? [\]}]/.test(first!.message);
    const begun = (leftOpen && unclosedStart(doc, first!.pos[0])) || first!.pos[0];
    throw new CodegenError([
      problem(begun, kind, `${parserMessage(words(first!.message))}${after}`, first!.code),
      ...twice.map((e) => problem(e.pos[0], kind, parserMessage(words(e.message)), e.code)),
    ]);
  }
  const aliases = aliasProblem(doc, frame !== undefined);
  if (aliases) {
    const location = at(aliases.offset);
    throw new CodegenError([
      { message: aliases.message, location, frame: frame?.(location.line, location.column) },
    ]);
  }
  let value: unknown;
  try {
    // Aliases were bounded above; the value shares each repeated node rather than copying it.
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (error) {
    const offset = doc.contents?.range?.[0] ?? 0;
    throw new CodegenError([
      problem(
        offset,
        kind,
        error instanceof Error ? firstLine(error.message) : String(error),
        'UNREADABLE',
      ),
    ]);
  }
  return { value, locate: (segments) => locateNode(doc, segments, at) };
}

function locateNode(
  doc: Document,
  segments: ReadonlyArray<string | number>,
  at: (offset: number) => SourceLocation,
): SourceLocation | undefined {
  // Walk up to the deepest existing ancestor so a missing key still points somewhere useful.
  for (let depth = segments.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return undefined;
}

function makeSource(
  input: ParseInput,
  value: unknown,
  locate: (segments: ReadonlyArray<string | number>) => SourceLocation | undefined,
  refuse = true,
): ParsedSource {
  if (refuse) refuseDeepNesting(value, locate);
  let frame: ((line: number, column: number) => string) | undefined;
  return {
    file: input.file,
    value,
    locate,
    frame: (location) => (frame ??= codeFramer(input.fileText))(location.line, location.column),
  };
}

/**
 * No OpenAPI document nests this deep, and copying or walking one that does
 * would overflow the stack: it is refused here, located, before any recursion.
 */
export const MAX_DOCUMENT_DEPTH = 1000;

/** Refuses a value nested too deep; else says how many keys its objects have in all. */
function refuseDeepNesting(
  value: unknown,
  locate: (segments: ReadonlyArray<string | number>) => SourceLocation | undefined,
): number {
  const counted = { keys: 0 };
  if (
    typeof value === 'object' &&
    value !== null &&
    nestsDeeperThan(value, MAX_DOCUMENT_DEPTH, counted)
  )
    locateDeepNesting(value, locate);
  return counted.keys;
}

/**
 * The check alone, allocating nothing per node (the walk below keeps every path, for the
 * message), counting the keys on the way. It recurses at most `limit` deep: the stack holds
 * that, and no path can go deeper.
 */
function nestsDeeperThan(value: object, limit: number, counted: { keys: number }): boolean {
  if (limit < 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null && nestsDeeperThan(child, limit - 1, counted))
        return true;
    }
    return false;
  }
  for (const key in value) {
    counted.keys++;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && nestsDeeperThan(child, limit - 1, counted))
      return true;
  }
  return false;
}

/**
 * How many keys valid JSON text says: strings followed by a colon, counted in one pass with no
 * allocation (GitHub's 13 MB in about 40 ms). Fewer in the parsed value means one was said twice.
 */
function keysInJson(text: string): number {
  let keys = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) !== 0x22) continue;
    let close = i + 1;
    for (; close < end; close++) {
      const c = text.charCodeAt(close);
      if (c === 0x5c) close++;
      else if (c === 0x22) break;
    }
    let next = close + 1;
    let c = text.charCodeAt(next);
    // JSON's whitespace: space, tab, line feed, carriage return.
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++next);
    if (c === 0x3a) keys++;
    i = close;
  }
  return keys;
}

/**
 * The located error for the first key an object of valid JSON text says twice; none where the
 * counts differed for another reason the parser does not see.
 */
function refuseDuplicateKey(input: ParseInput): void {
  // Loaded only for a document that has one.
  const { visit } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const objects: Array<Set<string>> = [];
  let found: { key: string; line: number; column: number } | undefined;
  visit(input.text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, _offset, _length, line, column) => {
      const seen = objects.at(-1)!;
      if (seen.has(key)) found ??= { key, line, column };
      seen.add(key);
    },
  });
  if (found === undefined) return;
  const location = {
    file: input.file,
    line: found.line + input.firstLine,
    column: found.column + 1,
  };
  const quoted = input.quote !== false;
  throw new CodegenError([
    {
      message: quoted
        ? `Invalid JSON: the key ${JSON.stringify(found.key)} is given twice in one object (JSON keeps the last, silently)`
        : 'Invalid JSON: a key is given twice in one object (DUPLICATE_KEY); the file was reached by a $ref, so its text is not shown',
      location,
      frame: quoted ? codeFramer(input.fileText)(location.line, location.column) : undefined,
    },
  ]);
}

/** Throws the located error for the first node (in the walk's order) deeper than allowed. */
function locateDeepNesting(
  value: unknown,
  locate: (segments: ReadonlyArray<string | number>) => SourceLocation | undefined,
): void {
  // Iterative, so the check itself cannot overflow; the path is rebuilt only for the message.
  interface Visit {
    readonly node: unknown;
    readonly depth: number;
    readonly parent: Visit | undefined;
    readonly key: string | number;
  }
  const stack: Visit[] = [{ node: value, depth: 0, parent: undefined, key: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DOCUMENT_DEPTH) {
      const path: Array<string | number> = [];
      for (let at: Visit | undefined = item; at?.parent !== undefined; at = at.parent)
        path.unshift(at.key);
      const pointer = toPointer(path);
      throw new CodegenError([
        {
          message: `The document nests more than ${MAX_DOCUMENT_DEPTH} levels deep`,
          pointer: pointer.length > 200 ? `${pointer.slice(0, 200)}…` : pointer,
          location: locatedIfPossible(locate, path),
        },
      ]);
    }
    const isArray = Array.isArray(node);
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'object' && child !== null)
        stack.push({
          node: child,
          depth: depth + 1,
          parent: item,
          key: isArray ? Number(key) : key,
        });
    }
  }
}

// Finding the position walks the same depth the parsers could not: a failure there costs only the line number.
function locatedIfPossible(
  locate: (segments: ReadonlyArray<string | number>) => SourceLocation | undefined,
  path: ReadonlyArray<string | number>,
): SourceLocation | undefined {
  try {
    return locate(path);
  } catch {
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
