/** The config is found from any folder of the project, and `init` adds a workflow beside it. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CONFIG = JSON.stringify({ sdks: [{ input: 'api', output: 'out/sdk' }] });
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-config-search-'));
  cpSync('specs/meibel', join(work, 'api'), { recursive: true });
  writeFileSync(join(work, 'package.json'), '{ "name": "app" }');
  writeFileSync(join(work, 'codegen.config.json'), CONFIG);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the config', () => {
  it('is found from a subdirectory, and its paths are shown from where the command runs', async () => {
    mkdirSync(join(work, 'src/deep'), { recursive: true });
    const result = await runCli([], join(work, 'src/deep'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^generated 1 operation, 5 types in \.\.\/\.\.\/out\/sdk/);
    expect(existsSync(join(work, 'out/sdk/client.ts'))).toBe(true);
  });

  it('init --github-action beside it writes only the workflow, for that config; --force never overwrites the config', async () => {
    const result = await runCli(['init', '--github-action', 'commit'], work);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'kept codegen.config.json\nwrote .github/workflows/codegen-commit.yml\n',
    );
    const workflow = readFileSync(join(work, '.github/workflows/codegen-commit.yml'), 'utf8');
    expect(workflow).toContain("- 'api/**'");
    expect(workflow).toContain("git add -A 'out/sdk'");

    const again = await runCli(['init', '--github-action', 'commit'], work);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(
      '.github/workflows/codegen-commit.yml already exists; pass --force',
    );
    expect((await runCli(['init', '--github-action', 'commit', '--force'], work)).status).toBe(0);
    expect(readFileSync(join(work, 'codegen.config.json'), 'utf8')).toBe(CONFIG);
  });
});
