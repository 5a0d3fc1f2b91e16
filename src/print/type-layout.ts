/**
 * Lays out a type tree exactly as prettier (printWidth 100) does, for the
 * shapes emit writes: object types stay expanded (emit opens them with a
 * line break, which prettier keeps), unions too long for their line move to
 * the next one, and failing that break into one `| member` per line (always,
 * when a member is an expanded object). Where prettier's choice is not known
 * here, `undefined`: the caller leaves the declaration to prettier. The guard
 * test (test/format/) holds the two equal.
 */
import { reindentComment } from './comment-layout.js';
import type { Member, TypeNode } from './type-tree.js';

export const PRINT_WIDTH = 100;

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** Columns a line takes; `Infinity` where prettier's wide-character rules would apply. */
export function lineWidth(line: string): number {
  return NOT_PRINTABLE_ASCII.test(line) ? Infinity : line.length;
}

/** Does the line fit prettier's print width? (A long line is not scanned: most lines tried are.) */
export function fits(line: string): boolean {
  return line.length <= PRINT_WIDTH && !NOT_PRINTABLE_ASCII.test(line);
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
    case 'object': {
      if (node.members.length === 0) return '{}';
      if (!node.inline) return undefined;
      const members = node.members.map((m) => {
        const type = flatType(m.type);
        return type === undefined ? undefined : `${m.key}: ${type}`;
      });
      return members.some((m) => m === undefined) ? undefined : `{ ${members.join('; ')} }`;
    }
    case 'generic': {
      const args = node.args.map(flatType);
      return args.some((a) => a === undefined) ? undefined : `${node.name}<${args.join(', ')}>`;
    }
    case 'union':
    case 'intersection': {
      // prettier may parenthesize an intersection among union members: left to it.
      if (node.kind === 'union' && node.types.some((t) => t.kind === 'intersection'))
        return undefined;
      const parts = node.types.map(flatType);
      if (parts.some((p) => p === undefined)) return undefined;
      return parts.join(node.kind === 'union' ? ' | ' : ' & ');
    }
  }
}

type ObjectNode = Extract<TypeNode, { kind: 'object' }>;
// A one-line object with an expanded one inside breaks as if written expanded.
const isExpandedObject = (node: TypeNode): node is ObjectNode =>
  node.kind === 'object' && node.members.length > 0 && (!node.inline || !flatType(node));
