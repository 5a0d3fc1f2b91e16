/**
 * A bounded run of the fuzzer (docs/fuzz.md): a few hundred random hostile
 * specs through the real generator, with a fixed seed so a failure replays.
 * `npm run fuzz` runs longer.
 */
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/generate.js';
import { describeFailure, fuzz } from './fuzz-run.js';

const SEED = 20_250_611;
const RUNS = 200;

describe('fuzzing the generator with hostile specs', () => {
  it(`${RUNS} cases: each yields a compiling SDK that runs nothing on import, or a located CodegenError`, async () => {
    const report = await fuzz({
      pipeline: { generate, CodegenError },
      seed: SEED,
      runs: RUNS,
      shrink: { failures: 4, timeLimitMs: 15_000 },
    });
    // The cases must reach generation, not only be rejected.
    expect(report.generated).toBeGreaterThan(RUNS / 3);
    expect(report.failures.map((f) => describeFailure(f, SEED))).toEqual([]);
  }, 240_000);
});
