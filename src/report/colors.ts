/** Colours only on a terminal, and never with NO_COLOR (picocolors decides). */
import pc from 'picocolors';

export interface Colors {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

export function colorsFor(stream: NodeJS.WriteStream): Colors {
  const on = pc.isColorSupported && stream.isTTY === true;
  const c = pc.createColors(on);
  return { red: c.red, green: c.green, yellow: c.yellow, dim: c.dim };
}
