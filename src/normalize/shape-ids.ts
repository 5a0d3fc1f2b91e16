/** One number per distinct schema, so equal trees compare in constant time. */
import { docsOf, type Schema } from '../ir/schema.js';

/**
 * Hash-consing: equal schemas (docs but examples included) get one number, computed once per schema
 * object from its children's numbers, so comparing GitHub's deep trees stays linear.
 */
export class ShapeIds {
  readonly #ids = new Map<string, number>();
  readonly #full = new WeakMap<Schema, number>();
  readonly #shape = new WeakMap<Schema, number>();

  /**
   * The schema's number, docs included but its examples: copies of one object whose examples
   * differ are one (Hetzner's servers, whose copies' timestamps differ by a millisecond, had been
   * written again inline; new-user trial).
   */
  idOf(schema: Schema): number {
    let id = this.#full.get(schema);
    if (id === undefined) {
      const { examples: _, ...docs } = docsOf(schema);
      id = this.#intern(JSON.stringify([this.#childrenKey(schema), docs]));
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
