/** A document nested deeper than any spec is refused, located, before anything recursive sees it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/generate.js';
import { MAX_DOCUMENT_DEPTH, parseSource } from '../../src/load/parse.js';

describe('deep documents', () => {
  it('5,000 nested arrays in a JSON spec: bad input at a pointer, not a stack overflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-deep-'));
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    writeFileSync(
      join(dir, 'openapi.json'),
      `{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{},"x":${deep}}`,
    );
    const error = await generate({
      input: join(dir, 'openapi.json'),
      output: join(dir, 'out'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics[0]).toMatchObject({
      message: 'The document nests more than 1000 levels deep',
      pointer: expect.stringMatching(/^\/x\/0\/0\//),
    });
  });

  it('takes nesting up to the limit, in arrays and objects, and refuses one level more, located', () => {
    // The root is level 0: `levels` containers nest below it.
    const nested = (levels: number, open: string, empty: string, close: string) =>
      `{"openapi":"3.0.3","x":\n${open.repeat(levels - 1)}${empty}${close.repeat(levels - 1)}}`;
    const parse = (text: string) => () =>
      parseSource({ file: 'deep.json', fileText: text, text, language: 'json', firstLine: 1 });
    for (const [open, empty, close] of [
      ['[', '[]', ']'],
      ['{"k":', '{}', '}'],
    ] as const) {
      expect(parse(nested(MAX_DOCUMENT_DEPTH, open, empty, close))).not.toThrow();
      const refused = (() => {
        try {
          parse(nested(MAX_DOCUMENT_DEPTH + 1, open, empty, close))();
        } catch (error) {
          return error;
        }
      })();
      expect(refused).toBeInstanceOf(CodegenError);
      expect((refused as CodegenError).diagnostics[0]).toMatchObject({
        message: 'The document nests more than 1000 levels deep',
        location: { file: 'deep.json', line: 2, column: MAX_DOCUMENT_DEPTH * open.length + 1 },
      });
    }
  });

  it('broken JSON nested 5,000 deep is bad input that says so, not a stack overflow', () => {
    const text = `{"openapi":"3.0.3","x":${'['.repeat(5000)}1,${']'.repeat(4999)}}`;
    const refused = (() => {
      try {
        parseSource({ file: 'deep.json', fileText: text, text, language: 'json', firstLine: 1 });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(CodegenError);
    const messages = (refused as CodegenError).diagnostics.map((d) => d.message);
    expect(messages[0]).toMatch(
      /^Invalid JSON: nested too deeply for the parser to read: the document must nest less deeply\b/,
    );
    expect(messages.join('\n')).not.toContain('call stack');
  });
});
