/**
 * Bad input: exit code 2, a message naming file:line:col or the JSON pointer,
 * and an existing output directory left exactly as it was.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { dirState } from './helpers/dir-state.js';

let work: string;
let out: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-bad-'));
  out = join(work, 'sdk');
  // An existing, previously generated SDK plus a file the user keeps there.
  cpSync('generated/meibel', out, { recursive: true });
  writeFileSync(join(out, 'NOTES.md'), 'kept by the user\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function expectUntouched(before: ReturnType<typeof dirState>): void {
  expect(dirState(out)).toEqual(before);
  // No staging directory is left beside the output either.
  expect(readdirSync(dirname(out))).toEqual(['sdk']);
}

describe('bad input', () => {
  it('malformed YAML inside a docs page: exit 2, the page line and column, a code frame', async () => {
    const before = dirState(out);
    const result = await runCli(['generate', 'test/fixtures/bad/malformed-yaml.md', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /test\/fixtures\/bad\/malformed-yaml\.md:1[45]:\d+: Invalid YAML/,
    );
    expect(result.stderr).toContain("> 14 |         '200': { description: ok");
    expect(result.stderr).toMatch(/\| +\^/);
    expectUntouched(before);
  });

  it('a dangling $ref: exit 2 with the JSON pointer and the line of the $ref', async () => {
    const before = dirState(out);
    const result = await runCli(['generate', 'test/fixtures/bad/dangling-ref.yaml', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'test/fixtures/bad/dangling-ref.yaml:15:23 at /paths/~1pets/get/responses/200/content/application~1json/schema/$ref: $ref "#/components/schemas/Pet" points at nothing',
    );
    expectUntouched(before);
  });

  it('a file that is not OpenAPI: exit 2 saying so', async () => {
    const before = dirState(out);
    const result = await runCli(['generate', 'test/fixtures/bad/not-openapi.yaml', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'test/fixtures/bad/not-openapi.yaml:1:1 at /: Not an OpenAPI document: the "openapi" field is missing',
    );
    expectUntouched(before);
  });

  it('Swagger 1.2: exit 2 naming the version and what to do (2.0 is converted, see test/swagger2)', async () => {
    const result = await runCli(['generate', 'test/fixtures/bad/swagger1.json', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /swagger1\.json:1:\d+ at \/swaggerVersion: Swagger 1\.2 is not supported: only Swagger 2\.0 and OpenAPI 3\.0\/3\.1 are read/,
    );
  });

  it('reports every problem of a spec in one run', async () => {
    const result = await runCli(['generate', 'test/fixtures/bad/many-problems.yaml', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('at /info: Required field "info" is missing');
    expect(result.stderr).toContain('$ref "#/components/schemas/Missing" points at nothing');
    // A path parameter is judged in the same run: it had waited for the others to be fixed.
    expect(result.stderr).toContain(
      'at /paths/~1users~1{id}/get: Path parameter "id" is used in the path but not declared',
    );
  });

  it('path parameters are judged after $refs resolve: every operation reported, located', async () => {
    const result = await runCli(['generate', 'test/fixtures/bad/path-parameters.yaml', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'path-parameters.yaml:6:7 at /paths/~1users~1{id}/get: Path parameter "id" is used in the path but not declared',
    );
    expect(result.stderr).toContain(
      'path-parameters.yaml:12:7 at /paths/~1teams~1{team}~1members/get: Path parameter "org" is declared but not in the path',
    );
  });

  it('an output folder that cannot be made is bad input, not an internal error', async () => {
    writeFileSync(join(work, 'a-file'), '');
    const result = await runCli(['generate', 'specs/meibel', '-o', join(work, 'a-file', 'sdk')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cannot write the SDK to');
    expect(result.stderr).not.toContain('internal error');
  });

  it('a missing file and a usage error exit 2', async () => {
    expect((await runCli(['generate', 'nope.yaml', '-o', out])).stderr).toContain(
      'Cannot read nope.yaml: file not found',
    );
    expect((await runCli(['generate', 'nope.yaml', '-o', out])).status).toBe(2);
    expect((await runCli(['generate', 'specs/meibel'])).status).toBe(2); // no -o
  });
});

// The YAML parser reads broken JSON as flow style; the message speaks of objects and arrays.
describe('broken JSON is told in JSON’s words', () => {
  it.each([
    ['{"a": 1', '1:8: Invalid JSON: An object must end with a }'],
    ['{"a": [1, 2}', '1:12: Invalid JSON: An array must end with a ]'],
    ['{"a" 1}', "1:6: Invalid JSON: Missing , or : between an object's members"],
    ['{"a": [1,, 2]}', '1:10: Invalid JSON: Unexpected , in an array'],
    // Team trial: JSON that YAML reads had been taken (Stripe's `/v1/balance"` had been a path).
    ['{"paths": {"/a": {}, /b": {}}}', '1:22: Invalid JSON: Expected double-quoted property name'],
    ["{'openapi': '3.0.0'}", "1:2: Invalid JSON: Expected property name or '}'"],
    // Red team: where V8 names no position, the fault's own.
    ['{"openapi": "3.0.0",\n"info": }', "2:9: Invalid JSON: Unexpected token '}'"],
  ])('%s', async (text, said) => {
    const file = join(dirname(out), 'broken.json');
    writeFileSync(file, text);
    const result = await runCli(['validate', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`broken.json:${said}\n`);
  });
});
