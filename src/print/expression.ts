/**
 * The expressions emit writes in function bodies (`client.request<T>({ … },
 * options)`, `fn(this.#client, a, options)`), read back and laid out as
 * prettier does: on one line when it fits, else the call's arguments one per
 * line, and an object argument that does not fit its line expanded, one
 * property per line. Anything else is `undefined` (left to prettier).
 */
import { fits, flatType, typeArguments } from './type-layout.js';
import { parseTypeList, prettierString, type TypeNode } from './type-tree.js';

type Expr =
  | { readonly kind: 'atom'; readonly text: string }
  | {
      readonly kind: 'call';
      readonly callee: string;
      readonly args: readonly Expr[];
      /** Type arguments holding an expanded object type (`request<{ … }>`), laid out apart. */
      readonly typeArguments?: readonly TypeNode[];
      /** Flat type arguments prettier could break: they break when the call's first line does not fit. */
      readonly breakable?: { readonly name: string; readonly types: readonly TypeNode[] };
    }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Expr])[] }
  /** `a ?? b` or `a || b`: printed where it fits its line, or a property's under its key (how prettier breaks the chain is not copied). */
  | { readonly kind: 'coalesce'; readonly text: string }
  /** `a === b ? c : d`, its parts flat. */
  | {
      readonly kind: 'conditional';
      readonly test: string;
      readonly yes: string;
      readonly no: string;
    }
  | { readonly kind: 'array'; readonly items: readonly Expr[] };

const UNSUPPORTED = Symbol('unsupported');
// A path of names: `client.request`, `this.#client`, `params?.perPage`.
const NAME_PATH =
  /(?:this|[\p{ID_Start}$_][\p{ID_Continue}$]*)(?:\??\.#?[\p{ID_Start}$_][\p{ID_Continue}$]*)*/uy;
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/y;
// A tagged or plain template whose substitutions are plain names or calls of literals and names
// (`${pathStyle("id", id, "label", false)}`): prettier never breaks a template, only requotes it.
const TEMPLATE =
  /(?:[\p{ID_Start}$_][\p{ID_Continue}$]*)?`(?:[^`\\$\n]|\\.|\$\{[\w$.?#]+(?:\((?:[\w$.?#]+|"(?:[^"\\\n]|\\.)*"|, )*\))?\}|\$(?!\{))*`/uy;
const SUBSTITUTED_STRING = /"(?:[^"\\\n]|\\.)*"/y;
const NUMBER = /(?:0|[1-9]\d*)(?![\w.])/y;

class ExpressionParser {
  at = 0;
  constructor(private readonly text: string) {}

  private skip() {
    while (this.text[this.at] === ' ') this.at++;
  }

  private match(re: RegExp): string | undefined {
    this.skip();
    re.lastIndex = this.at;
    const m = re.exec(this.text);
    if (m === null) return undefined;
    this.at += m[0].length;
    return m[0];
  }

  eat(token: string): boolean {
    this.skip();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string) {
    if (!this.eat(token)) throw UNSUPPORTED;
  }

  expression(): Expr {
    const left = this.operand();
    // `||` too: an empty credential is none (`options.apiKey || readEnv(…)`).
    const operator = this.eat('??') ? '??' : this.eat('||') ? '||' : undefined;
    if (operator !== undefined) {
      const right = this.expression();
      return { kind: 'coalesce', text: `${flat(left)} ${operator} ${flat(right)}` };
    }
    if (!this.eat('===')) return left;
    const test = `${flat(left)} === ${flat(this.operand())}`;
    this.expect('?');
    const yes = flat(this.operand());
    this.expect(':');
    return { kind: 'conditional', test, yes, no: flat(this.operand()) };
  }

  private operand(): Expr {
    if (this.eat('{')) return this.object();
    if (this.eat('[')) {
      const items = this.list(']');
      // Two or more objects (or arrays) of two or more entries: prettier always breaks the array.
      const big = (e: Expr) =>
        (e.kind === 'object' && e.entries.length > 1) || (e.kind === 'array' && e.items.length > 1);
      if (items.length > 1 && items.every(big)) throw UNSUPPORTED;
      return { kind: 'array', items };
    }
    const literal = this.match(STRING);
    if (literal !== undefined) return { kind: 'atom', text: prettierString(literal) };
    const template = this.match(TEMPLATE);
    if (template !== undefined) return { kind: 'atom', text: requoteSubstitutions(template) };
    const number = this.match(NUMBER);
    if (number !== undefined) return { kind: 'atom', text: number };
    const name = this.match(NAME_PATH);
    if (name === undefined) throw UNSUPPORTED;
    let callee = name;
    let breakable: { name: string; types: readonly TypeNode[] } | undefined;
    this.skip();
    if (this.text[this.at] === '<') {
      // Type arguments that stay on one line whatever the width (a name, a name[]).
      const end = this.text.indexOf('>(', this.at);
      if (end < 0) throw UNSUPPORTED;
      const types = parseTypeList(this.text.slice(this.at + 1, end));
      this.at = end + 1;
      if (types === undefined) throw UNSUPPORTED;
      const flats = types.map(flatType);
      if (flats.some((f) => f === undefined)) {
        this.expect('(');
        return { kind: 'call', callee, args: this.list(')'), typeArguments: types };
      }
      callee += `<${flats.join(', ')}>`;
      // Type arguments that could break must fit on the call's first line (checked when laid out).
      if (types.length > 1 || !types.every(isUnbreakableType)) breakable = { name, types };
    }
    if (!this.eat('(')) {
      if (breakable) throw UNSUPPORTED;
      return { kind: 'atom', text: callee };
    }
    const args = this.list(')');
    return breakable ? { kind: 'call', callee, args, breakable } : { kind: 'call', callee, args };
  }

