/** Our named types equal openapi-typescript's `components["schemas"]` on every test spec. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SDK_COMPILER_OPTIONS, typecheck } from './helpers/typecheck.js';
import { writeOracle } from './helpers/oracle.js';

const config = JSON.parse(readFileSync('codegen.config.json', 'utf8')) as {
  sdks: Array<{ input: string; output: string }>;
};
const WORK = 'test/.tmp/oracle';
afterAll(() => {
  if (!process.env.KEEP_ORACLE) rmSync(WORK, { recursive: true, force: true });
});

describe('oracle: openapi-typescript agrees with our types', () => {
  it.each(config.sdks.map((s) => [s.output, s] as const))('%s', async (_name, sdk) => {
    const { checkFile, compared } = await writeOracle(
      [sdk.input],
      sdk.output,
      join(WORK, sdk.output.replace(/\W+/g, '-')),
    );
    expect(compared.length).toBeGreaterThan(0);
    expect(typecheck([checkFile], { ...SDK_COMPILER_OPTIONS, noUnusedLocals: false })).toEqual([]);
  });
});
