/**
 * Lays out a type tree exactly as prettier (printWidth 100) does, for the
 * shapes emit writes: object types stay expanded (emit opens them with a
 * line break, which prettier keeps), unions too long for their line move to
 * the next one, and failing that break into one `| member` per line. Where
 * prettier's choice is not known here, `undefined`: the caller leaves the
 * declaration to prettier. The guard test (test/format/) holds the two equal.
 */
import { reindentComment } from './comment-layout.js';
import type { Member, TypeNode } from './type-tree.js';

export const PRINT_WIDTH = 100;

/** Columns a line takes; `Infinity` where prettier's wide-character rules would apply. */
export function lineWidth(line: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(line) ? line.length : Infinity;
}

function fits(line: string): boolean {
  return lineWidth(line) <= PRINT_WIDTH;
}

/** The text of a type on one line, or `undefined` when it holds an expanded object. */
export function flatType(node: TypeNode): string | undefined {
  switch (node.kind) {
    case 'atom':
      return node.text;
    case 'array': {
      const element = flatType(node.element);
      return element === undefined ? undefined : `${element}[]`;
    }
    case 'paren': {
      const inner = flatType(node.inner);
      return inner === undefined ? undefined : `(${inner})`;
    }
    case 'object':
      return node.members.length === 0 ? '{}' : undefined;
    case 'union':
    case 'intersection': {
      const parts = node.types.map(flatType);
      if (parts.some((p) => p === undefined)) return undefined;
      return parts.join(node.kind === 'union' ? ' | ' : ' & ');
    }
  }
}

type ObjectNode = Extract<TypeNode, { kind: 'object' }>;
const isExpandedObject = (node: TypeNode): node is ObjectNode =>
  node.kind === 'object' && node.members.length > 0;
/** A member of a broken union that prettier prints as it is: a name, a literal, `Name[]`. */
const isSimple = (node: TypeNode): boolean =>
  node.kind === 'atom' || (node.kind === 'array' && isSimple(node.element));

/**
 * `head` + the type + `tail`, where `head` is the text before the type on its
 * first line (indentation included) and `indent` that line's indentation.
 */
export function layoutType(
  head: string,
  node: TypeNode,
  indent: string,
  tail: string,
): string | undefined {
  const expanded = expandedLayout(node, indent);
  if (expanded !== null) return expanded === undefined ? undefined : head + expanded + tail;
  const flat = flatType(node);
  if (flat === undefined) return undefined;
  if (fits(head + flat + tail)) return head + flat + tail;
  const inner = `${indent}  `;
  if (node.kind === 'union') {
    if (!node.types.every(isSimple)) return undefined;
    // Too long after the key: on the next line if it fits there, else one member per line.
    if (fits(inner + flat + tail)) return `${head.trimEnd()}\n${inner}${flat}${tail}`;
    return head.trimEnd() + brokenUnion(node.types, inner) + tail;
  }
  if (
    node.kind === 'array' &&
    node.element.kind === 'paren' &&
    node.element.inner.kind === 'union'
  ) {
    const union = node.element.inner;
    if (!union.types.every(isSimple)) return undefined;
    const unionFlat = flatType(union)!;
    const body = fits(inner + unionFlat)
      ? `\n${inner}${unionFlat}`
      : brokenUnion(union.types, inner);
    return `${head}(${body}\n${indent})[]${tail}`;
  }
  // A name or a literal cannot break: prettier leaves the line long.
  return isSimple(node) ? head + flat + tail : undefined;
}

function brokenUnion(types: readonly TypeNode[], indent: string): string {
  return types.map((t) => `\n${indent}| ${flatType(t)!}`).join('');
}

/**
 * Types whose layout does not depend on width: an expanded object, an array
 * of one, or one with `| null` beside it (which prettier hugs). `null` when
 * the type is not one of them.
 */
function expandedLayout(node: TypeNode, indent: string): string | undefined | null {
  if (isExpandedObject(node)) return objectBody(node.members, indent);
  if (node.kind === 'array') {
    let element: TypeNode = node;
    let suffix = '';
    while (element.kind === 'array') {
      suffix += '[]';
      element = element.element;
    }
    if (!isExpandedObject(element)) return null;
    const body = objectBody(element.members, indent);
    return body === undefined ? undefined : body + suffix;
  }
  if (node.kind === 'union' && node.types.some(isExpandedObject)) {
    const objects = node.types.filter(isExpandedObject);
    const others = node.types.filter((t) => !isExpandedObject(t));
    // Only `{…} | null` is hugged; other unions with objects are left to prettier.
    if (objects.length !== 1 || !others.every((t) => t.kind === 'atom' && t.text === 'null'))
      return undefined;
    const parts = node.types.map((t) =>
      isExpandedObject(t) ? objectBody(t.members, indent) : 'null',
    );
    return parts.some((p) => p === undefined) ? undefined : parts.join(' | ');
  }
  if (node.kind === 'union' || node.kind === 'intersection' || node.kind === 'paren') {
    // An object nested any deeper is left to prettier.
    return flatType(node) === undefined ? undefined : null;
  }
  return null;
}

/** `{`, one member per line one level in, `}` (on the indentation given). */
export function objectBody(members: readonly Member[], indent: string): string | undefined {
  const lines: string[] = [];
  for (const member of members) {
    const text = memberText(member, `${indent}  `);
    if (text === undefined) return undefined;
    lines.push(text);
  }
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** One member of an object type or interface, its JSDoc above it. */
export function memberText(member: Member, indent: string): string | undefined {
  const doc = member.doc === undefined ? '' : reindentComment(member.doc, indent);
  if (doc === undefined) return undefined;
  const line = layoutType(`${indent}${member.key}: `, member.type, indent, ';');
  if (line === undefined) return undefined;
  return doc === '' ? line : `${indent}${doc}\n${line}`;
}
