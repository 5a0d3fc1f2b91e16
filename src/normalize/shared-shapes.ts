/**
 * An inline object with exactly a component object's shape (the same properties with the
 * same docs, the same extra keys) is written as that component's name. Specs bundled from
 * many files repeat whole components inline: GitHub's copies its webhook user and label
 * objects over two hundred times, each of which the SDK would otherwise spell out again.
 * The type is the same one (structurally identical), and the inline schema's own docs
 * stay on the reference, so the property reads as before.
 */
import type { BodyAlternative, NamedSchema, Operation, Response } from '../ir/api.js';
import { isLeaf, mapChildren } from '../ir/children.js';
import { docsOf, type Schema } from '../ir/schema.js';

export function shareComponentShapes(schemas: NamedSchema[], operations: Operation[]): void {
  const shapes = new ShapeIds();
  // Candidates by their property names: an inline object with other names (most of them) is
  // passed over, and a component's shape is computed only when an inline object may share it.
  const byNames = new Map<string, Array<{ key: string; schema: Schema }>>();
  for (const named of schemas) {
    // Only plain components: a derived or self-reaching name is an operation's own, and a
    // component with a request-side view would need that view chosen per use.
    if (named.key.startsWith('#') || named.inputTypeName !== undefined) continue;
    const { schema } = named;
    if (schema.kind !== 'object' || schema.properties.length === 0) continue;
    const names = propertyNames(schema);
    const list = byNames.get(names);
    if (list) list.push({ key: named.key, schema });
    else byNames.set(names, [{ key: named.key, schema }]);
  }
  if (byNames.size === 0) return;
  /** The first component (in the spec's order) with the inline object's exact shape. */
  const componentLike = (schema: Extract<Schema, { kind: 'object' }>): string | undefined => {
    const candidates = byNames.get(propertyNames(schema));
    if (candidates === undefined) return undefined;
    const id = shapes.shapeOf(schema);
    return candidates.find((c) => shapes.shapeOf(c.schema) === id)?.key;
  };

  const rewritten = new Map<Schema, Schema>();
  const share = (schema: Schema): Schema => {
    // Most schemas are leaves (strings, numbers, refs): nothing in them to share.
    if (isLeaf(schema)) return schema;
    const done = rewritten.get(schema);
    if (done !== undefined) return done;
    const target =
      schema.kind === 'object' && schema.properties.length > 0 ? componentLike(schema) : undefined;
    const result: Schema =
      target !== undefined
        ? { ...docsOf(schema), kind: 'ref', target }
        : mapChildren(schema, share);
    rewritten.set(schema, result);
    return result;
  };

  // A component's own schema is never written as a component (itself, or a twin): only what
  // is inside it is shared.
  schemas.forEach((named, i) => {
    const schema = mapChildren(named.schema, share);
    if (schema !== named.schema) schemas[i] = { ...named, schema };
  });
  const response = (r: Response): Response => {
    if (r.schema === undefined) return r;
    const schema = share(r.schema);
    return schema === r.schema ? r : { ...r, schema };
  };
  const alternative = (a: BodyAlternative): BodyAlternative => {
    const schema = share(a.schema);
    return schema === a.schema ? a : { ...a, schema };
  };
  operations.forEach((op, i) => {
    const preferred = op.body && alternative(op.body.preferred);
    const success = op.success && response(op.success);
    operations[i] = {
      ...op,
      pathParameters: op.pathParameters.map((p) => ({ ...p, schema: share(p.schema) })),
      otherParameters: op.otherParameters.map((p) => ({ ...p, schema: share(p.schema) })),
      ...(op.body &&
        preferred && {
          body: {
            ...op.body,
            preferred,
            alternatives: op.body.alternatives.map((a) =>
              a === op.body!.preferred ? preferred : alternative(a),
            ),
          },
        }),
      ...(success && { success }),
      // The main success is one of the successes, not a copy of it.
      successes: op.successes.map((r) => (r === op.success && success ? success : response(r))),
      errors: op.errors.map(response),
      ...(op.pagination && {
        pagination: { ...op.pagination, itemSchema: share(op.pagination.itemSchema) },
      }),
    };
  });
}

function propertyNames(schema: Extract<Schema, { kind: 'object' }>): string {
  return JSON.stringify(schema.properties.map((p) => p.name));
}

/**
 * Hash-consing: equal schemas (docs included) get one number, computed once per schema
 * object from its children's numbers, so comparing GitHub's deep trees stays linear.
 */
class ShapeIds {
  readonly #ids = new Map<string, number>();
  readonly #full = new WeakMap<Schema, number>();
  readonly #shape = new WeakMap<Schema, number>();

  /** The schema's number, docs included. */
  idOf(schema: Schema): number {
    let id = this.#full.get(schema);
    if (id === undefined) {
      id = this.#intern(JSON.stringify([this.#childrenKey(schema), docsOf(schema)]));
      this.#full.set(schema, id);
    }
    return id;
  }

  /** The schema's number without its own docs (its children's docs count). */
  shapeOf(schema: Schema): number {
    let id = this.#shape.get(schema);
    if (id === undefined) {
      id = this.#intern(JSON.stringify([this.#childrenKey(schema)]));
      this.#shape.set(schema, id);
    }
    return id;
  }

  #intern(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) this.#ids.set(key, (id = this.#ids.size));
    return id;
  }

  #childrenKey(schema: Schema): unknown {
    switch (schema.kind) {
      case 'ref':
        return ['ref', schema.target];
      case 'enum':
        return ['enum', schema.values];
      case 'array':
        return ['array', this.idOf(schema.items)];
      case 'tuple':
        return [
          'tuple',
          schema.items.map((s) => this.idOf(s)),
          schema.rest === false ? false : this.idOf(schema.rest),
        ];
      case 'object':
        return [
          'object',
          schema.properties.map((p) => [p.name, p.required, this.idOf(p.schema)]),
          typeof schema.additional === 'boolean' ? schema.additional : this.idOf(schema.additional),
        ];
      case 'union':
        return ['union', schema.variants.map((s) => this.idOf(s))];
      case 'intersection':
        return ['intersection', schema.parts.map((s) => this.idOf(s))];
      default:
        return [schema.kind];
    }
  }
}
