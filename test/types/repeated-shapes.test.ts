/**
 * An inline object the spec repeats is written once, as a type of its own. GitHub's webhook
 * payloads repeat their inline pull requests, repositories and users: each copy had been spelled
 * out again, 38% of the types a consumer's `tsc` and editor read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFixtureSdk } from '../helpers/fixture-sdk.js';
import { fileText, generateSpec } from '../helpers/generate-spec.js';
import { typecheck } from '../helpers/typecheck.js';

const fixture = useFixtureSdk('test/fixtures/repeated-shapes/openapi.yaml', 'repeated-shapes');
const types = () => readFileSync(join(fixture.out, 'types.ts'), 'utf8');

it('writes a repeated object once, named where it first appears, its places keeping their docs', async () => {
  await expect(types()).toMatchFileSnapshot('__snapshots__/repeated-shapes/types.ts');
  // Each place's own description stays on its property.
  expect(types()).toContain('  /** The pull request closed. */\n  pull_request: PullRequest;');
  expect(types()).toContain('  /** Where the changes go. */\n  base: Head;');
  // The object inside a nullable union too, named by its title.
  expect(types()).toContain('  merged_by?: User | null;');
  expect(types().match(/login: string;/g)).toHaveLength(1);
});

it('leaves a small object inline, and one whose request view differs', () => {
  expect(types().match(/color\?: string;/g)).toHaveLength(2);
  expect(types().match(/\/\*\* @readonly \*\/\n\s+id\?: number;/g)).toHaveLength(2);
});

it('compiles, and the places hold the same type', () => {
  const usage = join(fixture.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { PullRequest, PullRequestClosed, PullRequestOpened, User } from './index.js';",
      "import { getPull, type RepeatedShapesCore } from './index.js';",
      'export const same = (opened: PullRequestOpened): PullRequestClosed["pull_request"] =>',
      '  opened.pull_request;',
      'export const merger = (e: PullRequestClosed): User | null | undefined =>',
      '  e.pull_request.head.merged_by;',
      'export const got = async (core: RepeatedShapesCore): Promise<PullRequest> => {',
      "  const pull = await getPull(core, 'r', 1);",
      '  return { ...pull, base: pull.head };',
      '};',
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
});

// Red team: an allOf's part written as a name is merged whole.
const PARTS_SCHEMAS = '../.tmp/repeated-parts/schemas.js';
const parts = useFixtureSdk('test/fixtures/repeated-shapes/parts.yaml', 'repeated-parts', {
  validate: true,
  dates: 'Date',
});

it("leaves an allOf's parts inline, where they give way to each other", async () => {
  const text = readFileSync(join(parts.out, 'types.ts'), 'utf8');
  expect(text).toContain("export type AudioList = Omit<List, 'items' | 'tags'> & {");
  const usage = join(parts.out, 'usage.ts');
  writeFileSync(
    usage,
    [
      "import type { AudioList, Gist, Owner, Playlist } from './index.js';",
      'export const list: AudioList = { tags: [1], items: [{ url: "u" }] };',
      'export const playlist: Playlist = { tracks: { tags: [2] } };',
      'export const owner = (gist: Gist): Owner | undefined => gist.owner;',
      '',
    ].join('\n'),
  );
  expect(typecheck([usage])).toEqual([]);
  // With `dates`, a lazy part beside the part that converts a date: zod had thrown on a valid answer.
  const { C } = (await import(PARTS_SCHEMAS)) as {
    C: { parse(value: unknown): { when?: Date } };
  };
  expect(C.parse({ a: 'x', when: '2024-01-01T00:00:00Z' }).when).toBeInstanceOf(Date);
});

/** Twelve string properties, the last named `extra`: an object just large enough to be named. */
const fields = (extra: string) =>
  Object.fromEntries(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', extra].map((k) => [
      k,
      { type: 'string' },
    ]),
  );

/** The types of a spec of these components alone. */
const typesOf = async (schemas: object) =>
  fileText(
    (
      await generateSpec({
        openapi: '3.1.0',
        info: { title: 'Names', version: '1' },
        paths: {},
        components: { schemas },
      })
    ).files,
    'types.ts',
  );

// GitHub's webhooks hold twelve objects titled `User`: the one written most often had been named
// `AnswerChosenBy`, where it first appears (new-user trial).
it('names the object written most often by its title, and another by its holder and title', async () => {
  // Nullable, its title on the schema it is the value of, as GitHub's are.
  const common = {
    anyOf: [{ type: 'object', properties: fields('node_id') }, { type: 'null' }],
    title: 'User',
  };
  const rare = { title: 'User', type: 'object', properties: fields('gravatar_id') };
  const types = await typesOf({
    Discussion: { type: 'object', properties: { answer_chosen_by: rare, user: common } },
    Comment: { type: 'object', properties: { user: common, author: rare } },
    Issue: { type: 'object', properties: { assignee: common, closed_by: common } },
  });
  expect(types).toContain('  answer_chosen_by?: DiscussionUser;');
  expect(types).toContain('  user?: User | null;');
  expect(types).toContain('  assignee?: User | null;');
  expect(types).not.toContain('AnswerChosenBy');
});

// Red team: a title of no words had named the object `Unnamed`, and an untitled object written more
// often had taken the name of the one titled so.
it('names by a title of words only, and gives a title its own name first', async () => {
  const starred = { title: '***', type: 'object', properties: fields('x') };
  const untitled = { type: 'object', properties: fields('y') };
  const titled = { title: 'Foo', type: 'object', properties: fields('z') };
  const types = await typesOf({
    A: { type: 'object', properties: { thing: starred, foo: untitled, bar: titled } },
    B: { type: 'object', properties: { thing: starred, foo: untitled, baz: titled } },
    C: { type: 'object', properties: { foo: untitled } },
  });
  expect(types).toContain('  thing?: Thing;');
  expect(types).toContain('  bar?: Foo;');
  expect(types).toContain('  foo?: AFoo;');
  expect(types).not.toContain('Unnamed');
});
