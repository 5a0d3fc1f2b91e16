/** Types of what the lean tests use from bundle-size.mjs. */
export interface Measured {
  /** Bytes of the minified bundle. */
  readonly minified: number;
  /** Bytes after gzip -9. */
  readonly gzip: number;
  /** The minified bundle. */
  readonly text: string;
}

export function measureProgram(source: string, dir: string): Promise<Measured>;
