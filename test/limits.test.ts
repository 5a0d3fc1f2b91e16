/** Inputs at the edges: deep nesting, very long names, unsupported versions, stray path parameters. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { typecheck } from './helpers/typecheck.js';

const dir = mkdtempSync(join(tmpdir(), 'codegen-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function nested(depth: number): unknown {
  let schema: unknown = { type: 'string' };
  for (let i = 0; i < depth; i++)
    schema = { type: 'object', properties: { [`level${i}`]: schema } };
  return schema;
}

describe('limits', () => {
  it('a schema nested 150 deep and a 300-character name generate and compile', async () => {
    const longName = `Very${'Long'.repeat(74)}Name`;
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Deep', version: '1' },
      paths: {
        '/deep': {
          get: {
            operationId: `get${longName}`,
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': { schema: { $ref: `#/components/schemas/${longName}` } },
                },
              },
            },
          },
        },
      },
      components: { schemas: { [longName]: nested(150) } },
    };
    const file = join(dir, 'deep.yaml');
    writeFileSync(file, stringify(spec));
    const out = join(dir, 'deep-sdk');
    const result = await generate({ input: file, output: out });
    expect(result.summary.types).toBe(1);
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
    expect(typecheck([join(out, 'index.ts')])).toEqual([]);
  });

  it('an unsupported version names the version found', async () => {
    const file = join(dir, 'v4.yaml');
    writeFileSync(file, "openapi: 4.0.0\ninfo: { title: T, version: '1' }\npaths: {}\n");
    const result = await runCli(['generate', file, '-o', join(dir, 'x')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'v4.yaml:1:10 at /openapi: Unsupported OpenAPI version 4.0.0: expected 3.0.x or 3.1.x',
    );
  });

  it('a path parameter declared but absent from the path is an error', async () => {
    const file = join(dir, 'stray.yaml');
    writeFileSync(
      file,
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths:\n  /things:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { '204': { description: ok } }\n",
    );
    const result = await runCli(['validate', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'at /paths/~1things/get: Path parameter "id" is declared but not in the path "/things"',
    );
  });
});
