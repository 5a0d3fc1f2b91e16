/**
 * Functions, and classes of properties, a constructor and methods, printed
 * directly in prettier's form: the signature on one line when it fits, else
 * one parameter per line; bodies of the statements expression.ts knows.
 * `undefined` for any other shape (ts-morph and prettier print it instead).
 */
import type {
  ClassDeclarationStructure,
  ConstructorDeclarationStructure,
  FunctionDeclarationStructure,
  MethodDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertyDeclarationStructure,
} from 'ts-morph';
import { StructureKind } from '../emit/structure-kind.js';
import { docsText } from './comment-layout.js';
import { layoutStatement } from './expression.js';
import { done, joinPieces, pending, type PrintedPiece } from './piece.js';
import { leftoverText } from './ts-morph-text.js';
import { fits, flatType, layoutType, typeArguments } from './type-layout.js';
import { parseTypeOf, type TypeNode } from './type-tree.js';

const NAME = /^#?[\p{ID_Start}$_][\p{ID_Continue}$]*$/u;

type Callable = Pick<
  FunctionDeclarationStructure,
  'parameters' | 'returnType' | 'statements' | 'typeParameters' | 'isAsync' | 'isGenerator'
>;

/** `head(params): R {` … `}` at `indent`, head holding the keywords and the name. */
function callable(s: Callable, head: string, indent: string): string | undefined {
  if (s.typeParameters?.length || s.isAsync || s.isGenerator) return undefined;
  const params: Parameter[] = [];
  for (const p of s.parameters ?? []) {
    const parsed = parameter(p);
    if (parsed === undefined) return undefined;
    params.push(parsed);
  }
  const returnType = s.returnType === undefined ? undefined : parseTypeOf(s.returnType);
  if (s.returnType !== undefined && returnType === undefined) return undefined;
  const flatReturn = returnType && flatType(returnType);
  const inner = `${indent}  `;
  const lines = params.map((p) => parameterLines(p, inner));
  const broken = `${indent}${head}(\n${lines.join('\n')}\n`;
  const paramsFit = lines.every((line) => line !== undefined);
  let signature: string | undefined;
  if (returnType !== undefined && flatReturn === undefined) {
    // A return type with an object in it breaks the parameters, one per line, whatever the width.
    // One parameter stays beside the name when that line fits up to the return type's first break.
    const hugged =
      params.length === 1
        ? layoutType(`${indent}${head}(${params[0]!.text}): `, returnType, indent, ' {')
        : undefined;
    const close = layoutType(`${indent}): `, returnType, indent, ' {');
    if (hugged !== undefined && fits(hugged.slice(0, hugged.indexOf('\n')))) signature = hugged;
    else if (params.length === 0 || !paramsFit || close === undefined) return undefined;
    else signature = broken + close;
  } else {
    const returns = flatReturn === undefined ? '' : `: ${flatReturn}`;
    const oneLine = `${indent}${head}(${params.map((p) => p.text).join(', ')})${returns} {`;
    const close = fits(`${indent})${returns} {`)
      ? `${indent})${returns} {`
      : brokenTypeArguments(returnType, indent, `${indent}): `, ' {');
    if (fits(oneLine)) signature = oneLine;
    else if (params.length > 0 && paramsFit && close !== undefined) signature = broken + close;
    else return undefined;
  }
  const body = statements(s.statements, `${indent}  `);
  if (body === undefined) return undefined;
  return body === '' ? `${signature}}` : `${signature}\n${body}\n${indent}}`;
}

/**
 * `): Name<` then one type argument per line, `>` and `tail`: a generic of two or more
 * names too long for its line (one name alone is never broken: the line stays long).
 */
function brokenTypeArguments(
  type: TypeNode | undefined,
  indent: string,
  head: string,
  tail: string,
): string | undefined {
  if (type?.kind !== 'generic' || !fits(`${head}${type.name}<`)) return undefined;
  // One name alone is hugged: prettier leaves the line long.
  const [only, ...others] = type.args;
  if (others.length === 0 && only?.kind === 'atom' && /^[\w$]+$/.test(only.text))
    return `${head}${type.name}<${only.text}>${tail}`;
  if (others.length === 0) return undefined;
  const args = typeArguments(type.args, indent);
  return args === undefined ? undefined : `${head}${type.name}${args}${tail}`;
}

interface Parameter {
  /** On one line: `name?: Type`. */
  readonly text: string;
  /** `name?: `, before a type that may break. */
  readonly key: string;
  readonly type: TypeNode | undefined;
}

/** The parameter's lines in a broken list: one, or a union too long for it broken after the key. */
function parameterLines(p: Parameter, inner: string): string | undefined {
  if (fits(`${inner}${p.text},`)) return `${inner}${p.text},`;
  return p.type?.kind === 'union' ? layoutType(`${inner}${p.key}`, p.type, inner, ',') : undefined;
}

function parameter(p: OptionalKind<ParameterDeclarationStructure>): Parameter | undefined {
  if (p.isRestParameter || p.scope || p.isReadonly) return undefined;
  // `options: Options = {}`; other defaults are left to prettier.
  if (p.initializer !== undefined && (p.initializer !== '{}' || p.hasQuestionToken))
    return undefined;
  const initializer = p.initializer === undefined ? '' : ' = {}';
  if (p.decorators?.length || !NAME.test(p.name)) return undefined;
  if (p.type === undefined)
    return {
      text: `${p.name}${p.hasQuestionToken ? '?' : ''}${initializer}`,
      key: '',
      type: undefined,
    };
  const type = parseTypeOf(p.type);
  const flat = type && flatType(type);
  // A union of names and literals stays whole where its line fits (callers check); other types may break.
  const whole =
    type?.kind === 'atom' ||
    /^[\w$]+(?:<[\w$]+>)?(?:\[\])*$/.test(flat ?? '') ||
    (type?.kind === 'union' && type.types.every((t) => t.kind === 'atom'));
  if (flat === undefined || !whole) return undefined;
  const key = `${p.name}${p.hasQuestionToken ? '?' : ''}: `;
  // A default value after a type that breaks: left to prettier.
  return { text: `${key}${flat}${initializer}`, key, type: initializer === '' ? type : undefined };
}

