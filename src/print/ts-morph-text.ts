/**
 * ts-morph's print of one structure: one `printStructure` call (never
 * node-by-node edits, which reparse). ts-morph, and the TypeScript compiler
 * it loads, are required on the first statement the direct printer leaves
 * over: a run that has none never pays for them.
 */
import { createRequire } from 'node:module';
import type { Structures } from 'ts-morph';

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

const require = createRequire(import.meta.url);
let printStructure: typeof import('ts-morph').printStructure | undefined;

export function tsMorphText(structure: Structures): string {
  printStructure ??= (require('ts-morph') as typeof import('ts-morph')).printStructure;
  return printStructure(structure, PRINT_OPTIONS);
}
