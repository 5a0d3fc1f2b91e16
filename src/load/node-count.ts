/** How many objects and arrays a parsed value holds: what copying it costs. */
export function nodeCount(value: unknown): number {
  let count = 0;
  // An explicit stack: documents may nest deep.
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    count++;
    for (const inner of Object.values(node)) if (typeof inner === 'object') stack.push(inner);
  }
  return count;
}

/**
 * Nodes a run may copy (by bundling, overlays or inline `$ref`s) beyond ten times those it
 * read. Far above real specs (of 2,600, the most any copies is 55,000), and far below what a
 * few kilobytes that use each part twice stand for (2^depth): a "billion laughs" is refused.
 */
export const COPY_ALLOWANCE = 100_000;

/** What a run that read `read` nodes may copy in all. */
export function copyAllowance(read: number): number {
  return 10 * read + COPY_ALLOWANCE;
}
