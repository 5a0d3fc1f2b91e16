/**
 * A run killed while writing: everything is staged first, then moved in under
 * a journal, so the next run completes the write instead of leaving a mix.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { generate } from '../src/index.js';
import { diffOutput, PENDING, stageOutput } from '../src/write/write.js';
import { runCli } from './helpers/cli.js';
import { dirState } from './helpers/dir-state.js';

const OLD = resolve('specs/meibel/get-ingest-status.md');
const NEW = resolve('test/fixtures/pages');
let work: string;
let out: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-crash-'));
  out = join(work, 'sdk');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Stages the NEW generation over `out` as a run would, then "dies" before moving anything. */
async function stageThenDie(): Promise<void> {
  const { files } = await generate({ input: NEW, output: out, dryRun: true });
  await stageOutput(out, files, await diffOutput(out, files));
}

/** What a clean run of the NEW generation writes. */
async function expected(): Promise<Record<string, string>> {
  const clean = join(work, 'clean');
  await runCli(['generate', NEW, '-o', clean]);
  return contents(clean);
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dirState(dir)).map(([path, { content }]) => [path, content]),
  );
}

it('killed after staging: the output is still the old one, and the next run completes the new one', async () => {
  await runCli(['generate', OLD, '-o', out]);
  const before = contents(out);
  await stageThenDie();
  const visible = Object.fromEntries(
    Object.entries(contents(out)).filter(([p]) => !p.startsWith(PENDING)),
  );
  expect(visible).toEqual(before);

  expect((await runCli(['generate', NEW, '-o', out])).status).toBe(0);
  expect(existsSync(join(out, PENDING))).toBe(false);
  expect(contents(out)).toEqual(await expected());
});

it('killed halfway through the moves: the next run finishes them', async () => {
  await runCli(['generate', OLD, '-o', out]);
  await stageThenDie();
  // Half of the moves happened before the kill.
  const staged = join(out, PENDING, 'files');
  for (const name of readdirSync(staged)
    .filter((n) => n.endsWith('.ts'))
    .slice(0, 2))
    renameSync(join(staged, name), join(out, name));
  expect((await runCli(['generate', NEW, '-o', out])).status).toBe(0);
  expect(contents(out)).toEqual(await expected());
});

it('--check never completes a pending write: it reports the drift instead', async () => {
  await runCli(['generate', OLD, '-o', out]);
  await stageThenDie();
  const result = await runCli(['generate', NEW, '-o', out, '--check']);
  expect(result.status).toBe(1);
  expect(existsSync(join(out, PENDING))).toBe(true);
});

it('a staging directory left beside the output by a run killed before its rename is removed', async () => {
  await runCli(['generate', OLD, '-o', out]);
  const stale = join(work, '.sdk.codegen-abc123');
  // What a run killed while staging leaves: its staged files, no journal yet.
  mkdirSync(join(stale, 'files'), { recursive: true });
  writeFileSync(join(stale, 'files', 'types.ts'), 'half');
  expect((await runCli(['generate', OLD, '-o', out])).status).toBe(0);
  expect(existsSync(stale)).toBe(false);
  expect(readFileSync(join(out, 'types.ts'), 'utf8')).not.toBe('half');
});
