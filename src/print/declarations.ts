/**
 * Top-level declarations printed directly in prettier's form: interfaces,
 * type aliases and the `as const` objects and value lists of enums — most of
 * an SDK's text. Each printer returns `undefined` for a shape it does not
 * know, and the statement goes through ts-morph and prettier instead.
 */
import type {
  ExportDeclarationStructure,
  ImportDeclarationStructure,
  IndexSignatureDeclarationStructure,
  InterfaceDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../emit/structure-kind.js';
import { docsText } from './comment-layout.js';
import { done, joinPieces, pending, type PrintedPiece } from './piece.js';
import { exportKeyword } from './loose-text.js';
import { leftoverText } from './ts-morph-text.js';
import { printClass, printFunction } from './functions.js';
import { fits, flatType, layoutType, lineWidth, memberText } from './type-layout.js';
import { parseTypeOf, prettierString, type TypeNode } from './type-tree.js';

/** The statement's pieces (members prettier must format among them), or `undefined` to leave it all to prettier. */
export function printDeclaration(statement: StatementStructures): PrintedPiece[] | undefined {
  switch (statement.kind) {
    case StructureKind.Interface:
      return printInterface(statement);
    case StructureKind.Class:
      return printClass(statement);
    default: {
      const text = printWhole(statement);
      return text === undefined ? undefined : [done(text)];
    }
  }
}

function printWhole(statement: StatementStructures): string | undefined {
  switch (statement.kind) {
    case StructureKind.TypeAlias:
      return printTypeAlias(statement);
    case StructureKind.VariableStatement:
      return printConst(statement);
    case StructureKind.Function:
      return printFunction(statement);
    case StructureKind.ImportDeclaration:
      return printImport(statement);
    case StructureKind.ExportDeclaration:
      return printExport(statement);
    default:
      return undefined;
  }
}

function printInterface(s: InterfaceDeclarationStructure): PrintedPiece[] | undefined {
  const exported = exportKeyword(s);
  const docs = docsText(s.docs, '');
  if (exported === undefined || docs === undefined || s.typeParameters?.length) return undefined;
  if (s.callSignatures?.length || s.constructSignatures?.length || s.methods?.length)
    return undefined;
  if (s.getAccessors?.length || s.setAccessors?.length) return undefined;
  const bases = s.extends ?? [];
  if (typeof bases === 'function' || !bases.every((b) => typeof b === 'string')) return undefined;
  const empty = !s.indexSignatures?.length && !s.properties?.length;
  const head = interfaceHead(`${exported}interface ${s.name}`, bases, empty);
  if (head === undefined) return undefined;
  // ts-morph prints index signatures first, then properties, one per line.
  const members = [
    ...(s.indexSignatures ?? []).map((index) =>
      memberPiece({ kind: StructureKind.IndexSignature, ...index }, () => {
        const type = parseTypeOf(index.returnType);
        if (type === undefined || index.docs?.length || index.isReadonly) return undefined;
        const key = `[${index.keyName ?? 'key'}: ${index.keyType ?? 'string'}]`;
        return memberText({ doc: undefined, key, type }, '  ');
      }),
    ),
    ...(s.properties ?? []).map((property) =>
      memberPiece({ kind: StructureKind.PropertySignature, ...property }, () => {
        const type = parseTypeOf(property.type);
        const doc = docsText(property.docs, '  ');
        if (type === undefined || doc === undefined || property.isReadonly) return undefined;
        const name = /^"/.test(property.name) ? prettierString(property.name) : property.name;
        if (!/^['"]|^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(name))
          return undefined;
        const key = property.hasQuestionToken ? `${name}?` : name;
        // The member's docs come from its structure (as ts-morph prints them), not from type text.
        const text = memberText({ doc: undefined, key, type }, '  ');
        return text === undefined ? undefined : doc + text;
      }),
    ),
  ];
  if (empty) return [done(`${docs}${head}}`)];
  return [done(`${docs}${head}\n`), ...joinPieces(members, '\n'), done('\n}')];
}

/**
 * `export interface X extends A, B {` on one line, or as prettier breaks it when that is
 * too long (the width counts the `}` of an empty body) and there are several bases:
 * `extends A, B {` on a line of its own, else each base on its own line; `undefined` when
 * a line still does not fit.
 */
function interfaceHead(name: string, bases: readonly string[], empty: boolean): string | undefined {
  const close = empty ? '{}' : '{';
  const heritage = bases.length > 0 ? `extends ${bases.join(', ')} ` : '';
  // Prettier never breaks before a lone base, however long the line.
  if (bases.length === 1 || fits(`${name} ${heritage}${close}`)) return `${name} ${heritage}{`;
  if (heritage === '' || !fits(name)) return undefined;
  if (fits(`  ${heritage}${close}`)) return `${name}\n  ${heritage}{`;
  const lines = bases.map((b, i) => `    ${b}${i < bases.length - 1 ? ',' : ' {'}`);
  return lines.every(fits) && fits(`${lines.at(-1)!}${empty ? '}' : ''}`)
    ? `${name}\n  extends\n${lines.join('\n')}`
    : undefined;
}

/** A member printed directly, or else by ts-morph for prettier to format inside an empty interface. */
function memberPiece(
  structure: PropertySignatureStructure | IndexSignatureDeclarationStructure,
  direct: () => string | undefined,
): PrintedPiece {
  const text = direct();
  return text === undefined ? pending(leftoverText(structure), 'interface') : done(text);
}

function printTypeAlias(s: TypeAliasDeclarationStructure): string | undefined {
  const exported = exportKeyword(s);
  const docs = docsText(s.docs, '');
  const type = parseTypeOf(s.type);
  if (
    exported === undefined ||
    docs === undefined ||
    type === undefined ||
    s.typeParameters?.length
  )
    return undefined;
  const head = `${exported}type ${s.name} = `;
  const flat = flatType(type);
  if (flat !== undefined && !fits(head + flat + ';')) {
    // A name (or name[]) too long after `=` goes on the next line; a generic is left to prettier.
    if (!/^[\w$]+(?:\[\])*$/.test(flat)) return aliasText(head, type, docs);
    return fits(`  ${flat};`) ? `${docs}${head.trimEnd()}\n  ${flat};` : undefined;
  }
  return aliasText(head, type, docs);
}

function aliasText(head: string, type: TypeNode, docs: string): string | undefined {
  const text = layoutType(head, type, '', ';');
  if (type.kind !== 'generic') return text === undefined ? undefined : docs + text;
  // prettier breaks after `=` only when the line up to the type's first break does not fit:
  // after `Name<{` when one object argument is hugged, else after `Name<`.
  const [only, ...others] = type.args;
  if (only?.kind === 'object' && only.members.length === 0 && others.length === 0) return undefined;
  const hugged = only?.kind === 'object' && others.length === 0;
  if (fits(`${head}${type.name}<${hugged ? '{' : ''}`))
    return text === undefined ? undefined : docs + text;
  const broken = layoutType('  ', type, '  ', ';');
  if (broken === undefined || !fits(firstLine(broken))) return undefined;
  return `${docs}${head.trimEnd()}\n${broken}`;
}

const firstLine = (text: string) => text.split('\n', 1)[0]!;

const OBJECT_ENTRY =
  /^([\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*|"(?:[^"\\]|\\.)*"|\["(?:[^"\\]|\\.)*"\]): ("(?:[^"\\]|\\.)*"),$/u;
// A one-line JSDoc above an entry (a server's description), kept as written.
const ENTRY_DOC = /^\/\*\*(?:(?!\*\/).)*\*\/$/u;
const STRING_LIST = /^\[(?:"(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")*)?\]$/;
const STRING = /"(?:[^"\\]|\\.)*"/g;

