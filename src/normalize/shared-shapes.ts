/**
 * An inline object with exactly a component object's shape (the same properties with the
 * same docs, the same extra keys) is written as that component's name. Specs bundled from
 * many files repeat whole components inline: GitHub's copies its webhook user and label
 * objects over two hundred times, each of which the SDK would otherwise spell out again.
 * The type is the same one (structurally identical), and the inline schema's own docs
 * stay on the reference, so the property reads as before.
 */
import type { NamedSchema, Operation } from '../ir/api.js';
import { isLeaf, mapChildren } from '../ir/children.js';
import { docsOf, type Schema } from '../ir/schema.js';
import { mapOperationSchemas } from './operation-schemas.js';
import type { ShapeIds } from './shape-ids.js';

export function shareComponentShapes(
  schemas: NamedSchema[],
  operations: Operation[],
  shapes: ShapeIds,
): void {
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
  mapOperationSchemas(operations, share);
}

function propertyNames(schema: Extract<Schema, { kind: 'object' }>): string {
  return JSON.stringify(schema.properties.map((p) => p.name));
}
