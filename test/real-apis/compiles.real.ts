/** Every slice generates, and all their SDKs type-check together under the strict flags. */
import { describe, expect, it } from 'vitest';
import { REAL_APIS } from './apis.js';
import { context } from './sdk.js';

describe('each slice generates and type-checks strictly', () => {
  for (const api of REAL_APIS) {
    it(api.name, () => {
      const sdk = context().sdks[api.name];
      expect(sdk?.ok ? '' : sdk?.error).toBe('');
      expect(context().diagnostics.filter((d) => d.startsWith(`${api.name}/`))).toEqual([]);
    });
  }

  it('no diagnostic outside the SDKs (options, lib files)', () => {
    const ours = (d: string) => REAL_APIS.some((api) => d.startsWith(`${api.name}/`));
    expect(context().diagnostics.filter((d) => !ours(d))).toEqual([]);
    console.log(`real-apis setup: ${JSON.stringify(context().timings)}`);
  });
});
