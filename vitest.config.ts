import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A strict tsc over a whole SDK takes ~15 s on a busy 2-core machine: room for twice that.
    // Tests that guard against hangs set their own, tighter limits.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker per core (vitest's default leaves one idle: half of a 2-core machine).
    maxWorkers: '100%',
    // A worker runs file after file in one process, so TypeScript, prettier and the
    // generator load once per worker, not once per file. Test files restore what they
    // change of the process (environment variables, listeners).
    isolate: false,
  },
});
