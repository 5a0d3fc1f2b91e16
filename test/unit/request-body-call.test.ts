/** The body function each media kind calls, with only the arguments that differ from its defaults. */
import { describe, expect, it } from 'vitest';
import { bodyExpression } from '../../src/emit/request-body.js';
import type { BodyAlternative, MediaKind, RequestBody } from '../../src/ir/api.js';

const alternative = (
  type: string,
  kind: MediaKind,
  encoding?: BodyAlternative['encoding'],
): BodyAlternative => ({
  mediaType: { type, kind },
  schema: { kind: 'unknown' },
  ...(encoding && { encoding }),
});
const body = (...alternatives: BodyAlternative[]): RequestBody => ({
  preferred: alternatives[0]!,
  required: true,
  alternatives,
});

describe('bodyExpression', () => {
  it.each<[string, RequestBody, string]>([
    ['JSON', body(alternative('application/json', 'json')), 'jsonBody(params.body)'],
    [
      'a JSON type of its own',
      body(alternative('application/merge-patch+json', 'json')),
      "jsonBody(params.body, 'application/merge-patch+json')",
    ],
    ['`*/*` goes as JSON', body(alternative('*/*', 'json')), 'jsonBody(params.body)'],
    [
      'a form with encodings',
      body(
        alternative('application/x-www-form-urlencoded', 'form', { a: { style: 'deepObject' } }),
      ),
      "formBody(params.body, { a: { style: 'deepObject' } })",
    ],
    [
      'a form with a charset and no encodings',
      body(alternative('application/x-www-form-urlencoded; charset=utf-8', 'form')),
      "formBody(params.body, {}, 'application/x-www-form-urlencoded; charset=utf-8')",
    ],
    [
      'multipart',
      body(alternative('multipart/form-data', 'multipart')),
      'multipartBody(params.body)',
    ],
    ['bytes', body(alternative('image/png', 'binary')), "rawBody(params.body, 'image/png')"],
    // A range names no type: Seldon's `predict` had sent `Content-Type: text/*` (new-user trial).
    // A Blob's own type goes first (`text/csv`), else the range's plain kind.
    [
      'text of a range',
      body(alternative('text/*', 'text')),
      "rawBody(params.body, undefined, 'text/plain')",
    ],
    [
      'XML of a range',
      body(alternative('application/*+xml', 'text')),
      "rawBody(params.body, undefined, 'application/xml')",
    ],
    [
      'bytes of a range, beside one of a type',
      body(alternative('image/*', 'binary'), alternative('image/png', 'binary')),
      "params.contentType === 'image/png' ? rawBody(params.body, 'image/png') : rawBody(params.body, undefined, 'application/octet-stream')",
    ],
    [
      'several: the caller’s contentType picks',
      body(alternative('application/json', 'json'), alternative('text/plain', 'text')),
      "params.contentType === 'text/plain' ? rawBody(params.body, 'text/plain') : jsonBody(params.body)",
    ],
    // YouTube's upload takes 80 video types: one rawBody for them all, not 80 nested branches.
    [
      'bytes of several types go as the one named',
      body(alternative('video/mp4', 'binary'), alternative('video/ogg', 'binary')),
      "rawBody(params.body, params.contentType, 'video/mp4')",
    ],
    [
      'JSON beside bytes of several types',
      body(
        alternative('application/json', 'json'),
        alternative('multipart/form-data', 'multipart'),
        alternative('image/png', 'binary'),
        alternative('image/gif', 'binary'),
      ),
      "params.contentType === 'multipart/form-data' ? multipartBody(params.body) : params.contentType === undefined || params.contentType === 'application/json' ? jsonBody(params.body) : rawBody(params.body, params.contentType)",
    ],
  ])('%s', (_name, requestBody, expected) => {
    // Quotes are the formatter's to choose.
    expect(bodyExpression(requestBody, 'params.').replace(/"/g, "'")).toBe(expected);
  });

  // Red team: a Content-Type parameter whose default is the range sent it as it was.
  it("a Content-Type parameter's range default names no type", () => {
    expect(
      bodyExpression(body(alternative('text/*', 'text')), 'params.', {
        access: 'params.contentType',
        fallback: 'text/*',
      }).replace(/"/g, "'"),
    ).toBe("rawBody(params.body, params.contentType, 'text/plain')");
  });
});
