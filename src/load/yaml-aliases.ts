/**
 * YAML aliases repeat a node by reference, so a kilobyte can stand for a
 * billion nodes ("billion laughs"), and an alias inside the node it names makes
 * a value that contains itself. Both are found on the syntax tree, in one pass,
 * before the document becomes a value.
 */
import { isAlias, isCollection, isPair, visit, type Document, type Node } from 'yaml';

export interface AliasProblem {
  readonly message: string;
  /** Offset of the alias in the document's text. */
  readonly offset: number;
}

/** Expanded nodes a document may reach beyond ten times its written ones. */
const EXPANSION_ALLOWANCE = 1_000_000;

/** `quote: false` leaves the alias names (text of the file) out of the messages. */
export function aliasProblem(doc: Document, quote = true): AliasProblem | undefined {
  const named = (alias: string) => (quote ? `YAML alias *${alias}` : 'A YAML alias');
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node>();
  let written = 0;
  let problem: AliasProblem | undefined;
  visit(doc, (_key, node) => {
    if (isPair(node)) return undefined;
    written++;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (!target) problem = { message: `${named(node.source)} names no anchor before it`, offset };
      else if (contains(target, node))
        problem = {
          message: `${named(node.source)} is inside the node it repeats, which would contain itself`,
          offset,
        };
      else targets.set(node, target);
      return problem ? visit.BREAK : undefined;
    }
    if (isNodeWithAnchor(node)) anchors.set(node.anchor, node);
    return undefined;
  });
  if (problem || targets.size === 0) return problem;
  return expansionProblem(doc, targets, 10 * written + EXPANSION_ALLOWANCE, named);
}

function isNodeWithAnchor(node: unknown): node is Node & { anchor: string } {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof (node as { anchor?: unknown }).anchor === 'string'
  );
}

function contains(outer: Node, inner: Node): boolean {
  const [start, , end] = outer.range ?? [0, 0, 0];
  const at = inner.range?.[0] ?? -1;
  return at >= start && at < end;
}

/** Counts the nodes the document stands for once every alias is replaced, each node's count computed once. */
function expansionProblem(
  doc: Document,
  targets: ReadonlyMap<Node, Node>,
  limit: number,
  named: (alias: string) => string,
): AliasProblem | undefined {
  const sizes = new Map<unknown, number>();
  const size = (node: unknown): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let total = 1;
    if (isAlias(node)) total = size(targets.get(node));
    else if (isPair(node)) total = size(node.key) + size(node.value) - 1;
    else if (isCollection(node))
      for (const item of node.items) total = Math.min(total + size(item), Number.MAX_SAFE_INTEGER);
    sizes.set(node, total);
    return total;
  };
  const total = size(doc.contents);
  if (total <= limit) return undefined;
  // Named at the alias that repeats the most.
  let worst: Node | undefined;
  for (const [alias, target] of targets)
    if (!worst || size(target) > size(targets.get(worst))) worst = alias;
  const name = worst && isAlias(worst) ? worst.source : '';
  return {
    message: `YAML aliases expand this document to more than ${limit.toLocaleString('en-US')} nodes (${named(name)} alone repeats ${size(worst ? targets.get(worst) : undefined).toLocaleString('en-US')}); refused as a resource exhaustion attack`,
    offset: worst?.range?.[0] ?? 0,
  };
}
