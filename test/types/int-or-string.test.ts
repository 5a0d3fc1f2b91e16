/**
 * Kubernetes' `IntOrString` (`type: string, format: int-or-string`) holds a number or a name: a
 * Service's `targetPort: 8080` had not compiled, and `--validate` had refused every Service read.
 */
import { expect, it } from 'vitest';
import { normalizeContext } from '../../src/normalize/context.js';
import { normalizeSchema } from '../../src/normalize/schema.js';

it('is an integer or a string', () => {
  const schema = normalizeSchema(normalizeContext({ components: { schemas: {} } }, false), {
    type: 'string',
    format: 'int-or-string',
    description: 'IntOrString is a type that can hold an int32 or a string.',
  });
  expect(schema).toMatchObject({
    kind: 'union',
    variants: [{ kind: 'integer' }, { kind: 'string' }],
  });
});
