/** --watch: regenerates on change, survives a broken save, recovers on the next good one. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';
import { dirState } from './helpers/dir-state.js';

let child: ChildProcess | undefined;
let work: string | undefined;
afterEach(() => {
  child?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Resolves when the process has printed `pattern` on stdout or stderr since `from` characters. */
function waitFor(
  output: { text: string },
  pattern: RegExp,
  from: number,
  ms = 15_000,
): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const poll = () => {
      const match = pattern.exec(output.text.slice(from));
      if (match) return resolvePromise(from + match.index + match[0].length);
      if (Date.now() - started > ms)
        return reject(new Error(`timed out waiting for ${pattern} in:\n${output.text}`));
      setTimeout(poll, 50);
    };
    poll();
  });
}

it('regenerates on change, keeps the last good output through a broken save, and recovers', async () => {
  work = mkdtempSync(join(tmpdir(), 'codegen-watch-'));
  cpSync('test/fixtures/multi-file', join(work, 'spec'), { recursive: true });
  const out = join(work, 'sdk');
  child = spawn(process.execPath, [CLI, 'generate', 'spec/openapi.yaml', '-o', 'sdk', '--watch'], {
    cwd: work,
  });
  const output = { text: '' };
  child.stdout?.on('data', (d: Buffer) => (output.text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output.text += d.toString()));

  let at = await waitFor(output, /generated 2 operations, 3 types[^]*?watching/, 0);

  // A change in a $ref'd file, not the root spec, triggers a regeneration.
  const pet = join(work, 'spec/schemas/pet.yaml');
  writeFileSync(
    pet,
    readFileSync(pet, 'utf8').replace(
      'name: { type: string }',
      'name: { type: string }\n  nickname: { type: string }',
    ),
  );
  at = await waitFor(output, /generated 2 operations, 3 types in sdk \(\d+ files? changed\)/, at);
  expect(readFileSync(join(out, 'types.ts'), 'utf8')).toContain('nickname?: string;');

  // A broken save prints the error and leaves the output alone.
  const good = dirState(out);
  writeFileSync(pet, 'type: object\nproperties: {\n');
  at = await waitFor(output, /schemas\/pet\.yaml:\d+:\d+: Invalid YAML/, at);
  expect(dirState(out)).toEqual(good);

  // The next good save recovers (Pet no longer uses Tag: one type fewer).
  writeFileSync(pet, 'type: object\nproperties:\n  id: { type: integer }\n');
  await waitFor(output, /generated 2 operations, 2 types in sdk/, at);
  expect(output.text.match(/Invalid YAML/g)).toHaveLength(1); // reported once, not once per $ref
  expect(readFileSync(join(out, 'types.ts'), 'utf8')).not.toContain('nickname');
});

// New-team trial: an edit of the config had been ignored until a restart.
it('reads the config again when it changes: an option, a bad edit printed, a mended one', async () => {
  work = mkdtempSync(join(tmpdir(), 'codegen-watch-config-'));
  cpSync('test/fixtures/multi-file', join(work, 'spec'), { recursive: true });
  const config = join(work, 'codegen.config.json');
  writeFileSync(config, JSON.stringify({ input: 'spec/openapi.yaml', output: 'sdk' }));
  child = spawn(process.execPath, [CLI, '--watch'], { cwd: work });
  const output = { text: '' };
  child.stdout?.on('data', (d: Buffer) => (output.text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output.text += d.toString()));
  let at = await waitFor(output, /generated 2 operations[^]*?watching/, 0);
  expect(readFileSync(join(work, 'sdk/client.ts'), 'utf8')).toContain('export class');

  writeFileSync(
    config,
    JSON.stringify({ input: 'spec/openapi.yaml', output: 'sdk', emit: 'outptu' }),
  );
  at = await waitFor(output, /"emit" must be/, at);

  writeFileSync(
    config,
    JSON.stringify({ input: 'spec/openapi.yaml', output: 'sdk', emit: 'types' }),
  );
  await waitFor(output, /generated 2 operations, 3 types in sdk/, at);
  expect(() => readFileSync(join(work!, 'sdk/client.ts'))).toThrow();
});
