/**
 * Documents are judged against the official OpenAPI 3.0 / 3.1 JSON Schemas:
 * a misspelt keyword value is an error at its line, one message per place,
 * and an unknown key (which changes nothing) a warning.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CodegenError, type Diagnostic } from '../../src/diagnostics.js';
import { validate } from '../../src/generate.js';
import { reduceSchemaErrors } from '../../src/load/schema-errors.js';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-oas-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function spec(name: string, openapi: string, body: string): string {
  const file = join(work, name);
  writeFileSync(file, `openapi: ${openapi}\ninfo: { title: T, version: '1' }\n${body}`);
  return file;
}

async function problems(file: string): Promise<readonly Diagnostic[]> {
  try {
    await validate({ input: [file] });
  } catch (error) {
    if (error instanceof CodegenError) return error.diagnostics;
    throw error;
  }
  return [];
}

const TYPO = `paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: { type: strin }
`;

describe.each(['3.0.3', '3.1.0'])('OpenAPI %s', (version) => {
  it('`type: strin` is one error at its line, saying what the value may be', async () => {
    const found = await problems(spec(`typo-${version}.yaml`, version, TYPO));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      pointer: '/components/schemas/Pet/properties/name/type',
      location: { line: 9, column: 23 },
    });
    expect(found[0]!.message).toMatch(/^"strin" is not allowed here: expected one of "array", /);
  });

  it('a header parameter with a query style: one message, about the style', async () => {
    const file = spec(
      `style-${version}.yaml`,
      version,
      `paths:
  /a:
    get:
      parameters:
        - { name: X-Id, in: header, style: form, schema: { type: string } }
      responses: { '204': { description: none } }
`,
    );
    const found = await problems(file);
    expect(found.map((d) => [d.pointer, d.message])).toEqual([
      ['/paths/~1a/get/parameters/0/style', '"form" is not allowed here: expected "simple"'],
    ]);
  });

  it('a missing required field is named, not the Reference Object it also is not', async () => {
    const file = spec(
      `required-${version}.yaml`,
      version,
      `paths:
  /a:
    get:
      responses: { '204': { content: {} } }
`,
    );
    const found = await problems(file);
    expect(found.map((d) => [d.pointer, d.message])).toEqual([
      ['/paths/~1a/get/responses/204', 'Required field "description" is missing'],
    ]);
  });
});

it('an unknown key in a 3.0 schema is a warning, and the spec still generates', async () => {
  const file = spec(
    'unknown-key.yaml',
    '3.0.3',
    `paths: {}
components:
  schemas:
    Pet: { type: object, exampel: 3 }
`,
  );
  const { warnings } = await validate({ input: [file] });
  expect(warnings.map((w) => [w.pointer, w.message])).toContainEqual([
    '/components/schemas/Pet/exampel',
    'Unknown key "exampel" is not allowed here by OpenAPI and is ignored',
  ]);
});

it('codegen validate exits 2 on a typo, with file:line:col and a frame', async () => {
  const result = await runCli(['validate', spec('cli.yaml', '3.1.0', TYPO)]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('cli.yaml:9:23 at /components/schemas/Pet/properties/name/type');
  expect(result.stderr).toContain('>  9 |         name: { type: strin }');
});

describe('reduceSchemaErrors', () => {
  it('a deeper error explains the oneOf and $ref noise above it', () => {
    const document = { a: { b: { type: 'strin' } } };
    const reduced = reduceSchemaErrors(
      [
        { instancePath: '/a/b/type', keyword: 'enum', params: { allowedValues: ['string'] } },
        { instancePath: '/a/b', keyword: 'required', params: { missingProperty: '$ref' } },
        { instancePath: '/a/b', keyword: 'oneOf', params: {} },
        { instancePath: '/a', keyword: 'required', params: { missingProperty: 'x' } },
      ],
      document,
    );
    expect(reduced).toEqual([
      {
        segments: ['a', 'b', 'type'],
        message: '"strin" is not allowed here: expected "string"',
        severity: 'error',
      },
    ]);
  });

  it('a value read through an inherited name is reported as nothing, not as a prototype', () => {
    const [problem] = reduceSchemaErrors(
      [{ instancePath: '/constructor', keyword: 'type', params: { type: 'object' } }],
      {},
    );
    expect(problem?.message).toBe('nothing is not allowed here: expected an object');
  });
});

it('an invalid document is never reported as nothing', () => {
  const reduced = reduceSchemaErrors(
    [
      {
        instancePath: '/a',
        keyword: 'oneOf',
        params: {},
        message: 'must match exactly one schema',
      },
    ],
    { a: {} },
  );
  expect(reduced).toEqual([
    {
      segments: ['a'],
      message: 'does not match the OpenAPI schema: must match exactly one schema',
      severity: 'error',
    },
  ]);
});

describe('3.0: a value is a Reference Object when it has `$ref`, and the object it is meant as when not', () => {
  it('is judged only as the object it is meant as: no Reference Object errors are built', async () => {
    const { createRequire } = await import('node:module');
    const validator = createRequire(import.meta.url)('../../dist/oas-validators/oas30.cjs') as {
      (data: unknown): boolean;
      errors?: Array<{ params: Record<string, unknown> }> | null;
    };
    const document = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {},
      components: { schemas: { Pet: { type: 'strin' } } },
    };
    expect(validator(document)).toBe(false);
    expect(validator.errors?.some((e) => e.params.missingProperty === '$ref')).toBe(false);
  });

  it('a `$ref` beside other keys is a reference, accepted', async () => {
    const file = spec(
      'ref-siblings.yaml',
      '3.0.3',
      `paths: {}
components:
  schemas:
    A: { type: string }
    B: { $ref: '#/components/schemas/A', description: a sibling }
`,
    );
    expect(await problems(file)).toEqual([]);
  });

  it('a `$ref` that is not a string is an error at the reference', async () => {
    const file = spec(
      'ref-number.yaml',
      '3.0.3',
      `paths: {}
components:
  schemas:
    B: { $ref: 5 }
`,
    );
    const found = await problems(file);
    expect(found.map((p) => p.pointer)).toContain('/components/schemas/B/$ref');
  });

  it('a response that is neither is reported as the response it lacks the fields of', async () => {
    const file = spec(
      'bad-response.yaml',
      '3.0.3',
      `paths:
  /a:
    get:
      responses:
        '200': { content: {} }
`,
    );
    const found = await problems(file);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      pointer: '/paths/~1a/get/responses/200',
      message: 'Required field "description" is missing',
    });
  });
});
