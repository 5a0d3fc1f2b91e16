/** Every SDK under generated/ compiles under the contract's flags, as do the compile-time usage checks. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheck } from './helpers/typecheck.js';

const sdks = readdirSync('generated', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('generated SDKs type-check (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, no skipLibCheck)', () => {
  it.each(sdks)('generated/%s', (name) => {
    expect(typecheck([join('generated', name, 'index.ts')])).toEqual([]);
  });

  it('usage checks of the Meibel SDK, including @ts-expect-error lines', () => {
    expect(typecheck(['test/types/meibel-usage.ts'])).toEqual([]);
  });
});
