/** Types of what the lean tests use from bundle-size.mjs. */
import type { Metafile } from 'esbuild';

export interface Measured {
  /** Bytes of the minified bundle. */
  readonly minified: number;
  /** Bytes after gzip -9. */
  readonly gzip: number;
  /** The minified bundle. */
  readonly text: string;
  /** esbuild's account of which input gave how many bytes, when asked for. */
  readonly metafile?: Metafile | undefined;
}

export function measureProgram(
  source: string,
  dir: string,
  options?: { readonly metafile?: boolean },
): Promise<Measured>;
