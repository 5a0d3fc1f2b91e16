/**
 * A YAML fault is said once, where the parser lost its way: an unquoted `include[]` in a flow
 * map had made 24 errors, each with its code frame, the useful one lost among them.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { CodegenError } from '../src/diagnostics.js';
import { generate } from '../src/index.js';

const SPEC = 'test/.tmp/yaml-errors.yaml';
afterAll(() => rmSync(SPEC, { force: true }));

it('names the first fault, its line and column, and counts the rest', async () => {
  writeFileSync(
    SPEC,
    [
      'openapi: 3.0.3',
      'info: { title: T, version: "1" }',
      'paths:',
      '  /a:',
      '    get:',
      '      parameters: [{ name: include[], in: query, schema: { type: string } }]',
      '      responses: { "200": { description: ok } }',
      '  /b:',
      '    get:',
      '      responses: { "200": { description: ok } }',
      '',
    ].join('\n'),
  );
  const refused = await generate({ input: SPEC, output: 'unused', dryRun: true }).catch(
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(CodegenError);
  const { diagnostics } = refused as CodegenError;
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]!.location).toMatchObject({ line: 6, column: 35 });
  expect(diagnostics[0]!.message).toMatch(
    /^Invalid YAML: .+ \(and \d+ more after it, which may follow from this one\)$/,
  );
});

// Red team: two keys said twice are two faults; each had to be found by a run of its own.
it('names every key said twice', async () => {
  writeFileSync(
    SPEC,
    [
      'openapi: 3.0.3',
      'info: { title: T, version: "1" }',
      'paths:',
      '  /a: {}',
      '  /a: {}',
      'components:',
      '  schemas:',
      '    X: { type: string }',
      '    X: { type: integer }',
      '',
    ].join('\n'),
  );
  const refused = await generate({ input: SPEC, output: 'unused', dryRun: true }).catch(
    (error: unknown) => error,
  );
  expect((refused as CodegenError).diagnostics.map((d) => d.location?.line)).toEqual([5, 9]);
});

// Red team: `200` and `'200'` are one key once read: the second response had replaced the first.
it('keys that read as one are said twice', async () => {
  writeFileSync(
    SPEC,
    [
      'openapi: 3.0.3',
      'info: { title: T, version: "1" }',
      'paths:',
      '  /x:',
      '    get:',
      '      responses:',
      '        200: { description: first }',
      "        '200': { description: second }",
    ].join('\n'),
  );
  const error = await generate({ input: SPEC, output: 'unused', dryRun: true }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as CodegenError).message).toContain('yaml-errors.yaml:8:9');
});

// New-user trial: a quote or a `{` left open had been placed at the end of the file, column 1.
it.each([
  ['a quote', ['info:', '  title: "unterminated', '  version: 1', 'paths: {}'], 3, 10],
  ['a flow map', ['info: { title: T, version: "1" }', 'paths: { /a: { get: {} }'], 3, 8],
  ['a flow list', ['info: { title: T, version: "1" }', 'tags: [a, [b]', 'paths: {}'], 3, 7],
])('places %s left open where it was opened', async (_what, lines, line, column) => {
  writeFileSync(SPEC, ['openapi: 3.0.3', ...lines, ''].join('\n'));
  const refused = (await generate({ input: SPEC, output: 'unused', dryRun: true }).catch(
    (error: unknown) => error,
  )) as CodegenError;
  expect(refused).toBeInstanceOf(CodegenError);
  expect(refused.diagnostics[0]!.location).toMatchObject({ line, column });
});
