/**
 * JSDoc comments as ts-morph writes them and prettier then lays them out:
 * a comment of several lines that all start with `*` is re-indented to its
 * owner, each line trimmed; a one-line comment stays as it is.
 */
import type { JSDocStructure, OptionalKind } from 'ts-morph';

// A line break not followed by ` *`, or one after white space: such a comment needs relaying.
const RELAID = /\n(?! \*)|\s\n/;

/**
 * A `/** … *\/` comment placed at `indent`, as prettier 3 lays out a block
 * comment whose lines all start with `*`: each line trimmed, except that a
 * JSDoc line ending in two spaces (a markdown line break) keeps them.
 */
export function reindentComment(comment: string, indent: string): string | undefined {
  // Already in that layout (as emit writes a member's JSDoc): every line ` *…`, none ending in a space.
  if (comment.startsWith('/**\n') && comment.endsWith('\n */') && !RELAID.test(comment))
    return indent === '' ? comment : comment.replaceAll('\n', `\n${indent}`);
  const value = comment.slice(2, -2);
  if (!value.includes('\n')) return comment;
  const lines = `*${value}*`.split('\n').map((line) => line.trimStart());
  if (!lines.every((line) => line.startsWith('*'))) return undefined;
  const jsdoc = value[0] === '*' && value[1] !== '*';
  const last = lines.length - 1;
  const laid = lines.map((line, i) => {
    if (i === 0) return line.trimEnd();
    if (i === last) return ` ${line}`;
    const trimmed = line.trimEnd();
    return jsdoc && trimmed !== '*' && line.endsWith('  ') ? ` ${trimmed}  ` : ` ${trimmed}`;
  });
  return `/${laid.join(`\n${indent}`)}/`;
}

type Docs = ReadonlyArray<OptionalKind<JSDocStructure> | string> | undefined;

/**
 * The comment ts-morph prints for a node's `docs`, laid out as prettier
 * would, each followed by a line break at `indent`; `undefined` when a doc
 * is not plain text.
 */
export function docsText(docs: Docs, indent: string): string | undefined {
  if (docs === undefined) return '';
  let out = '';
  for (const doc of docs) {
    const text = jsdocInnerText(doc);
    if (text === undefined) return undefined;
    out += `${indent}${jsdocComment(text, indent)}\n`;
  }
  return out;
}

function jsdocInnerText(doc: OptionalKind<JSDocStructure> | string): string | undefined {
  if (typeof doc === 'string') return doc;
  const description = doc.description;
  if (description !== undefined && typeof description !== 'string') return undefined;
  let text = description ?? '';
  const tags = doc.tags ?? [];
  if (tags.length > 0) {
    const printed: string[] = [];
    for (const tag of tags) {
      if (tag.text !== undefined && typeof tag.text !== 'string') return undefined;
      const body = tag.text ?? '';
      printed.push(`@${tag.tagName}${body.length > 0 && !/^\r?\n/.test(body) ? ' ' : ''}${body}`);
    }
    if (text.length > 0) text += '\n';
    text += printed.join('\n');
  }
  return text;
}

/**
 * ts-morph's JSDoc print of `text` (one line `/** text *\/`, or ` * ` before
 * each line) as `reindentComment` then lays it out, written in one pass: a
 * large spec has tens of thousands of these.
 */
export function jsdocComment(text: string, indent: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.length <= 1) {
    const open = `/** ${lines[0] ?? ''}`;
    return `${open}${open.endsWith(' ') ? '' : ' '}*/`;
  }
  let out = '/**';
  for (let i = lines[0]!.length === 0 ? 1 : 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimEnd();
    if (trimmed.length === 0) out += `\n${indent} *`;
    // A markdown line break (two trailing spaces) is kept.
    else out += `\n${indent} * ${trimmed}${line.endsWith('  ') ? '  ' : ''}`;
  }
  return `${out}\n${indent} */`;
}