function statements(list: Callable['statements'], indent: string): string | undefined {
  if (list === undefined) return '';
  if (!Array.isArray(list)) return undefined;
  const lines: string[] = [];
  for (const statement of list) {
    if (typeof statement !== 'string') return undefined;
    const laid = layoutStatement(statement, indent) ?? assignment(statement, indent);
    if (laid === undefined) return undefined;
    lines.push(laid);
  }
  return lines.join('\n');
}

/** `this.x = new X(client);` and the like, when they fit their line. */
function assignment(statement: string, indent: string): string | undefined {
  const match = /^(this\.#?[\w$]+) = (new [\w$]+\([\w$, ]*\)|[\w$]+);$/.exec(statement);
  if (match === null) return undefined;
  const line = `${indent}${match[1]} = ${match[2]!.replace(/, */g, ', ')};`;
  return fits(line) ? line : undefined;
}

export function printFunction(s: FunctionDeclarationStructure): string | undefined {
  if (s.isDefaultExport || s.hasDeclareKeyword || s.overloads?.length || !s.name) return undefined;
  if (!NAME.test(s.name)) return undefined;
  const docs = docsText(s.docs, '');
  const text = callable(s, `${s.isExported ? 'export ' : ''}function ${s.name}`, '');
  return docs === undefined || text === undefined ? undefined : docs + text;
}

export function printClass(s: ClassDeclarationStructure): PrintedPiece[] | undefined {
  if (s.isDefaultExport || s.hasDeclareKeyword || s.isAbstract || !s.name) return undefined;
  if (s.implements?.length || s.typeParameters?.length || s.decorators?.length) return undefined;
  if (s.extends !== undefined && (typeof s.extends !== 'string' || !NAME.test(s.extends)))
    return undefined;
  if (s.getAccessors?.length || s.setAccessors?.length || s.staticBlocks?.length) return undefined;
  const docs = docsText(s.docs, '');
  const base = s.extends === undefined ? '' : ` extends ${s.extends}`;
  const head = `${s.isExported ? 'export ' : ''}class ${s.name}${base} {`;
  if (docs === undefined || !fits(head)) return undefined;
  // ts-morph: properties one per line, then a blank line before each constructor and method.
  const blocks: PrintedPiece[] = [];
  const properties: string[] = [];
  for (const p of s.properties ?? []) {
    const line = propertyText(p);
    if (line === undefined) return undefined;
    properties.push(line);
  }
  if (properties.length > 0) blocks.push(done(properties.join('\n')));
  for (const ctor of s.ctors ?? []) {
    const text = constructorText(ctor);
    if (text === undefined) return undefined;
    blocks.push(done(text));
  }
  for (const method of s.methods ?? []) {
    const text = methodText(method);
    blocks.push(
      text === undefined
        ? pending(leftoverText({ kind: StructureKind.Method, ...method }), 'class')
        : done(text),
    );
  }
  if (blocks.length === 0) return [done(`${docs}${head}}`)];
  return [done(`${docs}${head}\n`), ...joinPieces(blocks, '\n\n'), done('\n}')];
}

// `new Resource(this)`: the client's resources.
const INITIALIZER = /^new [\w$]+\((?:this)?\)$/;

function propertyText(p: OptionalKind<PropertyDeclarationStructure>): string | undefined {
  if (p.docs?.length || p.decorators?.length || p.isStatic) return undefined;
  if (
    p.initializer !== undefined &&
    !(typeof p.initializer === 'string' && INITIALIZER.test(p.initializer))
  )
    return undefined;
  if (p.scope || p.hasQuestionToken || p.hasExclamationToken || p.isAbstract) return undefined;
  if (p.hasAccessorKeyword || p.hasDeclareKeyword || p.hasOverrideKeyword) return undefined;
  const type = parseTypeOf(p.type);
  const flat = type && flatType(type);
  if (flat === undefined || !NAME.test(p.name)) return undefined;
  const declared = `  ${p.isReadonly ? 'readonly ' : ''}${p.name}: ${flat}`;
  if (p.initializer === undefined)
    return fits(`${declared};`) || type!.kind === 'atom' ? `${declared};` : undefined;
  const initializer = p.initializer as string;
  if (fits(`${declared} = ${initializer};`)) return `${declared} = ${initializer};`;
  // Too long: prettier breaks after `=` when even `… = new Name(` does not fit.
  const callStart = initializer.slice(0, initializer.indexOf('(') + 1);
  if (fits(`${declared} = ${callStart}`) || !fits(`${declared} =`)) return undefined;
  return fits(`    ${initializer};`) ? `${declared} =\n    ${initializer};` : undefined;
}

function constructorText(c: OptionalKind<ConstructorDeclarationStructure>): string | undefined {
  if (c.scope || c.overloads?.length || c.docs?.length) return undefined;
  return callable(c, 'constructor', '  ');
}

function methodText(m: OptionalKind<MethodDeclarationStructure>): string | undefined {
  if (m.scope || m.isStatic || m.isAbstract || m.hasQuestionToken || m.overloads?.length)
    return undefined;
  if (m.decorators?.length || m.hasOverrideKeyword || !NAME.test(m.name)) return undefined;
  const docs = docsText(m.docs, '  ');
  const text = callable(m, m.name, '  ');
  return docs === undefined || text === undefined ? undefined : docs + text;
}
