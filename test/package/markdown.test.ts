/**
 * Spec text in README.md and api.md: hostile text stays text (no HTML, link,
 * emphasis or code span of its own; a code sample cannot close its fence), and
 * a bad package name is refused before anything is written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { codeBlock, inlineCode, markdownText } from '../../src/emit/package/markdown.js';
import { generate } from '../../src/index.js';

describe('markdownText', () => {
  it('HTML becomes entities; links, emphasis, code spans and tables are escaped; one line', () => {
    expect(markdownText('<img src=x onerror=alert(1)> & [a](javascript:x) *b* `c` | d\n# e')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; &amp; \\[a\\]\\(javascript:x\\) \\*b\\* \\`c\\` \\| d \\# e',
    );
  });
  // Red team: GitHub reads `$$…$$` as math.
  it('a dollar is escaped', () => {
    expect(markdownText('$$\\frac{1}{2}$$')).toBe('\\$\\$\\\\frac{1}{2}\\$\\$');
  });
});

describe('code', () => {
  it('a code block is fenced longer than any backtick run in it', () => {
    expect(codeBlock('ts', 'a\n````\nb')).toBe('`````ts\na\n````\nb\n`````');
    expect(codeBlock('ts', 'plain')).toBe('```ts\nplain\n```');
  });

  // Red team: a key's name had ended the README's table cell, with a link and an image after it.
  it("a table cell's code span escapes its pipes, which would end the cell", () => {
    expect(inlineCode('X-Key|[a](b)', 'cell')).toBe('`X-Key\\|[a](b)`');
    expect(inlineCode('a|b')).toBe('`a|b`');
  });

  // Red team: a sample's bidi override had made its example read otherwise than it runs.
  it('characters that reorder or hide text are shown by number, in prose and in code', () => {
    expect(codeBlock('ts', 'a /*\u202e } \u2066if (x)\u2069 */')).toBe(
      '```ts\na /*\\u202E } \\u2066if (x)\\u2069 */\n```',
    );
    expect(inlineCode('a\u200Bb')).toBe('`a\\u200Bb`');
    expect(markdownText('1.0\u202e')).toBe('1.0\\\\u202E');
  });

  it('a code span outlasts the backticks inside, padded only when they touch its ends', () => {
    expect(inlineCode('/a/{b}')).toBe('`/a/{b}`');
    expect(inlineCode('x ``y`` z')).toBe('```x ``y`` z```');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});

describe('a hostile spec as a package', () => {
  it('its title, summaries and code samples reach the markdown only escaped or fenced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-md-'));
    const spec = join(dir, 'openapi.json');
    writeFileSync(
      spec,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Evil <script>alert(1)</script> [x](javascript:y)', version: '1' },
        paths: {
          '/a': {
            get: {
              operationId: 'getA',
              tags: ['things'],
              summary: '<img src=x onerror=alert(2)>',
              'x-codeSamples': [
                { lang: 'TypeScript', source: 'client.things.get()\n```\n<b>out</b>\n```' },
              ],
              responses: { '204': { description: 'none' } },
            },
          },
        },
      }),
    );
    try {
      const { files } = await generate({
        input: spec,
        output: 'unused',
        dryRun: true,
        package: 'evil',
      });
      const readme = files.find((f) => f.path === 'README.md')?.content ?? '';
      const api = files.find((f) => f.path === 'api.md')?.content ?? '';
      expect(readme.split('\n')[0]).toBe(
        '# Evil &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(javascript:y\\)',
      );
      // The sample stays inside one fence, longer than its own.
      expect(readme).toContain('````ts\nclient.things.get()\n```\n<b>out</b>\n```\n````');
      expect(api).toContain('&lt;img src=x onerror=alert\\(2\\)&gt;');
      // Outside code blocks and spans, no spec text opens a tag.
      for (const text of [readme, api]) {
        const prose = text
          .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
          .replace(/(?<!\\)(`+)[\s\S]*?[^`]\1(?!`)/g, '');
        expect(prose).not.toMatch(/<[a-z/!]/i);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('a package name npm would refuse is bad input', async () => {
  const error = await generate({
    input: 'specs/meibel',
    output: 'unused',
    dryRun: true,
    package: 'Not A Name',
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as Error).message).toContain('"package" must be an npm package name');
});