/** A type prettier never breaks: a name, a literal, `Name[]`, `Name<Other>`. */
const isSimple = (node: TypeNode): boolean =>
  node.kind === 'atom' ||
  (node.kind === 'array' && isSimple(node.element)) ||
  (node.kind === 'generic' && node.args.length === 1 && node.args[0]!.kind === 'atom');

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
  const flat = flatType(node);
  if (flat === undefined) return expandedLayout(head, node, indent, tail);
  if (fits(head + flat + tail)) return head + flat + tail;
  const inner = `${indent}  `;
  const hugged = node.kind === 'generic' && node.args.length === 1 ? node.args[0]! : undefined;
  if (node.kind === 'generic' && hugged?.kind === 'object' && hugged.inline) {
    // `Name<{ a: A }>` too long: the one object argument breaks inside `<{` and `}>`.
    const body = objectBody(hugged.members, indent);
    if (body === undefined || !fits(`${head}${node.name}<{`)) return undefined;
    return `${head}${node.name}<${body}>${tail}`;
  }
  if (node.kind === 'union') {
    // Too long after the key: on the next line if it fits there, else one member per line.
    if (fits(inner + flat + tail))
      return node.types.every(
        (t) =>
          isSimple(t) ||
          (t.kind === 'generic' && t.args.every((a) => a.kind === 'atom')) ||
          parenthesizedUnionArray(t)?.types.every(isSimple),
      )
        ? `${head.trimEnd()}\n${inner}${flat}${tail}`
        : undefined;
    const members = brokenUnion(node.types, inner, tail);
    return members === undefined ? undefined : head.trimEnd() + members + tail;
  }
  const union = parenthesizedUnionArray(node);
  if (union !== undefined) {
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

/** `(A | B)[]`'s union. */
function parenthesizedUnionArray(node: TypeNode) {
  return node.kind === 'array' &&
    node.element.kind === 'paren' &&
    node.element.inner.kind === 'union'
    ? node.element.inner
    : undefined;
}

/**
 * One `| member` per line; members are aligned two columns in (objects in them
 * too). `tail` follows the last member on its line.
 */
function brokenUnion(types: readonly TypeNode[], indent: string, tail = ''): string | undefined {
  if (types.some((t) => t.kind === 'intersection')) return undefined;
  const aligned = `${indent}  `;
  let out = '';
  for (const [i, type] of types.entries()) {
    const flat = flatType(type);
    const text =
      flat === undefined
        ? expandedLayout('', type, aligned, '')
        : isSimple(type)
          ? flat
          : groupedMember(type, flat, `${indent}| `, aligned, i === types.length - 1 ? tail : '');
    if (text === undefined) return undefined;
    out += `\n${indent}| ${text}`;
  }
  return out;
}

/** `(A & B)`, `('a' | 'b')` or `('a' | 'b')[]`, of names and literals. */
function isGroupedMember(type: TypeNode): boolean {
  const union = parenthesizedUnionArray(type);
  if (union !== undefined) return union.types.every(isSimple);
  const inner = type.kind === 'paren' ? type.inner : undefined;
  return (
    inner !== undefined &&
    (inner.kind === 'union' || inner.kind === 'intersection') &&
    inner.types.every(isSimple)
  );
}

/**
 * A union member in parentheses that prettier keeps on its line when it fits:
 * `(A & B)`, `('a' | 'b')`, `('a' | 'b')[]`; a `(…)[]` too long breaks inside its parentheses.
 */
function groupedMember(
  type: TypeNode,
  flat: string,
  head: string,
  indent: string,
  tail: string,
): string | undefined {
  if (!isGroupedMember(type)) return undefined;
  if (fits(head + flat + tail)) return flat;
  const union = parenthesizedUnionArray(type);
  if (union === undefined) return undefined;
  const members = brokenUnion(union.types, `${indent}  `);
  return members === undefined ? undefined : `(${members}\n${indent})[]`;
}

const headBare = (head: string) => head.trimEnd();

/** A type holding an expanded object: its line breaks do not depend on width. */
function expandedLayout(
  head: string,
  node: TypeNode,
  indent: string,
  tail: string,
): string | undefined {
  const body = expandedBody(node, indent, headBare(head) !== '');
  if (body === undefined) return undefined;
  return body.startsWith('\n') ? headBare(head) + body + tail : head + body + tail;
}

/**
 * The type's text from its first line, or from a line break for a union that
 * breaks before its first member (only `afterHead`: a key or `=` before it).
 */
function expandedBody(node: TypeNode, indent: string, afterHead: boolean): string | undefined {
  if (isExpandedObject(node)) return objectBody(node.members, indent);
  switch (node.kind) {
    case 'array': {
      // `{…}[]`: the object, then the brackets.
      let element: TypeNode = node;
      let suffix = '';
      while (element.kind === 'array') {
        suffix += '[]';
        element = element.element;
      }
      if (isExpandedObject(element)) {
        const body = objectBody(element.members, indent);
        return body === undefined ? undefined : body + suffix;
      }
      if (element.kind === 'paren' && element.inner.kind === 'intersection') {
        // `(A & {` … `})[]`
        const body = brokenIntersection(element.inner.types, indent);
        return body === undefined ? undefined : `(${body})${suffix}`;
      }
      const union = parenthesizedUnionArray(node);
      if (union === undefined || suffix !== '[]') return undefined;
      // `({ … } | null)[]` hugs as it would without the brackets.
      const hugged = expandedBody(union, indent, false);
      if (hugged !== undefined) return `(${hugged})[]`;
      const members = brokenUnion(union.types, `${indent}  `);
      return members === undefined ? undefined : `(${members}\n${indent})[]`;
    }
    case 'generic': {
      const args = typeArguments(node.args, indent);
      return args === undefined ? undefined : node.name + args;
    }
    case 'paren': {
      // Inside a broken union: `| ({ … } & { … })`; or a union that breaks inside its parentheses.
      if (node.inner.kind === 'union' && !huggedUnion(node.inner)) {
        const members = brokenUnion(node.inner.types, `${indent}  `);
        return members === undefined ? undefined : `(${members}\n${indent})`;
      }
      const inner = expandedBody(node.inner, indent, false);
      return inner === undefined || inner.startsWith('\n') ? undefined : `(${inner})`;
    }
    case 'intersection':
      return brokenIntersection(node.types, indent);
    case 'union': {
      // prettier hugs one object with `null` beside it: `{ … } | null`.
      if (huggedUnion(node)) {
        const parts = node.types.map((t) =>
          isExpandedObject(t) ? objectBody(t.members, indent) : 'null',
        );
        return parts.some((p) => p === undefined) ? undefined : parts.join(' | ');
      }
      // Otherwise one member per line, the first on a new line (after `headBare`).
      if (!afterHead) return undefined;
      return brokenUnion(node.types, `${indent}  `);
    }
    default:
      return undefined;
  }
}

/** `{ … } | null`: one expanded object with only `null` beside it, which prettier hugs. */
function huggedUnion(node: Extract<TypeNode, { kind: 'union' }>): boolean {
  const objects = node.types.filter(isExpandedObject);
  return (
    objects.length === 1 &&
    node.types.every((t) => isExpandedObject(t) || (t.kind === 'atom' && t.text === 'null'))
  );
}

/**
 * An intersection holding an expanded object, as prettier's printIntersectionType
 * lays it out once broken: beside an object a type follows ` & ` on the same
 * line (indented from the third type on), two other types break after ` &`.
 */
function brokenIntersection(types: readonly TypeNode[], indent: string): string | undefined {
  let out = '';
  let wasIndented = false;
  for (const [i, type] of types.entries()) {
    const object = type.kind === 'object';
    // A one-line object among broken ones: prettier's choice for it is not copied here.
    if (object && !isExpandedObject(type)) return undefined;
    if (type.kind === 'paren' && type.inner.kind === 'union' && types[i - 1]?.kind === 'object') {
      // `} & (` then one member per line: known only where the union cannot fit beside the `}`.
      const flat = flatType(type);
      const lastLine = out.slice(out.lastIndexOf('\n') + 1);
      if (flat !== undefined && fits(`${lastLine} & ${flat}`)) return undefined;
      if (i > 1) wasIndented = true;
      const body = expandedBody(type, i > 1 ? `${indent}  ` : indent, false);
      if (body === undefined) return undefined;
      out += ` & ${body}`;
      continue;
    }
    // Or a name of several names (`Omit<Part, "assignees">`), where it fits beside its `}`.
    const named = type.kind === 'generic' && type.args.every((a) => a.kind === 'atom');
    if (!object && !isSimple(type) && !named) return undefined;
    const text = (at: string) => (object ? objectBody(type.members, at) : flatType(type));
    let part: string | undefined;
    if (i === 0) part = text(indent);
    else if (types[i - 1]!.kind !== 'object' && !object) part = ` &\n${indent}  ${text(indent)}`;
    else if (types[i - 1]!.kind === 'object' && object)
      part = ` & ${text(wasIndented ? `${indent}  ` : indent) ?? ''}`;
    else {
      if (i > 1) wasIndented = true;
      part = ` & ${text(i > 1 ? `${indent}  ` : indent) ?? ''}`;
    }
    if (part === undefined || part.endsWith(' & ')) return undefined;
    out += part;
    if (named && !isSimple(type) && !fits(`${out.slice(out.lastIndexOf('\n') + 1)};`))
      return undefined;
  }
  return out;
}

/**
 * `<…>` for type arguments holding an expanded object: one object alone is
 * hugged (`<{`); otherwise each argument goes on lines of its own inside `<` and `>`.
 */
export function typeArguments(args: readonly TypeNode[], indent: string): string | undefined {
  const only = args.length === 1 ? args[0]! : undefined;
  if (only !== undefined && isExpandedObject(only)) {
    const body = objectBody(only.members, indent);
    return body === undefined ? undefined : `<${body}>`;
  }
  const inner = `${indent}  `;
  if (only?.kind === 'union' && !huggedUnion(only)) {
    // `<` then `| member` lines (not indented again: the type arguments indent them).
    const members = brokenUnion(only.types, inner);
    return members === undefined ? undefined : `<${members}\n${indent}>`;
  }
  const texts: string[] = [];
  for (const arg of args) {
    const flat = flatType(arg);
    if (flat !== undefined && !isSimple(arg)) return undefined;
    const text = flat ?? expandedBody(arg, inner, false);
    if (text === undefined || text.startsWith('\n')) return undefined;
    texts.push(inner + text);
  }
  return `<\n${texts.join(',\n')}\n${indent}>`;
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
