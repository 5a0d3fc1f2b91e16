/** Every slice generates, and all their SDKs type-check together under the strict flags. */
import { describe, expect, it } from 'vitest';
import { REAL_APIS, USAGE_FILE } from './apis.js';
import { context } from './sdk.js';

const inSdk = (name: string) => (d: string) =>
  d.startsWith(`${name}/`) && !d.startsWith(`${name}/${USAGE_FILE}:`);
const inUsage = (name: string) => (d: string) => d.startsWith(`${name}/${USAGE_FILE}:`);

describe('each slice generates and type-checks strictly', () => {
  for (const api of REAL_APIS) {
    it(api.name, () => {
      const sdk = context().sdks[api.name];
      expect(sdk?.ok ? '' : sdk?.error).toBe('');
      expect(context().diagnostics.filter(inSdk(api.name))).toEqual([]);
    });
  }

  it('no diagnostic outside the SDKs (options, lib files)', () => {
    const ours = (d: string) => REAL_APIS.some((api) => d.startsWith(`${api.name}/`));
    expect(context().diagnostics.filter((d) => !ours(d))).toEqual([]);
    console.log(`real-apis setup: ${JSON.stringify(context().timings)}`);
  });
});

describe("the tests' calls type-check as a user writes them (usage.ts beside each SDK)", () => {
  for (const api of REAL_APIS) {
    it(api.name, () => {
      expect(context().diagnostics.filter(inUsage(api.name))).toEqual([]);
    });
  }
});
