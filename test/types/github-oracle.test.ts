/**
 * Our types against openapi-typescript's on GitHub's REST API: the count of
 * named types that are not mutually assignable. Slow (generates and type-checks
 * the whole SDK), so it runs only with GITHUB_ORACLE=1 and the corpus fetched
 * (`node scripts/corpus-ensure.mjs`); writes the mismatches to test/.tmp.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { writeOracle } from '../helpers/oracle.js';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';

const SPEC = '.cache/corpus/node_modules/@octokit/openapi/generated/api.github.com.json';
const WORK = 'test/.tmp/github-oracle';
/** Mismatches left, each explained in docs or below; the count may only go down. */
const BUDGET = Number(process.env.GITHUB_ORACLE_BUDGET ?? 1000);

describe.runIf(process.env.GITHUB_ORACLE === '1' && existsSync(SPEC))('GitHub oracle', () => {
  it('few named types differ from openapi-typescript', async () => {
    rmSync(WORK, { recursive: true, force: true });
    const sdkDir = join(WORK, 'sdk');
    await generate({ input: [SPEC], output: sdkDir, format: false });
    const { checkFile, compared } = await writeOracle([SPEC], sdkDir, join(WORK, 'oracle'));
    const diagnostics = typecheck([checkFile], { ...SDK_COMPILER_OPTIONS, noUnusedLocals: false });
    const lines = readFileSync(checkFile, 'utf8').split('\n');
    const mismatched = new Set<string>();
    for (const d of diagnostics) {
      const line = /check\.ts:(\d+):/.exec(d)?.[1];
      const index = line && /(?:ours|theirs)(\d+)/.exec(lines[Number(line) - 1] ?? '')?.[1];
      mismatched.add(index ? compared[Number(index)]! : d);
    }
    writeFileSync(
      join(WORK, 'mismatches.txt'),
      `${[...mismatched].join('\n')}\n\n${diagnostics.join('\n')}\n`,
    );
    console.log(`GitHub oracle: ${mismatched.size} of ${compared.length} named types differ`);
    expect(mismatched.size).toBeLessThanOrEqual(BUDGET);
  }, 600_000);
});
