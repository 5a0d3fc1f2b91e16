/**
 * SDKs generated at once on worker threads are byte for byte the SDKs
 * generated one by one in-process. Runs the built generator (dist/), whose
 * worker exists; `npm test` builds first.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../../src/generate.js';
import { callWorker } from '../../src/worker-call.js';

// The built modules: from source there is no worker to start.
const { generateInParallel } = (await import(
  '../../dist/generate-parallel.js' as string
)) as typeof import('../../src/generate-parallel.js');
const { CodegenError } = (await import(
  '../../dist/diagnostics.js' as string
)) as typeof import('../../src/diagnostics.js');

const SPECS = ['specs/meibel', 'specs/nasty', 'specs/conformance'];
const root = await mkdtemp(join(tmpdir(), 'codegen-parallel-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path)] = await readFile(path, 'utf8');
    }
  return files;
}

describe('several SDKs in parallel', () => {
  it('writes the same bytes as generating them one by one', async () => {
    const jobs = (side: string): GenerateOptions[] =>
      SPECS.map((input, i) => ({ input, output: join(root, side, String(i)) }));
    const parallel = generateInParallel(jobs('parallel'), 2, 0);
    expect(parallel).toHaveLength(SPECS.length);
    const results = await Promise.all(parallel!);
    for (const job of jobs('sequential')) await generate(job);
    for (const [i, { result }] of results.entries()) {
      expect(result.summary.files).toBeGreaterThan(0);
      expect(await tree(join(root, 'parallel', String(i)))).toEqual(
        await tree(join(root, 'sequential', String(i))),
      );
    }
  }, 120_000);

  it('rejects with the bad SDK’s located error, and still generates the others', async () => {
    const bad = join(root, 'bad.yaml');
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(
        bad,
        'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          $ref: "#/nowhere"\n',
      ),
    );
    const outcomes = await Promise.allSettled(
      generateInParallel(
        [
          { input: bad, output: join(root, 'bad') },
          { input: 'specs/meibel', output: join(root, 'good') },
        ],
        2,
        0,
      )!,
    );
    expect(outcomes[0]!.status).toBe('rejected');
    const error = (outcomes[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as InstanceType<typeof CodegenError>).diagnostics[0]?.location?.line).toBe(8);
    expect(outcomes[1]!.status).toBe('fulfilled');
  }, 120_000);

  it('leaves specs too small to be worth a worker to the caller', () => {
    const jobs = SPECS.map((input, i) => ({ input, output: join(root, 'small', String(i)) }));
    expect(generateInParallel(jobs, 2)).toBeUndefined();
    // The same jobs are worth it when even 1 byte is: the sizes are counted, files and folders.
    const started = generateInParallel(jobs, 2, 1);
    expect(started).toHaveLength(SPECS.length);
    return Promise.allSettled(started!);
  });

  // The command users run is a bundle (scripts/bundle-cli.mjs) whose workers are entries of their own.
  it('the bundled command’s workers generate and format as the built ones do', async () => {
    const output = join(root, 'bundled');
    const generator = new Worker('./bin/generate-worker.js');
    const formatter = new Worker('./bin/format-worker.js');
    try {
      const options = { input: 'specs/meibel', output, dryRun: true };
      const reply = await callWorker<{ id: number; result: { files: unknown } }>(generator, {
        id: 1,
        options,
      });
      expect(reply.result.files).toEqual((await generate(options)).files);
      const formatted = await callWorker<{ id: number; text: string }>(formatter, {
        id: 2,
        text: 'const   a = {b:1}\n',
      });
      expect(formatted.text).toBe('const a = { b: 1 };\n');
    } finally {
      await Promise.all([generator.terminate(), formatter.terminate()]);
    }
  });

  it('leaves a single SDK, or a single core, to the caller', () => {
    expect(generateInParallel([{ input: 'specs/meibel', output: 'x' }], 2)).toBeUndefined();
    expect(
      generateInParallel(
        SPECS.map((input) => ({ input, output: 'x' })),
        1,
      ),
    ).toBeUndefined();
  });
});
