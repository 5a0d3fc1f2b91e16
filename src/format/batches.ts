/**
 * The statements prettier must still format are sent in batches: many
 * statements joined by a separator comment, formatted in one call (a call
 * per statement costs more than the statement), then cut apart again. A
 * top-level line comment stays on its own line between the statements it
 * separates, so cutting at it gives each statement formatted on its own,
 * which is what it is in the file: top-level statements format alike anywhere.
 */
import { randomBytes } from 'node:crypto';
import type { PrintedPiece } from '../print/piece.js';

export interface Batch {
  readonly text: string;
  /** Where each statement goes: file and piece. */
  readonly slots: ReadonlyArray<readonly [file: number, piece: number]>;
}

/** A separator no spec text can forge: it carries a fresh nonce per run. */
export function separator(): string {
  return `// codegen-statement-${randomBytes(12).toString('hex')}`;
}

export function makeBatches(
  files: ReadonlyArray<readonly PrintedPiece[]>,
  mark: string,
  targetSize: number,
): Batch[] {
  const batches: Batch[] = [];
  let texts: string[] = [];
  let slots: Array<readonly [number, number]> = [];
  let size = 0;
  const flush = () => {
    if (texts.length > 0) batches.push({ text: texts.join(`\n${mark}\n`), slots });
    texts = [];
    slots = [];
    size = 0;
  };
  files.forEach((pieces, file) =>
    pieces.forEach((piece, index) => {
      if (piece.formatted) return;
      const text = piece.text.trim();
      // A member alone is not a statement: it is formatted inside an empty declaration.
      texts.push(piece.member === undefined ? text : `${piece.member} Member {\n${text}\n}`);
      slots.push([file, index]);
      size += piece.text.length;
      if (size >= targetSize) flush();
    }),
  );
  flush();
  return batches;
}

/** A formatted batch cut back into its statements (members taken out of their declarations). */
export function splitBatch(
  formatted: string,
  mark: string,
  batch: Batch,
  files: ReadonlyArray<readonly PrintedPiece[]>,
): string[] {
  const parts = formatted.trim().split(`\n${mark}\n`);
  if (parts.length !== batch.slots.length)
    throw new Error(
      `formatting merged or split statements (${parts.length} of ${batch.slots.length})`,
    );
  return parts.map((part, i) => {
    const [file, piece] = batch.slots[i]!;
    if (files[file]![piece]!.formatted || files[file]![piece]!.member === undefined) return part;
    return part.slice(part.indexOf('\n') + 1, part.lastIndexOf('\n'));
  });
}
