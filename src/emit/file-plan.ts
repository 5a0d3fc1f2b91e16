/** What emit hands to print: one structure per output file, or text copied as is. */
import type {
  CodeBlockWriter,
  SourceFileStructure,
  StatementStructures,
  WriterFunction,
} from 'ts-morph';

export type FilePlan =
  | { readonly path: string; readonly structure: SourceFileStructure }
  | { readonly path: string; readonly text: string };

type Statement = string | WriterFunction | StatementStructures;

/** A blank line between statements; the printer knows it by identity, without running it. */
export const blankLine: WriterFunction = (w: CodeBlockWriter) => w.blankLineIfLastNot();

/** Statements in groups, with a blank line between groups (ts-morph puts none between type aliases). */
export function spaced(groups: ReadonlyArray<readonly Statement[]>): Statement[] {
  return groups
    .filter((g) => g.length > 0)
    .flatMap((group, i) => (i === 0 ? [...group] : [blankLine, ...group]));
}
