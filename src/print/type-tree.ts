/**
 * Reads back the type text that emit writes (src/emit/type-syntax.ts) into a
 * small tree, so the direct printer can lay it out as prettier would. Only the
 * shapes emit produces are understood; anything else gives `undefined`, and
 * the declaration holding it is left to prettier.
 */
export type TypeNode =
  | { readonly kind: 'atom'; readonly text: string }
  | { readonly kind: 'array'; readonly element: TypeNode }
  | { readonly kind: 'paren'; readonly inner: TypeNode }
  | { readonly kind: 'union'; readonly types: readonly TypeNode[] }
  | { readonly kind: 'intersection'; readonly types: readonly TypeNode[] }
  | {
      readonly kind: 'object';
      readonly members: readonly Member[];
      /** Written on one line (`{ a: A; b: B }`): prettier keeps it so when it fits. */
      readonly inline?: true;
    }
  | { readonly kind: 'generic'; readonly name: string; readonly args: readonly TypeNode[] };

export interface Member {
  /** The member's JSDoc as written (`/** … *\/`), if any. */
  readonly doc: string | undefined;
  /** `key`, `key?` or `[key: string]`, in prettier's quotes. */
  readonly key: string;
  readonly type: TypeNode;
}

type Token = {
  readonly kind: 'punct' | 'word' | 'string' | 'comment';
  readonly text: string;
  /** A `{` not followed by a line break. */
  readonly inline?: true;
};

