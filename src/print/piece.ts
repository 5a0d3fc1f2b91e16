/** Pieces of printed text: final, or ts-morph's text that prettier must still format. */
export type PrintedPiece =
  | { readonly text: string; readonly formatted: true }
  | {
      readonly text: string;
      readonly formatted: false;
      /** A member printed by ts-morph: formatted inside an empty declaration of this kind, then taken out. */
      readonly member?: 'interface' | 'class';
    };

export const done = (text: string): PrintedPiece => ({ text, formatted: true });
export const pending = (text: string, member?: 'interface' | 'class'): PrintedPiece =>
  member === undefined ? { text, formatted: false } : { text, formatted: false, member };

/** Pieces joined as they stand: ts-morph's text where prettier has not run. */
export function piecesText(pieces: readonly PrintedPiece[]): string {
  return pieces.map((p) => (p.formatted ? p.text : p.text.trim())).join('');
}

/** Pieces with a separator between each two. */
export function joinPieces(pieces: readonly PrintedPiece[], separator: string): PrintedPiece[] {
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [done(separator), piece]));
}