/** `export const X = { a: 'a', … } as const;` and `export const XValues: readonly X[] = [ … ];`. */
function printConst(s: VariableStatementStructure): string | undefined {
  const exported = exportKeyword(s);
  const docs = docsText(s.docs, '');
  const declaration = s.declarations[0];
  if (exported === undefined || docs === undefined || s.declarations.length !== 1 || !declaration)
    return undefined;
  if (s.declarationKind !== VariableDeclarationKind.Const || declaration.hasExclamationToken)
    return undefined;
  const { name, type, initializer } = declaration;
  if (typeof initializer !== 'string' || (type !== undefined && typeof type !== 'string'))
    return undefined;
  const head = `${exported}const ${name}${type === undefined ? '' : `: ${type}`} = `;
  if (!/^[\w$ :[\]=]*$/.test(head)) return undefined;
  if (type === undefined && initializer.startsWith('{\n') && initializer.endsWith('\n} as const')) {
    const entries = initializer.slice(2, -'\n} as const'.length).split('\n');
    if (entries.length === 1 && entries[0] === '') return `${docs}${head}{} as const;`;
    const lines: string[] = [];
    for (const entry of entries) {
      if (ENTRY_DOC.test(entry) && lineWidth(entry) !== Infinity) {
        lines.push(`  ${entry}`);
        continue;
      }
      const match = OBJECT_ENTRY.exec(entry);
      if (match === null) return undefined;
      const key = objectKey(match[1]!);
      const value = prettierString(match[2]!);
      const line = `  ${key}: ${value},`;
      // A string too long for its line goes under its key, unless the key is shorter than 5 columns.
      if (fits(line) || key.length < 5) lines.push(line);
      else if (lineWidth(`    ${value},`) === Infinity) return undefined;
      else lines.push(`  ${key}:\n    ${value},`);
    }
    return `${docs}${head}{\n${lines.join('\n')}\n} as const;`;
  }
  if (STRING_LIST.test(initializer)) {
    const items = (initializer.match(STRING) ?? []).map(prettierString);
    const flat = `${head}[${items.join(', ')}];`;
    if (fits(flat)) return docs + flat;
    if (fits(`${head}[`)) {
      if (items.some((i) => !fits(`  ${i},`))) return undefined;
      return `${docs}${head}[\n${items.map((i) => `  ${i},`).join('\n')}\n];`;
    }
    // Even `= [` is too long: prettier breaks after `=` (known here where the list then fits).
    const list = `  [${items.join(', ')}];`;
    return fits(list) ? `${docs}${head.trimEnd()}\n${list}` : undefined;
  }
  return undefined;
}

