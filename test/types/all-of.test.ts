/** allOf parts → one type a value can have (src/normalize/all-of.ts), asserted on the IR. */
import { describe, expect, it } from 'vitest';
import { normalizeContext, type NormalizeContext } from '../../src/normalize/context.js';
import { normalizeSchema } from '../../src/normalize/schema.js';

function context(schemas: Record<string, unknown> = {}, is30 = false): NormalizeContext {
  return normalizeContext({ components: { schemas } }, is30);
}

const STRINGS = { type: 'array', items: { type: 'string' } };

describe('allOf', () => {
  it('drops untyped properties beside an array: they say nothing about arrays', () => {
    const schema = normalizeSchema(context(), {
      allOf: [STRINGS, { properties: { total: { type: 'integer' } } }],
    });
    expect(schema).toStrictEqual({ kind: 'array', items: { kind: 'string' } });
  });

  it('keeps the first part’s type when explicit types cannot meet', () => {
    const schema = normalizeSchema(context(), {
      allOf: [STRINGS, { type: 'object', properties: { total: { type: 'integer' } } }],
    });
    expect(schema).toStrictEqual({ kind: 'array', items: { kind: 'string' } });
  });

  it('follows $refs to judge a part’s type', () => {
    const schema = normalizeSchema(context({ List: STRINGS }), {
      allOf: [{ $ref: '#/components/schemas/List' }, { required: ['x'], properties: {} }],
    });
    expect(schema).toStrictEqual({ kind: 'ref', target: 'List' });
  });

  it('intersects parts that can meet, as before', () => {
    const schema = normalizeSchema(context({ Base: { type: 'object' } }), {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        { type: 'object', properties: { id: { type: 'string' } } },
      ],
    });
    expect(schema).toStrictEqual({
      kind: 'intersection',
      parts: [
        { kind: 'ref', target: 'Base' },
        {
          kind: 'object',
          properties: [{ name: 'id', required: false, schema: { kind: 'string' } }],
          additional: false,
        },
      ],
    });
  });

  // Linode's create body: `type: object` and `required` beside the allOf that declares the keys.
  it('type: object and required beside an allOf require those keys, and open no index signature', () => {
    const schema = normalizeSchema(context({ Base: { type: 'object' } }), {
      type: 'object',
      required: ['region', 'region'],
      allOf: [
        { $ref: '#/components/schemas/Base' },
        { properties: { region: { type: 'string' } } },
      ],
    });
    // Required in the part that declares it: `{ region: unknown } & … & { region?: string }`
    // had not been assignable to itself under exactOptionalPropertyTypes (App Center's).
    expect(schema).toStrictEqual({
      kind: 'intersection',
      parts: [
        { kind: 'ref', target: 'Base' },
        {
          kind: 'object',
          properties: [{ name: 'region', required: true, schema: { kind: 'string' } }],
          additional: false,
        },
      ],
    });
  });

  it("a required key only one side of the wire has (readOnly) stays its own part's", () => {
    // Required, and still readOnly: the views require it in responses only.
    const schema = normalizeSchema(context(), {
      type: 'object',
      required: ['id', 'region'],
      allOf: [
        {
          properties: { id: { type: 'string', readOnly: true }, region: { type: 'string' } },
        },
      ],
    });
    expect(
      schema.kind === 'object' &&
        schema.properties.map((p) => [p.name, p.required, p.schema.readOnly]),
    ).toEqual([
      ['id', true, true],
      ['region', true, undefined],
    ]);
  });

  it('integer meets number; 3.0 nullable meets null', () => {
    expect(
      normalizeSchema(context(), { allOf: [{ type: 'number' }, { type: 'integer' }] }),
    ).toStrictEqual({ kind: 'intersection', parts: [{ kind: 'number' }, { kind: 'integer' }] });
    expect(
      normalizeSchema(context({}, true), {
        allOf: [{ type: 'string', nullable: true }, { type: 'null' }],
      }).kind,
    ).toBe('intersection');
  });
});

describe('discriminator', () => {
  it('does not pin a property on a variant that is an array', () => {
    const ctx = context({
      Directory: STRINGS,
      File: { type: 'object', properties: { type: { type: 'string' } } },
    });
    const schema = normalizeSchema(ctx, {
      oneOf: [{ $ref: '#/components/schemas/Directory' }, { $ref: '#/components/schemas/File' }],
      discriminator: {
        propertyName: 'type',
        mapping: { array: '#/components/schemas/Directory', file: '#/components/schemas/File' },
      },
    });
    expect(schema.kind === 'union' && schema.variants[0]).toStrictEqual({
      kind: 'ref',
      target: 'Directory',
    });
  });
});

// The Java style: children `allOf` a parent whose discriminator maps values to them.
describe('a parent’s discriminator', () => {
  const pet = {
    type: 'object',
    required: ['petType'],
    properties: { petType: { type: 'string' }, name: { type: 'string' } },
    discriminator: {
      propertyName: 'petType',
      mapping: { cat: '#/components/schemas/Cat', kitty: 'Cat' },
    },
  };
  const child = (own: Record<string, unknown>) => ({
    allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: own }],
  });

  it('pins each child’s property to the values that map to it, else its name', async () => {
    const schemas = {
      Pet: pet,
      Cat: child({ meows: { type: 'boolean' } }),
      Dog: child({ barks: { type: 'boolean' } }),
    };
    const ctx = context(schemas);
    const pinned = (name: 'Cat' | 'Dog') => {
      const schema = normalizeSchema(ctx, schemas[name]);
      return schema.kind === 'intersection'
        ? schema.parts.flatMap((p) => (p.kind === 'object' ? p.properties : []))[0]
        : undefined;
    };
    expect(pinned('Cat')).toStrictEqual({
      name: 'petType',
      required: true,
      schema: { kind: 'enum', values: ['cat', 'kitty'] },
    });
    expect(pinned('Dog')?.schema).toStrictEqual({ kind: 'enum', values: ['Dog'] });
  });

  it('generates children that narrow on the property, and warns of none as unused', async () => {
    const { generate } = await import('../../src/index.js');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'codegen-discriminator-'));
    try {
      const spec = join(dir, 'spec.json');
      writeFileSync(
        spec,
        JSON.stringify({
          openapi: '3.0.3',
          info: { title: 'Pets', version: '1' },
          servers: [{ url: 'https://api.example.com' }],
          paths: {
            '/pet': {
              get: {
                operationId: 'getPet',
                responses: {
                  200: {
                    description: 'ok',
                    content: {
                      'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
                    },
                  },
                },
              },
            },
          },
          components: {
            schemas: { Pet: pet, Cat: child({ meows: { type: 'boolean' } }), Dog: child({}) },
          },
        }),
      );
      const { files, warnings } = await generate({ input: spec, output: 'unused', dryRun: true });
      const types = files.find((f) => f.path === 'types.ts')!.content;
      expect(types).toContain(
        "export type Cat = Pet & {\n  petType: 'cat' | 'kitty';\n  meows?: boolean;\n};",
      );
      expect(types).toContain("export type Dog = Pet & {\n  petType: 'Dog';\n};");
      expect(warnings.map((w) => w.message).filter((m) => m.includes('not used'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
