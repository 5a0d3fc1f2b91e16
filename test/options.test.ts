/** The SDK-shape options, each compiled and checked for what it promises; and the programmatic API. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, generate, type GenerateOptions } from '../src/index.js';
import { typecheck } from './helpers/typecheck.js';

const SPEC = 'specs/meibel/get-ingest-status.md';
const root = mkdtempSync(join(tmpdir(), 'codegen-options-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function build(
  name: string,
  options: Partial<GenerateOptions>,
): Promise<(file: string) => string> {
  const out = join(root, name);
  await generate({ input: SPEC, output: out, ...options });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  expect(typecheck([join(out, 'index.ts')])).toEqual([]);
  return (file) => readFileSync(join(out, file), 'utf8');
}

describe('generate options', () => {
  it('emit: types — only types.ts and an index, no runtime', async () => {
    const read = await build('types-only', { emit: 'types' });
    expect(read('index.ts')).toContain("export * from './types.js';");
    expect(read('index.ts')).not.toContain('runtime');
    expect(JSON.parse(read('.codegen-manifest.json')).files).toEqual(['index.ts', 'types.ts']);
  });

  it('emit: functions — functions and a plain client, no resource classes', async () => {
    const read = await build('functions', { emit: 'functions' });
    expect(read('operations.ts')).toContain('export function getIngestStatus(');
    expect(read('client.ts')).not.toContain('Resource');
    // Its docs link to no class that is not there (a trial: `{@link SquareConnectClient}`).
    expect(read('client.ts')).not.toContain('{@link MeibelClient}');
  });

  it('enumStyle: union — no const beside the union', async () => {
    const read = await build('union', { enumStyle: 'union' });
    expect(read('types.ts')).toContain('export type IngestStatus =');
    expect(read('types.ts')).not.toContain('export const IngestStatus');
  });

  it('examples: only the chosen languages become @example', async () => {
    const read = await build('examples', { examples: ['Go'] });
    // The method's docs hold the examples; the function's point to them: one copy of each fact.
    expect(read('operations.ts')).not.toContain('@example');
    expect(
      [...read('client.ts').matchAll(/@example (Python|TypeScript|Go)\b/g)].map((m) => m[1]),
    ).toEqual(['Go']);
  });

  it('examples: none — no @example of a code sample anywhere', async () => {
    const read = await build('no-examples', { examples: [] });
    for (const file of ['operations.ts', 'client.ts'])
      expect(read(file)).not.toMatch(/@example (Python|TypeScript|Go)/);
  });

  it('layout: resources — one operations module per resource, re-exported by operations.ts', async () => {
    const read = await build('by-resource', { input: 'test/fixtures/pages', layout: 'resources' });
    expect(read('operations.ts')).toContain("export * from './operations/datasources.js';");
    expect(read('operations/datasources.ts')).toContain('export function listDatasources(');
    expect(read('operations/datasources.ts')).toContain("from '../runtime/index.js'");
  });

  it('layout: single — types, operations and client in one index.ts', async () => {
    const read = await build('single', { layout: 'single' });
    const index = read('index.ts');
    expect(index).toContain('export interface IngestStatusResponse');
    expect(index).toContain('export function getIngestStatus(');
    expect(index).toContain('export class MeibelClient extends MeibelCore');
    expect(index).not.toMatch(/from '\.\/(types|operations|client)\.js'/);
  });

  it("pathsTypes — also openapi-typescript's paths types, compiling beside the SDK", async () => {
    const read = await build('paths', { pathsTypes: true });
    expect(read('paths.ts')).toContain("'/datasources/{datasource_id}/ingest-status': {");
    expect(typecheck([join(root, 'paths', 'paths.ts')])).toEqual([]);
  });

  it('format: false — unformatted but still deterministic and compiling', async () => {
    const read = await build('raw', { format: false });
    const again = await generate({
      input: SPEC,
      output: join(root, 'raw'),
      format: false,
      dryRun: true,
    });
    expect(again.files.find((f) => f.path === 'types.ts')?.content).toBe(read('types.ts'));
  });
});

describe('programmatic check()', () => {
  it('reports up to date, then the API-level change after a spec change', async () => {
    const out = join(root, 'checked');
    await generate({ input: SPEC, output: out });
    expect(await check({ input: SPEC, output: out })).toMatchObject({
      upToDate: true,
      changes: [],
    });
    const drift = await check({ input: 'test/fixtures/pages', output: out });
    expect(drift.upToDate).toBe(false);
    expect(drift.apiChanges.operations.added).toEqual(['listDatasources']);
  });
});
