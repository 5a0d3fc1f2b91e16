/**
 * Where a quote or a flow collection (`{`, `[`) left open began: the parser says so where it
 * gave up on it, at the end of the text or the next line less indented, column 1 (new-user
 * trial: `Missing closing "quote` at `6:1`, its quote on line 3). Of the constructs that run to
 * that place, the one that starts last is the one left open.
 */
import { isCollection, isScalar, visit, type Document } from 'yaml';

export function unclosedStart(doc: Document, at: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Node(_key, node) {
      const open =
        (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) ||
        (isCollection(node) && node.flow === true);
      const range = node.range;
      if (
        open &&
        range &&
        range[0] < at &&
        range[1] >= at &&
        (start === undefined || range[0] > start)
      )
        start = range[0];
    },
  });
  return start;
}
