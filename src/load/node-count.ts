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
