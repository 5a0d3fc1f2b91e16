/**
 * Bad Swagger 2.0 input: exit 2, and every error names the line, the JSON
 * pointer and the `$ref` of the 2.0 file the user wrote, never of the
 * converted document; the output directory is left as it was.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { dirState } from '../helpers/dir-state.js';

const FIXTURES = 'test/swagger2/fixtures';
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A 2.0 document of `lines`, written in a folder of its own (removed after the test). */
function specFile(prefix: string, lines: readonly string[]): string {
  work = mkdtempSync(join(tmpdir(), prefix));
  const spec = join(work, 'swagger.yaml');
  writeFileSync(spec, lines.join('\n'));
  return spec;
}

/** The error lines (without code frames) that generating `spec` reports. */
async function errorsOf(spec: string | string[]): Promise<string[]> {
  const error = await generate({ input: spec, output: 'unused', dryRun: true }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  return (error as CodegenError).message.split('\n').filter((line) => line.startsWith(FIXTURES));
}

it('dangling $refs: exit 2, at the 2.0 line, pointer and $ref text; the output untouched', async () => {
  work = mkdtempSync(join(tmpdir(), 'codegen-swagger2-'));
  const out = join(work, 'sdk');
  writeFileSync(join(work, 'keep.txt'), 'mine\n');
  const before = dirState(work);
  const result = await runCli(['generate', `${FIXTURES}/bad-refs.yaml`, '-o', out]);
  expect(result.status).toBe(2);
  const lines = result.stderr.split('\n').filter((line) => line.startsWith(FIXTURES));
  expect(lines).toEqual([
    `${FIXTURES}/bad-refs.yaml:24:19 at /paths/~1pets~1{petId}/put/parameters/1/schema/$ref: $ref "#/definitions/Missing" points at nothing`,
    `${FIXTURES}/bad-refs.yaml:33:19 at /paths/~1pets~1{petId}/put/responses/404/schema/$ref: $ref "#/definitions/Gone" points at nothing`,
    `${FIXTURES}/bad-refs.yaml:39:15 at /definitions/Pet/properties/owner/$ref: $ref "#/definitions/Owner" points at nothing`,
  ]);
  // The code frame shows the 2.0 text.
  expect(result.stderr).toContain("> 24 |             $ref: '#/definitions/Missing'");
  expect(dirState(work)).toEqual(before);
  expect(readdirSync(work)).toEqual(['keep.txt']);
});

it('an error found after loading (a path parameter never declared) is located in the 2.0 file', async () => {
  expect(await errorsOf(`${FIXTURES}/missing-path-param.yaml`)).toEqual([
    `${FIXTURES}/missing-path-param.yaml:6:7 at /paths/~1things~1{thingId}/post: Path parameter "thingId" is used in the path but not declared`,
  ]);
});

it('a __proto__ key, which the converter would drop, is refused where it is', async () => {
  expect(await errorsOf(`${FIXTURES}/proto-key.yaml`)).toEqual([
    `${FIXTURES}/proto-key.yaml:8:18 at /definitions/Thing/properties/__proto__: A key named "__proto__" cannot be converted from Swagger 2.0: rename it, or convert the document to OpenAPI 3 yourself`,
  ]);
});

it('what the converter itself refuses is bad input, located at the version field', async () => {
  expect(await errorsOf(`${FIXTURES}/clashing-schemes.json`)).toEqual([
    `${FIXTURES}/clashing-schemes.json:2:14 at /swagger: The Swagger 2.0 document cannot be converted to OpenAPI 3: Duplicate sanitised securityScheme name a_b`,
  ]);
});

it('Swagger versions other than 2.0 are refused, naming the version', async () => {
  work = mkdtempSync(join(tmpdir(), 'codegen-swagger2-'));
  const spec = join(work, 'old.yaml');
  writeFileSync(spec, "swagger: '1.2'\ninfo: { title: Old, version: '1' }\npaths: {}\n");
  const error = await generate({ input: spec, output: 'unused', dryRun: true }).catch(
    (e: unknown) => e,
  );
  expect((error as CodegenError).message).toContain(
    `${spec}:1:10 at /swagger: Swagger 1.2 is not supported: only Swagger 2.0 and OpenAPI 3.0/3.1 are read.`,
  );
});

it('merged with an OpenAPI 3 input, each error is said in the terms of the input it is in', async () => {
  expect(await errorsOf([`${FIXTURES}/bad-refs.yaml`, `${FIXTURES}/merged-openapi.yaml`])).toEqual(
    expect.arrayContaining([
      `${FIXTURES}/bad-refs.yaml:24:19 at /paths/~1pets~1{petId}/put/parameters/1/schema/$ref: $ref "#/definitions/Missing" points at nothing`,
      `${FIXTURES}/merged-openapi.yaml:13:23 at /paths/~1owners/get/responses/200/content/application~1json/schema/$ref: $ref "#/components/schemas/Nobody" points at nothing`,
      `${FIXTURES}/merged-openapi.yaml:20:17 at /components/schemas/Owner/properties/pet/$ref: $ref "#/components/schemas/Ghost" points at nothing`,
    ]),
  );
});

// Red team: `basePath: .evil.com` had been glued to the host (`api.acme.test.evil.com`),
// where the key then went.
it('a basePath without its leading slash is a path, with a located warning', async () => {
  const spec = specFile('base-path-', [
    "swagger: '2.0'",
    'info: { title: Glue, version: "1" }',
    'host: api.acme.test',
    'basePath: .evil.com',
    'schemes: [https]',
    'paths:',
    '  /x:',
    '    get: { operationId: getX, responses: { "200": { description: ok } } }',
  ]);
  const { files, warnings } = await generate({ input: spec, output: 'unused', dryRun: true });
  const client = files.find((f) => f.path === 'client.ts')!.content;
  expect(client).toContain("'https://api.acme.test/.evil.com'");
  expect(warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('basePath ".evil.com" does not start with "/"'),
  );
  expect(warnings.find((w) => w.message.includes('basePath'))?.location?.line).toBe(4);
});

// Red team: the converter had dropped a parameter whose $ref points at nothing, silently.
it("a parameter's $ref that points at nothing is an error where it is written", async () => {
  const spec = specFile('dangling-parameter-', [
    "swagger: '2.0'",
    'info: { title: Drop, version: "1" }',
    'host: api.drop.example',
    'paths:',
    '  /search:',
    '    get:',
    '      operationId: search',
    "      parameters: [{ $ref: '#/parameters/Query' }]",
    '      responses: { "200": { description: ok } }',
  ]);
  const error = await generate({ input: spec, output: 'unused', dryRun: true }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as CodegenError).message).toContain(
    'swagger.yaml:8:28 at /paths/~1search/get/parameters/0/$ref: $ref "#/parameters/Query" points at nothing',
  );
});

