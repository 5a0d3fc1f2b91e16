/**
 * Problems found in the user's input. Every one names where it is: a file with
 * line and column when known, and the JSON pointer inside the OpenAPI document.
 */
export interface SourceLocation {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface Diagnostic {
  readonly message: string;
  readonly location?: SourceLocation | undefined;
  readonly pointer?: string | undefined;
  /** A few source lines with a caret under the column. */
  readonly frame?: string | undefined;
}

/** Bad input or usage: the CLI exits 2 and nothing is written. */
export class CodegenError extends Error {
  readonly exitCode = 2;
  readonly diagnostics: readonly Diagnostic[];
  /** Doubts found before the error, still worth seeing beside it. */
  readonly warnings: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[], warnings: readonly Diagnostic[] = []) {
    super(diagnostics.map(formatDiagnostic).join('\n\n'));
    this.name = 'CodegenError';
    this.diagnostics = diagnostics;
    this.warnings = warnings;
  }
}

/** `error` with `warnings` added to those it carries; anything but a CodegenError as it is. */
export function withWarnings(error: unknown, warnings: readonly Diagnostic[]): unknown {
  if (!(error instanceof CodegenError) || warnings.length === 0) return error;
  return new CodegenError(error.diagnostics, [...warnings, ...error.warnings]);
}

/**
 * `diagnostic` with a location found when first read rather than now: most warnings
 * of a run are never shown (`--quiet`, or past the first ten), and the first place
 * found in a large spec costs a scan of it. Read once, the location stays.
 */
export function locatedWhenRead(
  diagnostic: Diagnostic,
  find: () => SourceLocation | undefined,
): Diagnostic {
  const lazy = { ...diagnostic };
  Object.defineProperty(lazy, 'location', {
    enumerable: true,
    configurable: true,
    get() {
      const location = find();
      Object.defineProperty(lazy, 'location', { value: location, enumerable: true });
      return location;
    },
  });
  return lazy;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location
    ? `${d.location.file}:${d.location.line}:${d.location.column}`
    : undefined;
  const head = [where, d.pointer ? `at ${d.pointer}` : undefined].filter(Boolean).join(' ');
  const lines = [head ? `${head}: ${d.message}` : d.message];
  if (d.frame) lines.push(d.frame);
  return printable(lines.join('\n'));
}

/**
 * Text quoted from a spec, safe to print: a terminal control (an escape sequence sets the
 * title or clears the screen; a carriage return overwrites the line) becomes its sign
 * (␛, ␍), a C1 control or a bidi override U+FFFD: one column each, so a code frame's caret
 * still lines up. Line breaks and tabs stay.
 */
export function printable(text: string): string {
  return text
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) =>
      String.fromCharCode(c === '\x7f' ? 0x2421 : 0x2400 + c.charCodeAt(0)),
    )
    .replace(/[\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/** Source lines around `line` with a caret under `column`, like a compiler prints. */
export function codeFrame(text: string, line: number, column: number): string {
  return codeFramer(text)(line, column);
}

/**
 * Frames of one text. Its line starts are found once, on the first frame, so a
 * page with many problems costs one pass over it, not one per problem.
 */
export function codeFramer(text: string): (line: number, column: number) => string {
  let starts: number[] | undefined;
  const lineText = (n: number): string | undefined => {
    starts ??= lineStarts(text);
    const start = starts[n - 1];
    if (start === undefined) return undefined;
    const next = starts[n];
    return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, '');
  };
  return (line, column) => {
    starts ??= lineStarts(text);
    const first = Math.max(1, line - 2);
    const last = Math.min(starts.length, line + 1);
    const width = String(last).length;
    const out: string[] = [];
    for (let n = first; n <= last; n++) {
      const marker = n === line ? '>' : ' ';
      const shown = clip(lineText(n) ?? '', n === line ? column : 1);
      out.push(`${marker} ${String(n).padStart(width)} | ${shown.text}`);
      if (n === line)
        out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, shown.column - 1))}^`);
    }
    return out.join('\n');
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const FRAME_WIDTH = 160;

// A minified file is one long line: show the part around the column, not all of it.
function clip(line: string, column: number): { text: string; column: number } {
  if (line.length <= FRAME_WIDTH) return { text: line, column };
  const start = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = start + FRAME_WIDTH < line.length ? '…' : '';
  return {
    text: head + line.slice(start, start + FRAME_WIDTH) + tail,
    column: column - start + head.length,
  };
}

/** RFC 6901 pointer from path segments. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** A `$ref` to a place in the same document: the pointer as a URI fragment (`%` escaped, so it decodes back). */
export function toRef(segments: ReadonlyArray<string | number>): string {
  return '#' + toPointer(segments).replace(/%/g, '%25');
}

/**
 * Path segments of a JSON pointer (`/a/b`) or of a `$ref` fragment (`#/a/b`).
 * A fragment is also percent-decoded, leniently: a `%` that starts no valid
 * escape (`#/components/schemas/Discount 100%`) stays as written.
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const isFragment = pointer.startsWith('#');
  return (isFragment ? pointer.slice(1) : pointer)
    .slice(1)
    .split('/')
    .map((s) => (isFragment ? decodePercent(s) : s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Percent-escapes decoded where they are valid UTF-8; anything else is kept as written (never throws, unlike decodeURIComponent). */
export function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes; // not UTF-8: kept as written
    }
  });
}
