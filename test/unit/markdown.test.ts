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
  it('passes over a block inside an HTML or MDX comment', () => {
    const block = [
      '```yaml',
      'openapi: 3.1.0',
      'servers: [{ url: https://elsewhere.test }]',
      '```',
    ];
    const shown = ['```yaml', 'openapi: 3.1.0', '```'];
    const page = [
      '<!--',
      ...block,
      '-->',
      '<!-- one line --> ',
      '{/*',
      ...block,
      '*/}',
      ...shown,
    ].join('\n');
    expect(findOpenApiBlocks(page)).toEqual([
      { language: 'yaml', text: 'openapi: 3.1.0', firstLine: 15 },
    ]);
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
