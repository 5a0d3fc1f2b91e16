/** A warning's place in the spec is found only when something reads it (most are never shown). */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, locatedWhenRead } from '../../src/diagnostics.js';

describe('a location found when read', () => {
  it('is not looked for until read, then looked for once', () => {
    let finds = 0;
    const warning = locatedWhenRead({ message: 'unused', pointer: '/components/schemas/A' }, () => {
      finds++;
      return { file: 'spec.json', line: 3, column: 5 };
    });
    expect(finds).toBe(0);
    expect(warning.message).toBe('unused');
    expect(formatDiagnostic(warning)).toBe('spec.json:3:5 at /components/schemas/A: unused');
    expect(warning.location).toEqual({ file: 'spec.json', line: 3, column: 5 });
    expect(finds).toBe(1);
  });

  it('reads like a plain diagnostic: spread, serialized, compared', () => {
    const location = { file: 'spec.yaml', line: 1, column: 1 };
    const plain = { message: 'm', pointer: '/a', location };
    const lazy = () => locatedWhenRead({ message: 'm', pointer: '/a' }, () => location);
    expect({ ...lazy() }).toStrictEqual(plain);
    expect(JSON.parse(JSON.stringify(lazy()))).toStrictEqual(plain);
    expect(lazy()).toEqual(plain);
    expect(structuredClone(lazy())).toStrictEqual(plain);
    expect(locatedWhenRead({ message: 'm' }, () => undefined).location).toBeUndefined();
  });
});
