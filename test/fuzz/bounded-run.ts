/**
 * The bounded run of the fuzzer (docs/fuzz.md): a few hundred random hostile
 * specs through the real generator, with a fixed seed so a failure replays.
 * Two test files check a half each, so that two workers share the run.
 * `npm run fuzz` runs longer.
 */
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import { generate } from '../../src/generate.js';
import { describeFailure, fuzz } from './fuzz-run.js';

const SEED = 20_250_611;
export const RUNS = 200;

/** The test of cases [from, to) of the run. */
export function boundedRun(from: number, to: number): void {
  describe('fuzzing the generator with hostile specs', () => {
    it(`cases ${from} to ${to - 1} of ${RUNS}: each yields a compiling SDK that runs nothing on import, or a located CodegenError`, async () => {
      const report = await fuzz({
        pipeline: { generate, CodegenError },
        seed: SEED,
        runs: RUNS,
        only: { from, to },
        shrink: { failures: 4, timeLimitMs: 15_000 },
      });
      expect(report.runs).toBe(to - from);
      // The cases must reach generation, not only be rejected.
      expect(report.generated).toBeGreaterThan(report.runs / 3);
      expect(report.failures.map((f) => describeFailure(f, SEED))).toEqual([]);
    }, 240_000);
  });
}
