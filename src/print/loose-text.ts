/**
 * The statements and members the direct printer leaves over, written as
 * plain text for prettier to format, without ts-morph: prettier lays out
 * everything again but comments and blank lines, which are written here as
 * ts-morph writes them (comment-layout.ts). Loading ts-morph (and the
 * TypeScript compiler behind it) cost a large spec about a second, for a few
 * dozen statements. Shapes not known here give `undefined`: ts-morph prints them.
 */
import type {
  FunctionDeclarationStructure,
  IndexSignatureDeclarationStructure,
  MethodDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  Structures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../emit/structure-kind.js';
import { docsText } from './comment-layout.js';

/**
 * Code whose line breaks prettier may move: emit escapes them in string
 * literals, so only a template literal could hold one where layout matters.
 */
const isCode = (text: unknown): text is string =>
  typeof text === 'string' &&
  text.split('`').every((part, i) => i % 2 === 0 || !part.includes('\n'));
/** Type text: emit writes no template literal types, so its line breaks are between tokens or in JSDoc. */
const isType = (text: unknown): text is string => typeof text === 'string';

export function looseText(structure: Structures): string | undefined {
  switch (structure.kind) {
    case StructureKind.SourceFile: {
      const statements = structure.statements;
      if (!Array.isArray(statements) || statements.length !== 1) return undefined;
      const [statement] = statements as unknown[];
      return typeof statement === 'object' && statement !== null
        ? looseText(statement as Structures)
        : undefined;
    }
    case StructureKind.TypeAlias:
      return typeAlias(structure);
    case StructureKind.VariableStatement:
      return constStatement(structure);
    case StructureKind.Function:
      return functionText(structure);
    case StructureKind.PropertySignature:
      return propertySignature(structure);
    case StructureKind.IndexSignature:
      return indexSignature(structure);
    case StructureKind.Method:
      return method(structure);
    default:
      return undefined;
  }
}

/** `export ` or nothing; `undefined` for default exports and `declare`, which no printer here writes. */
export function exportKeyword(s: {
  isExported?: boolean;
  isDefaultExport?: boolean;
  hasDeclareKeyword?: boolean;
}): string | undefined {
  if (s.isDefaultExport || s.hasDeclareKeyword) return undefined;
  return s.isExported ? 'export ' : '';
}

function typeAlias(s: TypeAliasDeclarationStructure): string | undefined {
  const docs = docsText(s.docs, '');
  const keyword = exportKeyword(s);
  if (docs === undefined || keyword === undefined || s.typeParameters?.length) return undefined;
  return isType(s.type) ? `${docs}${keyword}type ${s.name} = ${s.type};` : undefined;
}

function constStatement(s: VariableStatementStructure): string | undefined {
  const docs = docsText(s.docs, '');
  const keyword = exportKeyword(s);
  if (docs === undefined || keyword === undefined) return undefined;
  if (s.declarationKind !== VariableDeclarationKind.Const) return undefined;
  const declarations: string[] = [];
  for (const d of s.declarations) {
    if (d.hasExclamationToken || !isType(d.initializer)) return undefined;
    if (d.type !== undefined && !isType(d.type)) return undefined;
    declarations.push(`${d.name}${d.type === undefined ? '' : `: ${d.type}`} = ${d.initializer}`);
  }
  return declarations.length === 0
    ? undefined
    : `${docs}${keyword}const ${declarations.join(', ')};`;
}

type Callable = Pick<
  FunctionDeclarationStructure,
  'parameters' | 'returnType' | 'statements' | 'typeParameters' | 'isAsync' | 'isGenerator'
>;

/** `(params): R {` … `}` after the head. */
function callable(s: Callable, head: string): string | undefined {
  if (s.typeParameters?.length || s.isGenerator) return undefined;
  const params: string[] = [];
  for (const p of s.parameters ?? []) {
    const text = parameter(p);
    if (text === undefined) return undefined;
    params.push(text);
  }
  if (s.returnType !== undefined && !isType(s.returnType)) return undefined;
  const statements = s.statements ?? [];
  if (!Array.isArray(statements) || !statements.every(isCode)) return undefined;
  const returns = s.returnType === undefined ? '' : `: ${s.returnType}`;
  const body = statements.length === 0 ? '' : `\n${statements.join('\n')}\n`;
  return `${s.isAsync ? 'async ' : ''}${head}(${params.join(', ')})${returns} {${body}}`;
}

function parameter(p: OptionalKind<ParameterDeclarationStructure>): string | undefined {
  if (p.isRestParameter || p.scope || p.isReadonly || p.decorators?.length) return undefined;
  if (p.type !== undefined && !isType(p.type)) return undefined;
  if (p.initializer !== undefined && !isCode(p.initializer)) return undefined;
  const type = p.type === undefined ? '' : `: ${p.type}`;
  const initializer = p.initializer === undefined ? '' : ` = ${p.initializer}`;
  return `${p.name}${p.hasQuestionToken ? '?' : ''}${type}${initializer}`;
}

function functionText(s: FunctionDeclarationStructure): string | undefined {
  const docs = docsText(s.docs, '');
  const keyword = exportKeyword(s);
  if (docs === undefined || keyword === undefined || s.overloads?.length || !s.name)
    return undefined;
  const text = callable(s, `function ${s.name}`);
  return text === undefined ? undefined : `${docs}${keyword}${text}`;
}

function method(s: OptionalKind<MethodDeclarationStructure>): string | undefined {
  const docs = docsText(s.docs, '');
  if (docs === undefined || s.overloads?.length || s.decorators?.length) return undefined;
  if (s.scope || s.isStatic || s.isAbstract || s.hasQuestionToken || s.hasOverrideKeyword)
    return undefined;
  const text = callable(s, s.name);
  return text === undefined ? undefined : docs + text;
}

function propertySignature(s: OptionalKind<PropertySignatureStructure>): string | undefined {
  const docs = docsText(s.docs, '');
  if (docs === undefined || !isType(s.type)) return undefined;
  const key = `${s.isReadonly ? 'readonly ' : ''}${s.name}${s.hasQuestionToken ? '?' : ''}`;
  return `${docs}${key}: ${s.type};`;
}

function indexSignature(s: OptionalKind<IndexSignatureDeclarationStructure>): string | undefined {
  const docs = docsText(s.docs, '');
  if (docs === undefined || !isType(s.returnType)) return undefined;
  const key = `[${s.keyName ?? 'key'}: ${s.keyType ?? 'string'}]`;
  return `${docs}${s.isReadonly ? 'readonly ' : ''}${key}: ${s.returnType};`;
}
