/**
 * The real-APIs suite (`npm run test:real-apis`): slices of Stripe, GitHub, Slack,
 * Twilio and Spotify from the pinned corpus. Its files end in `.real.ts`, so the
 * default `npm test` (which includes `test/**\/*.test.ts`) never picks them up.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/real-apis/**/*.real.ts'],
    globalSetup: ['test/real-apis/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
