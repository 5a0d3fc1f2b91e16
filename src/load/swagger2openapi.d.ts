/** The part of swagger2openapi (which ships no types) that the loader uses. */
declare module 'swagger2openapi' {
  interface ConvertOptions {
    readonly patch?: boolean;
    readonly warnOnly?: boolean;
  }
  interface Converted {
    readonly openapi: unknown;
  }
  const swagger2openapi: {
    convertObj(document: unknown, options: ConvertOptions): Promise<Converted>;
  };
  export default swagger2openapi;
}