  private list(close: string): Expr[] {
    const items: Expr[] = [];
    while (!this.eat(close)) {
      items.push(this.expression());
      if (!this.eat(',')) {
        this.expect(close);
        break;
      }
    }
    return items;
  }

  private object(): Expr {
    const entries: Array<readonly [string, Expr]> = [];
    while (!this.eat('}')) {
      const key = this.match(STRING) ?? this.match(NAME_PATH);
      if (key === undefined || key.includes('.')) throw UNSUPPORTED;
      this.expect(':');
      entries.push([key.startsWith('"') ? prettierString(key) : key, this.expression()]);
      if (!this.eat(',')) {
        this.expect('}');
        break;
      }
    }
    return { kind: 'object', entries };
  }
}

/** A template's text with the string literals of its substitutions in prettier's quotes. */
function requoteSubstitutions(template: string): string {
  if (!template.includes('"')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '\\') {
      // Template text: an escaped character, `\${` included, is copied as it is.
      out += template.slice(i, i + 2);
      i += 2;
    } else if (c === '$' && template[i + 1] === '{') {
      // TEMPLATE matched the substitution: names, `(`, `, `, `)` and double-quoted literals.
      out += '${';
      i += 2;
      while (template[i] !== '}') {
        SUBSTITUTED_STRING.lastIndex = i;
        const literal = template[i] === '"' ? SUBSTITUTED_STRING.exec(template) : null;
        out += literal === null ? template[i] : prettierString(literal[0]);
        i += literal === null ? 1 : literal[0].length;
      }
      out += '}';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function isUnbreakableType(node: TypeNode): boolean {
  return node.kind === 'atom' || (node.kind === 'array' && isUnbreakableType(node.element));
}

/** A `return …;` statement or an expression statement, parsed; `undefined` if not a known shape. */
export function parseStatement(text: string): { prefix: string; expr: Expr } | undefined {
  const prefix = text.startsWith('return ') ? 'return ' : '';
  if (!text.endsWith(';')) return undefined;
  const parser = new ExpressionParser(text.slice(prefix.length, -1));
  try {
    const expr = parser.expression();
    return parser.at === text.length - prefix.length - 1 ? { prefix, expr } : undefined;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

function flat(expr: Expr): string {
  switch (expr.kind) {
    case 'atom':
    case 'coalesce':
      return expr.text;
    case 'conditional':
      return `${expr.test} ? ${expr.yes} : ${expr.no}`;
    case 'call':
      if (expr.typeArguments) throw UNSUPPORTED;
      return `${expr.callee}(${expr.args.map(flat).join(', ')})`;
    case 'array':
      return `[${expr.items.map(flat).join(', ')}]`;
    case 'object':
      return expr.entries.length === 0
        ? '{}'
        : `{ ${expr.entries.map(([k, v]) => `${k}: ${flat(v)}`).join(', ')} }`;
  }
}

/** A statement at `indent`, as prettier lays it out. */
export function layoutStatement(text: string, indent: string): string | undefined {
  const statement = parseStatement(text);
  if (statement === undefined) return undefined;
  const { prefix, expr } = statement;
  try {
    if (expr.kind === 'call' && expr.typeArguments) {
      // `request<{ … }>` or `request<\n…\n>`, then the arguments as they fit after its last line.
      const type = typeArguments(expr.typeArguments, indent);
      if (type === undefined) return undefined;
      const args = callArguments(expr.args, indent, `${type.slice(type.lastIndexOf('\n') + 1)}(`);
      return args && `${indent}${prefix}${expr.callee}${type}${args}`;
    }
    const line = `${indent}${prefix}${flat(expr)};`;
    if (fits(line)) return line;
    if (expr.kind !== 'call') return undefined;
    const lineStart = `${indent}${prefix}${expr.callee}(`;
    if (expr.breakable && !fits(lineStart)) {
      // `name<` then one type argument per line (two or more names), `>(` and the arguments.
      const { name, types } = expr.breakable;
      const type = types.length > 1 ? typeArguments(types, indent) : unionArgument(types, indent);
      if (type === undefined || !fits(`${indent}${prefix}${name}<`)) return undefined;
      const args = callArguments(expr.args, indent, `${indent}>(`);
      return args && `${indent}${prefix}${name}${type}${args}`;
    }
    const args = callArguments(expr.args, indent, lineStart);
    return args && `${indent}${prefix}${expr.callee}${args}`;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/** `<`, one union of names on the next line (where it fits there), `>`. */
function unionArgument(types: readonly TypeNode[], indent: string): string | undefined {
  const [only] = types;
  if (only?.kind !== 'union' || !only.types.every((t) => t.kind === 'atom')) return undefined;
  const line = `${indent}  ${flatType(only)}`;
  return fits(line) ? `<\n${line}\n${indent}>` : undefined;
}

/** `(…);` after `lineStart`: on its line when it fits, else one argument per line. */
function callArguments(
  args: readonly Expr[],
  indent: string,
  lineStart: string,
  end = ';',
): string | undefined {
  const oneLine = `(${args.map(flat).join(', ')})${end}`;
  if (fits(lineStart + oneLine.slice(1))) return oneLine;
  const last = args.at(-1);
  const inner = `${indent}  `;
  if (last?.kind === 'object' && last.entries.length > 0) {
    // prettier hugs a last object after arguments that stay on the line: `f(a, {` … `});`.
    const before = args.slice(0, -1);
    if (!before.every((a) => a.kind === 'atom')) return undefined;
    const open = `(${[...before.map(flat), ''].join(', ')}`;
    return fits(`${lineStart}${open.slice(1)}{`)
      ? expandedObject(last.entries, indent, `)${end}`, open)
      : undefined;
  }
  // prettier's rules for a last array or function argument are not copied here.
  if (last === undefined || last.kind === 'object' || last.kind === 'array') return undefined;
  const lines: string[] = [];
  for (const arg of args) {
    const laid = layoutValue(arg, inner, ',');
    if (laid === undefined) return undefined;
    lines.push(`${inner}${laid}`);
  }
  return `(\n${lines.join('\n')}\n${indent})${end}`;
}

/** A value starting at `indent` (after `head` on its line), followed by `tail`. */
function layoutValue(expr: Expr, indent: string, tail: string, head = ''): string | undefined {
  const text = flat(expr);
  if (fits(`${indent}${head}${text}${tail}`)) return `${head}${text}${tail}`;
  // prettier never breaks a template literal, nor after the key before one.
  if (expr.kind === 'atom' && /^[\p{ID_Continue}$]*`/u.test(expr.text))
    return `${head}${text}${tail}`;
  if (expr.kind === 'atom' && /^['"]/.test(expr.text) && head !== '') {
    // A string too long for its line goes under its key, unless the key is shorter than 5 columns.
    if (head.length - 2 < 5) return `${head}${text}${tail}`;
    return `${head.trimEnd()}\n${indent}  ${text}${tail}`;
  }
  if (expr.kind === 'coalesce' && head !== '') {
    // A property's `a ?? b` goes under its key where it fits there, as prettier puts it.
    const inner = `${indent}  `;
    return fits(`${inner}${text}${tail}`) ? `${head.trimEnd()}\n${inner}${text}${tail}` : undefined;
  }
  if (expr.kind === 'conditional' && head !== '') {
    // A property whose test compares: prettier breaks after the key, then before `?` and `:`.
    const inner = `${indent}  `;
    if (fits(`${inner}${text}${tail}`)) return `${head.trimEnd()}\n${inner}${text}${tail}`;
    const branches = [`? ${expr.yes}`, `: ${expr.no}${tail}`].map((b) => `${inner}  ${b}`);
    if (!fits(`${inner}${expr.test}`) || !branches.every(fits)) return undefined;
    return `${head.trimEnd()}\n${inner}${expr.test}\n${branches.join('\n')}`;
  }
  if (expr.kind === 'call' && !expr.typeArguments && !expr.breakable) {
    // `key: fn(a, {` … `}),` or one argument per line, while `key: fn(` fits.
    const lineStart = `${indent}${head}${expr.callee}(`;
    const args = fits(lineStart) ? callArguments(expr.args, indent, lineStart, tail) : undefined;
    return args && `${head}${expr.callee}${args}`;
  }
  if (expr.kind !== 'object' || expr.entries.length === 0) return undefined;
  return expandedObject(expr.entries, indent, tail, head);
}

/** `{`, one entry per line one level in, `}`: an object that does not fit its line. */
function expandedObject(
  entries: readonly (readonly [string, Expr])[],
  indent: string,
  tail: string,
  head: string,
): string | undefined {
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [key, value] of entries) {
    const laid = layoutValue(value, inner, ',', `${key}: `);
    if (laid === undefined) return undefined;
    lines.push(`${inner}${laid}`);
  }
  return `${head}{\n${lines.join('\n')}\n${indent}}${tail}`;
}
