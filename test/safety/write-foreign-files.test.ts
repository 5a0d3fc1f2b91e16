/**
 * Only files codegen wrote (its manifest lists them) are ever replaced: a user's
 * own `src/client.ts` in the output folder is refused, with nothing changed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { dirState } from '../helpers/dir-state.js';

const work = mkdtempSync(join(tmpdir(), 'codegen-foreign-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a file the SDK would replace that codegen did not write: exit 2, nothing changed', async () => {
  const out = join(work, 'src');
  mkdirSync(out);
  writeFileSync(join(out, 'client.ts'), 'export const important = 1;\n');
  writeFileSync(join(out, 'notes.md'), 'mine\n');
  const before = dirState(work);
  const result = await runCli(['generate', 'specs/meibel', '-o', out]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(
    `${join(out, 'client.ts')}:1:1: The file exists, and codegen did not write it (.codegen-manifest.json does not list it). Nothing was changed`,
  );
  expect(dirState(work)).toEqual(before);

  // Moved away, the SDK is written; the files it does not write stay.
  rmSync(join(out, 'client.ts'));
  expect((await runCli(['generate', 'specs/meibel', '-o', out, '--quiet'])).status).toBe(0);
  expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('mine\n');
  // Its own files it replaces freely from then on.
  expect((await runCli(['generate', 'specs/meibel', '-o', out, '--quiet'])).status).toBe(0);
});

// New-team trial: with its manifest deleted or git-ignored, a folder of codegen's own files had
// been refused as if they were the user's, with no word of the manifest.
it('says the manifest is missing where the files refused are codegen’s own', async () => {
  const out = join(work, 'lost');
  expect((await runCli(['generate', 'specs/meibel', '-o', out, '--quiet'])).status).toBe(0);
  rmSync(join(out, '.codegen-manifest.json'));
  writeFileSync(join(out, 'types.ts'), `${readFileSync(join(out, 'types.ts'), 'utf8')}// old\n`);
  const result = await runCli(['generate', 'specs/meibel', '-o', out]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(
    'The file says codegen wrote it, but the folder has no .codegen-manifest.json',
  );
});
