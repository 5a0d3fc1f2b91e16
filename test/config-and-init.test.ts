/** Every way of configuring codegen, and `codegen init` with its workflow templates. */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-config-'));
  cpSync('specs/meibel', join(work, 'api'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const CONFIGS: Record<string, string> = {
  'codegen.config.json': '{ "input": "api", "output": "sdk" }',
  'codegen.config.yaml': 'sdks:\n  - input: [api]\n    output: sdk\n',
  'codegen.config.mjs': "export default { sdks: [{ input: 'api', output: 'sdk' }] };\n",
  'codegen.config.ts':
    "interface Sdk { input: string; output: string }\nconst sdk: Sdk = { input: 'api', output: 'sdk' };\nexport default { sdks: [sdk] };\n",
  'package.json': '{ "name": "app", "codegen": { "input": "api", "output": "sdk" } }',
};

describe('config', () => {
  it.each(Object.keys(CONFIGS))('%s', async (name) => {
    writeFileSync(join(work, name), CONFIGS[name]!);
    const result = await runCli([], work);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^generated 1 operation, 5 types in sdk/);
  });

  it('a config above the working directory is read within its project, never above one', async () => {
    // Outside any project only the working directory counts: a code config in a folder
    // above it (a shared /tmp) is never run.
    writeFileSync(
      join(work, 'codegen.config.mjs'),
      "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), '');\nexport default { input: 'api', output: 'sdk' };\n",
    );
    mkdirSync(join(work, 'nested', 'deeper'), { recursive: true });
    const outside = await runCli([], join(work, 'nested', 'deeper'));
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/No codegen\.config/);
    expect(existsSync(join(work, 'RAN'))).toBe(false);
    // Inside a project, a config at its root serves every folder below.
    writeFileSync(join(work, 'package.json'), '{ "name": "app" }');
    const inside = await runCli([], join(work, 'nested', 'deeper'));
    expect(inside.stderr).toBe('');
    expect(existsSync(join(work, 'RAN'))).toBe(true);
    rmSync(join(work, 'RAN'));
    // A folder anyone may write to is no project of the user's, package.json or not: a
    // stranger could have planted both there.
    chmodSync(join(work, 'nested'), 0o777);
    try {
      const planted = await runCli([], join(work, 'nested', 'deeper'));
      expect(planted.status).toBe(2);
      expect(existsSync(join(work, 'RAN'))).toBe(false);
    } finally {
      chmodSync(join(work, 'nested'), 0o755);
    }
  });

  it('flags override the config', async () => {
    writeFileSync(join(work, 'codegen.config.json'), CONFIGS['codegen.config.json']!);
    expect(
      (await runCli(['generate', 'api', '-o', 'sdk', '--client-name', 'AcmeClient'], work)).status,
    ).toBe(0);
    expect(readFileSync(join(work, 'sdk/client.ts'), 'utf8')).toContain(
      'export class AcmeClient extends AcmeCore',
    );
  });

  it('an invalid config names the field', async () => {
    writeFileSync(join(work, 'codegen.config.json'), '{ "sdks": [{ "input": "api" }] }');
    const result = await runCli([], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('at /sdks/0/output: Invalid config');
    expect(result.stderr).toContain('"output" must be a directory path');
  });

  // New-team trial: `outptu` had been reported as a missing `output`.
  it('names a mistyped key, and the key it is near', async () => {
    writeFileSync(
      join(work, 'codegen.config.json'),
      '{ "input": "api", "outptu": "sdk", "layuot": "single" }',
    );
    const result = await runCli([], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option "outptu" (did you mean "output"?)');
    writeFileSync(join(work, 'codegen.config.json'), '{ "input": "api", "output": "sdk", "x": 1 }');
    expect((await runCli([], work)).stderr).toMatch(/unknown option "x"(?! \(did)/);
  });

  // Team trial: a config's syntax error had been the YAML parser's words, ending in a colon.
  it("places a config's syntax error by line and column, with its lines", async () => {
    writeFileSync(join(work, 'codegen.config.json'), '{\n  "input": "api"\n  "output": "sdk"\n}\n');
    const result = await runCli([], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/codegen\.config\.json:3:3: Invalid JSON/);
    expect(result.stderr).toContain('> 3 |   "output": "sdk"');
  });

  // Team trial: a top-level `maxWarnings` beside `sdks` had been ignored, and two configs in one
  // folder had been read one of, without a word.
  it('refuses a key beside "sdks", and two configs in one folder', async () => {
    const sdks = [{ input: 'api', output: 'sdk' }];
    writeFileSync(join(work, 'codegen.config.json'), JSON.stringify({ maxWarnings: 0, sdks }));
    const beside = await runCli([], work);
    expect(beside.status).toBe(2);
    expect(beside.stderr).toContain('"maxWarnings" beside "sdks" is read by no SDK');
    writeFileSync(join(work, 'codegen.config.json'), JSON.stringify({ sdks }));
    expect((await runCli([], work)).status).toBe(0);
    writeFileSync(join(work, 'codegen.config.yaml'), 'input: api\noutput: sdk\n');
    const two = await runCli([], work);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('codegen.config.json and codegen.config.yaml; keep one');
    rmSync(join(work, 'codegen.config.yaml'));
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ codegen: { input: 'api', output: 'sdk' } }),
    );
    expect((await runCli([], work)).stderr).toContain('package.json\'s "codegen" key; keep one');
    // GraphQL Code Generator's key of that name is not ours (red team).
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ codegen: { schema: 'schema.graphql', generates: {} } }),
    );
    expect((await runCli([], work)).status).toBe(0);
  });

  // New-team trial: a config written on Windows had made a folder named `src\sdk`.
  it("reads a Windows config's backslashes as folders", async () => {
    writeFileSync(
      join(work, 'codegen.config.json'),
      JSON.stringify({ input: 'api', output: 'src\\sdk' }),
    );
    expect((await runCli([], work)).status).toBe(0);
    expect(existsSync(join(work, 'src', 'sdk', 'client.ts'))).toBe(true);
  });

  // Two SDKs in one folder overwrote each other on every run, and `--check` never passed.
  it('refuses two SDKs that write into one folder, or one inside the other', async () => {
    for (const [a, b] of [
      ['dup', './dup/'],
      ['gen', 'gen/inner'],
      // One relative to the config, one absolute (red team).
      ['abs', join(work, 'abs')],
    ] as const) {
      writeFileSync(
        join(work, 'codegen.config.json'),
        JSON.stringify({
          sdks: [
            { input: 'api', output: a },
            { input: 'api', output: b },
          ],
        }),
      );
      const result = await runCli([], work);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('at /sdks/1/output: Invalid config');
      expect(result.stderr).toContain('SDKs 1 and 2 write into the same folder');
      expect(existsSync(join(work, a))).toBe(false);
    }
  });
});

