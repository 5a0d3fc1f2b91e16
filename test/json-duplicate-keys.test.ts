/**
 * A key said twice in one object of a JSON spec is an error at its line, as in YAML: JSON.parse
 * keeps the last silently, so a reviewer reading the first (`"security": [{…}]`) would not see
 * the SDK generated from the second (`"security": []`, no credential sent).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { CodegenError } from '../src/diagnostics.js';
import { generate } from '../src/index.js';

const SPEC = 'test/.tmp/json-duplicate-keys.json';
afterAll(() => rmSync(SPEC, { force: true }));

const refusal = (text: string) => {
  writeFileSync(SPEC, text);
  return generate({ input: SPEC, output: 'unused', dryRun: true }).then(
    () => undefined,
    (error: unknown) => error,
  );
};

const spec = (operation: string) =>
  [
    '{',
    '  "openapi": "3.0.3",',
    '  "info": { "title": "T", "version": "1" },',
    '  "paths": {',
    '    "/a": {',
    `      "get": { ${operation}, "responses": { "204": { "description": "ok" } } }`,
    '    }',
    '  }',
    '}',
  ].join('\n');

it('refuses a key said twice, at the second', async () => {
  const refused = await refusal(spec('"security": [{ "k": [] }], "security": []'));
  expect(refused).toBeInstanceOf(CodegenError);
  const [diagnostic] = (refused as CodegenError).diagnostics;
  expect(diagnostic!.message).toBe(
    'Invalid JSON: the key "security" is given twice in one object (JSON keeps the last, silently)',
  );
  expect(diagnostic!.location).toMatchObject({ file: SPEC, line: 6, column: 43 });
});

it('reads keys alike in different objects, and key-like text in strings, as they are', async () => {
  const fine = spec(
    '"summary": "say \\"a\\": 1 and \\"a\\" : 2", "description": "\\\\", "operationId": "a"',
  );
  expect(await refusal(fine)).toBeUndefined();
});
