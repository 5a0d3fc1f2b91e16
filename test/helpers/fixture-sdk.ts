/**
 * A test file's own SDK: generated in-process from a fixture spec into
 * `test/.tmp/<name>` before the tests, removed after, with a server slot that
 * each test may fill and that is closed after it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { generate, type GenerateOptions } from '../../src/index.js';
import type { TestServer } from './server.js';

export interface FixtureSdk {
  /** The SDK's folder, for type-checking its `index.ts`. */
  readonly out: string;
  /** Tracks a server so it is closed after the test. */
  serve(server: TestServer): TestServer;
}

export function useFixtureSdk(
  spec: string,
  name: string,
  options: Omit<GenerateOptions, 'input' | 'output'> = {},
): FixtureSdk {
  const out = `test/.tmp/${name}`;
  let server: TestServer | undefined;
  beforeAll(async () => {
    await generate({ ...options, input: spec, output: out });
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    out,
    serve(started) {
      server = started;
      return started;
    },
  };
}
