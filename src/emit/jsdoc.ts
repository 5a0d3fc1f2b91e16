/**
 * Builds ts-morph JSDoc structures from spec text: HTML in descriptions made
 * markdown, then escaped once here.
 */
import type { JSDocStructure, JSDocTagStructure } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import type { SchemaDocs } from '../ir/schema.js';
import { jsdocText, untagged } from './escape.js';
import { htmlToMarkdown } from './html-to-markdown.js';

export interface DocTag {
  readonly tag: string;
  readonly text?: string;
}

/** A JSDoc with paragraphs then tags; `undefined` when there is nothing to say. */
export function jsdoc(
  paragraphs: ReadonlyArray<string | undefined>,
  tags: readonly DocTag[] = [],
): JSDocStructure[] {
  const text = prose(paragraphs);
  if (text.length === 0 && tags.length === 0) return [];
  const tagStructures: JSDocTagStructure[] = tags.map((t) => ({
    kind: StructureKind.JSDocTag,
    tagName: t.tag,
    ...(t.text !== undefined && { text: jsdocText(tagText(t.tag, t.text)) }),
  }));
  // A leading newline makes ts-morph print the multi-line form; a short line alone goes on one.
  const description =
    text.length === 0 ? undefined : oneLine(text, tags) ? text[0] : `\n${text.join('\n\n')}`;
  return [
    {
      kind: StructureKind.JSDoc,
      ...(description !== undefined && { description }),
      tags: tagStructures,
    },
  ];
}

/** Paragraphs as comment text; those with nothing to say (`<p></p>`, spaces) are left out. */
function prose(paragraphs: ReadonlyArray<string | undefined>): string[] {
  return paragraphs
    .map((p) => (p === undefined ? '' : jsdocText(untagged(htmlToMarkdown(p.trim())))))
    .filter((p) => p.trim() !== '');
}

/**
 * Short enough for `/** … *\/` on one line, as hand-written TypeScript documents a field
 * (GitHub's types: 15,000 such docs, 240 KB less than three lines each).
 */
const ONE_LINE_MAX = 80;

function oneLine(lines: readonly string[], tags: readonly unknown[]): boolean {
  return (
    lines.length === 1 &&
    tags.length === 0 &&
    lines[0]!.length <= ONE_LINE_MAX &&
    !lines[0]!.includes('\n')
  );
}

// Code and values are shown as written; prose (a parameter's description) may be HTML.
const VERBATIM_TAGS = new Set(['example', 'default', 'format']);

function tagText(tag: string, text: string): string {
  return untagged(VERBATIM_TAGS.has(tag) ? text : htmlToMarkdown(text));
}

/** `GET /datasources/{datasourceId}/ingest-status`, as a code span whatever backticks the path holds. */
export function endpoint(method: string, path: string): string {
  return codeSpan(`${method.toUpperCase()} ${path}`);
}

/**
 * A spec's name (a parameter's, a header's) as a code span its backticks cannot close (red team:
 * a name's backtick had ended the span, and a link after it showed in the editor's hover).
 */
export function codeSpan(text: string): string {
  // TypeScript reads `{@link …}` wherever its count of backticks says it is outside a span
  // (red team: a name's even run of them had undone the fence, and the link showed in hover).
  const shown = text.replace(/\{@/g, '{\\@');
  const fence = fenceFor(shown, 1);
  const pad = fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** Backticks (at least `shortest`) that no run of backticks in `text` closes early. */
export function fenceFor(text: string, shortest: number): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(shortest, longest + 1));
}

/** Paragraphs and tags that document a schema: title, description, format, default, examples… */
export function schemaDocParts(
  docs: SchemaDocs,
  name?: string,
): { paragraphs: string[]; tags: DocTag[] } {
  const paragraphs: string[] = [];
  // A title that only restates the name (FastAPI's "Datasource Id") adds nothing.
  if (docs.title !== undefined && (name === undefined || !sameWords(docs.title, name)))
    paragraphs.push(docs.title);
  if (docs.description !== undefined) paragraphs.push(docs.description);
  const tags: DocTag[] = [];
  if (docs.format !== undefined) tags.push({ tag: 'format', text: docs.format });
  for (const [key, value] of docs.constraints ?? []) tags.push({ tag: key, text: json(value) });
  if (docs.default !== undefined) tags.push({ tag: 'default', text: json(docs.default.value) });
  for (const example of docs.examples ?? []) tags.push({ tag: 'example', text: glimpse(example) });
  if (docs.readOnly) tags.push({ tag: 'readonly' });
  if (docs.writeOnly) tags.push({ tag: 'writeonly' });
  if (docs.deprecated) tags.push({ tag: 'deprecated' });
  return { paragraphs, tags };
}

export function schemaJsdoc(docs: SchemaDocs, name?: string): JSDocStructure[] {
  const { paragraphs, tags } = schemaDocParts(docs, name);
  return jsdoc(paragraphs, tags);
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

// An example is a glimpse, not a dataset: Notion's were whole articles, 26 KB on one line that
// every editor's hover showed in full (545 such examples in 122 directory specs).
const EXAMPLE_CHARACTERS = 1000;

/** An example's JSON, cut after its first thousand characters (whole code points). */
function glimpse(example: unknown): string {
  const text = json(example);
  if (text.length <= EXAMPLE_CHARACTERS) return text;
  return `${Array.from(text).slice(0, EXAMPLE_CHARACTERS).join('')}…`;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join(' ');
  return norm(a) === norm(b);
}

/** The same documentation as comment text, for members of inline object types. */
export function inlineJsdoc(docs: SchemaDocs, name?: string): string {
  const { paragraphs, tags } = schemaDocParts(docs, name);
  return commentText(paragraphs, tags);
}

/** A JSDoc as comment text (with its line break), for a member written inside a type. */
export function commentText(
  paragraphs: ReadonlyArray<string | undefined>,
  tags: readonly DocTag[] = [],
): string {
  const lines = [
    ...prose(paragraphs).flatMap((p, i) => [...(i > 0 ? [''] : []), ...p.split('\n')]),
    ...tags.map((t) =>
      jsdocText(`@${t.tag}${t.text === undefined ? '' : ` ${tagText(t.tag, t.text)}`}`),
    ),
  ];
  if (lines.length === 0) return '';
  if (oneLine(lines, [])) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
}
