/** What the command says about its inputs: pages passed over, and warnings beside an error. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-inputs-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('inputs', () => {
  // The second run read the first one's manifest (and package.json) as specs.
  it('an SDK written inside its spec folder is not read as specs on the next runs', async () => {
    cpSync('specs/meibel', join(work, 'docs'), { recursive: true });
    for (const output of ['docs/sdk', 'docs/sdk', 'docs', 'docs']) {
      const result = await runCli(
        ['generate', 'docs', '-o', output, '--package', 'sdk-x', '--quiet'],
        work,
      );
      expect(result.stderr, output).toBe('');
      expect(result.status, output).toBe(0);
    }
    const check = ['generate', 'docs', '-o', 'docs/sdk', '--package', 'sdk-x', '--check'];
    expect((await runCli(check, work)).status).toBe(0);
  });

  it('a docs folder with an ordinary page: the page is passed over with a note, the rest generates', async () => {
    cpSync('specs/meibel', join(work, 'docs'), { recursive: true });
    writeFileSync(
      join(work, 'docs/README.md'),
      '# About these docs\n\n```yaml\nnot: openapi\n```\n',
    );
    const result = await runCli(['generate', 'docs', '-o', 'sdk'], work);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'warning: docs/README.md:1:1: Skipped: a docs page without an OpenAPI block',
    );
    expect(result.stdout).toMatch(/^generated 1 operation, 5 types in sdk/);
    // The variable's name comes from the spec: where its value goes is said beside it.
    expect(result.stdout).toContain(
      '  credentials default to the environment variables MEIBEL_API_KEY, sent to api.meibel.ai\n',
    );
  });

  // Consumer trial: types alone send nothing, and had named the variables they read.
  it('says nothing of credentials for types alone', async () => {
    cpSync('specs/meibel', join(work, 'docs'), { recursive: true });
    const result = await runCli(['generate', 'docs', '-o', 'sdk', '--emit', 'types'], work);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^generated 1 operation, 5 types in sdk/);
    expect(result.stdout).not.toContain('credentials');
  });

  // A spec that declares no security scheme (OpenAI's).
  const open = {
    openapi: '3.0.3',
    info: { title: 'Open', version: '1' },
    paths: { '/models': { get: { responses: { '204': { description: 'ok' } } } } },
  };

  // New-team trial: an SDK generated with --validate imports zod, which nothing had said.
  it('says what the SDK imports, with --validate', async () => {
    writeFileSync(join(work, 'open.json'), JSON.stringify(open));
    const result = await runCli(['generate', 'open.json', '-o', 'sdk', '--validate'], work);
    expect(result.stdout).toContain(
      "  the SDK imports zod ^4.0.0: add it to the project's dependencies\n",
    );
    const plain = await runCli(['generate', 'open.json', '-o', 'plain'], work);
    expect(plain.stdout).not.toContain('the SDK imports');
  });

  // OpenAI's spec declares no security scheme: nothing had said where its key goes.
  it('says where credentials go when the spec declares none', async () => {
    const spec = open;
    writeFileSync(join(work, 'open.json'), JSON.stringify(spec));
    const result = await runCli(['generate', 'open.json', '-o', 'sdk'], work);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "  the spec declares no credentials: give an API's key or token in the client's `headers` option (or `query`, for one the API takes in the URL)\n",
    );
    expect(result.stdout).not.toContain('credentials default to');
    // ClearBlade's calls take their tokens as headers, which override the client's `headers`.
    const blade = {
      ...spec,
      paths: {
        '/models': {
          get: {
            parameters: [
              { name: 'Blade-UserToken', in: 'header', required: true, schema: { type: 'string' } },
            ],
            responses: { '204': { description: 'ok' } },
          },
        },
      },
    };
    writeFileSync(join(work, 'blade.json'), JSON.stringify(blade));
    const bladeRun = await runCli(['generate', 'blade.json', '-o', 'sdk-blade'], work);
    expect(bladeRun.stdout).toContain(
      '  the spec declares no security scheme: its calls take their credentials as parameters\n',
    );
    // GitHub's: a few app calls take a secret as a parameter, the rest the token a new user had
    // not been told where to give (new-user trial).
    const hub = {
      ...blade,
      paths: { ...blade.paths, '/user': { get: { responses: { '204': { description: 'ok' } } } } },
    };
    writeFileSync(join(work, 'hub.json'), JSON.stringify(hub));
    const hubRun = await runCli(['generate', 'hub.json', '-o', 'sdk-hub'], work);
    expect(hubRun.stdout).toContain(
      "  the spec declares no security scheme: some calls take their credentials as parameters; give the others' key or token in the client's `headers` option\n",
    );
  });

  it('warnings still print when an error ends the run', async () => {
    writeFileSync(join(work, 'a-file'), '');
    const result = await runCli(['generate', 'specs/nasty', '-o', join(work, 'a-file', 'sdk')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('warning: specs/nasty/openapi.yaml:54:7');
    expect(result.stderr).toContain('Cannot write the SDK to');
  });
});
