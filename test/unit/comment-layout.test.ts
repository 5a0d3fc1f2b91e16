/**
 * The direct printer writes each JSDoc in one pass (`jsdocComment`); it must
 * equal ts-morph's print of that JSDoc laid out the way prettier lays out a
 * block comment (`reindentComment`), which is what the printer once composed.
 */
import fc from 'fast-check';
import { printStructure, StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/format/prettier.js';
import { jsdocComment, reindentComment } from '../../src/print/comment-layout.js';

const reference = (text: string, indent: string) =>
  reindentComment(printStructure({ kind: StructureKind.JSDoc, description: text }), indent);

const EDGES = [
  '',
  'a',
  '\n',
  '\nfoo\nbar  ',
  'x\r\ny',
  'a  \n  b   \n\n c',
  ' ',
  '\n \n',
  'a\u00a0\nb',
];

describe('jsdocComment', () => {
  it.each(EDGES.flatMap((text) => ['', '  ', '    '].map((indent) => [text, indent])))(
    'lays out %j at %j as ts-morph then prettier would',
    (text, indent) => {
      expect(jsdocComment(text, indent)).toBe(reference(text, indent));
    },
  );

  it('agrees with that layout on any text of lines, spaces and stars', () => {
    const text = fc
      .array(fc.constantFrom('a', ' ', '  ', '\n', '\r\n', '*', '\t', '\u00a0', 'b c'), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('', '  '), (t, indent) => {
        expect(jsdocComment(t, indent)).toBe(reference(t, indent));
      }),
      { seed: 14, numRuns: 500 },
    );
  });
});

describe('reindentComment', () => {
  it('places a member comment as prettier does, whether already laid out or not', async () => {
    const line = fc
      .tuple(
        fc.constantFrom(' ', '  ', '\t '),
        fc.array(fc.constantFrom('a', ' ', '  ', '*', 'b c', '\u00a0'), { maxLength: 5 }),
      )
      .map(([lead, parts]) => `${lead}*${parts.join('')}`);
    const comments = fc.sample(fc.array(line, { maxLength: 5 }), { seed: 14, numRuns: 60 });
    const laid = [...comments, [' * a', ' *', ' * b'], []].map(
      (lines) => `/**\n${[...lines, ' */'].join('\n')}`,
    );
    for (const comment of laid) {
      const source = `interface A {\n${comment}\nx: string;\n}\n`;
      const expected = `interface A {\n  ${reindentComment(comment, '  ')}\n  x: string;\n}\n`;
      expect(await formatText(source), JSON.stringify(comment)).toBe(expected);
    }
  });
});
