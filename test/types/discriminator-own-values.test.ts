/**
 * A discriminator without a mapping whose variants pin the property to values of their own
 * (Spotify's `type: track`): those values stand, where pinning the implicit ones (the
 * component names) made each variant `never` and `item.track.name` fail to compile.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk(
  'test/fixtures/discriminator-own-values/openapi.yaml',
  'discriminator-own-values',
);

it("keeps the variants' own values, so a check on the property narrows the union", () => {
  const types = readFileSync(join(fixture.out, 'types.ts'), 'utf8');
  expect(types).toContain('track: TrackObject | EpisodeObject;');
  expect(types).not.toContain("'TrackObject'");
  expect(types).not.toContain("'Cat'");
  expect(types).not.toContain("'FullEpisode'");
  expect(types).not.toContain("'CircleShape'");
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { Cat, CircleShape, Holder, PlaylistItem } from './index.js';",
      'export function title(item: PlaylistItem): string {',
      "  return item.track.type === 'track' ? item.track.name : item.track.show;",
      '}',
      '// An episode whose base pins `type` had been `never` beside the track.',
      'export function length(item: PlaylistItem): number | undefined {',
      "  return item.playing?.type === 'episode' ? item.playing.duration_ms : undefined;",
      '}',
      "export const cat: Cat = { petType: 'cat', meows: true };",
      "// Azure's children are their `x-ms-discriminator-value`, not their names.",
      "export const circle: CircleShape = { kind: 'circle', radius: 1 };",
      'export function area(holder: Holder): number | undefined {',
      "  return holder.shape.kind === 'circle' ? holder.shape.radius : holder.shape.side;",
      '}',
    ].join('\n'),
  );
  expect(typecheck([join(fixture.out, 'index.ts'), usage])).toEqual([]);
});
