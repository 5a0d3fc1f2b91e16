/**
 * Takes credential values out of text the SDK puts into an error: a server may
 * echo a key back, and a platform error may quote a URL or a header value.
 */
export type Redact = (text: string) => string;

const formEncoded = (secret: string) => new URLSearchParams([['', secret]]).toString().slice(1);

/**
 * Every form a secret travels in: as is, JSON-escaped, form-encoded (spaces as `+` or %20),
 * percent-encoded, base64 (basic auth, without its padding). HTML's character references, which
 * each escaper writes its own way (`&#43;`, `&#x2F;`, `&apos;`), are read, not listed.
 */
const WIRE_FORMS: ReadonlyArray<(secret: string) => string> = [
  (secret) => secret,
  (secret) => JSON.stringify(secret).slice(1, -1),
  formEncoded,
  (secret) => formEncoded(secret).replace(/\+/g, '%20'),
  encodeURIComponent,
  // Unpadded too: a header name cannot carry `=` (red team).
  (secret) => btoa(secret).replace(/=+$/, ''),
];

/**
 * Replaces every form each secret travels in with `[redacted]`; `lower`, every form lowercased,
 * for text that `Headers` lowercases (a header's name).
 */
export function redactor(secrets: Iterable<string>, lower = false): Redact {
  const forms = new Set<string>();
  for (const secret of secrets)
    for (const form of WIRE_FORMS)
      // `Headers` trims what it sends: a key pasted with a trailing space goes without it.
      for (const sent of [secret, secret.trim()]) {
        // encodeURIComponent refuses lone surrogates, btoa anything beyond Latin-1: such a form is never sent.
        try {
          if (sent) forms.add(lower ? form(sent).toLowerCase() : form(sent));
        } catch {}
      }
  // Every place a form shows, merged where they overlap (red team: `xsecret1` beside
  // `secret12345` had left `2345`), each run replaced once: no marker is redacted again (a key
  // `t` had made DRACOON's `Not Found` `No[redac[redacted]ed] Found`). By hand, not one RegExp
  // of them all, which a long key makes too large to build (red team: its SyntaxError quoted
  // every secret).
  const redact: Redact = (text) => {
    const spans: Array<[number, number]> = [];
    // Past each match of a form: a text of one letter repeated makes no span per letter (red
    // team: seconds and gigabytes for a 1 MB body).
    for (const form of forms)
      for (let at = text.indexOf(form); at >= 0;) {
        const own = ownWord(text, at, form.length);
        if (own) spans.push([at, at + form.length]);
        at = text.indexOf(form, at + (own ? form.length : 1));
      }
    let out = '';
    let end = -1;
    for (const [start, stop] of spans.sort((a, b) => a[0] - b[0])) {
      if (start > end) out += `${text.slice(Math.max(end, 0), start)}[redacted]`;
      end = Math.max(end, stop);
    }
    return spans.length === 0 ? text : out + text.slice(end);
  };
  // An error page that echoes a key escaped (red team: Go's `&#43;`, Python's `&#x27;`): read
  // with its references decoded, and given so where that found one.
  return (text) => {
    const plain = redact(text);
    if (!plain.includes('&')) return plain;
    const decoded = decodeReferences(plain);
    const again = redact(decoded);
    return again === decoded ? plain : again;
  };
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** HTML's character references: decimal, hex, and the five named ones escapers write. */
function decodeReferences(text: string): string {
  return text.replace(/&(?:#(x?)([\da-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (_, hex, code, name) =>
    code ? String.fromCharCode(parseInt(code, hex ? 16 : 10)) : NAMED[name.toLowerCase()]!,
  );
}

/**
 * Whether a secret shorter than 8 found at `at` is a word of its own: a key `t` is no reason to
 * mangle `Not Found`, nor `пар` `пароль`. An escape (`\n`, `\u0001`, `%3D`) before it ends a
 * word (red team: `key:\nk3y42`, `\u0001k3y42` and `api_key%3Dk3y42` had kept the key).
 */
function ownWord(text: string, at: number, length: number): boolean {
  const escaped = /(?:\\.|\\u[\dA-F]{4}|%[\dA-F]{2})$/i.test(text.slice(at > 6 ? at - 6 : 0, at));
  return (
    length >= 8 ||
    !/[\p{L}\p{N}_]/u.test((escaped ? '' : text.charAt(at - 1)) + text.charAt(at + length))
  );
}

// Headers that carry a credential, by name: `Authorization`, `Cookie`, `X-Api-Key`, `X-Auth-Token`,
// Azure's `Ocp-Apim-Subscription-Key`. GitHub's spec names no scheme: its token goes in `headers`.
export const SECRET_HEADER: RegExp =
  /^(?!idem).*(auth|cookie|key|token|secret|pass|session|sign|cred|jwt)/i;

/**
 * The credentials among a request's headers, however they were given (the client's or a
 * call's `headers`, a header parameter): each value, and its words (a token after its
 * scheme's name, `token ghp_…`; a cookie's values). Those shorter than 8 are no secret worth
 * the harm (red team: `X-Max-Tokens: 2` took every 2 out of an error's body).
 */
export function headerSecrets(headers: Headers): string[] {
  const secrets: string[] = [];
  // forEach, not iteration: a consumer's `lib` may leave out DOM.Iterable.
  headers.forEach((value, name) => {
    if (!SECRET_HEADER.test(name)) return;
    // After a scheme's name, which stays readable (`Basic [redacted]`); any other value whole
    // (red team: a passphrase's first word had been left).
    const credential = value.replace(/^(?:basic|bearer|token|digest|bot) +/i, '');
    secrets.push(credential.length >= 8 ? credential : value, ...value.split(/[\s;=]+/));
  });
  return secrets.filter((secret) => secret.length >= 8);
}

/** The values of a call's own query parameters named as credentials are (`access_token`). */
export function querySecrets(query: Readonly<Record<string, unknown>> = {}): string[] {
  return Object.entries(query).flatMap(([key, value]) =>
    SECRET_HEADER.test(key)
      ? [value ?? []]
          .flat()
          .map(String)
          .filter((s) => s.length >= 8)
      : [],
  );
}

/**
 * Everything of an error that may carry a credential, cleaned: its message, its
 * cause, and the server's body and headers (a server may echo a key back).
 */
export interface Scrub {
  readonly text: Redact;
  readonly error: (error: unknown) => unknown;
  /** Any body, a Blob's text included (a form-encoded or YAML answer may echo a key). */
  readonly body: (body: unknown) => Promise<unknown>;
  readonly headers: (headers: Headers) => Headers;
}

export function scrubber(secrets: readonly string[]): Scrub {
  const text = redactor(secrets);
  // Headers keep names lowercased: a name that echoes a key in any of its forms (red team) says
  // it so.
  const name = redactor(secrets, true);
  return {
    text,
    error: (error) => redactError(error, text),
    body: async (body) =>
      body instanceof Blob ? redactBlob(body, await body.text(), text) : redactBody(body, text),
    headers: (headers) => {
      const copy = new Headers();
      // A header whose name echoes a secret is left out: `[redacted]` is no header's name. So
      // is a cookie the server sets: a credential of its own (a session's), whatever was given.
      headers.forEach(
        (value, key) => name(key) === key && key != 'set-cookie' && copy.append(key, text(value)),
      );
      return copy;
    },
  };
}

/**
 * A parsed body (JSON or text) with the secrets taken out of its JSON text, whose
 * JSON-escaped forms the redactor knows; itself when none shows (its dates kept).
 */
export function redactBody(body: unknown, redact: Redact): unknown {
  let json: string;
  try {
    json = JSON.stringify(body) ?? '';
  } catch {
    // Too deep to write out, so too deep to vouch for: not kept.
    return undefined;
  }
  const clean = redact(json);
  if (clean === json) return body;
  try {
    return JSON.parse(clean) as unknown;
  } catch {
    return clean;
  }
}

/** A Blob whose `text` holds a secret becomes one of the text without it; else it is kept as it is. */
function redactBlob(blob: Blob, text: string, redact: Redact): Blob {
  const clean = redact(text);
  return clean === text ? blob : new Blob([clean], { type: blob.type });
}

/**
 * `error` itself when no secret shows in it or its causes; otherwise a plain
 * `Error` copy with the same name, the secrets taken out of message and stack.
 * Its other fields go to the copy, text redacted (undici's `data` holds the raw response it
 * could not parse: red team, an echoed key) and bytes left out; with none of those changed,
 * the error is kept as it is, its class and fields (undici's `socket`) with it.
 * Error causes nest; a cycle must not hang the copy, so it stops 8 deep.
 */
export function redactError(error: unknown, redact: Redact, depth = 0): unknown {
  if (typeof error === 'string') return redact(error);
  if (!(error instanceof Error) || depth > 8) return error;
  const { name, message, stack = '', cause } = error;
  const copy = new Error(redact(message), { cause: redactError(cause, redact, depth + 1) });
  copy.name = name;
  copy.stack = redact(stack);
  let same = copy.message === message && copy.stack === stack && copy.cause === cause;
  for (const [key, value] of Object.entries(error)) {
    // The cause is redacted above. Bytes cannot be read for a secret: left out. Objects stay
    // (undici's `socket`).
    if (key === 'cause') continue;
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      same = false;
      continue;
    }
    // Compared as text only: a `NaN` field is never equal to itself.
    const kept = typeof value === 'string' ? redact(value) : value;
    if (typeof value === 'string' && kept !== value) same = false;
    // Defined, not assigned: an own `__proto__` must not become the copy's prototype.
    Object.defineProperty(copy, key, { value: kept, enumerable: true });
  }
  return same ? error : copy;
}
