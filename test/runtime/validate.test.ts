/** The runtime's body checks, against real zod schemas (what `schemas.ts` holds). */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RequestValidationError,
  ResponseValidationError,
  checkBody,
  jsonPath,
} from '../../templates/runtime/validate.js';
import { SdkError } from '../../templates/runtime/errors.js';

const Pet = z.object({
  id: z.number(),
  tags: z.array(z.object({ 'odd key': z.string() })).exactOptional(),
});

describe('checkBody', () => {
  it('passes a matching body, extra keys and all', () => {
    expect(() => checkBody(Pet, { id: 1, extra: true }, 'getPet', 'response')).not.toThrow();
  });

  it('names the operation, the JSON path and what was expected', () => {
    const error = (() => {
      try {
        checkBody(Pet, { id: 'x', tags: [{ 'odd key': 3 }] }, 'getPet', 'response');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(SdkError);
    const { operation, issues, message } = error as ResponseValidationError;
    expect(operation).toBe('getPet');
    expect(issues.map((i) => i.path)).toEqual(['$.id', '$.tags[0]["odd key"]']);
    expect(issues[0]!.message).toMatch(/expected number/);
    expect(message).toMatch(
      /^getPet: the response body does not match the spec at \$\.id: .*\(and 1 more\)$/,
    );
  });

  it('a request body gets its own class', () => {
    expect(() => checkBody(Pet, {}, 'createPet', 'request')).toThrow(RequestValidationError);
  });
});

describe('jsonPath', () => {
  it('writes identifiers with dots, indexes and other keys in brackets', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['a', 0, 'b-c', '__proto__'])).toBe('$.a[0]["b-c"].__proto__');
  });
});
