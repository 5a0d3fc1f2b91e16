/**
 * Random Schema Objects, as a small model first: a `$ref` is an index into the
 * component keys (or a dangling hostile name), resolved when the spec is built,
 * so shrinking never breaks a reference.
 */
import fc from 'fast-check';
import { toPointer } from '../../src/diagnostics.js';
import { hostileName, hostileProse, hostileText } from './hostile-text.js';

export type OpenApiVersion = '3.0.3' | '3.1.0';
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface Docs {
  readonly description?: string;
  readonly title?: string;
  readonly example?: Json;
  readonly default?: Json;
  readonly deprecated?: boolean;
  readonly format?: string;
}

export type SchemaModel =
  | {
      readonly kind: 'primitive';
      readonly type: 'string' | 'integer' | 'number' | 'boolean';
      readonly docs: Docs;
    }
  | {
      readonly kind: 'enum';
      readonly values: readonly (string | number | boolean | null)[];
      readonly docs: Docs;
    }
  | { readonly kind: 'const'; readonly value: string; readonly docs: Docs }
  | {
      readonly kind: 'object';
      readonly properties: readonly (readonly [string, SchemaModel])[];
      readonly required: readonly string[];
      readonly additional?: boolean | SchemaModel;
      readonly docs: Docs;
    }
  | { readonly kind: 'array'; readonly items: SchemaModel; readonly docs: Docs }
  | {
      readonly kind: 'compose';
      readonly op: 'oneOf' | 'anyOf' | 'allOf';
      readonly parts: readonly SchemaModel[];
      readonly discriminator?: string;
      readonly docs: Docs;
    }
  | { readonly kind: 'nullable'; readonly inner: SchemaModel }
  | {
      readonly kind: 'ref';
      readonly to: number;
      readonly raw: boolean;
      readonly dangling: string | undefined;
    };

/** Example and default values: text with code in it, numbers, nested objects with odd keys. */
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.constantFrom(null, true, 1e308, -0),
  fc.array(hostileText, { maxLength: 2 }),
  fc
    .uniqueArray(fc.tuple(hostileName, hostileText), { maxLength: 2, selector: ([k]) => k })
    .map((entries) => Object.fromEntries(entries)),
);

const docs: fc.Arbitrary<Docs> = fc.record(
  {
    description: hostileProse,
    title: hostileText,
    example: jsonValue,
    default: jsonValue,
    deprecated: fc.constant(true),
    format: fc.oneof(fc.constantFrom('date-time', 'binary', 'uuid', 'int64', 'byte'), hostileText),
  },
  { requiredKeys: [] },
);

/** Mostly absent: a `$ref` to a key that does not exist. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 30 }, { arbitrary, weight: 1 });
}

const enumValue = fc.oneof(
  { arbitrary: hostileText, weight: 5 },
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);

export const schemaModel: fc.Arbitrary<SchemaModel> = fc.letrec<{ schema: SchemaModel }>((tie) => {
  const child = tie('schema');
  return {
    schema: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'schema' },
      fc.record({
        kind: fc.constant('primitive' as const),
        type: fc.constantFrom(
          'string' as const,
          'integer' as const,
          'number' as const,
          'boolean' as const,
        ),
        docs,
      }),
      fc.record({
        kind: fc.constant('ref' as const),
        to: fc.nat({ max: 5 }),
        raw: fc.boolean(),
        dangling: rarely(hostileName),
      }),
      fc.record({
        kind: fc.constant('enum' as const),
        values: fc.uniqueArray(enumValue, { minLength: 1, maxLength: 6 }),
        docs,
      }),
      fc.record({ kind: fc.constant('const' as const), value: hostileText, docs }),
      fc.record(
        {
          kind: fc.constant('object' as const),
          properties: fc.uniqueArray(fc.tuple(hostileName, child), {
            maxLength: 5,
            selector: ([name]) => name,
          }),
          required: fc.array(hostileName, { maxLength: 2 }),
          additional: fc.oneof(fc.boolean(), child),
          docs,
        },
        { requiredKeys: ['kind', 'properties', 'required', 'docs'] },
      ),
      fc.record({ kind: fc.constant('array' as const), items: child, docs }),
      fc.record(
        {
          kind: fc.constant('compose' as const),
          op: fc.constantFrom('oneOf' as const, 'anyOf' as const, 'allOf' as const),
          parts: fc.array(child, { minLength: 1, maxLength: 3 }),
          discriminator: hostileName,
          docs,
        },
        { requiredKeys: ['kind', 'op', 'parts', 'docs'] },
      ),
      fc.record({ kind: fc.constant('nullable' as const), inner: child }),
    ),
  };
}).schema;

/** `#/components/schemas/<key>`, escaped as a JSON pointer in a URI fragment unless `raw`. */
export function schemaRef(key: string, raw: boolean): string {
  const pointer = toPointer(['components', 'schemas', key]);
  return raw ? `#${pointer}` : `#${encodeURI(pointer).replace(/#/g, '%23')}`;
}

/** The Schema Object a model stands for; refs pick from `keys`. */
export function buildSchema(
  model: SchemaModel,
  keys: readonly string[],
  version: OpenApiVersion,
): Record<string, unknown> {
  const build = (m: SchemaModel): Record<string, unknown> => buildSchema(m, keys, version);
  switch (model.kind) {
    case 'primitive':
      return { type: model.type, ...model.docs };
    case 'enum':
      return { enum: [...model.values], ...model.docs };
    case 'const':
      return { const: model.value, ...model.docs };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(
          model.properties.map(([name, schema]) => [name, build(schema)]),
        ),
        ...(model.required.length > 0 && { required: [...model.required] }),
        ...(model.additional !== undefined && {
          additionalProperties:
            typeof model.additional === 'boolean' ? model.additional : build(model.additional),
        }),
        ...model.docs,
      };
    case 'array':
      return { type: 'array', items: build(model.items), ...model.docs };
    case 'compose':
      return {
        [model.op]: model.parts.map(build),
        ...(model.discriminator !== undefined && {
          discriminator: { propertyName: model.discriminator },
        }),
        ...model.docs,
      };
    case 'nullable': {
      const inner = build(model.inner);
      if (version === '3.0.3') return { ...inner, nullable: true };
      return typeof inner.type === 'string'
        ? { ...inner, type: [inner.type, 'null'] }
        : { anyOf: [inner, { type: 'null' }] };
    }
    case 'ref': {
      const key = model.dangling ?? keys[model.to % Math.max(1, keys.length)];
      return key === undefined ? { type: 'string' } : { $ref: schemaRef(key, model.raw) };
    }
  }
}
