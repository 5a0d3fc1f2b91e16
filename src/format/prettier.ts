/** prettier with one fixed configuration, so output is byte-identical on every machine. */
import { format, type Options } from 'prettier';

export const FORMAT_OPTIONS: Options = {
  // babel-ts formats the same as `typescript` here and is faster on large files.
  parser: 'babel-ts',
  singleQuote: true,
  printWidth: 100,
  trailingComma: 'all',
};

export function formatText(text: string): Promise<string> {
  return format(text, FORMAT_OPTIONS);
}
