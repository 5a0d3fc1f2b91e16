/**
 * Depth first over a graph of component keys, with a stack of its own: chains
 * of thousands of refs overflowed the call stack when the walk recursed.
 */

export interface GraphVisitor {
  /** A ref back to a key still being visited: the keys from that one to the current, in order. */
  readonly cycle?: (keys: readonly string[]) => void;
  /** A key whose targets have all been visited (dependencies first). */
  readonly done?: (key: string) => void;
}

/** Visits every key of `roots` and all it reaches once, in `roots`' order. */
export function walkRefGraph(
  roots: Iterable<string>,
  targetsOf: (key: string) => Iterable<string>,
  visitor: GraphVisitor,
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const frames: Array<{ key: string; targets: Iterator<string> }> = [];
  const enter = (key: string): void => {
    state.set(key, 'visiting');
    stack.push(key);
    frames.push({ key, targets: targetsOf(key)[Symbol.iterator]() });
  };
  for (const root of roots) {
    if (state.has(root)) continue;
    enter(root);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const next = frame.targets.next();
      if (next.done === true) {
        frames.pop();
        stack.pop();
        state.set(frame.key, 'done');
        visitor.done?.(frame.key);
        continue;
      }
      const seen = state.get(next.value);
      if (seen === 'visiting') visitor.cycle?.(stack.slice(stack.indexOf(next.value)));
      else if (seen === undefined) enter(next.value);
    }
  }
}
