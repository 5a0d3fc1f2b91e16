/** The part of swagger2openapi (which ships no types) that the loader uses. */
declare module 'swagger2openapi' {
  interface ConvertOptions {
    readonly patch?: boolean;
    readonly warnOnly?: boolean;
    /** The key a warning is left under, on the object it is about (default `x-s2o-warning`). */
    readonly warnProperty?: string;
  }
  interface Converted {
    readonly openapi: unknown;
    /** How many faults `patch` repaired. */
    readonly patches?: number;
  }
  const swagger2openapi: {
    convertObj(document: unknown, options: ConvertOptions): Promise<Converted>;
  };
  export default swagger2openapi;
}
