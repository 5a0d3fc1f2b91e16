/**
 * Relative `$ref`s reach any file of the project (the nearest folder with a
 * package.json or .git), as in `api/openapi.yaml` → `../shared/schemas/widget.yaml`;
 * a file beyond the project needs `allowExternalRefs`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodegenError, validate } from '../src/index.js';

let outside: string;
let project: string;
beforeEach(() => {
  outside = mkdtempSync(join(tmpdir(), 'codegen-project-refs-'));
  project = join(outside, 'project');
  mkdirSync(join(project, 'api'), { recursive: true });
  mkdirSync(join(project, 'shared/schemas'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "app" }');
  writeFileSync(
    join(project, 'api/openapi.yaml'),
    `openapi: 3.1.0
info: { title: Widgets, version: '1' }
paths:
  /widgets/{id}:
    get:
      operationId: getWidget
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '../shared/schemas/widget.yaml' }
`,
  );
});
afterEach(() => rmSync(outside, { recursive: true, force: true }));

function widget(part: string): void {
  writeFileSync(
    join(project, 'shared/schemas/widget.yaml'),
    `title: Widget\ntype: object\nproperties:\n  part: { $ref: '${part}' }\n`,
  );
}

describe('$refs between files of a project', () => {
  it('a sibling folder of the spec is inside the project', async () => {
    widget('./part.yaml');
    writeFileSync(join(project, 'shared/schemas/part.yaml'), 'type: string\n');
    const { api } = await validate({ input: join(project, 'api/openapi.yaml') });
    expect(api.operations.map((op) => op.functionName)).toEqual(['getWidget']);
  });

  it('a file beyond the project is refused at its $ref, unless allowed', async () => {
    widget('../../../outside.yaml');
    writeFileSync(join(outside, 'outside.yaml'), 'type: string\n');
    const input = join(project, 'api/openapi.yaml');
    const refused = await validate({ input }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CodegenError);
    expect((refused as CodegenError).message).toMatch(
      /widget\.yaml:4:\d+ at \/properties\/part\/\$ref: \$ref "\.\.\/\.\.\/\.\.\/outside\.yaml" leaves the project/,
    );
    await expect(validate({ input, allowExternalRefs: true })).resolves.toBeDefined();
  });
});
