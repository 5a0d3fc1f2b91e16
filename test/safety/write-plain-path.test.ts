/** Which paths read from the output folder are plain relative paths. */
import { expect, it } from 'vitest';
import { whyNotPlainRelativePath } from '../../src/write/plain-path.js';

it('accepts plain relative paths', () => {
  for (const path of [
    'types.ts',
    'runtime/client.ts',
    '.codegen-manifest.json',
    'a/b/c..d.ts',
    '..name.ts',
  ]) {
    expect(whyNotPlainRelativePath(path), path).toBeUndefined();
  }
});

it('rejects every path that could name something outside, with the reason', () => {
  const cases: ReadonlyArray<[unknown, RegExp]> = [
    ['../../.bashrc', /"\.\."/],
    ['runtime/../../x', /"\.\."/],
    ['..', /"\.\."/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/x', /drive letter/],
    ['c:x', /drive letter/],
    ['runtime\\..\\x', /backslash/],
    ['types.ts\u0000.png', /NUL/],
    ['', /empty/],
    ['./types.ts', /"\."/],
    ['runtime//x.ts', /empty segment/],
    ['runtime/', /empty segment/],
    [42, /not a string/],
    [null, /not a string/],
  ];
  for (const [path, reason] of cases)
    expect(whyNotPlainRelativePath(path), String(path)).toMatch(reason);
});
