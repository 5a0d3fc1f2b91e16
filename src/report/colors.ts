/** Colours only on a terminal, and never with NO_COLOR (the rule picocolors applies to the process). */
import pc from 'picocolors';
import type { OutputStream } from './terminal.js';

export interface Colors {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

export function colorsFor(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): Colors {
  const on =
    stream.isTTY === true &&
    !env.NO_COLOR &&
    (env.TERM !== 'dumb' || Boolean(env.FORCE_COLOR) || Boolean(env.CI));
  const c = pc.createColors(on);
  return { red: c.red, green: c.green, yellow: c.yellow, dim: c.dim };
}
