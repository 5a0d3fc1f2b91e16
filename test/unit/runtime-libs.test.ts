/**
 * The runtime compiles with the libraries a user's project may stop at: ES2022 and DOM,
 * without DOM.Iterable (iterating URLSearchParams or Headers needs it). The packed-tarball
 * test found a `for…of` over URLSearchParams this way, much later.
 */
import { expect, it } from 'vitest';
import ts from 'typescript';
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

// A consumer trial: `target: ES2017`, whose default library lacks `Object.hasOwn` and an error's
// `cause`, gave 13 errors; the runtime names the library it needs itself.
it('compiles under an older target and library (ES2017 and DOM)', () => {
  expect(
    typecheck(['generated/conformance/index.ts', 'generated/meibel/index.ts'], {
      ...SDK_COMPILER_OPTIONS,
      target: ts.ScriptTarget.ES2017,
      lib: ['lib.es2017.d.ts', 'lib.dom.d.ts'],
    }),
  ).toEqual([]);
}, 60_000);

// Node's type stripping runs only erasable syntax: a parameter property was the one construct not.
it('is erasable syntax only, and its body checks compile without strict', () => {
  expect(
    typecheck(['templates/runtime/index.ts', 'templates/runtime/validate.ts'], {
      ...SDK_COMPILER_OPTIONS,
      erasableSyntaxOnly: true,
    }),
  ).toEqual([]);
  expect(
    typecheck(['templates/runtime/validate.ts'], {
      ...SDK_COMPILER_OPTIONS,
      strict: false,
      exactOptionalPropertyTypes: false,
    }),
  ).toEqual([]);
}, 60_000);
