/**
 * The version-blind schema IR. OpenAPI 3.0 `nullable`, 3.1 type arrays and
 * `anyOf` with `{type: 'null'}` all become a `union` with a `null` member here,
 * so emitters never ask which version a spec was.
 */
export type Literal = string | number | boolean | null;

export interface SchemaDocs {
  readonly title?: string;
  readonly description?: string;
  /** Present when the schema declares a default (which may itself be `null`). */
  readonly default?: { readonly value: unknown };
  readonly format?: string;
  readonly examples?: readonly unknown[];
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  /** Constraints worth telling a reader: minimum, maxLength, pattern… */
  readonly constraints?: ReadonlyArray<readonly [string, unknown]>;
}

/** The keywords that constrain a value (JSDoc only: a bad one is warned of and left out). */
export const CONSTRAINT_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;

/** Every key of `SchemaDocs`: what a schema says to a reader, beside what it is. */
export const SCHEMA_DOC_KEYS: ReadonlyArray<keyof SchemaDocs> = [
  'title',
  'description',
  'default',
  'format',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'constraints',
];

type ConstraintKey = (typeof CONSTRAINT_KEYWORDS)[number];

/** A constraint's value where it is a finite number (`.inf` in YAML is none). */
export function numericConstraint(schema: SchemaDocs, key: ConstraintKey): number | undefined {
  const value = schema.constraints?.find(([k]) => k === key)?.[1];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Whether 3.0's flag of an exclusive bound (`exclusiveMaximum: true`) is set. */
export function exclusiveFlag(
  schema: SchemaDocs,
  key: 'exclusiveMinimum' | 'exclusiveMaximum',
): boolean {
  return schema.constraints?.some(([k, v]) => k === key && v === true) === true;
}

/** The docs a schema carries: those of its `SCHEMA_DOC_KEYS` that are set. */
export function docsOf(schema: SchemaDocs): SchemaDocs {
  const docs: Record<string, unknown> = {};
  for (const key of SCHEMA_DOC_KEYS) if (schema[key] !== undefined) docs[key] = schema[key];
  return docs as SchemaDocs;
}

export interface Property {
  /** The key exactly as in the spec. */
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
}

export type Schema = SchemaDocs &
  (
    | { readonly kind: 'unknown' }
    | { readonly kind: 'ref'; readonly target: string }
    | { readonly kind: 'string' }
    | { readonly kind: 'number' }
    | { readonly kind: 'integer' }
    | { readonly kind: 'boolean' }
    | { readonly kind: 'null' }
    | { readonly kind: 'binary' }
    | { readonly kind: 'enum'; readonly values: readonly Literal[] }
    | { readonly kind: 'array'; readonly items: Schema }
    /** `prefixItems` (3.1): fixed positions, then `rest` (`false`: no more items). */
    | { readonly kind: 'tuple'; readonly items: readonly Schema[]; readonly rest: Schema | false }
    | {
        readonly kind: 'object';
        readonly properties: readonly Property[];
        /** `false`: closed; `true`: any extra keys; a schema: extra keys of that type. */
        readonly additional: boolean | Schema;
      }
    | { readonly kind: 'union'; readonly variants: readonly Schema[] }
    | { readonly kind: 'intersection'; readonly parts: readonly Schema[] }
  );

/** The one value an enum of one allows; none for anything else. */
export function onlyValue(schema: Schema): string | number | boolean | undefined {
  if (schema.kind !== 'enum' || schema.values.length !== 1) return undefined;
  const [value] = schema.values;
  return value === null ? undefined : value;
}
