/**
 * Output file names from spec text (`layout: 'resources'`): one file per
 * resource on every file system — case-insensitive ones, Windows' reserved
 * names, the 255-byte limit — whatever the tags say.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStem, MAX_STEM_LENGTH, planFileStems } from '../../src/emit/file-names.js';
import { generate } from '../../src/index.js';
import { typecheck } from '../helpers/typecheck.js';

const SAFE_STEM = /^[a-z0-9][a-z0-9_-]*$/;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** How a case-insensitive, normalizing file system compares names. */
const folded = (name: string) =>
  name.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');

function expectSafe(stems: readonly string[]): void {
  for (const stem of stems) {
    expect(stem).toMatch(SAFE_STEM);
    expect(stem.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(stem).not.toMatch(RESERVED);
  }
  expect(new Set(stems.map(folded)).size).toBe(stems.length);
}

describe('planFileStems', () => {
  it('readable ASCII names stay readable', () => {
    expect([...planFileStems(['datasources', 'ingestStatus', 'café', 'root']).values()]).toEqual([
      'datasources',
      'ingest-status',
      expect.stringMatching(/^cafe-[0-9a-f]{8}$/),
      'root',
    ]);
  });

  it('names one case apart, or the same after NFKC, get files of their own', () => {
    expect([...planFileStems(['Users', 'users', 'USERS']).values()]).toEqual([
      'users',
      'users-2',
      'users-3',
    ]);
    expect([...planFileStems(['ﬁles', 'files']).values()]).toEqual(['files', 'files-2']);
    const sigmas = [...planFileStems(['σ', 'ς', 'Σ']).values()];
    expectSafe(sigmas);
    expect(sigmas.every((s) => s.startsWith('resource-'))).toBe(true);
  });

  it('Windows reserved names, whatever their case', () => {
    expect([
      ...planFileStems(['con', 'NUL', 'Aux', 'com1', 'lpt9', 'prn', 'console']).values(),
    ]).toEqual(['con_', 'nul_', 'aux_', 'com1_', 'lpt9_', 'prn_', 'console']);
  });

  it('long names are cut with a stable hash of the whole name', () => {
    const long = 'tag'.repeat(100);
    const stem = fileStem(long);
    expect(stem.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(stem).toMatch(/^tagtag[a-z]+-[0-9a-f]{8}$/);
    expect(fileStem(long)).toBe(stem);
    expect(fileStem(`${long}x`)).not.toBe(stem);
    // Numbered on a clash, still within the limit.
    expectSafe([...planFileStems([long, long.toUpperCase()]).values()]);
  });

  it('any names: safe, short, unique under case folding and NFKC, and the same every time (property)', () => {
    const name = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('con', 'Con', 'nul', 'σ', 'ς', 'Σ', 'ﬁ', 'fi', ''),
    );
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12 }), (names) => {
        const stems = [...planFileStems(names).values()];
        expect(stems).toHaveLength(names.length);
        expectSafe(stems);
        expect([...planFileStems(names).values()]).toEqual(stems);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('layout: resources, on a spec whose tags would clash as file names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-file-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const LONG_TAG = `reports ${'quarterly '.repeat(30)}`.trim();
  const op = (operationId: string, extra: Record<string, unknown>) => ({
    operationId,
    ...extra,
    responses: { '204': { description: 'none' } },
  });
  const sample = (call: string) => ({
    'x-codeSamples': [
      { lang: 'TypeScript', source: `const client = new FilesClient();\nawait client.${call}();` },
    ],
  });
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Files', version: '1' },
    paths: {
      '/sigma-medial': { get: op('getMedial', { tags: ['σ'] }) },
      '/sigma-final': { get: op('getFinal', { tags: ['ς'] }) },
      '/con': { get: op('getCon', { tags: ['con'] }) },
      '/nul': { get: op('getNul', { tags: ['nul'] }) },
      '/aux': { get: op('getAux', { tags: ['aux'] }) },
      '/com1': { get: op('getCom1', { tags: ['com1'] }) },
      '/long': { get: op('getLong', { tags: [LONG_TAG] }) },
      '/users-upper': { get: op('listUpper', sample('Users.listUpper')) },
      '/users-lower': { get: op('listLower', sample('users.listLower')) },
    },
  };

  it('writes one safe file per resource, and the SDK compiles', async () => {
    const input = join(dir, 'spec.json');
    writeFileSync(input, JSON.stringify(spec));
    const output = join(dir, 'sdk');
    const result = await generate({ input, output, layout: 'resources' });
    const modules = result.files.map((f) => f.path).filter((p) => p.startsWith('operations/'));
    expect(modules).toHaveLength(9);
    expectSafe(modules.map((p) => p.replace(/^operations\/(.*)\.ts$/, '$1')));
    expect(readdirSync(join(output, 'operations')).sort()).toEqual(
      modules.map((p) => p.slice('operations/'.length)).sort(),
    );
    writeFileSync(join(output, 'package.json'), '{ "type": "module" }\n');
    expect(typecheck([join(output, 'index.ts')])).toEqual([]);
  });
});
