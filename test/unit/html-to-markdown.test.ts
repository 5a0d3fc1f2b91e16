/** Hover docs: HTML descriptions become markdown; markdown and look-alike tags stay as written. */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/emit/html-to-markdown.js';
import { endpoint, jsdoc } from '../../src/emit/jsdoc.js';

describe('htmlToMarkdown', () => {
  it.each([
    ['<p>Returns the <b>current</b> user.</p>', 'Returns the **current** user.'],
    [
      'See <a href="https://example.com/a_b">the guide</a>.',
      'See [the guide](https://example.com/a_b).',
    ],
    ['<ul><li>one</li><li>two &amp; three</li></ul>', '-   one\n-   two & three'],
    ['Use <code>user_id</code>', 'Use `user_id`'],
    ['<p>A</p><script>alert(1)</script>', 'A'],
  ])('%s', (html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  // Trello's schema descriptions: "It isn&#39;t required" had been left so in the SDK's docs.
  it('reads the quotes an HTML writer escaped in text that is no HTML; other entities stay', () => {
    expect(htmlToMarkdown('It isn&#39;t &quot;required&#34; &apos;x&#x27;')).toBe(
      `It isn't "required" 'x'`,
    );
    expect(htmlToMarkdown('a &lt;b&gt; &amp; c')).toBe('a &lt;b&gt; &amp; c');
  });

  it('leaves markdown, and text that only looks like a tag, exactly as written', () => {
    for (const text of [
      'Returns *all* `items` of a_b\n\n- one\n- two',
      'A List<String> of ids',
      'a < b > c',
    ])
      expect(htmlToMarkdown(text)).toBe(text);
  });

  // Linode's descriptions: markdown with `<a>` links; its headings, lists and code kept their lines.
  it('markdown with inline elements keeps its lines; only the lines with HTML change', () => {
    const text = [
      'First line with <b>bold</b>.',
      '',
      '- item one',
      '- item <a href="https://x.example">two</a>',
      '',
      '```json',
      '{ "a": "<b>kept</b>" }',
      '```',
    ].join('\n');
    expect(htmlToMarkdown(text)).toBe(
      [
        'First line with **bold**.',
        '',
        '- item one',
        '- item [two](https://x.example)',
        '',
        '```json',
        '{ "a": "<b>kept</b>" }',
        '```',
      ].join('\n'),
    );
  });

  it('an element that spans lines converts its paragraph whole; indents and fences stay', () => {
    expect(
      htmlToMarkdown('See the <a href="u">\nAPI docs</a>.\n\n- one\n  - nested <b>x</b>'),
    ).toBe('See the [API docs](u).\n\n- one\n  - nested **x**');
    expect(htmlToMarkdown('<b>very\nimportant</b> note')).toBe('**very important** note');
    const fenced = '```\n~~~\n<b>raw</b>\n```\nafter <i>it</i>';
    expect(htmlToMarkdown(fenced)).toBe('```\n~~~\n<b>raw</b>\n```\nafter _it_');
  });

  it('keeps a look-alike tag beside real HTML as text', () => {
    expect(htmlToMarkdown('<p>A List<String> of ids</p>')).toBe('A List<String> of ids');
  });
});

describe('operation docs', () => {
  it('name the HTTP method and path, in a code span that holds any backticks', () => {
    expect(endpoint('get', '/datasources/{datasourceId}/ingest-status')).toBe(
      '`GET /datasources/{datasourceId}/ingest-status`',
    );
    expect(endpoint('DELETE', '/a/`b`')).toBe('`` DELETE /a/`b` ``');
  });

  it('an HTML description can never end the comment', () => {
    const [doc] = jsdoc(['<p>ends */ here</p><pre>/* opens</pre>']);
    expect(doc?.description).not.toContain('*/');
    expect(doc?.description).not.toContain('/*');
  });
});

// Linode's 24 KB introduction (`<ul>` among markdown headings and fences) and Zuora's `<p>` in
// table cells: one block element had made the whole text HTML, all of it on one line.
describe('markdown with block elements in it', () => {
  it('keeps its headings, fences and tables; only the elements are converted', () => {
    expect(
      htmlToMarkdown(
        '## Introduction\nThe API does things.\n\n```sh\ncurl https://api.example/v1\n```\n\n<ul>\n<li>one</li>\n</ul>',
      ),
    ).toBe(
      '## Introduction\nThe API does things.\n\n```sh\ncurl https://api.example/v1\n```\n\n-   one',
    );
    expect(
      htmlToMarkdown(
        'Intro.\n\n| Col | Desc |\n|---|---|\n| A | one <p>note</p> |\n| B | <b>two</b> |',
      ),
    ).toBe('Intro.\n\n| Col | Desc |\n|---|---|\n| A | one note |\n| B | **two** |');
  });

  // Red team: `# the server` in a `<pre>` made the document markdown, and split its code block.
  it('markdown-looking lines inside <pre> leave an HTML document HTML', () => {
    expect(
      htmlToMarkdown(
        '<p>Send:</p>\n<pre><code>\n# the server\nserver:\n  - name: a\n\n  - name: b\n</code></pre>\n<ul><li>one</li></ul>',
      ),
    ).toBe('Send:\n\n```\n\n# the server\nserver:\n  - name: a\n\n  - name: b\n```\n\n-   one');
  });

  it('an HTML document with line breaks is still HTML', () => {
    expect(htmlToMarkdown('<p>One.</p>\n\n<p>Two <b>x</b>.</p>\n<ul>\n<li>a</li>\n</ul>')).toBe(
      'One.\n\nTwo **x**.\n\n-   a',
    );
  });

  // Zoom's 81 operations: markdown whose lines end in `<br>` had been read as one HTML
  // paragraph, its list items and paragraphs run together.
  it('markdown with `<br>` line ends keeps its lists and paragraphs', () => {
    expect(htmlToMarkdown('**Prerequisites**:<br>\n* Pro plan.\n* Feature enabled.')).toBe(
      '**Prerequisites**:\n* Pro plan.\n* Feature enabled.',
    );
    expect(htmlToMarkdown('Intro.<br>\n\nScopes: `a`\n \n **Rate:** `Medium`')).toBe(
      'Intro.\n\nScopes: `a`\n \n **Rate:** `Medium`',
    );
    expect(htmlToMarkdown('One<br>two<br/>three')).toBe('One  \ntwo  \nthree');
  });
});
