/**
 * The output folder is not trusted: a committed journal or manifest, or a
 * symlinked folder inside it, never makes a run write or remove anything
 * outside it. Such a run stops with a CodegenError (exit 2) naming the file
 * and the entry, and leaves the output folder and everything else as they were.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { check, generate } from '../../src/index.js';
import { dirState } from '../helpers/dir-state.js';

const SPEC = resolve('specs/meibel/get-ingest-status.md');
const OTHER_SPEC = resolve('test/fixtures/pages');
const PENDING = '.codegen-pending';
const MANIFEST = '.codegen-manifest.json';

let work: string;
let out: string;
/** A file beside the project, reached from the output folder as `../../victim.txt`. */
let victim: string;
/** A folder outside the output folder that symlinks inside it lead to. */
let elsewhere: string;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'codegen-untrusted-'));
  out = join(work, 'project', 'sdk');
  victim = join(work, 'victim.txt');
  elsewhere = join(work, 'elsewhere');
  writeFileSync(victim, 'precious\n');
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'keep.txt'), 'keep\n');
  await generate({ input: SPEC, output: out });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every file and symlink below the work folder: bytes, mtimes, link targets. */
function everything(): Record<string, unknown> {
  const links = readdirSync(work, { recursive: true, withFileTypes: true })
    .filter((e) => e.isSymbolicLink())
    .map((e) => join(e.parentPath, e.name))
    .map((path) => [relative(work, path), readlinkSync(path)] as const);
  return { files: dirState(work), links: Object.fromEntries(links) };
}

/** Runs `generate` expecting a refusal; returns its message after checking nothing changed. */
async function expectRefused(run: () => Promise<unknown>): Promise<string> {
  const before = everything();
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  expect((error as CodegenError).exitCode).toBe(2);
  expect(everything()).toEqual(before);
  return (error as CodegenError).message;
}

function plantJournal(journal: unknown, staged: Record<string, string> = {}): void {
  mkdirSync(join(out, PENDING, 'files'), { recursive: true });
  writeFileSync(join(out, PENDING, 'journal.json'), JSON.stringify(journal));
  for (const [path, content] of Object.entries(staged)) {
    mkdirSync(join(out, PENDING, 'files', path, '..'), { recursive: true });
    writeFileSync(join(out, PENDING, 'files', path), content);
  }
}

function plantManifestFiles(extra: readonly string[]): void {
  const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: string[] };
  writeFileSync(
    join(out, MANIFEST),
    `${JSON.stringify({ ...manifest, files: [...manifest.files, ...extra] }, null, 2)}\n`,
  );
}

