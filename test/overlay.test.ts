/** Overlay documents (OpenAPI Overlay 1.0) among the inputs rename and reshape an SDK without editing the spec. */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CodegenError, generate } from '../src/index.js';
import { applyOverlays } from '../src/load/overlay.js';

const SPEC = 'test/fixtures/overlay/openapi.yaml';
const OVERLAY = 'test/fixtures/overlay/names.overlay.yaml';
const scratch = mkdtempSync(join(tmpdir(), 'overlay-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function client(inputs: string[]): Promise<string> {
  const { files } = await generate({ input: inputs, output: join(scratch, 'out'), dryRun: true });
  return files.find((f) => f.path === 'client.ts')!.content;
}

describe('overlays', () => {
  it('without the overlay: the spec’s own names', async () => {
    const text = await client([SPEC]);
    expect(text).toContain('export class WidgetsClient');
    expect(text).toMatch(/readonly widgets: WidgetsResource/);
    expect(text).toMatch(/\n {2}fetchRecord\(/);
    expect(text).toContain('debugDump');
  });

  it('with it: x-codegen-name and x-codegen-resource applied, the title updated, an operation removed', async () => {
    const text = await client([SPEC, OVERLAY]);
    expect(text).toContain('export class AcmeWidgetsClient');
    expect(text).toMatch(/readonly catalog: CatalogResource/);
    expect(text).toMatch(/readonly widgets: CatalogWidgetsResource/);
    expect(text).toMatch(/\n {2}retrieve\(/);
    expect(text).not.toContain('debugDump');
  });

  it('a target that matches nothing is an error at its line', async () => {
    const bad = join(scratch, 'bad.overlay.yaml');
    writeFileSync(
      bad,
      'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths["/nope"]\n    update: { x: 1 }\n',
    );
    const error = await client([SPEC, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    const [problem] = (error as CodegenError).diagnostics;
    expect(problem?.message).toContain('matches nothing');
    expect(problem?.location).toMatchObject({ file: bad, line: 4 });
  });

  // GoDaddy's domains and orders specs both say `list` and `get`: merged, an error whose fix (an
  // overlay's new operationId) had been refused by that same error.
  it("renames one of two specs' operations that share an operationId", async () => {
    const spec = (title: string, path: string) => {
      const file = join(scratch, `${title}.yaml`);
      writeFileSync(
        file,
        `openapi: 3.0.0\ninfo: { title: ${title}, version: '1' }\npaths:\n  ${path}:\n    get: { operationId: list, responses: { '204': { description: ok } } }\n`,
      );
      return file;
    };
    const inputs = [spec('Domains', '/domains'), spec('Orders', '/orders')];
    const clash = await client(inputs).catch((e: unknown) => e);
    expect((clash as CodegenError).diagnostics[0]?.message).toContain(
      'operationId "list" names GET /orders',
    );
    const renames = join(scratch, 'ids.overlay.yaml');
    writeFileSync(
      renames,
      'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths["/orders"].get\n    update: { operationId: listOrders }\n',
    );
    const { files } = await generate({
      input: [...inputs, renames],
      output: join(scratch, 'merged'),
      dryRun: true,
    });
    const functions = files.find((f) => f.path === 'operations.ts')!.content;
    expect(functions).toMatch(/export function list\(/);
    expect(functions).toMatch(/export function listOrders\(/);
    // Red team: an overlay that gives both one new id is the same clash again.
    const both = join(scratch, 'both.overlay.yaml');
    writeFileSync(
      both,
      'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths.*.get\n    update: { operationId: listAll }\n',
    );
    const again = await client([...inputs, both]).catch((e: unknown) => e);
    expect((again as CodegenError).diagnostics[0]?.message).toContain(
      'operationId "listAll" names GET /orders',
    );
  });

  // JavaScript's regular expressions backtrack: (a+)+ on 'aaa…ab' hung the run.
  it('a match() or search() pattern that could take exponential time is an error at its line', async () => {
    const bad = join(scratch, 'regex.overlay.yaml');
    writeFileSync(
      bad,
      [
        'overlay: 1.0.0',
        'info: { title: t, version: "1" }',
        'actions:',
        '  - target: "$..[?match(@.description, \'(a+)+\')]"',
        '    update: { description: x }',
        '  - target: "$..[?search(@.summary, @.description)]"',
        '    update: { description: x }',
        '  - target: "$..[?match(@.summary, \'[A-Z][a-z]+( [a-z]+)?\')]"',
        '    update: { x-checked: true }',
        '',
      ].join('\n'),
    );
    const started = performance.now();
    const error = await client([SPEC, bad]).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics.map((d) => [d.location?.line, d.message])).toEqual([
      [
        4,
        'The pattern "(a+)+" of match() repeats a part that repeats or has alternatives: matching it can take exponential time. Write it without the nesting',
      ],
      [
        6,
        'search() takes its pattern from the document here: write the pattern in the target as a string',
      ],
      // A pattern that nests no repetition runs (here it finds nothing).
      [8, "Target $..[?match(@.summary, '[A-Z][a-z]+( [a-z]+)?')] matches nothing"],
    ]);
  });

  it('an update cannot reach Object.prototype', async () => {
    const hostile = join(scratch, 'proto.overlay.yaml');
    writeFileSync(
      hostile,
      'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info\n    update: { __proto__: { polluted: yes }, constructor: { prototype: { polluted: yes } } }\n',
    );
    await client([SPEC, hostile]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an update that makes the version a mapping is an error at its line, not a crash', async () => {
    const bad = join(scratch, 'version.overlay.yaml');
    writeFileSync(
      bad,
      'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.openapi\n    update: { a: 1 }\n',
    );
    const error = await client([SPEC, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    const [problem] = (error as CodegenError).diagnostics;
    expect(problem?.message).toBe('Unsupported OpenAPI version a mapping: expected 3.0.x or 3.1.x');
  });
});

it('without overlays the document is not even walked (counting GitHub’s took ~20 ms)', () => {
  const untouchable = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('walked');
      },
    },
  );
  expect(applyOverlays(untouchable, [])).toEqual([]);
});
