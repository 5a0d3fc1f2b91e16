/**
 * The text of a statement or member the direct printer leaves over, for
 * prettier to format: written plainly where loose-text.ts knows the shape,
 * else ts-morph's print (one `printStructure` call; never node-by-node edits,
 * which reparse). ts-morph, and the TypeScript compiler it loads, are
 * required on the first statement that needs them: most runs never do.
 */
import { createRequire } from 'node:module';
import type { Structures } from 'ts-morph';
import { looseText } from './loose-text.js';

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true } as const;

const require = createRequire(import.meta.url);
let printStructure: typeof import('ts-morph').printStructure | undefined;

export function leftoverText(structure: Structures): string {
  return looseText(structure) ?? tsMorphText(structure);
}

function tsMorphText(structure: Structures): string {
  printStructure ??= (require('ts-morph') as typeof import('ts-morph')).printStructure;
  return printStructure(structure, PRINT_OPTIONS);
}
