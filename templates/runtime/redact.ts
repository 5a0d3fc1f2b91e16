/**
 * Takes credential values out of text the SDK puts into an error: a server may
 * echo a key back, and a platform error may quote a URL or a header value.
 */
export type Redact = (text: string) => string;

const formEncoded = (secret: string) => new URLSearchParams([['', secret]]).toString().slice(1);

/** Every form a secret travels in: as is, JSON-escaped, form-encoded (spaces as `+` or %20), percent-encoded, base64 (basic auth). */
const WIRE_FORMS: ReadonlyArray<(secret: string) => string> = [
  (secret) => secret,
  (secret) => JSON.stringify(secret).slice(1, -1),
  formEncoded,
  (secret) => formEncoded(secret).replace(/\+/g, '%20'),
  encodeURIComponent,
  btoa,
];

/** Replaces every form each secret travels in with `[redacted]`. */
export function redactor(secrets: Iterable<string>): Redact {
  const forms = new Set<string>();
  for (const secret of secrets)
    for (const form of WIRE_FORMS) {
      // encodeURIComponent refuses lone surrogates, btoa anything beyond Latin-1: such a form is never sent.
      try {
        if (secret) forms.add(form(secret));
      } catch {}
    }
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, form) => out.split(form).join('[redacted]'), text);
}

/**
 * Everything of an error that may carry a credential, cleaned: its message, its
 * cause, and the server's body and headers (a server may echo a key back).
 * Handed out by `applySecurity`, so an SDK without credentials bundles none of it.
 */
export interface Scrub {
  readonly text: Redact;
  readonly error: (error: unknown) => unknown;
  readonly body: (body: unknown) => unknown;
  readonly headers: (headers: Headers) => Headers;
}

export function scrubber(secrets: Iterable<string>): Scrub {
  const text = redactor(secrets);
  return {
    text,
    error: (error) => redactError(error, text),
    body: (body) => redactBody(body, text),
    headers: (headers) => {
      const copy = new Headers();
      headers.forEach((value, name) => copy.append(name, text(value)));
      return copy;
    },
  };
}

/**
 * A parsed body (JSON or text) with the secrets taken out of its JSON text, whose
 * JSON-escaped forms the redactor knows; itself when none shows (its dates kept).
 * A Blob is `{}` as JSON: it stays as it is.
 */
function redactBody(body: unknown, redact: Redact): unknown {
  const json = JSON.stringify(body) ?? '';
  const clean = redact(json);
  if (clean === json) return body;
  try {
    return JSON.parse(clean) as unknown;
  } catch {
    return clean;
  }
}

/**
 * `error` itself when no secret shows in it or its causes; otherwise a plain
 * `Error` copy with the same name, the secrets taken out of message and stack.
 * Error causes nest; a cycle must not hang the copy, so it stops 8 deep.
 */
export function redactError(error: unknown, redact: Redact, depth = 0): unknown {
  if (typeof error === 'string') return redact(error);
  if (!(error instanceof Error) || depth > 8) return error;
  const { name, message, stack = '', cause } = error;
  const copy = new Error(redact(message), { cause: redactError(cause, redact, depth + 1) });
  copy.name = name;
  copy.stack = redact(stack);
  return copy.message === message && copy.stack === stack && copy.cause === cause ? error : copy;
}
