/** What the user can choose about the SDK's shape. */
export interface EmitOptions {
  /** `types`: types only; `functions`: types and operation functions; `client`: everything (default). */
  readonly emit?: 'types' | 'functions' | 'client' | undefined;
  /** `const`: a union plus a same-named const of the values (default); `union`: the union alone. */
  readonly enumStyle?: 'const' | 'union' | undefined;
  /**
   * `files` (default): types.ts, operations.ts, client.ts; `resources`: the
   * operations split into one module per resource; `single`: the types,
   * operations and client in one index.ts (the runtime stays beside it).
   */
  readonly layout?: 'files' | 'resources' | 'single' | undefined;
  /** Also `schemas.ts`: zod schemas of every type, which the client checks JSON responses against. */
  readonly validate?: boolean | undefined;
}
