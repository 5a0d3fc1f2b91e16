/**
 * `--max-warnings` (`maxWarnings` in the config): a CI that wants a spec without doubts fails on
 * them, exit 2 with nothing written, as it does on an error (new-team trial: no flag had done so).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { dirState } from '../helpers/dir-state.js';

// Two warnings: no operationId, and a schema no operation uses.
const DOUBTFUL = `openapi: 3.0.3
info: { title: Doubtful, version: '1' }
servers: [{ url: 'https://api.example.test' }]
paths:
  /pets:
    get:
      responses: { '200': { description: ok } }
components:
  schemas:
    Unused: { type: object }
`;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'codegen-max-warnings-'));
  writeFileSync(join(work, 'api.yaml'), DOUBTFUL);
  // An SDK already there, from another spec: a refused run must leave it as it is.
  cpSync('generated/meibel', join(work, 'sdk'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('--max-warnings', () => {
  it('more warnings than allowed: exit 2, the warnings shown, nothing written', async () => {
    const before = dirState(join(work, 'sdk'));
    const result = await runCli(['generate', 'api.yaml', '-o', 'sdk', '--max-warnings', '1'], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('has no operationId');
    expect(result.stderr).toContain('Schema "Unused" is not used');
    expect(result.stderr).toContain(
      '2 warnings, more than maxWarnings (1) allows: nothing was written',
    );
    expect(dirState(join(work, 'sdk'))).toEqual(before);
  });

  it('as many as allowed: generated', async () => {
    const result = await runCli(['generate', 'api.yaml', '-o', 'sdk', '--max-warnings', '2'], work);
    expect(result.status).toBe(0);
  });

  it('from the config, for `codegen check` and beside a flag that overrides it', async () => {
    writeFileSync(
      join(work, 'codegen.config.json'),
      JSON.stringify({ input: 'api.yaml', output: 'fresh', maxWarnings: 0 }),
    );
    expect((await runCli(['check'], work)).status).toBe(2);
    // Drift, not warnings, once the flag allows them.
    expect((await runCli(['check', '--max-warnings', '5'], work)).status).toBe(1);
  });

  // Team trial: `--json` had carried the count alone, and check had said "nothing was written".
  it('--json carries the warnings, located; check says nothing of writing', async () => {
    const result = await runCli(
      ['generate', 'api.yaml', '-o', 'fresh', '--check', '--max-warnings', '0', '--json'],
      work,
    );
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout) as {
      errors: Array<{ message: string }>;
      warnings: Array<{ message: string; location?: { line: number } }>;
    };
    expect(report.errors[0]!.message).toBe('2 warnings, more than maxWarnings (0) allows');
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]!.location?.line).toBeGreaterThan(0);
  });

  it('`validate` too', async () => {
    const result = await runCli(['validate', 'api.yaml', '--max-warnings', '0'], work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('2 warnings, more than maxWarnings (0) allows');
    expect((await runCli(['validate', 'api.yaml'], work)).status).toBe(0);
  });

  it('a count that is no whole number is refused, from the flag and from the config', async () => {
    const flag = await runCli(['generate', 'api.yaml', '-o', 'sdk', '--max-warnings', '-1'], work);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('"maxWarnings" must be a whole number, 0 or more');
    writeFileSync(
      join(work, 'codegen.config.json'),
      JSON.stringify({ input: 'api.yaml', output: 'sdk', maxWarnings: 'none' }),
    );
    const config = await runCli([], work);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('"maxWarnings" must be a whole number, 0 or more');
  });
});
