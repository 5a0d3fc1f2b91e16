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
    'resources/my file.ts',
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
    // Red team: a name with a line break wrote its own lines into `--diff`'s patch, which
    // `git apply` obeyed outside the SDK; an escape would reach the terminal.
    ['index.ts\ndiff --git a/build.sh b/build.sh\nnew mode 100755', /control character/],
    ['x\u001b[2J.ts', /control character/],
    ['"quoted".ts', /quote/],
    [42, /not a string/],
    [null, /not a string/],
  ];
  for (const [path, reason] of cases)
    expect(whyNotPlainRelativePath(path), String(path)).toMatch(reason);
});
