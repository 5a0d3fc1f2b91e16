/**
 * Takes credential values out of text the SDK puts into an error: a server may
 * echo a key back, and a platform error may quote a URL or a header value.
 */
export type Redact = (text: string) => string;

const MARK = '[redacted]';
// Error causes nest; a cycle must not hang the copy.
const MAX_CAUSE_DEPTH = 8;

/** Replaces every form each secret travels in: as is, percent- or form-encoded, JSON-escaped, base64 (basic auth). */
export function redactor(secrets: Iterable<string>): Redact {
  const forms = new Set<string>();
  for (const secret of secrets)
    if (secret !== '') for (const form of wireForms(secret)) forms.add(form);
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...forms].filter((form) => form !== '').sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) =>
    ordered.reduce((out, form) => (out.includes(form) ? out.split(form).join(MARK) : out), text);
}

/**
 * `error` itself when no secret shows in it or its causes; otherwise a plain
 * `Error` copy with the same name, the secrets taken out of message and stack.
 */
export function redactError(error: unknown, redact: Redact, depth = 0): unknown {
  if (typeof error === 'string') return redact(error);
  if (!(error instanceof Error) || depth > MAX_CAUSE_DEPTH) return error;
  const cause = redactError(error.cause, redact, depth + 1);
  const message = redact(error.message);
  const stack = error.stack === undefined ? undefined : redact(error.stack);
  if (cause === error.cause && message === error.message && stack === error.stack) return error;
  const copy = cause === undefined ? new Error(message) : new Error(message, { cause });
  copy.name = error.name;
  if (stack !== undefined) copy.stack = stack;
  return copy;
}

function wireForms(secret: string): string[] {
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    new URLSearchParams([['', secret]]).toString().slice(1),
    // What a query string carries: form encoding with spaces as %20 (see serialize.ts).
    new URLSearchParams([['', secret]]).toString().slice(1).replace(/\+/g, '%20'),
  ];
  const percent = attempt(() => encodeURIComponent(secret));
  const base64 = attempt(() => btoa(secret));
  return [
    ...forms,
    ...(percent === undefined ? [] : [percent]),
    ...(base64 === undefined ? [] : [base64]),
  ];
}

// encodeURIComponent refuses lone surrogates, btoa anything beyond Latin-1: such a form is never sent.
function attempt(encode: () => string): string | undefined {
  try {
    return encode();
  } catch {
    return undefined;
  }
}
