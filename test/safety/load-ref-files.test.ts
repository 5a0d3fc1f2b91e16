/**
 * What a `$ref` may read: regular .yaml, .yml and .json files inside the
 * project (the nearest folder with a package.json or .git), more only with
 * allowExternalRefs; and a file that does not parse is named, never quoted.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanTempDirs, returning, run, spec, tempDir, writeFiles } from './load-support.js';

afterEach(cleanTempDirs);

const SECRET = 'sk_live_do_not_print';

function refTo(ref: string): Record<string, unknown> {
  return spec({ paths: returning({ $ref: ref }) });
}

describe('files that are not specs', () => {
  it('a $ref to .env is refused, named, and its text never shown', async () => {
    const dir = writeFiles(tempDir(), {
      'package.json': '{}',
      '.env': `API_KEY=${SECRET}\n`,
      'api.json': refTo('./.env'),
    });
    const outcome = await run(join(dir, 'api.json'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind !== 'bad-input') return;
    expect(outcome.message).toMatch(
      /api\.json:\d+:\d+ at \/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "\.\/\.env" names a file that is not \.yaml, \.yml or \.json/,
    );
    expect(outcome.message).not.toContain(SECRET);
  });

  it.each([
    ['broken YAML', 'broken.yaml', `token: ${SECRET}\n  nested: [unclosed\n`],
    ['broken JSON', 'broken.json', `{"token": "${SECRET}", }}`],
    ['an alias to no anchor', 'alias.yaml', `token: *${SECRET}\n`],
  ])(
    '%s reached by a $ref is named with its line, without a code frame or its text',
    async (_what, name, text) => {
      const dir = writeFiles(tempDir(), {
        'package.json': '{}',
        [name]: text,
        'api.json': refTo(`./${name}`),
      });
      const outcome = await run(join(dir, 'api.json'));
      expect(outcome.kind).toBe('bad-input');
      if (outcome.kind !== 'bad-input') return;
      expect(outcome.message).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+`));
      expect(outcome.message).not.toContain(SECRET);
      expect(outcome.message).not.toContain(' | ');
    },
  );

  it('the CLI exits 2 and prints nothing of the file', async () => {
    const dir = writeFiles(tempDir(), {
      'package.json': '{}',
      'broken.yaml': `token: ${SECRET}\n  nested: [\n`,
      'env.json': refTo('./.env'),
      'broken.json': refTo('./broken.yaml'),
      '.env': SECRET,
    });
    for (const input of ['env.json', 'broken.json']) {
      const result = await runCli(['generate', join(dir, input), '-o', join(dir, 'out')]);
      expect(result.status).toBe(2);
      expect(result.stderr + result.stdout).not.toContain(SECRET);
    }
  });

  it.runIf(process.platform !== 'win32')(
    'a $ref to a FIFO is refused at once, not read',
    async () => {
      const dir = writeFiles(tempDir(), { 'package.json': '{}', 'api.json': refTo('./pipe.yaml') });
      expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
      const outcome = await run(join(dir, 'api.json'));
      expect(outcome.kind).toBe('bad-input');
      if (outcome.kind === 'bad-input')
        expect(outcome.message).toMatch(
          /api\.json:\d+:\d+ .*\$ref "\.\/pipe\.yaml" names .*pipe\.yaml, which is not a regular file/,
        );
    },
    5_000,
  );

  it('a $ref to a folder is refused', async () => {
    const dir = writeFiles(tempDir(), {
      'package.json': '{}',
      'dir.yaml/a.yaml': 'type: string',
      'api.json': refTo('./dir.yaml'),
    });
    const outcome = await run(join(dir, 'api.json'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toContain('which is not a regular file');
  });
});

describe('how far relative refs reach', () => {
  function project(): string {
    return writeFiles(tempDir(), {
      'project/package.json': '{}',
      'project/shared/pet.yaml': 'type: object\nproperties:\n  name: { type: string }\n',
      'outside.yaml': 'type: string\n',
    });
  }

  it('any file inside the project', async () => {
    const root = project();
    writeFiles(root, { 'project/specs/api.json': refTo('../shared/pet.yaml') });
    const outcome = await run(join(root, 'project/specs/api.json'));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.text).toContain('export interface Pet');
  });

  it('a .git folder marks the project too', async () => {
    const root = writeFiles(tempDir(), {
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/shared/pet.yaml': 'type: string\n',
      'repo/specs/api.json': refTo('../shared/pet.yaml'),
    });
    expect(await run(join(root, 'repo/specs/api.json'))).toMatchObject({ kind: 'ok' });
  });

  it('not beyond it, unless allowed', async () => {
    const root = project();
    writeFiles(root, { 'project/specs/api.json': refTo('../../outside.yaml') });
    const outcome = await run(join(root, 'project/specs/api.json'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(
        /\$ref "\.\.\/\.\.\/outside\.yaml" leaves the project .*; pass --allow-external-refs to allow it/,
      );
    expect(
      await run(join(root, 'project/specs/api.json'), { allowExternalRefs: true }),
    ).toMatchObject({ kind: 'ok' });
  });

  it.runIf(process.platform !== 'win32')(
    'a symlink inside the project that leads out of it counts as outside',
    async () => {
      const root = project();
      symlinkSync(join(root, 'outside.yaml'), join(root, 'project/shared/link.yaml'));
      writeFiles(root, { 'project/specs/api.json': refTo('../shared/link.yaml') });
      const outcome = await run(join(root, 'project/specs/api.json'));
      expect(outcome.kind).toBe('bad-input');
      if (outcome.kind === 'bad-input') expect(outcome.message).toContain('leaves the project');
    },
  );

  it('a URL is never fetched, even when external refs are allowed', async () => {
    const root = project();
    writeFiles(root, { 'project/api.json': refTo('http://127.0.0.1:9/pet.yaml') });
    const outcome = await run(join(root, 'project/api.json'), { allowExternalRefs: true });
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toContain('is a URL: it is not fetched');
  });
});
