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

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n\n'));
    this.name = 'CodegenError';
    this.diagnostics = diagnostics;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : undefined;
  const head = [where, d.pointer ? `at ${d.pointer}` : undefined].filter(Boolean).join(' ');
  const lines = [head ? `${head}: ${d.message}` : d.message];
  if (d.frame) lines.push(d.frame);
  return lines.join('\n');
}

/** Source lines around `line` with a caret under `column`, like a compiler prints. */
export function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}

/** RFC 6901 pointer from path segments. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .slice(1)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}
