/** The generator's own code and the SDKs it writes share one format, so templates and their copies agree. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_OPTIONS } from '../../src/format/prettier.js';

describe('one format for the repository and the output', () => {
  it('.prettierrc.json holds the formatting options of the generator (the parser aside)', () => {
    const { parser: _parser, ...options } = FORMAT_OPTIONS;
    expect(JSON.parse(readFileSync('.prettierrc.json', 'utf8'))).toStrictEqual(options);
  });

  // An SDK carries the modules its API uses (validate.ts only with `validate`, which none of
  // generated/ has; test/validate/wire.test.ts compares its copy), and an index of those.
  it.each(readdirSync('templates/runtime').filter((name) => name !== 'index.ts'))(
    'generated runtime copies of %s are the template byte for byte, after the header',
    (name) => {
      const template = readFileSync(join('templates/runtime', name), 'utf8');
      for (const sdk of readdirSync('generated')) {
        const path = join('generated', sdk, 'runtime', name);
        if (!existsSync(path)) continue;
        const copy = readFileSync(path, 'utf8');
        expect(copy.slice(copy.indexOf('\n') + 1)).toBe(template);
      }
    },
  );

  it("generated runtime indexes are the template's, less the exports of the modules left out", () => {
    const template = readFileSync('templates/runtime/index.ts', 'utf8');
    // An export statement, of one line or several, and the module it names.
    const exports = [...template.matchAll(/^export [^;]*? from '\.\/([\w-]+)\.js';\n/gm)];
    expect(exports.length).toBeGreaterThan(5);
    for (const sdk of readdirSync('generated')) {
      const copy = readFileSync(join('generated', sdk, 'runtime', 'index.ts'), 'utf8');
      const carried = (module: string) =>
        existsSync(join('generated', sdk, 'runtime', `${module}.ts`));
      const expected = exports.reduce(
        (text, [statement, module]) => (carried(module!) ? text : text.replace(statement, '')),
        template,
      );
      expect(copy.slice(copy.indexOf('\n') + 1)).toBe(expected);
    }
  });
});
