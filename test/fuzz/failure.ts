/**
 * What breaks the property, and a signature per kind of breakage so that many
 * cases hitting one bug count as one failure (quoted spec text and numbers are
 * blanked out of messages: they vary from case to case, the bug does not).
 */
export type FailureKind =
  | 'crash' // an exception other than CodegenError
  | 'unlocated' // a CodegenError diagnostic with neither a location nor a JSON pointer
  | 'hang' // generate() did not settle in time
  | 'slow' // generate() settled, but after more CPU time than any small spec needs
  | 'prototype' // a built-in prototype changed
  | 'outside' // something outside the output folder changed
  | 'output-changed' // a rejected run changed the output folder
  | 'user-file' // a file the user kept in the output folder was changed or removed
  | 'tsc' // the SDK does not type-check
  | 'import'; // importing the SDK ran code, threw, or hung

export interface Failure {
  readonly kind: FailureKind;
  /** What happened, in full. */
  readonly detail: string;
  /** Equal for failures with the same cause. */
  readonly signature: string;
}

export function failure(kind: FailureKind, detail: string, shape: string = detail): Failure {
  return { kind, detail, signature: `${kind}: ${blankVariableText(shape)}` };
}

/** `Duplicate identifier 'Foo'` and `Duplicate identifier 'Bar'` have one signature. */
export function blankVariableText(text: string): string {
  return (text.split('\n')[0] ?? '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\\n]|\\.)*`/g, '…')
    .replace(/(?<![\w.])(?:file:\/\/)?(?:\/[^\s/'"]+)+\/?/g, '…')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 200);
}

/** An exception's signature: its class, its message's shape, and where it was thrown. */
export function crashShape(error: unknown): string {
  if (!(error instanceof Error)) return `thrown ${typeof error}`;
  return `${error.name}: ${blankVariableText(error.message)} @ ${throwingFrame(error.stack ?? '')}`;
}

// The test runner's own frames differ between a run and its replay: never a signature's.
const HARNESS =
  /node_modules[/\\](?:vitest|vite|@vitest|fast-check|tinypool)[/\\]|node:internal|[/\\]test[/\\]fuzz[/\\]/;

/** `function file` of the first frame in the generator, else in a package it uses. */
function throwingFrame(stack: string): string {
  const frames = stack
    .split('\n')
    .slice(1)
    .map((line) => /^\s*at (?:async )?(?:(\S+) \()?(.+?)(?::\d+:\d+)?\)?$/.exec(line))
    .flatMap((m) => (m ? [{ fn: m[1] ?? '', file: m[2] ?? '' }] : []))
    .filter(
      (f) => f.file !== '<anonymous>' && !f.file.startsWith('node:') && !HARNESS.test(f.file),
    );
  const own = frames.find((f) => !f.file.includes('node_modules'));
  const frame = own ?? frames[0];
  if (!frame) return '?';
  const file = frame.file
    .replace(/^.*node_modules[/\\]/, '')
    .replace(/^.*[/\\](src|dist)[/\\]/, '$1/');
  return `${frame.fn} ${file}`.trim();
}