const WORD = /[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*/uy;
const WHOLE_WORD = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
// Numbers prettier prints as written: no exponent, no trailing zeros, no leading dot.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?(?![\w.])/y;
const PUNCT = new Set(['{', '}', '[', ']', '(', ')', '<', '>', '|', '&', ';', ':', '?', ',']);

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\n') {
      i++;
    } else if (text.startsWith('/**', i)) {
      const end = text.indexOf('*/', i + 3);
      if (end < 0) return undefined;
      tokens.push({ kind: 'comment', text: text.slice(i, end + 2) });
      i = end + 2;
    } else if (c === '"') {
      // emit writes no bare backslash: each one escapes the character after it.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return undefined;
      tokens.push({ kind: 'string', text: text.slice(i, j + 1) });
      i = j + 1;
    } else if (PUNCT.has(c)) {
      tokens.push(
        c === '{' && text[i + 1] !== '\n'
          ? { kind: 'punct', text: c, inline: true }
          : { kind: 'punct', text: c },
      );
      i++;
    } else {
      const end = asciiWordEnd(text, i);
      if (end > i) {
        // An ASCII name (most words): no regular expression needed.
        tokens.push({ kind: 'word', text: text.slice(i, end) });
        i = end;
        continue;
      }
      NUMBER.lastIndex = i;
      WORD.lastIndex = i;
      const match = NUMBER.exec(text) ?? WORD.exec(text);
      if (match === null) return undefined;
      tokens.push({ kind: 'word', text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

/**
 * Where an ASCII name starting at `i` ends (`i` itself when none does, or when
 * a non-ASCII character continues it: the regular expressions read those).
 */
function asciiWordEnd(text: string, i: number): number {
  const isStart = (c: number) =>
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95;
  if (!isStart(text.charCodeAt(i))) return i;
  let j = i + 1;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (!isStart(c) && !(c >= 48 && c <= 57)) break;
  }
  return j < text.length && text.charCodeAt(j) >= 128 ? i : j;
}

/** The tree of a type text, or `undefined` when it holds a shape this printer leaves to prettier. */
export function parseType(text: string): TypeNode | undefined {
  // Most types are one name (`string`, `SimpleUser`): no tokens needed.
  if (WHOLE_WORD.test(text)) return { kind: 'atom', text };
  const list = parseTypeList(text);
  return list?.length === 1 ? list[0] : undefined;
}

/** `parseType` of a structure's type, which may also be a writer or absent: those are left to prettier. */
export function parseTypeOf(text: unknown): TypeNode | undefined {
  return typeof text === 'string' ? parseType(text) : undefined;
}

/** Types separated by commas (type arguments). */
export function parseTypeList(text: string): TypeNode[] | undefined {
  const tokens = tokenize(text);
  if (tokens === undefined) return undefined;
  const parser = new Parser(tokens);
  try {
    const nodes = [parser.union()];
    while (parser.eat(',')) nodes.push(parser.union());
    return parser.done() ? nodes : undefined;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

const UNSUPPORTED = Symbol('unsupported');

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private take(text?: string): Token {
    const token = this.tokens[this.at];
    if (token === undefined || (text !== undefined && token.text !== text)) throw UNSUPPORTED;
    this.at++;
    return token;
  }

  eat(text: string): boolean {
    const token = this.tokens[this.at];
    if (token?.kind !== 'punct' || token.text !== text) return false;
    this.at++;
    return true;
  }

  union(): TypeNode {
    const types = [this.intersection()];
    while (this.eat('|')) types.push(this.intersection());
    return types.length === 1 ? types[0]! : { kind: 'union', types };
  }

  private intersection(): TypeNode {
    const types = [this.postfix()];
    while (this.eat('&')) types.push(this.postfix());
    return types.length === 1 ? types[0]! : { kind: 'intersection', types };
  }

  private postfix(): TypeNode {
    let node = this.primary();
    while (this.peek()?.text === '[') {
      this.take('[');
      if (this.eat(']')) {
        node = { kind: 'array', element: node };
        continue;
      }
      // `Page["data"][number]`: an indexed access of a name, which prettier never breaks.
      const index = this.take();
      this.take(']');
      if (node.kind !== 'atom' || (index.kind !== 'string' && index.text !== 'number'))
        throw UNSUPPORTED;
      const key = index.kind === 'string' ? prettierString(index.text) : index.text;
      node = { kind: 'atom', text: `${node.text}[${key}]` };
    }
    return node;
  }

  private primary(): TypeNode {
    const token = this.take();
    if (token.kind === 'string') return { kind: 'atom', text: prettierString(token.text) };
    if (token.kind === 'word') {
      if (this.eat('<')) {
        const args = [this.union()];
        while (this.eat(',')) args.push(this.union());
        this.take('>');
        return { kind: 'generic', name: token.text, args };
      }
      return { kind: 'atom', text: token.text };
    }
    if (token.text === '(') {
      const inner = this.union();
      this.take(')');
      return { kind: 'paren', inner };
    }
    if (token.text === '{') return this.object(token.inline === true);
    throw UNSUPPORTED;
  }

  private object(inline: boolean): TypeNode {
    const members: Member[] = [];
    while (!this.eat('}')) {
      const doc = this.peek()?.kind === 'comment' ? this.take().text : undefined;
      // A comment inside would make prettier break a one-line object: left to it.
      if (inline && doc !== undefined) throw UNSUPPORTED;
      const key = this.memberKey();
      this.take(':');
      const type = this.union();
      // One-line objects leave out the last separator (`{ a: A; b: B }`).
      if (!this.eat(';') && !(inline && this.peek()?.text === '}')) throw UNSUPPORTED;
      members.push({ doc, key, type });
    }
    return inline && members.length > 0
      ? { kind: 'object', members, inline }
      : { kind: 'object', members };
  }

  private memberKey(): string {
    if (this.eat('[')) {
      const name = this.take();
      this.take(':');
      const keyType = this.take();
      this.take(']');
      if (name.kind !== 'word' || keyType.kind !== 'word') throw UNSUPPORTED;
      return `[${name.text}: ${keyType.text}]`;
    }
    const key = this.take();
    // A number-like key may be rewritten by prettier; only names and quoted text are printed here.
    if (key.kind === 'word' && /^[\d-]/.test(key.text)) throw UNSUPPORTED;
    if (key.kind !== 'word' && key.kind !== 'string') throw UNSUPPORTED;
    const text = key.kind === 'string' ? prettierString(key.text) : key.text;
    return this.eat('?') ? `${text}?` : text;
  }
}

/**
 * A double-quoted literal as prettier writes it: single quotes unless the
 * text holds more single than double quotes; escapes of the other quote dropped.
 */
export function prettierString(literal: string): string {
  const raw = literal.slice(1, -1);
  const doubles = (raw.match(/"/g) ?? []).length;
  const singles = (raw.match(/'/g) ?? []).length;
  const quote = singles > doubles ? '"' : "'";
  const other = quote === '"' ? "'" : '"';
  const body = raw.replace(/\\(.)|(["'])/gsu, (match, escaped?: string, bare?: string) => {
    if (escaped === other) return escaped;
    if (bare === quote) return `\\${bare}`;
    if (bare !== undefined) return bare;
    return /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/u.test(escaped!) ? escaped! : match;
  });
  return quote + body + quote;
}
