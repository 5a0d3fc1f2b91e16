/** An x-codeSamples source holding a code fence of its own is fenced by a longer one: its fence cannot end the example. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../src/index.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-fences-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The client of a one-operation spec with these samples, with `--examples` when given. */
async function clientWith(samples: object[], examples?: string[]): Promise<string> {
  const spec = join(work, 'spec.json');
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      servers: [{ url: 'https://api.example.com' }],
      paths: {
        '/x': {
          get: {
            operationId: 'getX',
            'x-codeSamples': samples,
            responses: { 204: { description: 'ok' } },
          },
        },
      },
    }),
  );
  const { files } = await generate({
    input: spec,
    output: 'unused',
    dryRun: true,
    ...(examples && { examples }),
  });
  return files.find((f) => f.path === 'client.ts')!.content;
}

it('an example that holds ``` is fenced by ````, and its text stays whole', async () => {
  const source = 'Read this:\n```\nconst x = 1;\n```\nand more.';
  const client = await clientWith([{ lang: 'TypeScript', label: 'Fenced', source }]);
  expect(client).toContain(
    [
      '   * @example Fenced',
      '   * ````ts',
      '   * Read this:',
      '   * ```',
      '   * const x = 1;',
      '   * ```',
      '   * and more.',
      '   * ````',
    ].join('\n'),
  );
});

// New-user trial: Svix's TypeScript sample is `lang: JavaScript, label: TypeScript`. It had come
// after the JavaScript one, fenced as js, and `--examples TypeScript` had left it out.
it('takes a JavaScript sample labelled TypeScript for TypeScript: first, fenced as ts', async () => {
  const samples = [
    { lang: 'JavaScript', label: 'JavaScript', source: 'svix.x.get();' },
    { lang: 'JavaScript', label: 'TypeScript', source: 'await svix.x.get();' },
  ];
  const all = await clientWith(samples);
  expect(all).toContain('   * @example TypeScript\n   * ```ts\n   * await svix.x.get();');
  expect(all.indexOf('@example TypeScript')).toBeLessThan(all.indexOf('@example JavaScript'));
  expect(all).toContain('   * @example JavaScript\n   * ```js\n');
  const typescript = await clientWith(samples, ['TypeScript']);
  expect(typescript).toContain('await svix.x.get();');
  expect(typescript).not.toContain('@example JavaScript');
});
