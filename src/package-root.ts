/**
 * Files the generator ships beside its code (templates/, package.json, the
 * compiled validators in dist/), found from the package's root folder. Every
 * build of this module sits one level below that root: src/ (tests), dist/
 * (tsc's, for the library) and bin/ (the bundled command), so this is the one
 * module that turns its own location into the root.
 */
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);

/** The absolute path of `relative` (a `/`-separated path) inside the package. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}
