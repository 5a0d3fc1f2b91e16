/** What emit hands to print: one structure per output file, or text copied as is. */
import type { SourceFileStructure } from 'ts-morph';

export type FilePlan =
  | { readonly path: string; readonly structure: SourceFileStructure }
  | { readonly path: string; readonly text: string };