describe('a committed journal', () => {
  it('that removes ../../victim.txt is refused, naming the journal and the entry', async () => {
    plantJournal({ moves: [], removes: ['../../victim.txt'] });
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain(join(PENDING, 'journal.json'));
    expect(message).toContain('/removes/0');
    expect(message).toContain('"../../victim.txt"');
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  it('that moves a staged file to ../../victim.txt is refused, even after valid entries', async () => {
    plantJournal(
      { moves: ['types.ts', '../../victim.txt'], removes: [] },
      { 'types.ts': 'staged\n' },
    );
    writeFileSync(join(out, PENDING, 'victim.txt'), 'overwritten\n');
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain('/moves/1');
  });

  it('with an absolute path, a drive letter, a NUL or a non-string entry is refused', async () => {
    for (const bad of [
      victim,
      'C:/victim.txt',
      'types.ts\u0000',
      42,
      'a/./b.ts',
      'runtime//x.ts',
    ]) {
      rmSync(join(out, PENDING), { recursive: true, force: true });
      plantJournal({ moves: [], removes: [bad] });
      const message = await expectRefused(() => generate({ input: SPEC, output: out }));
      expect(message).toContain('/removes/0');
    }
  });

  it('that is not a journal at all is refused rather than guessed at', async () => {
    plantJournal({ moves: 'types.ts' });
    await expectRefused(() => generate({ input: SPEC, output: out }));
    writeFileSync(join(out, PENDING, 'journal.json'), '{ not json');
    await expectRefused(() => generate({ input: SPEC, output: out }));
  });

  it('that moves a file through a folder symlinked outside is refused', async () => {
    symlinkSync(elsewhere, join(out, 'sub'));
    plantJournal({ moves: ['sub/x.ts'], removes: [] }, { 'sub/x.ts': 'escaped\n' });
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain('"sub/x.ts"');
    expect(existsSync(join(elsewhere, 'x.ts'))).toBe(false);
  });

  it('that removes a file through a folder symlinked outside is refused', async () => {
    symlinkSync(elsewhere, join(out, 'sub'));
    plantJournal({ moves: [], removes: ['sub/keep.txt'] });
    await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(readFileSync(join(elsewhere, 'keep.txt'), 'utf8')).toBe('keep\n');
  });

  it('whose staged files are a symlink to a folder outside is refused (the files there are not moved in)', async () => {
    writeFileSync(join(elsewhere, 'types.ts'), 'outside\n');
    mkdirSync(join(out, PENDING));
    writeFileSync(
      join(out, PENDING, 'journal.json'),
      JSON.stringify({ moves: ['types.ts'], removes: [] }),
    );
    symlinkSync(elsewhere, join(out, PENDING, 'files'));
    await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(readFileSync(join(elsewhere, 'types.ts'), 'utf8')).toBe('outside\n');
  });

  it('inside a pending folder that is itself a symlink to outside is refused', async () => {
    const fake = join(work, 'fake-pending');
    mkdirSync(join(fake, 'files'), { recursive: true });
    writeFileSync(join(fake, 'journal.json'), JSON.stringify({ moves: ['types.ts'], removes: [] }));
    writeFileSync(join(fake, 'files', 'types.ts'), 'outside\n');
    symlinkSync(fake, join(out, PENDING));
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain(PENDING);
    expect(readFileSync(join(fake, 'files', 'types.ts'), 'utf8')).toBe('outside\n');
  });

  it('that installs a manifest listing ../../victim.txt is refused before the first move', async () => {
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: string[] };
    const staged = `${JSON.stringify({ ...manifest, files: [...manifest.files, '../../victim.txt'] })}\n`;
    plantJournal(
      { moves: ['types.ts', MANIFEST], removes: [] },
      { 'types.ts': 'staged\n', [MANIFEST]: staged },
    );
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain(join(PENDING, 'files', MANIFEST));
  });

  it('a valid one left by a killed run is still completed', async () => {
    plantJournal({ moves: ['notes.ts'], removes: [] }, { 'notes.ts': 'export {};\n' });
    await generate({ input: SPEC, output: out });
    expect(readFileSync(join(out, 'notes.ts'), 'utf8')).toBe('export {};\n');
    expect(existsSync(join(out, PENDING))).toBe(false);
  });
});

describe('a committed manifest', () => {
  it('listing ../../victim.txt is refused by a run and by --check, naming the manifest and the entry', async () => {
    plantManifestFiles(['../../victim.txt']);
    for (const check of [false, true]) {
      const message = await expectRefused(() =>
        generate({ input: OTHER_SPEC, output: out, check }),
      );
      expect(message).toContain(MANIFEST);
      expect(message).toMatch(/\/files\/\d+/);
      expect(message).toContain('"../../victim.txt"');
    }
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  it('listing an absolute path is refused', async () => {
    plantManifestFiles([victim]);
    await expectRefused(() => generate({ input: SPEC, output: out }));
  });

  it('listing a file in a folder symlinked outside is refused', async () => {
    symlinkSync(elsewhere, join(out, 'sub'));
    plantManifestFiles(['sub/keep.txt']);
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain('"sub/keep.txt"');
    expect(readFileSync(join(elsewhere, 'keep.txt'), 'utf8')).toBe('keep\n');
  });

  it('listing a stale file of its own still has it removed', async () => {
    writeFileSync(join(out, 'old.ts'), 'export {};\n');
    plantManifestFiles(['old.ts']);
    await generate({ input: SPEC, output: out });
    expect(existsSync(join(out, 'old.ts'))).toBe(false);
  });
});

describe('a symlinked folder inside the output', () => {
  it('that leads outside is never written through: the run is refused and the folder outside stays as it was', async () => {
    rmSync(join(out, 'runtime'), { recursive: true });
    symlinkSync(elsewhere, join(out, 'runtime'));
    const message = await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(message).toContain('runtime');
    expect(readdirSync(elsewhere)).toEqual(['keep.txt']);
  });

  it('refuses before completing a pending write, so even that is left as it was', async () => {
    plantJournal({ moves: ['notes.ts'], removes: [] }, { 'notes.ts': 'export {};\n' });
    rmSync(join(out, 'runtime'), { recursive: true });
    symlinkSync(elsewhere, join(out, 'runtime'));
    await expectRefused(() => generate({ input: SPEC, output: out }));
    expect(existsSync(join(out, 'notes.ts'))).toBe(false);
  });

  it('that leads to another folder inside the output is followed', async () => {
    rmSync(join(out, 'runtime'), { recursive: true });
    mkdirSync(join(out, 'real-runtime'));
    symlinkSync(join(out, 'real-runtime'), join(out, 'runtime'));
    await generate({ input: SPEC, output: out });
    expect(lstatSync(join(out, 'runtime')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(out, 'real-runtime'))).toContain('client.ts');
  });
});

describe('a generated file that is a symlink', () => {
  it('is never read through: --check calls it changed and a run replaces the link, leaving its target alone', async () => {
    const outside = join(elsewhere, 'types.ts');
    const generated = readFileSync(join(out, 'types.ts'), 'utf8');
    writeFileSync(outside, generated);
    rmSync(join(out, 'types.ts'));
    symlinkSync(outside, join(out, 'types.ts'));
    expect((await check({ input: SPEC, output: out })).changes).toContainEqual({
      path: 'types.ts',
      change: 'changed',
    });
    await generate({ input: SPEC, output: out });
    expect(lstatSync(join(out, 'types.ts')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'types.ts'), 'utf8')).toBe(generated);
    expect(readFileSync(outside, 'utf8')).toBe(generated);
    expect((await check({ input: SPEC, output: out })).upToDate).toBe(true);
  });
});
