/**
 * The client's header options (a header nearly every operation requires, given once: Apideck's
 * consumer id) are each operation's requirement still: a call that takes one and has none from
 * the client, its environment or itself fails here, before anything is sent. The server would
 * have answered with less to go on, or acted for no one.
 */
import type { RequestSpec } from './client.js';
import { InvalidArgumentError } from './errors.js';
import { own } from './own.js';

/** `options`: each header (lower case) and the client option that gives it. */
export function requireHeaders(options: Readonly<Record<string, string>>) {
  return (spec: RequestSpec, headers: Headers): void => {
    for (const name of Object.keys(spec.headers ?? {})) {
      const option = own(options, name.toLowerCase());
      if (option !== undefined && !headers.has(name))
        throw new InvalidArgumentError(
          `The ${name} header is required: give the client its ${option} option, or the call its own`,
        );
    }
  };
}