// Red team: a path's form fields, where its operation has none of its own, had never been sent.
it("a path's form fields are its operations' body", async () => {
  const spec = specFile('path-form-', [
    "swagger: '2.0'",
    'info: { title: Drop, version: "1" }',
    'host: api.drop.example',
    'paths:',
    '  /login:',
    '    parameters:',
    '      - { name: user, in: formData, type: string, required: true }',
    '      - { name: password, in: formData, type: string, required: true }',
    '    post:',
    '      operationId: login',
    '      consumes: [application/x-www-form-urlencoded]',
    '      responses: { "200": { description: ok } }',
  ]);
  const { files } = await generate({ input: spec, output: 'unused', dryRun: true });
  expect(files.find((f) => f.path === 'types.ts')!.content).toContain(
    'export interface LoginBody {\n  user: string;\n  password: string;\n}',
  );
  expect(files.find((f) => f.path === 'operations.ts')!.content).toContain('formBody(params.body)');
});

// Red team: a wrongly typed `consumes` had printed the converter's TypeError, stack and all,
// and been blamed on `/swagger`.
it('a field of the wrong type is an error where it is, and nothing else is printed', async () => {
  const spec = specFile('wrong-type-', [
    "swagger: '2.0'",
    'info: { title: S, version: "1" }',
    'host: api.acme.example',
    'paths:',
    '  /c:',
    '    post:',
    '      consumes: true',
    '      parameters: [{ name: f, in: formData, type: string }]',
    '      responses: { "200": { description: ok } }',
  ]);
  const result = await runCli(['generate', spec, '-o', join(spec, '..', 'out')]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(
    'swagger.yaml:7:17 at /paths/~1c/post/consumes: consumes is a list of media types',
  );
  expect(result.stderr).not.toContain('TypeError');
});

// Red team: "collectionFormat:ssv is no longer supported" for a form field the SDK does
// encode so misled; tsv, which it cannot, is still said.
it('warns of a collection format that is lost, not of one the form keeps', async () => {
  const spec = specFile('form-formats-', [
    "swagger: '2.0'",
    'info: { title: Tags, version: "1" }',
    'host: api.tags.example',
    'consumes: [application/x-www-form-urlencoded]',
    'paths:',
    '  /a:',
    '    post:',
    '      parameters:',
    '        - { name: tags, in: formData, type: array, items: { type: string }, collectionFormat: ssv }',
    '        - { name: tsv, in: formData, type: array, items: { type: string }, collectionFormat: tsv }',
    '      responses: { "204": { description: ok } }',
  ]);
  const { warnings } = await generate({ input: spec, output: 'unused', dryRun: true });
  const said = warnings.map((w) => w.message).filter((m) => m.includes('collectionFormat'));
  expect(said).toEqual([
    'Converting from Swagger 2.0: collectionFormat:tsv is no longer supported',
  ]);
});
