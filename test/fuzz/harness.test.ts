/**
 * The fuzzer catches what it promises to catch: stand-in generators that each
 * break the property one way are run through it, and each breakage is found
 * (and a stand-in that does nothing wrong passes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/diagnostics.js';
import type { GenerateOptions } from '../../src/generate.js';
import { fuzz } from './fuzz-run.js';
import type { Pipeline } from './run-generate.js';

type StandIn = (options: GenerateOptions) => Promise<unknown>;

function writeSdk(output: string, index: string): void {
  mkdirSync(output, { recursive: true });
  writeFileSync(join(output, 'index.ts'), index);
}

const GOOD: StandIn = async ({ output }) => writeSdk(output, 'export const answer: number = 42;\n');

/** Each stand-in breaks the property in one way; the key is the failure kind it must cause. */
const BROKEN: Record<string, StandIn> = {
  crash: async () => {
    throw new TypeError('Cannot read properties of undefined');
  },
  unlocated: async () => {
    throw new CodegenError([{ message: 'Something is wrong somewhere' }]);
  },
  hang: () => new Promise(() => {}),
  slow: async ({ output }) => {
    // Busy for more CPU time than the run's limit below (however busy the machine), then a good SDK.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 400_000);
    writeSdk(output, 'export {};\n');
  },
  prototype: async () => {
    Object.defineProperty(Object.prototype, 'fuzzPolluted', { value: 1, configurable: true });
  },
  outside: async ({ output }) => {
    writeSdk(output, 'export {};\n');
    writeFileSync(join(dirname(output), 'stray.txt'), 'written beside the output folder\n');
  },
  'output-changed': async ({ output }) => {
    writeSdk(output, '');
    throw new CodegenError([{ message: 'bad', pointer: '/info' }]);
  },
  tsc: async ({ output }) => writeSdk(output, 'export const answer: number = "forty-two";\n'),
  import: async ({ output }) =>
    writeSdk(output, 'export {};\nReflect.set(globalThis, "__fuzzPwned", 1);\n'),
};

function pipelineOf(generate: StandIn): Pipeline {
  return { generate, CodegenError };
}

describe('the fuzz harness', () => {
  it('finds each way a generator can break the property, and passes one that breaks none', async () => {
    const kinds = Object.keys(BROKEN);
    let call = 0;
    // One stand-in per case, in turn: case i breaks the property the i-th way; the rest are good.
    const rotating: StandIn = (options) => {
      const kind = kinds[call++];
      return (kind === undefined ? GOOD : BROKEN[kind]!)(options);
    };
    try {
      const report = await fuzz({
        pipeline: pipelineOf(rotating),
        seed: 7,
        runs: kinds.length + 2,
        shrink: { failures: 0, timeLimitMs: 0 },
        generateTimeoutMs: 500,
        slowCpuMs: 200,
      });
      expect(new Set(report.failures.map((f) => f.kind))).toEqual(new Set(kinds));
      expect(report.failingCases).toBe(kinds.length);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'fuzzPolluted');
    }
  }, 60_000);

  it('shrinks a failure to a small spec that still shows it', async () => {
    // Fails on any input that mentions `constructor` anywhere.
    const picky: StandIn = async ({ input, output }) => {
      const text = [input]
        .flat()
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      if (text.includes('constructor')) throw new RangeError('constructor seen');
      writeSdk(output, 'export {};\n');
    };
    const report = await fuzz({
      pipeline: pipelineOf(picky),
      seed: 3,
      runs: 30,
      shrink: { failures: 1, timeLimitMs: 20_000 },
    });
    const [found] = report.failures;
    expect(found?.kind).toBe('crash');
    expect(found?.shrunk).toBe(true);
    // Shrunk: the word appears once, in a document with at most one of anything.
    const spec = JSON.stringify(found!.counterexample.spec);
    expect(spec.match(/constructor/g)).toHaveLength(1);
    expect(spec.length).toBeLessThan(400);
  }, 60_000);
});
