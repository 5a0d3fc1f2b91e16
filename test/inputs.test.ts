/** Specs in any shape: split over files, docs pages merged, stdin; and what is refused. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate, validate } from '../src/index.js';
import { CLI, runCli } from './helpers/cli.js';
import { typecheck } from './helpers/typecheck.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-inputs-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function types(result: Awaited<ReturnType<typeof generate>>): string {
  return result.files.find((f) => f.path === 'types.ts')?.content ?? '';
}

describe('a spec split over files', () => {
  it('bundles relative $refs (paths, parameters, schemas, a cycle across files) into named types', async () => {
    const out = tempDir();
    const result = await generate({ input: 'test/fixtures/multi-file/openapi.yaml', output: out });
    expect(result.summary).toMatchObject({ operations: 2, types: 3 });
    const text = types(result);
    expect(text).toContain('export interface Pet {');
    expect(text).toContain('owner?: Owner;');
    expect(text).toContain('pets?: Pet[];');
    expect(text).toContain("export type Tag = 'cat' | 'dog';");
    expect(text).toContain('limit?: number | undefined;');
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n'); // an ESM project, as NodeNext checks it
    expect(typecheck([join(out, 'index.ts')])).toEqual([]);
  });

  it('refuses refs that leave the project, and URLs, naming where they are', async () => {
    // A project of its own (its package.json marks the root) whose spec reaches a file beside it.
    const root = tempDir();
    mkdirSync(join(root, 'project'));
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'project', 'package.json'), '{}');
    writeFileSync(join(root, 'shared', 'pet.yaml'), 'type: object\n');
    const spec = readFileSync('test/fixtures/outside-ref/openapi.yaml', 'utf8').replace(
      '../multi-file/schemas/pet.yaml',
      '../shared/pet.yaml',
    );
    writeFileSync(join(root, 'project', 'openapi.yaml'), spec);
    const result = await runCli(['generate', 'openapi.yaml', '-o', 'out'], join(root, 'project'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /openapi\.yaml:15:23 at \/paths\/~1pets~1\{id\}\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "\.\.\/shared\/pet\.yaml" leaves the project \(.*\); pass --allow-external-refs to allow it/,
    );
    expect(result.stderr).toContain('openapi.yaml:21:23');
    expect(result.stderr).toContain('is a URL: it is not fetched');
  });

  it('refs may reach any file inside the project', async () => {
    const result = await runCli([
      'generate',
      'test/fixtures/outside-ref/openapi.yaml',
      '-o',
      tempDir(),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('leaves the');
    expect(result.stderr).toContain('is a URL: it is not fetched');
  });

  it('--allow-external-refs allows files outside the directory, but still never fetches URLs', async () => {
    const result = await runCli([
      'generate',
      'test/fixtures/outside-ref/openapi.yaml',
      '-o',
      tempDir(),
      '--allow-external-refs',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('leaves the spec');
    expect(result.stderr).toContain('is a URL: it is not fetched');
  });

  it('a ref to a missing file names the referencing line', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'api.yaml'),
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: './nope.yaml'\n",
    );
    const result = await runCli(['generate', join(dir, 'api.yaml'), '-o', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /api\.yaml:7:13 at \/components\/schemas\/A\/\$ref: Cannot read .*nope\.yaml/,
    );
  });
});

// Red team: a `.yaml` file in YAML's flow style, which starts as JSON does, had been refused as
// broken JSON; a `.json` file is held to JSON.
it('reads a YAML file in flow style as YAML, though it starts as JSON does', async () => {
  const dir = tempDir();
  const flow = "{openapi: 3.0.3, info: {title: T, version: '1'}, paths: {}} # a comment\n";
  writeFileSync(join(dir, 'flow.yaml'), flow);
  await expect(validate({ input: join(dir, 'flow.yaml') })).resolves.toBeDefined();
  writeFileSync(join(dir, 'flow.json'), flow);
  await expect(validate({ input: join(dir, 'flow.json') })).rejects.toThrow(/Invalid JSON/);
});

describe('docs pages', () => {
  it('a folder of pages merges into one SDK: shared components once, tags and servers united', async () => {
    const { api, warnings } = await validate({ input: 'test/fixtures/pages' });
    expect(
      api.operations.map(
        (o) => `${o.functionName} → client.${[...o.resource, o.methodName].join('.')}`,
      ),
    ).toEqual([
      'getIngestStatus → client.datasources.ingest.getStatus',
      'listDatasources → client.datasources.list',
    ]);
    expect(api.schemas.map((s) => s.typeName).sort()).toEqual(
      [
        'Datasource',
        'HTTPValidationError',
        'IngestMethodSummary',
        'IngestStatus',
        'IngestStatusResponse',
        'ValidationError',
      ].sort(),
    );
    expect(api.servers.map((s) => s.url)).toEqual([
      'https://api.meibel.ai/v2',
      'https://api.dev.meibel.ai/v2',
      'http://localhost:8000/v2',
      'https://eu.api.meibel.ai/v2',
    ]);
    expect(warnings).toEqual([]);
  });

  it('the same component defined differently in two pages names both pages and the first difference', async () => {
    const result = await runCli(['generate', 'test/fixtures/conflicting-pages', '-o', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'components.schemas.HTTPValidationError is defined differently in test/fixtures/conflicting-pages/list-datasources.md:61:18 and test/fixtures/conflicting-pages/get-ingest-status.md:166:18; the first difference is at /components/schemas/HTTPValidationError/properties/detail/title',
    );
  });

  it('one operationId for two different operations in two pages is an error', async () => {
    const dir = tempDir();
    const page = (path: string) =>
      `# P\n\n\`\`\`yaml\nopenapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths:\n  ${path}:\n    get:\n      operationId: getThing\n      responses: { '204': { description: ok } }\n\`\`\`\n`;
    writeFileSync(join(dir, 'a.md'), page('/a'));
    writeFileSync(join(dir, 'b.md'), page('/b'));
    const result = await runCli(['generate', dir, '-o', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /b\.md:9:20 at \/paths\/~1b\/get\/operationId: operationId "getThing" names GET \/b in .*b\.md:9:20 and another operation in .*a\.md:9:20/,
    );
  });

  it('reads a page from standard input with -', () => {
    const result = spawnSync(process.execPath, [CLI, 'validate', '-'], {
      input: readFileSync('specs/meibel/get-ingest-status.md'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('valid: 1 operations, 5 types, 0 warnings\n');
  });
});

describe('validate and warnings', () => {
  it('questionable specs generate with a warning for each doubt, pointing at the line', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'api.yaml'),
      [
        'openapi: 3.0.3',
        "info: { title: T, version: '1' }",
        'paths:',
        '  /things:',
        '    get:',
        "      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Vague' } } } } }",
        '    post:',
        '      operationId: same',
        "      responses: { '204': { description: ok } }",
        '    put:',
        '      operationId: same',
        "      responses: { '204': { description: ok } }",
        'components:',
        '  schemas:',
        '    Vague: { description: anything at all }',
        '    Unused: { type: string }',
      ].join('\n'),
    );
    const result = await runCli(['validate', join(dir, 'api.yaml')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('valid: 3 operations, 2 types, 5 warnings\n');
    expect(result.stderr).toContain(
      'api.yaml:1:1 at /: The spec names no server: every client of this SDK must be given a baseUrl',
    );
    expect(result.stderr).toContain(
      'api.yaml:6:7 at /paths/~1things/get: Operation has no operationId; its function is named getThings',
    );
    // Methods are read in the spec's method order (get, put, post, …), so `put` keeps the name.
    expect(result.stderr).toContain(
      'api.yaml:8:20 at /paths/~1things/post/operationId: operationId "same" is also used at /paths/~1things/put; this one is named same2',
    );
    expect(result.stderr).toContain(
      'at /components/schemas/Vague: Schema "Vague" has no type, properties or composition; its type is unknown',
    );
    expect(result.stderr).toContain(
      'at /components/schemas/Unused: Schema "Unused" is not used by any operation',
    );
  });

  it("finds a warning's line only when it is read: a quiet run never scans the spec for it", async () => {
    const dir = tempDir();
    const spec = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: { '/x': { get: { operationId: 'x', responses: { '204': { description: 'ok' } } } } },
      components: { schemas: { Unused: { type: 'string' } } },
    };
    writeFileSync(join(dir, 'api.json'), JSON.stringify(spec, null, 2));
    const { warnings } = await validate({ input: join(dir, 'api.json') });
    const [unused] = warnings.filter((w) => w.pointer === '/components/schemas/Unused');
    expect(typeof Object.getOwnPropertyDescriptor(unused, 'location')?.get).toBe('function');
    expect(unused?.location).toEqual({ file: join(dir, 'api.json'), line: 21, column: 17 });
  });

  it('validate exits 2 on errors and writes nothing', async () => {
    const result = await runCli(['validate', 'test/fixtures/bad/dangling-ref.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('a $ref cycle with no schema in it is an error', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'api.yaml'),
      [
        'openapi: 3.1.0',
        "info: { title: T, version: '1' }",
        'paths:',
        '  /x:',
        '    get:',
        "      parameters: [{ $ref: '#/components/parameters/A' }]",
        "      responses: { '204': { description: ok } }",
        'components:',
        '  parameters:',
        "    A: { $ref: '#/components/parameters/B' }",
        "    B: { $ref: '#/components/parameters/A' }",
      ].join('\n'),
    );
    await expect(validate({ input: join(dir, 'api.yaml') })).rejects.toThrow(
      '$ref cycle with no schema in it: #/components/parameters/A → #/components/parameters/B → #/components/parameters/A',
    );
  });
});
