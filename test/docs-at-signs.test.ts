/**
 * Spec text that says `@` after a space (Box's "@mentions", a Python sample's decorator) stays
 * text in the generated docs: TypeScript would read it as a tag, cutting the hover text short.
 */
import { rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../src/index.js';

const SPEC = 'test/.tmp/docs-at-signs.json';

afterAll(() => rmSync(SPEC, { force: true }));

const spec = {
  openapi: '3.0.3',
  info: { title: 'Comments', version: '1' },
  servers: [{ url: 'https://api.comments.example' }],
  paths: {
    '/comments/{id}': {
      get: {
        operationId: 'getComment',
        summary: 'Get a comment',
        description: 'Reads one comment.\n@mentions in it are kept; ask @support.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            // Red team: TypeScript reads a zero-width space as whitespace too.
            description: 'The id, or @me for yours.\u200B@deprecated use v2',
            schema: { type: 'string' },
          },
        ],
        'x-codeSamples': [
          { lang: 'Python', source: '@retry\ndef main():\n    client.comments.get("1")' },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Comment' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Comment: {
        type: 'object',
        description: 'A comment. @mention format is @[id:name]; `npm i @x/y` is `x @deprecated`.',
        properties: {
          message: {
            type: 'string',
            description: 'Text with\n@mentions included',
            example: '@a b',
          },
        },
      },
    },
  },
};

/** Every JSDoc tag name in a file. */
function tagNames(text: string): string[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    for (const doc of ts.getJSDocCommentsAndTags(node))
      if (ts.isJSDoc(doc)) for (const tag of doc.tags ?? []) names.push(tag.tagName.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

it('reads as text, not as tags, in every generated file', async () => {
  writeFileSync(SPEC, JSON.stringify(spec));
  const { files } = await generate({ input: SPEC, output: 'unused', dryRun: true });
  const known = new Set(['param', 'returns', 'throws', 'example', 'see']);
  for (const file of files.filter((f) => f.path.endsWith('.ts') && !f.path.startsWith('runtime/')))
    expect(
      tagNames(file.content).filter((name) => !known.has(name)),
      file.path,
    ).toEqual([]);
  const types = files.find((f) => f.path === 'types.ts')!.content;
  expect(types).toContain(
    'A comment. \\@mention format is \\@[id:name]; `npm i \\@x/y` is `x \\@deprecated`.',
  );
  const client = files.find((f) => f.path === 'client.ts')!.content;
  expect(client).toContain('\\@retry');
  expect(client).toContain('ask \\@support.');
});
