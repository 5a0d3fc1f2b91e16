/**
 * The runtime compiles with the libraries a user's project may stop at: ES2022 and DOM,
 * without DOM.Iterable (iterating URLSearchParams or Headers needs it). The packed-tarball
 * test found a `for…of` over URLSearchParams this way, much later.
 */
import { expect, it } from 'vitest';
import { SDK_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';

it('compiles under ES2022 and DOM alone', () => {
  expect(
    typecheck(['templates/runtime/index.ts'], {
      ...SDK_COMPILER_OPTIONS,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    }),
  ).toEqual([]);
}, 60_000);

// A user's project may not be strict: `void | string[]` could not be spread there (red team).
it('compiles without strict, as an SDK generated into a loose project is', () => {
  expect(
    typecheck(['generated/conformance/index.ts', 'generated/meibel/index.ts'], {
      ...SDK_COMPILER_OPTIONS,
      strict: false,
      noImplicitAny: false,
      exactOptionalPropertyTypes: false,
      noUncheckedIndexedAccess: false,
    }),
  ).toEqual([]);
}, 60_000);
