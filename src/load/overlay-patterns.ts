/**
 * JSONPath's `match()` and `search()` run a regular expression on the document's
 * text with JavaScript's backtracking engine, where a repetition inside another
 * (`(a+)+`) takes exponential time on a string that almost matches: one overlay
 * target would hang the run. Each pattern is read from the target and refused when
 * it nests so; a pattern taken from the document (a query as the argument) could be
 * anything, so it is refused too.
 */

/** What is wrong with the patterns of `target`'s `match()`/`search()` calls, if anything. */
export function riskyPattern(target: string): string | undefined {
  const call = /(?<![\w$])(match|search)\s*\(/y;
  for (let i = 0; i < target.length; i++) {
    // Text inside a string literal (`@.summary == 'match(x)'`) is no call.
    if (target[i] === "'" || target[i] === '"') {
      i = endOfString(target, i);
      continue;
    }
    call.lastIndex = i;
    const found = call.exec(target);
    if (found === null) continue;
    const name = found[1]!;
    const second = afterFirstArgument(target, call.lastIndex);
    if (second === undefined) continue; // Not a call the parser accepts: it says so itself.
    const pattern = stringLiteral(target, second);
    if (pattern === undefined)
      return `${name}() takes its pattern from the document here: write the pattern in the target as a string`;
    if (nestsRepetition(pattern))
      return `The pattern ${JSON.stringify(pattern)} of ${name}() repeats a part that repeats or has alternatives: matching it can take exponential time. Write it without the nesting`;
    // search() tries each place in the text: its time grows by one more power of the length.
    const most = name === 'search' ? 1 : 2;
    if (unboundedRepetitions(pattern) > most)
      return `The pattern ${JSON.stringify(pattern)} of ${name}() has more than ${most === 1 ? 'one repetition' : 'two repetitions'} without a small bound (\`*\`, \`+\`, \`{n,}\`, \`{n,m}\` past 16): matching it can take time that grows as a power of the text's length. Write it with fewer`;
  }
  return undefined;
}

/** Where the second argument of the call whose arguments start at `from` starts. */
function afterFirstArgument(text: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      i = endOfString(text, i);
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (depth === 0) return undefined;
      depth--;
    } else if (c === ',' && depth === 0) {
      let next = i + 1;
      while (/\s/.test(text[next] ?? '')) next++;
      return next;
    }
  }
  return undefined;
}

/** The index of the closing quote of the string literal opening at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[start]) return i;
  }
  return text.length;
}

/** The value of the JSONPath string literal at `start`, if one starts there. */
function stringLiteral(text: string, start: number): string | undefined {
  const quote = text[start];
  if (quote !== "'" && quote !== '"') return undefined;
  // `\uXXXX` is that character (a pattern may hide its parentheses so); any other escape
  // stands for the character after the backslash: near enough to see how a pattern nests.
  return text
    .slice(start + 1, endOfString(text, start))
    .replace(/\\(?:u([0-9a-fA-F]{4})|(.))/g, (_, code: string | undefined, char: string) =>
      code !== undefined ? String.fromCharCode(parseInt(code, 16)) : char,
    );
}

/**
 * Whether a group that repeats (`*`, `+`, `{n}`, `{n,}`, `{n,m}` past one) holds a
 * quantifier (`?` too) or an alternation: the star height above one where the
 * backtracking engine's time explodes. Also refused: a back-reference. Classes and escapes
 * are single characters; this errs on the side of refusing.
 */
export function nestsRepetition(pattern: string): boolean {
  if (/\\[1-9]/.test(pattern)) return true;
  const groups: Array<{ inner: boolean }> = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    // `(?:`, `(?=`, `(?<name>`: the `?` is the group's syntax, not a quantifier.
    if (c === '(' && pattern[i + 1] === '?') {
      groups.push({ inner: false });
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') groups.push({ inner: false });
    else if (c === '|') {
      if (groups.length > 0) groups.at(-1)!.inner = true;
    } else if (c === ')') {
      const group = groups.pop();
      if (group?.inner && repetition(pattern, i + 1)) return true;
      // What a group holds, its enclosing group holds (a repetition after it is seen next).
      if (group?.inner && groups.length > 0) groups.at(-1)!.inner = true;
    } else if ((c === '?' || repetition(pattern, i)) && groups.length > 0)
      groups.at(-1)!.inner = true;
  }
  return false;
}

/**
 * How many `*`, `+`, `{n,}` and `{n,m}` past 16 a pattern has outside its classes: each can
 * take what the others take, so a chain of them (`a*a*a*a*…b`, `a{0,9999}a{0,9999}…x`, which
 * hung runs: red team; `.*.*x`, cubic in search()) takes time that grows as a power of the
 * text's length.
 */
export function unboundedRepetitions(pattern: string): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++;
    } else if (pattern[i] === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if ((mostRepeats(pattern, i) ?? 0) > 16) {
      count++;
    }
  }
  return count;
}

/** Whether a quantifier that may repeat starts at `i`: `*`, `+`, `{n}` or `{n,m}` past one, `{n,}`. */
function repetition(pattern: string, i: number): boolean {
  return (mostRepeats(pattern, i) ?? 0) > 1;
}

/**
 * How many times the quantifier at `i` may repeat its atom: `*`, `+` and `{n,}` without end,
 * `{n}` n times, `{n,m}` m times; `undefined` where none starts there.
 */
function mostRepeats(pattern: string, i: number): number | undefined {
  const c = pattern[i];
  if (c === '*' || c === '+') return Infinity;
  const bounds = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
  if (bounds === null) return undefined;
  const [, lower, comma, upper] = bounds;
  return comma === undefined ? Number(lower) : upper === '' ? Infinity : Number(upper);
}
