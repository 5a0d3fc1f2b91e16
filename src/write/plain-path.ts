/**
 * Paths read from the output folder (manifest, journal) are used only when
 * they are plain: relative, `/`-separated, every segment a name. Anything
 * else could name a file outside the folder, on any platform.
 */
export function whyNotPlainRelativePath(path: unknown): string | undefined {
  if (typeof path !== 'string') return 'is not a string';
  if (path === '') return 'is empty';
  if (path.includes('\0')) return 'contains a NUL character';
  // Nor any other control character, nor a quote: a name with a line break had written lines of
  // its own into `--diff`'s patch, which `git apply` obeyed outside the SDK (red team), and a
  // terminal's escape into the list of files. codegen names none of its files so.
  if (/[\p{Cc}\u2028\u2029"]/u.test(path)) return 'contains a control character or a quote';
  if (path.includes('\\')) return 'contains a backslash';
  if (path.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter';
  const segments = path.split('/');
  if (segments.includes('')) return 'has an empty segment';
  if (segments.includes('.')) return 'has a "." segment';
  if (segments.includes('..')) return 'has a ".." segment';
  return undefined;
}
