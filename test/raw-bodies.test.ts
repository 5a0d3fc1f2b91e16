/**
 * A raw body is what goes on the wire, whatever its schema describes: an octet-stream body
 * takes bytes, a text body a string. Typed as the object, it compiled and went out as
 * `[object Object]` (Google Storage's `objects.insert`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from './helpers/fixture-sdk.js';

const fixture = useFixtureSdk('test/fixtures/raw-bodies/openapi.yaml', 'raw-bodies');

it('types an octet-stream body as bytes and a text body as a string', () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(
    /interface InsertObjectParams \{[^}]*body\?: Blob \| ArrayBuffer \| ArrayBufferView \| ReadableStream<Uint8Array> \| string \| undefined;/,
  );
  expect(types).toMatch(/interface PutNoteParams \{[^}]*body\?: string \| undefined;/);
});