/** A key as prettier writes it: `name`, `'text'` or `['__proto__']`. */
function objectKey(key: string): string {
  if (key.startsWith('[')) return `[${prettierString(key.slice(1, -1))}]`;
  return key.startsWith('"') ? prettierString(key) : key;
}

/** `import { a, type B } from './x.js';`, one name per line when it does not fit. */
function printImport(s: ImportDeclarationStructure): string | undefined {
  if (s.defaultImport || s.namespaceImport || s.attributes?.length) return undefined;
  const names = s.namedImports;
  if (!Array.isArray(names) || names.length === 0) return undefined;
  return namedList(`import ${s.isTypeOnly ? 'type ' : ''}`, names, s.moduleSpecifier);
}

/** `export * from './x.js';` and `export { a, type B } from './x.js';`. */
function printExport(s: ExportDeclarationStructure): string | undefined {
  if (s.namespaceExport || s.attributes?.length || s.moduleSpecifier === undefined)
    return undefined;
  const keyword = `export ${s.isTypeOnly ? 'type ' : ''}`;
  const names = s.namedExports;
  if (names === undefined)
    return /^[\w./@-]+$/.test(s.moduleSpecifier)
      ? `${keyword}* from '${s.moduleSpecifier}';`
      : undefined;
  if (!Array.isArray(names) || names.length === 0) return undefined;
  return namedList(keyword, names, s.moduleSpecifier);
}

/** `{ a, type B } from '…';` after `keyword`, one name per line when it does not fit. */
function namedList(keyword: string, names: readonly unknown[], from: string): string | undefined {
  if (!names.every((n) => typeof n === 'string' && /^(?:type )?[\w$]+$/.test(n))) return undefined;
  if (!/^[\w./@-]+$/.test(from)) return undefined;
  const tail = ` from '${from}';`;
  const flat = `${keyword}{ ${names.join(', ')} }${tail}`;
  if (fits(flat)) return flat;
  return `${keyword}{\n${names.map((n) => `  ${n as string},`).join('\n')}\n}${tail}`;
}
