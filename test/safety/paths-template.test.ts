/**
 * Path templates from any spec: a `{name}` is a parameter only when a path
 * parameter declares it (`$ref`s resolved); all other text is sent as written
 * and never becomes code.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CodegenError, generate } from '../../src/index.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { typecheck } from '../helpers/typecheck.js';

const dir = mkdtempSync(join(tmpdir(), 'codegen-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ID_PARAMETER = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** A spec with one GET operation on `path`, its parameters given by `$ref` to `components.parameters`. */
function specWith(
  path: string,
  parameters: Record<string, unknown> = { Id: ID_PARAMETER },
): string {
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Paths', version: '1' },
    paths: {
      [path]: {
        get: {
          operationId: 'getThing',
          parameters: Object.keys(parameters).map((key) => ({
            $ref: `#/components/parameters/${key}`,
          })),
          responses: { '204': { description: 'none' } },
        },
      },
    },
    components: { parameters },
  };
  const file = join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

async function rejection(input: string): Promise<{ error: CodegenError; output: string }> {
  const output = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const error = await generate({ input, output }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CodegenError))
    throw new Error(`expected a CodegenError, got ${String(error)}`);
  return { error, output };
}

describe('a path template that does not match its parameters is bad input', () => {
  it('`${...}` in the path with `$ref` parameters: exit 2 at the operation, nothing written', async () => {
    const { error, output } = await rejection(
      specWith('/items/{id}/${globalThis.process.exit(7)}'),
    );
    expect(error.exitCode).toBe(2);
    expect(error.diagnostics.map(withoutLocation)).toStrictEqual([
      {
        message: 'Path parameter "globalThis.process.exit(7)" is used in the path but not declared',
        pointer: '/paths/~1items~1{id}~1${globalThis.process.exit(7)}/get',
      },
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('a `$ref` path parameter the template never uses', async () => {
    const { error } = await rejection(specWith('/items', { Id: ID_PARAMETER }));
    expect(error.exitCode).toBe(2);
    expect(error.diagnostics.map(withoutLocation)).toStrictEqual([
      {
        message: 'Path parameter "id" is declared but not in the path "/items"',
        pointer: '/paths/~1items/get',
      },
    ]);
  });

  it('unbalanced braces, at the path', async () => {
    const { error } = await rejection(specWith('/items/{id}/$}{'));
    expect(error.exitCode).toBe(2);
    expect(error.diagnostics.map(withoutLocation)).toStrictEqual([
      {
        message: 'Unbalanced "}" at offset 13 of the path "/items/{id}/$}{"',
        pointer: '/paths/~1items~1{id}~1$}{',
      },
      {
        message: 'Unbalanced "{" at offset 14 of the path "/items/{id}/$}{"',
        pointer: '/paths/~1items~1{id}~1$}{',
      },
    ]);
  });
});

describe('literal path text', () => {
  // `$` right before a parameter, backticks, backslashes, `%24`: all text, none of it code.
  const template = '/files/$/a$`b`\\c\\/%24{id}$/{id2}\\';
  const parameters = { Id: ID_PARAMETER, Id2: { ...ID_PARAMETER, name: 'id2' } };

  it('is sent exactly as written around the encoded values, and the SDK compiles', async () => {
    const output = join(dir, 'literal-sdk');
    await generate({ input: specWith(template, parameters), output });
    writeFileSync(join(output, 'package.json'), '{ "type": "module" }\n');
    expect(typecheck([join(output, 'index.ts')])).toEqual([]);

    // The only substitutions in `path` templates are the two parameters.
    const file = join(output, 'operations.ts');
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const substitutions: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isTemplateExpression(node.template)) {
        substitutions.push(
          ...node.template.templateSpans.map((span) => span.expression.getText(source)),
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(substitutions).toEqual(['id', 'id2']);

    const sdk = (await import(join(output, 'index.ts'))) as {
      PathsClient: new (options: { baseUrl: string }) => unknown;
      getThing: (client: unknown, id: string, id2: string) => Promise<void>;
    };
    server = await startServer((_r, res) => res.writeHead(204).end());
    await sdk.getThing(new sdk.PathsClient({ baseUrl: server.url }), 'a/b', '${x}');
    const sent = `/files/$/a$\`b\`\\c\\/%24${encodeURIComponent('a/b')}$/${encodeURIComponent('${x}')}\\`;
    expect(server.received[0]?.url).toBe(new URL(server.url + sent).pathname);
  });
});

/**
 * The problems also carry the spec file's line and column, and a code frame (the loader tells
 * them beside the spec's other problems); these tests are about the rest.
 */
function withoutLocation({
  location,
  frame: _frame,
  ...rest
}: {
  location?: { line: number } | undefined;
  frame?: string | undefined;
}): object {
  expect(location?.line).toBeGreaterThan(0);
  return rest;
}
