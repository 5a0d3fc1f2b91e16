/** ts-morph's print of one structure: one `printStructure` call (never node-by-node edits, which reparse). */
import { printStructure, type Structures } from 'ts-morph';

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

export function tsMorphText(structure: Structures): string {
  return printStructure(structure, PRINT_OPTIONS);
}
