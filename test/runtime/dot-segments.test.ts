/**
 * A path parameter that would read as a `.`, `..` or empty segment is refused: the
 * URL's path must stay the one the spec names, and the call rejects before any request.
 */
import { describe, expect, it } from 'vitest';
import { BaseClient } from '../../templates/runtime/client.js';
import { InvalidArgumentError, SdkError } from '../../templates/runtime/errors.js';
import { encodePath, pathStyle, StyledSegment } from '../../templates/runtime/path.js';

/** The error a refused path carries, or undefined when the path was built. */
function refusal(build: () => string | InvalidArgumentError): unknown {
  const built = build();
  return typeof built === 'string' ? undefined : built;
}

describe('encodePath', () => {
  it.each(['..', '.'])('refuses %j, naming the parameter by its place in the template', (value) => {
    const error = refusal(() => encodePath`/v1/orgs/${'acme'}/members/${value}`);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as Error).message).toContain('path parameter 2 of /v1/orgs/{…}/members/{…}');
  });

  it("refuses an empty value, a whole segment or beside the template's text", () => {
    expect(refusal(() => encodePath`/items/${''}`)).toBeInstanceOf(InvalidArgumentError);
    expect(refusal(() => encodePath`/items/${''}/parts`)).toBeInstanceOf(InvalidArgumentError);
    // Discourse's `/u/{username}.json` had gone to `/u/.json`, another resource.
    const error = refusal(() => encodePath`/u/${''}.json`);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe('The path parameter 1 of /u/{…}.json is empty');
    expect(encodePath`/u/${'ann'}.json`).toBe('/u/ann.json');
    // A value its spec lists as empty goes styled, and is kept (red team: `/report{ext}` of '').
    expect(encodePath`/report${pathStyle('ext', '', 'simple', false)}`).toBe('/report');
  });

  // Only pathStyle's segments go in as they are: an object with a `text` from parsed JSON
  // (an `any` a caller passes on) is encoded like any other value.
  it('encodes an object that merely looks like a styled segment', () => {
    const forged = JSON.parse('{"text":"x/../../admin?admin=1#"}') as StyledSegment;
    const built = String(encodePath`/v1/orgs/acme/members/${forged}`);
    expect(built).toBe('/v1/orgs/acme/members/%5Bobject%20Object%5D');
    expect(new URL(`https://h${built}`).pathname).toBe(built);
  });

  it('sends null as the text "null", never throwing before the call', () => {
    expect(encodePath`/items/${null as unknown as string}`).toBe('/items/null');
  });

  it('refuses values that only together make a dot segment', () => {
    expect(refusal(() => encodePath`/a/${'.'}${'.'}/b`)).toBeInstanceOf(InvalidArgumentError);
  });

  it('keeps values that merely contain dots, or dots the encoding keeps apart', () => {
    for (const value of ['...', '.a', 'a..', '%2e%2e', '..%2F', '../x', '.. ']) {
      const built = String(encodePath`/v1/orgs/${value}`);
      expect(new URL(`https://h${built}`).pathname, value).toBe(built);
    }
  });

  it('refuses a segment that is a dot segment once %2e is read as a dot', () => {
    for (const text of ['%2e', '%2E%2e', '.%2E']) {
      expect(
        refusal(() => encodePath`/a/${new StyledSegment(text)}`),
        text,
      ).toBeInstanceOf(InvalidArgumentError);
    }
  });
});

describe('pathStyle', () => {
  it('names the parameter when label style makes a dot segment', () => {
    // label: "." + "." is "..", and "." + "" is ".".
    for (const value of ['.', '', ['.'], ['']]) {
      const error = refusal(() => encodePath`/colors/${pathStyle('color', value, 'label', false)}`);
      expect(error, JSON.stringify(value)).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toContain('path parameter "color"');
    }
  });

  it('refuses simple-style arrays that are a dot segment, and lets matrix style through', () => {
    expect(
      refusal(() => encodePath`/x/${pathStyle('ids', ['..'], 'simple', false)}`),
    ).toBeInstanceOf(InvalidArgumentError);
    expect(encodePath`/x/${pathStyle('id', '..', 'matrix', false)}`).toBe('/x/;id=..');
  });
});

// Red team: a string cut in the middle of an emoji threw URIError before the call's promise existed.
describe('a lone surrogate', () => {
  it('is refused, plain or styled, never thrown', () => {
    expect(refusal(() => encodePath`/files/${'\uD800'}`)).toBeInstanceOf(InvalidArgumentError);
    for (const style of ['simple', 'label', 'matrix'] as const)
      expect(
        refusal(() => encodePath`/x/${pathStyle('ids', ['a', '\uDC00'], style, false)}`),
        style,
      ).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('a refused path in a call', () => {
  it('rejects the returned promise (never throws) and sends nothing', async () => {
    let sent = 0;
    const client = new BaseClient(
      {
        baseUrl: 'http://127.0.0.1:9',
        fetch: async () => {
          sent++;
          return new Response('{}');
        },
      },
      { defaultBaseUrl: '', securitySchemes: {}, credentials: {} },
    );
    const call = client.request({
      method: 'DELETE',
      path: encodePath`/orgs/${'acme'}/members/${'..'}`,
      security: [],
    });
    await expect(call).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(sent).toBe(0);
  });
});
