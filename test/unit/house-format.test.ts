/** The generator's own code and the SDKs it writes share one format, so templates and their copies agree. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_OPTIONS } from '../../src/format/prettier.js';

describe('one format for the repository and the output', () => {
  it('.prettierrc.json holds the formatting options of the generator (the parser aside)', () => {
    const { parser: _parser, ...options } = FORMAT_OPTIONS;
    expect(JSON.parse(readFileSync('.prettierrc.json', 'utf8'))).toStrictEqual(options);
  });

  // validate.ts ships only with `validate` (none of generated/); test/validate/wire.test.ts compares its copy.
  it.each(readdirSync('templates/runtime').filter((name) => name !== 'validate.ts'))(
    'generated runtime copies of %s are the template byte for byte, after the header',
    (name) => {
      const template = readFileSync(join('templates/runtime', name), 'utf8');
      for (const sdk of readdirSync('generated')) {
        const copy = readFileSync(join('generated', sdk, 'runtime', name), 'utf8');
        expect(copy.slice(copy.indexOf('\n') + 1)).toBe(template);
      }
    },
  );
});
