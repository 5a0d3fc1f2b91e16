/**
 * Specs that used to end in a stack trace (exit 1 or 3): each now works or is
 * exit 2 with a located message, in process and through the CLI.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromPointer } from '../../src/diagnostics.js';
import { schemaRefTarget } from '../../src/normalize/context.js';
import { runCli } from '../helpers/cli.js';
import { cleanTempDirs, returning, run, spec, tempDir, writeFiles } from './load-support.js';

afterEach(cleanTempDirs);

const SELF = '#/paths/~1a/get/responses/200/content/application~1json/schema';

const cases = {
  percentName: spec({
    paths: returning({ $ref: '#/components/schemas/Discount 100%' }),
    components: {
      schemas: { 'Discount 100%': { type: 'object', properties: { rate: { type: 'number' } } } },
    },
  }),
  inheritedName: spec({
    paths: returning({ $ref: '#/components/schemas/toString' }),
    components: { schemas: { Pet: { type: 'string' } } },
  }),
  selfRef: spec({ paths: returning({ $ref: SELF }) }),
  selfInto: spec({ paths: returning({ type: 'object', properties: { child: { $ref: SELF } } }) }),
  pureCycle: spec({
    paths: returning({ $ref: '#/components/schemas/A' }),
    components: {
      schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
    },
  }),
  paramCycle: spec({
    paths: {
      '/a': {
        get: {
          operationId: 'getA',
          parameters: [{ $ref: '#/components/parameters/P' }],
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      parameters: {
        P: { $ref: '#/components/parameters/Q' },
        Q: { $ref: '#/components/parameters/P' },
      },
    },
  }),
};

function write(name: keyof typeof cases): string {
  const dir = writeFiles(tempDir(), { [`${name}.json`]: JSON.stringify(cases[name], null, 2) });
  return join(dir, `${name}.json`);
}

describe('in process', () => {
  it('a schema named "Discount 100%" works: a % that starts no escape is kept as written', async () => {
    const outcome = await run(write('percentName'));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.text).toMatch(/export interface Discount100\w* \{/);
  });

  it('a $ref to an inherited name points at nothing', async () => {
    const outcome = await run(write('inheritedName'));
    expect(outcome).toMatchObject({
      kind: 'bad-input',
      message: expect.stringMatching(
        /inheritedName\.json:\d+:\d+ at \/paths\/.*\/schema\/\$ref: \$ref "#\/components\/schemas\/toString" points at nothing/,
      ),
    });
  });

  it('a schema that is a $ref to itself is a located cycle', async () => {
    const outcome = await run(write('selfRef'));
    expect(outcome).toMatchObject({
      kind: 'bad-input',
      message: expect.stringMatching(
        /selfRef\.json:\d+:\d+ at \/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref cycle with no schema in it/,
      ),
    });
  });

  it('an inline schema that refers into itself generates: the schema gets a name', async () => {
    const outcome = await run(write('selfInto'));
    expect(outcome).toMatchObject({ kind: 'ok' });
  });

  it.each([
    [
      'schemas',
      'pureCycle',
      /pureCycle\.json:\d+:\d+ at \/components\/schemas\/A\/\$ref: \$ref cycle with no schema in it: #\/components\/schemas\/A → #\/components\/schemas\/B → #\/components\/schemas\/A/,
    ],
    [
      'parameters',
      'paramCycle',
      /paramCycle\.json:\d+:\d+ at \/components\/parameters\/P\/\$ref: \$ref cycle with no schema in it/,
    ],
  ] as const)(
    'a cycle of %s that are only $refs is one located error',
    async (_what, name, message) => {
      const outcome = await run(write(name));
      expect(outcome.kind).toBe('bad-input');
      if (outcome.kind !== 'bad-input') return;
      expect(outcome.message).toMatch(message);
      expect(outcome.message.match(/cycle with no schema/g)).toHaveLength(1);
    },
  );
});

describe('through the CLI', () => {
  it.each([
    ['percentName', 0],
    ['inheritedName', 2],
    ['selfRef', 2],
    ['selfInto', 0],
    ['pureCycle', 2],
    ['paramCycle', 2],
  ] as const)(
    '%s exits %i',
    async (name, status) => {
      const file = write(name);
      const result = await runCli(['generate', file, '-o', join(file, '..', 'out'), '--no-format']);
      expect(result.stderr).not.toMatch(/^\s+at .*\.js:\d+/m); // no stack trace
      expect(result.status).toBe(status);
      // Located: file:line:col and a JSON pointer, or at least the pointer.
      if (status === 2) expect(result.stderr).toMatch(/^(?:\S+\.json:\d+:\d+ )?at \/\S*: /m);
    },
    20_000,
  );
});

describe('decoding $ref fragments never throws', () => {
  it.each([
    ['#/components/schemas/Discount 100%', ['components', 'schemas', 'Discount 100%']],
    ['#/components/schemas/a%20b', ['components', 'schemas', 'a b']],
    ['#/components/schemas/%E2%82', ['components', 'schemas', '%E2%82']],
    ['#/components/schemas/50%zz~1x~0y', ['components', 'schemas', '50%zz/x~y']],
  ])('%s', (ref, segments) => {
    expect(fromPointer(ref)).toEqual(segments);
    expect(schemaRefTarget(ref)).toBe(segments[2]);
  });

  it('a plain JSON pointer is not percent-decoded', () => {
    expect(fromPointer('/components/schemas/a%20b')).toEqual(['components', 'schemas', 'a%20b']);
  });
});
