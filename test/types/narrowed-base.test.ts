/**
 * An `allOf` part that declares a property of its base again, narrower: NPR's
 * `AudioItemListDocument` narrows `CollectionDocument`'s `items` to audio items. As
 * `Base & { items?: AudioItemDocument[] }` the two arrays met as an intersection, and
 * `doc.items.map((i) => i.attributes.title)` failed: each `i` was the base's `object`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/narrowed-base/openapi.yaml', 'narrowed-base');

it('the base is written without what the part narrows, and keeps what it requires', () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toMatch(
    /export type AudioItemListDocument = Omit<CollectionDocument, 'items'> & \{/,
  );
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { AudioItemListDocument } from './index.js';",
      'export function titles(doc: AudioItemListDocument): string[] {',
      '  return (doc.items ?? []).map((item) => item.attributes.title);',
      '}',
      // `href` stays required: the part declares it optional, the base required.
      'export const href = (doc: AudioItemListDocument): string => doc.href;',
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});