describe('codegen init', () => {
  // Team trial: a config whose input is not there had been written without a word.
  it('says when the input it writes into the config is not there yet', async () => {
    const result = await runCli(['init', '-i', 'nope.yaml', '-o', 'sdk'], work);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: the input nope.yaml is not there yet');
    const found = await runCli(['init', '-i', 'api', '-o', 'sdk2', '--force'], work);
    expect(found.stderr).not.toContain('not there yet');
  });

  it('writes a config that works, and refuses to overwrite it', async () => {
    const result = await runCli(['init', '-i', 'api', '-o', 'sdk'], work);
    expect(result.stdout).toBe('wrote codegen.config.json\n');
    expect((await runCli([], work)).status).toBe(0);
    const again = await runCli(['init', '-i', 'api', '-o', 'sdk'], work);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('codegen.config.json already exists; pass --force to overwrite');
  });

  it('--github-action check: a valid workflow that installs and runs codegen check', async () => {
    writeFileSync(join(work, 'package-lock.json'), '{}');
    await runCli(['init', '-i', 'api', '-o', 'sdk', '--github-action', 'check'], work);
    const workflow = parse(
      readFileSync(join(work, '.github/workflows/codegen-check.yml'), 'utf8'),
    ) as Workflow;
    expect(workflow.permissions).toEqual({ contents: 'read' });
    // Never the unrelated package of that name, should the dependency be missing.
    // Its flags after `--`: npx had taken `--check` after `--no codegen` for its own (team trial).
    expect(runs(workflow)).toEqual(['npm ci', 'npx --no -- codegen check --diff']);
    expect(workflow.jobs['codegen-check']!.steps[1]!.with).toMatchObject({
      cache: 'npm',
      'cache-dependency-path': 'package-lock.json',
    });
  });

  it('--github-action commit: triggers on the spec, regenerates and commits only the SDK', async () => {
    await runCli(['init', '-i', 'api', '-o', "it's sdk", '--github-action', 'commit'], work);
    const workflow = parse(
      readFileSync(join(work, '.github/workflows/codegen-commit.yml'), 'utf8'),
    ) as Workflow;
    expect(workflow.on.push.paths).toEqual(['api/**', 'codegen.config.*', 'package.json']);
    expect(workflow.permissions).toEqual({ contents: 'write' });
    // The checkout keeps no token for the install's scripts to read.
    expect(workflow.jobs.codegen!.steps[0]!.with).toEqual({ 'persist-credentials': false });
    const [install, regenerate, commit] = runs(workflow);
    expect([install, regenerate]).toEqual(['npm install', 'npx --no -- codegen']);
    expect(commit).toContain("git add -A 'it'\\''s sdk'");
    // Both modes side by side: a pull request's check and main's regeneration.
    await runCli(['init', '--github-action', 'check'], work);
    expect(existsSync(join(work, '.github/workflows/codegen-commit.yml'))).toBe(true);
    expect(existsSync(join(work, '.github/workflows/codegen-check.yml'))).toBe(true);
  });

  // New-team trial: a commit pushed to main while the SDK was regenerated had failed the push.
  it("--github-action commit: the SDK's commit goes on top of one pushed meanwhile", async () => {
    await runCli(['init', '-i', 'api', '-o', 'sdk', '--github-action', 'commit'], work);
    const workflow = parse(
      readFileSync(join(work, '.github/workflows/codegen-commit.yml'), 'utf8'),
    ) as Workflow;
    const commit = runs(workflow).at(-1)!;
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd,
        encoding: 'utf8',
      });
    const origin = join(work, 'origin.git');
    git(work, 'init', '-q', '--bare', '-b', 'main', origin);
    const runner = join(work, 'runner');
    const teammate = join(work, 'teammate');
    for (const clone of [runner, teammate]) git(work, 'clone', '-q', origin, clone);
    writeFileSync(join(teammate, 'README.md'), 'first\n');
    git(teammate, 'add', '-A');
    git(teammate, 'commit', '-qm', 'first');
    git(teammate, 'push', '-q', 'origin', 'HEAD:main');
    git(runner, 'pull', '-q', 'origin', 'main');
    // While the runner regenerates, a teammate pushes.
    writeFileSync(join(teammate, 'README.md'), 'second\n');
    git(teammate, 'commit', '-qam', 'second');
    git(teammate, 'push', '-q', 'origin', 'HEAD:main');
    mkdirSync(join(runner, 'sdk'));
    writeFileSync(join(runner, 'sdk/index.ts'), 'export {};\n');
    execFileSync('bash', ['-eo', 'pipefail', '-c', commit], {
      cwd: runner,
      env: { ...process.env, GITHUB_TOKEN: 'x', GITHUB_REF_NAME: 'main' },
    });
    expect(git(origin, 'log', '--format=%s', 'main').trim().split('\n')).toEqual([
      'Regenerate SDK from the spec',
      'second',
      'first',
    ]);
  });

  // New-team trial: a workflow written in a package of a monorepo had gone where GitHub never
  // reads one, and a pnpm repository's had run `npm ci`.
  it("writes a package's workflow at the repository's root, run in its folder, with pnpm", async () => {
    mkdirSync(join(work, '.git'));
    writeFileSync(join(work, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(work, 'pnpm-lock.yaml'), '');
    const api = join(work, 'packages', 'api');
    mkdirSync(api, { recursive: true });
    await runCli(
      ['init', '-i', 'specs/openapi.yaml', '-o', 'src/sdk', '--github-action', 'commit'],
      api,
    );
    // A package's own file: a second package's had replaced the first's (team trial).
    const workflow = parse(
      readFileSync(join(work, '.github/workflows/codegen-commit-packages-api.yml'), 'utf8'),
    ) as Workflow;
    expect(workflow.on.push.paths).toEqual([
      'packages/api/specs/**',
      'packages/api/codegen.config.*',
      'packages/api/package.json',
      'pnpm-lock.yaml',
    ]);
    expect(workflow.jobs.codegen!.defaults).toEqual({
      run: { 'working-directory': 'packages/api' },
    });
    expect(runs(workflow).slice(0, 2)).toEqual([
      'corepack enable && pnpm install --frozen-lockfile',
      'pnpm exec codegen',
    ]);
    // Installed where the lockfile is: a workspace's folder installs only itself (team trial).
    expect(workflow.jobs.codegen!.steps[2]).toMatchObject({ 'working-directory': '.' });
    expect(workflow.jobs.codegen!.steps[3]).not.toHaveProperty('working-directory');
    expect(existsSync(join(api, '.github'))).toBe(false);
    // A second package writes its own beside it.
    const web = join(work, 'packages', 'web');
    mkdirSync(web, { recursive: true });
    const second = await runCli(
      ['init', '-i', 'api.yaml', '-o', 'sdk', '--github-action', 'commit'],
      web,
    );
    expect(second.status).toBe(0);
    expect(existsSync(join(work, '.github/workflows/codegen-commit-packages-web.yml'))).toBe(true);
    expect(existsSync(join(work, '.github/workflows/codegen-commit-packages-api.yml'))).toBe(true);
    // Each named, and run apart (red team: one group had let GitHub cancel a package's run).
    const text = readFileSync(
      join(work, '.github/workflows/codegen-commit-packages-web.yml'),
      'utf8',
    );
    expect(text).toContain("name: 'Regenerate SDK (packages/web)'");
    expect(text).toContain('group: codegen-packages-web-${{ github.ref }}');
    // A folder's glob characters match as themselves (red team: `c++` had matched nothing).
    const cpp = join(work, 'packages', 'c++');
    mkdirSync(cpp, { recursive: true });
    await runCli(['init', '-i', 'specs/api.yaml', '-o', 'sdk', '--github-action', 'commit'], cpp);
    const [file] = readdirSync(join(work, '.github/workflows')).filter((f) => f.includes('-c-'));
    const cppFlow = parse(readFileSync(join(work, '.github/workflows', file!), 'utf8')) as Workflow;
    expect(cppFlow.on.push.paths[0]).toBe('packages/c\\+\\+/specs/**');
    // Folders whose names would meet (red team: `a.b` and `a-b`) keep apart.
    for (const name of ['a.b', 'a-b']) {
      const dir = join(work, 'packages', name);
      mkdirSync(dir, { recursive: true });
      const made = await runCli(
        ['init', '-i', 'api.yaml', '-o', 'sdk', '--github-action', 'check'],
        dir,
      );
      expect(made.status).toBe(0);
    }
  });

  // Red team: a config's output with a line break had added a step of its own to the workflow,
  // and `${{ … }}` is evaluated in a `run:` script before the shell reads its quotes.
  it.each([
    ['a line break', 'sdk\n      - name: injected\n        run: |\n          echo pwned'],
    ['an Actions expression', 'sdk-${{ github.event.head_commit.message }}'],
    ['a NEL, a line break to YAML 1.1', 'sdk\u0085      - run: curl https://evil.example'],
  ])('refuses an output holding %s, and writes no workflow', async (_what, output) => {
    writeFileSync(join(work, 'codegen.config.json'), JSON.stringify({ input: 'api', output }));
    const result = await runCli(['init', '--github-action', 'commit'], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'which a GitHub Actions workflow would read as more than a path',
    );
    expect(existsSync(join(work, '.github/workflows/codegen-commit.yml'))).toBe(false);
  });

  // Red team: an empty `.git` planted above had taken the workflow there, and a symlinked one
  // had been written through, outside the repository.
  it('takes no empty .git for a repository, and writes through no symlink', async () => {
    mkdirSync(join(work, '.git'));
    // Nor one whose HEAD names nothing (red team).
    writeFileSync(join(work, '.git', 'HEAD'), '');
    const project = join(work, 'project');
    mkdirSync(project);
    // Nor a worktree's `.git` file that points nowhere.
    mkdirSync(join(project, 'inner'));
    writeFileSync(join(project, 'inner', '.git'), 'gitdir: ../nowhere\n');
    await runCli(['init', '-i', 'api', '-o', 'sdk', '--github-action', 'check'], project);
    expect(existsSync(join(project, '.github/workflows/codegen-check.yml'))).toBe(true);
    expect(existsSync(join(work, '.github'))).toBe(false);
    await runCli(
      ['init', '-i', 'api', '-o', 'sdk', '--github-action', 'check'],
      join(project, 'inner'),
    );
    expect(existsSync(join(project, 'inner', '.github/workflows/codegen-check.yml'))).toBe(true);
    const elsewhere = join(work, 'elsewhere.yml');
    symlinkSync(elsewhere, join(project, '.github/workflows/codegen-commit.yml'));
    const result = await runCli(['init', '--github-action', 'commit', '--force'], project);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is a symlink: codegen writes no workflow through one');
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('rejects an unknown workflow mode', async () => {
    const result = await runCli(['init', '--github-action', 'deploy'], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--github-action must be "check" or "commit"');
  });
});

interface Workflow {
  on: { push: { paths: string[] } };
  permissions: object;
  jobs: Record<
    string,
    {
      defaults?: object;
      steps: Array<{ run?: string; with?: object; 'working-directory'?: string }>;
    }
  >;
}

function runs(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((j) =>
    j.steps.flatMap((s) => (s.run ? [s.run] : [])),
  );
}
