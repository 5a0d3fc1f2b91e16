/** Formatting in pieces gives exactly the bytes of formatting the whole file. */
import { describe, expect, it } from 'vitest';
import { joinFormatted, splitAtDeclarations } from '../../src/format/chunks.js';
import { formatText } from '../../src/format/prettier.js';
import { generate } from '../../src/index.js';
import { printFile } from '../../src/print/print.js';
import { emitSdk } from '../../src/emit/index.js';
import { loadSpec } from '../../src/load/index.js';
import { normalizeDocument } from '../../src/normalize/document.js';

describe('formatting in pieces', () => {
  it.each(['specs/conformance', 'specs/nasty', 'test/fixtures/constructs/composition.yaml'])(
    '%s: every file, cut small, formats to the same bytes',
    async (spec) => {
      const api = normalizeDocument((await loadSpec([spec])).document);
      const printed = (await emitSdk(api)).map(printFile);
      for (const file of printed) {
        const pieces = splitAtDeclarations(file.content, 2_000);
        const whole = await formatText(file.content);
        const joined = joinFormatted(await Promise.all(pieces.map(formatText)));
        expect(joined, file.path).toBe(whole);
      }
    },
  );

  it('cuts only between top-level declarations, and loses nothing', () => {
    const text =
      'import a;\n\nexport type A = 1;\n\n/** doc */\nexport type B = 2;\n\nclass C {\n  x = 1;\n\n  export = 2;\n}\n';
    const pieces = splitAtDeclarations(text, 1);
    expect(pieces).toEqual([
      'import a;',
      'export type A = 1;',
      '/** doc */\nexport type B = 2;\n\nclass C {\n  x = 1;\n\n  export = 2;\n}\n',
    ]);
  });

  it('leaves small files whole', async () => {
    const { files } = await generate({ input: 'specs/meibel', output: 'unused', dryRun: true });
    for (const file of files)
      expect(splitAtDeclarations(file.content, 10_000_000)).toEqual([file.content]);
  });
});
