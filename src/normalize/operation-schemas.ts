/** Every schema an operation holds, rewritten in place by one map. */
import type { BodyAlternative, Operation, Response } from '../ir/api.js';
import type { Schema } from '../ir/schema.js';

/**
 * Each operation with `map` applied to its parameters', bodies', responses' and page items'
 * schemas. `map` is called once per place: it keeps its own memo where schemas are shared.
 */
export function mapOperationSchemas(
  operations: Operation[],
  map: (schema: Schema) => Schema,
): void {
  const response = (r: Response): Response => {
    if (r.schema === undefined) return r;
    const schema = map(r.schema);
    return schema === r.schema ? r : { ...r, schema };
  };
  const alternative = (a: BodyAlternative): BodyAlternative => {
    const schema = map(a.schema);
    return schema === a.schema ? a : { ...a, schema };
  };
  operations.forEach((op, i) => {
    const preferred = op.body && alternative(op.body.preferred);
    const success = op.success && response(op.success);
    operations[i] = {
      ...op,
      pathParameters: op.pathParameters.map((p) => ({ ...p, schema: map(p.schema) })),
      otherParameters: op.otherParameters.map((p) => ({ ...p, schema: map(p.schema) })),
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
        pagination: { ...op.pagination, itemSchema: map(op.pagination.itemSchema) },
      }),
    };
  });
}
