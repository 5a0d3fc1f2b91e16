import { describe, expect, it } from 'vitest';
import { findOpenApiBlocks } from '../../src/load/markdown.js';

describe('findOpenApiBlocks', () => {
  it('finds a ````yaml block with an info string and reports its first line', () => {
    const page = [
      '# Title',
      '',
      '````yaml /api.json get /x',
      'openapi: 3.1.0',
      'info: {}',
      '````',
      'after',
    ].join('\n');
    expect(findOpenApiBlocks(page)).toEqual([
      { language: 'yaml', text: 'openapi: 3.1.0\ninfo: {}', firstLine: 4 },
    ]);
  });

  it('finds ```json blocks and ignores code that is not OpenAPI', () => {
    const page = [
      '```ts',
      'const openapi = 1',
      '```',
      '```json',
      '{ "openapi": "3.0.0" }',
      '```',
    ].join('\n');
    expect(findOpenApiBlocks(page)).toEqual([
      { language: 'json', text: '{ "openapi": "3.0.0" }', firstLine: 5 },
    ]);
  });

  // Red team: a block in a comment, which the rendered page never shows, had set the SDK's server.
  describe('a block a comment hides', () => {
    const hidden = [
      '```yaml',
      'openapi: 3.1.0',
      'servers: [{ url: https://elsewhere.test }]',
      '```',
    ];
    const shown = ['```yaml', 'openapi: 3.1.0', '```'];
    const found = (before: string[], after: string[] = [], mdx = false) =>
      findOpenApiBlocks([...before, ...hidden, ...after, ...shown].join('\n'), { mdx }).map(
        (b) => b.text,
      );

    it('is passed over, wherever on a line its comment opens', () => {
      expect(found(['<!--'], ['-->'])).toEqual(['openapi: 3.1.0']);
      expect(found(['<!-- note --> <!--'], ['<!-- -->'])).toEqual(['openapi: 3.1.0']);
      expect(found(['<div><!--'], ['--></div>'])).toEqual(['openapi: 3.1.0']);
      expect(found(['<!--'], ['--!>'])).toEqual(['openapi: 3.1.0']);
      expect(found(['{/*'], ['*/}'], true)).toEqual(['openapi: 3.1.0']);
    });

    it('is passed over where the rest of an HTML block opens the comment', () => {
      expect(found(['<div>', 'notes <!--', ''], ['-->'])).toEqual(['openapi: 3.1.0']);
    });

    it('that is closed where it opens, or is no comment, hides nothing', () => {
      const both = ['openapi: 3.1.0\nservers: [{ url: https://elsewhere.test }]', 'openapi: 3.1.0'];
      expect(found(['<!-->'])).toEqual(both);
      expect(found(['<!--->'])).toEqual(both);
      expect(found(['<!-- one line -->'])).toEqual(both);
      // Outside MDX, `{/*` is text.
      expect(found(['{/*'], ['*/}'])).toEqual(both);
      // In a paragraph or a code span, `<!--` is text, and a shown element hides nothing
      // (red team: a page on HTML templates had lost its block).
      expect(found(['Use the `<!--` marker, or a <!-- in words.', ''])).toEqual(both);
      expect(found(['<div class="note">', ''], ['', '</div>'])).toEqual(both);
      // Red team: a tracking pixel styled `display:none` and a class that says "hidden" had each
      // lost a page its block (elements are not read for what they hide).
      expect(found(['<img src="p.gif" style="display:none" alt="">', ''])).toEqual(both);
      expect(
        found(['<div className="overflow-hidden rounded-lg">', ''], ['', '</div>'], true),
      ).toEqual(both);
      // Red team: an MDX callout that spoke of a tag in a code span had lost every block after it.
      expect(
        found([
          '<Note>',
          '  Load it with a `<script>` tag, or end a `<!--` comment.',
          '</Note>',
          '',
        ]),
      ).toEqual(both);
      expect(found(['<Card description={`Don\'t share`} href="/keys" />', ''], [], true)).toEqual(
        both,
      );
      // A comment's opener inside a fence is code.
      expect(findOpenApiBlocks(['```md', '<!--', '```', ...shown].join('\n'))).toHaveLength(1);
    });
  });

  // Red team: Mintlify's `<Steps>` indent their fences, which MDX reads as fences still.
  it('finds a fence indented inside an MDX component, without its indentation', () => {
    const page = [
      '<Steps>',
      '  <Step>',
      '    ```yaml',
      '    openapi: 3.1.0',
      '    info: {}',
      '    ```',
      '  </Step>',
      '</Steps>',
    ].join('\n');
    expect(findOpenApiBlocks(page, { mdx: true })).toEqual([
      { language: 'yaml', text: 'openapi: 3.1.0\ninfo: {}', firstLine: 4 },
    ]);
    // In markdown, four spaces make indented code, no fence.
    expect(findOpenApiBlocks(page)).toEqual([]);
    // A tab in the block is cut by columns, as MDX cuts it (red team: its nesting had been lost).
    const tabbed = [
      '<Step>',
      '    ```yaml',
      '\topenapi: 3.1.0',
      '\tinfo:',
      '\t  title: T',
      '    ```',
    ];
    expect(findOpenApiBlocks(tabbed.join('\n'), { mdx: true })[0]?.text).toBe(
      'openapi: 3.1.0\ninfo:\n  title: T',
    );
    // Red team: an indented MDX comment had let the block it hides set the SDK's server.
    const commented = [
      '<Tab>',
      '',
      '    {/* Draft:',
      '    ```yaml',
      '    openapi: 3.1.0',
      '    ```',
      '    */}',
      '',
    ];
    expect(findOpenApiBlocks(commented.join('\n'), { mdx: true })).toEqual([]);
  });

  // Red team: lines of comments or backtick runs had taken a time past their length's.
  it('reads a long line in a time its length bounds', () => {
    const block = ['```yaml', 'openapi: 3.1.0', '```'];
    const runs = `<p>${Array.from({ length: 2000 }, (_, i) => `${'`'.repeat(i + 1)}x`).join('')}`;
    const comments = `<div>${'{/**/}'.repeat(200_000)}`;
    for (const [line, mdx] of [
      [runs, false],
      [comments, true],
    ] as const) {
      const started = performance.now();
      expect(findOpenApiBlocks([line, '', ...block].join('\n'), { mdx })).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('a ``` line inside a ```` block does not close it', () => {
    const page = ['````yaml', 'openapi: 3.1.0', 'x: |', '  ```', '  code', '  ```', '````'].join(
      '\n',
    );
    expect(findOpenApiBlocks(page)[0]?.text).toBe('openapi: 3.1.0\nx: |\n  ```\n  code\n  ```');
  });

  it('handles CRLF pages', () => {
    expect(findOpenApiBlocks('```yaml\r\nopenapi: 3.1.0\r\n```\r\n')).toHaveLength(1);
  });
});
