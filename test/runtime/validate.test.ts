/** The runtime's body checks, against real zod schemas (what `schemas.ts` holds). */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RequestValidationError,
  ResponseValidationError,
  checkBody,
  jsonPath,
  receive,
  withDates,
  type BodyIssue,
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

  it("a schema's own throw fails the check, never as anything else", () => {
    // zod throws where it cannot merge an intersection's parts: a string one part passes
    // through beside the Date another makes of it.
    const at = z.codec(z.iso.datetime(), z.date(), {
      decode: (text) => new Date(text),
      encode: (date) => date.toISOString(),
    });
    const Both = z.intersection(z.object({ at }), z.looseObject({}));
    const value = { at: '2024-05-01T00:00:00Z' };
    expect(() => checkBody(Both, value, 'getPet', 'response')).toThrow(
      /^getPet: the response body does not match the spec at \$: .*intersection/,
    );
    const fail = (issues: readonly BodyIssue[]) => new ResponseValidationError('getPet', issues);
    expect(() => receive(Both, value, true, fail)).toThrow(ResponseValidationError);
    // With checks off, it arrives as received.
    expect(receive(Both, value, true)).toBe(value);
  });
});

describe('jsonPath', () => {
  it('writes identifiers with dots, indexes and other keys in brackets', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['a', 0, 'b-c', '__proto__'])).toBe('$.a[0]["b-c"].__proto__');
  });
});

describe('receive, with dates', () => {
  const at = z.codec(z.iso.datetime(), z.date(), {
    decode: (text) => new Date(text),
    encode: (date) => date.toISOString(),
  });
  const Event = z.object({ at, log: z.array(z.object({ at })), tags: z.record(z.string(), at) });
  const fail = (issues: readonly BodyIssue[]) => new ResponseValidationError('getEvent', issues);

  it("puts zod's Dates in the received value, keeping the keys the schema does not declare", () => {
    const received = JSON.parse(
      '{"at":"2024-05-01T00:00:00Z","log":[{"at":"2024-05-02T00:00:00Z","by":"me"}],"tags":{"x":"2024-05-03T00:00:00Z"},"extra":"2024-05-04T00:00:00Z"}',
    ) as unknown;
    expect(receive(Event, received, true, fail)).toBe(received);
    expect(received).toEqual({
      at: new Date('2024-05-01T00:00:00Z'),
      log: [{ at: new Date('2024-05-02T00:00:00Z'), by: 'me' }],
      tags: { x: new Date('2024-05-03T00:00:00Z') },
      extra: '2024-05-04T00:00:00Z',
    });
  });

  it('a key named __proto__ stays a key: no prototype changes', () => {
    const received = JSON.parse('{"__proto__":"2024-05-03T00:00:00Z"}') as object;
    const parsed = JSON.parse('{"__proto__":null}') as Record<string, unknown>;
    Object.defineProperty(parsed, '__proto__', { value: new Date(0), enumerable: true });
    withDates(received, parsed);
    expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(received, '__proto__')?.value).toEqual(new Date(0));
  });

  it('throws at the path with fail; without, a body that does not match arrives as sent', () => {
    const wrong = { at: 'soon', log: [], tags: {} };
    expect(() => receive(Event, wrong, true, fail)).toThrow(/^getEvent: .* at \$\.at: /);
    expect(receive(Event, wrong, true)).toEqual({ at: 'soon', log: [], tags: {} });
  });
});
