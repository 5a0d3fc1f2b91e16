/**
 * Inputs that used to hang the generator: a kilobyte of YAML aliases standing
 * for a billion nodes, an anchor that contains its own alias, a FIFO or a
 * device as input, and pages whose scans were quadratic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanTempDirs, run, tempDir, writeFiles, type Outcome } from './load-support.js';

afterEach(cleanTempDirs);

const HEAD = "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n";

function billionLaughs(): string {
  const lines = [
    HEAD,
    'x-laughs:',
    '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = `*${names[i - 1]}`;
    lines.push(`  ${names[i]}: &${names[i]} [${Array(10).fill(prev).join(',')}]`);
  }
  lines.push(`components:\n  schemas:\n    Bomb: { type: object, default: *i }`);
  return lines.join('\n');
}

async function timed(run: () => Promise<Outcome>): Promise<{ outcome: Outcome; ms: number }> {
  const start = performance.now();
  const outcome = await run();
  return { outcome, ms: performance.now() - start };
}

describe('YAML aliases', () => {
  it('a billion laughs in about a kilobyte is refused at once, located', async () => {
    const text = billionLaughs();
    expect(text.length).toBeLessThan(1500);
    const dir = writeFiles(tempDir(), { 'bomb.yaml': text });
    const { outcome, ms } = await timed(() => run(join(dir, 'bomb.yaml')));
    expect(ms).toBeLessThan(3_000);
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(
        /bomb\.yaml:\d+:\d+: YAML aliases expand this document to more than [\d,]+ nodes/,
      );
  }, 20_000);

  it.each([
    ['a sequence', 'x-self: &a [1, *a]'],
    ['a mapping', 'x-self: &a { inner: *a }'],
    ['a nested node', 'x-self: &a { list: [ { deeper: *a } ] }'],
  ])('an anchor whose %s holds its own alias is refused, located', async (_what, line) => {
    const dir = writeFiles(tempDir(), { 'self.yaml': `${HEAD}${line}\n` });
    const outcome = await run(join(dir, 'self.yaml'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(
        /self\.yaml:4:\d+: YAML alias \*a is inside the node it repeats/,
      );
  });

  it('an alias to no anchor is refused, located', async () => {
    const dir = writeFiles(tempDir(), { 'none.yaml': `${HEAD}x-data: *nowhere\n` });
    const outcome = await run(join(dir, 'none.yaml'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(
        /none\.yaml:4:\d+: YAML alias \*nowhere names no anchor before it/,
      );
  });

  it('ordinary use of anchors still works: one response reused by a thousand operations', async () => {
    const paths = Array.from(
      { length: 1000 },
      (_, i) =>
        `  /r${i}:\n    get:\n      operationId: op${i}\n      responses: ${i === 0 ? '&errors ' : ''}${i === 0 ? "{ '200': { description: ok }, '400': { description: bad }, '500': { description: broken } }" : '*errors'}`,
    );
    const dir = writeFiles(tempDir(), {
      'api.yaml': `openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths:\n${paths.join('\n')}\n`,
    });
    const outcome = await run(join(dir, 'api.yaml'));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.result.summary.operations).toBe(1000);
  }, 60_000);

  it('the CLI exits 2 on a billion laughs', async () => {
    const dir = writeFiles(tempDir(), { 'bomb.yaml': billionLaughs() });
    const result = await runCli(['generate', join(dir, 'bomb.yaml'), '-o', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('YAML aliases expand this document');
  }, 20_000);
});

describe('inputs that are not regular files', () => {
  it.runIf(process.platform !== 'win32')(
    'a FIFO as input is refused at once',
    async () => {
      const dir = tempDir();
      expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
      const outcome = await run(join(dir, 'pipe.yaml'));
      expect(outcome.kind).toBe('bad-input');
      if (outcome.kind === 'bad-input')
        expect(outcome.message).toMatch(/Cannot read .*pipe\.yaml: not a regular file/);
    },
    5_000,
  );

  it.runIf(existsSync('/dev/zero'))(
    'a device as input is refused at once',
    async () => {
      const outcome = await run('/dev/zero');
      expect(outcome.kind).toBe('bad-input');
      if (outcome.kind === 'bad-input') expect(outcome.message).toContain('not a regular file');
    },
    5_000,
  );
});

describe('large pages take linear time', () => {
  const TWO_MB = 2 * 1024 * 1024;
  // Linear takes about a second here; the quadratic scans these guard against took
  // minutes to hours on 2 MB, so a loaded CI machine's slack costs the test nothing.
  const LINEAR_MS = 15_000;
  const API_BLOCK = "```yaml\nopenapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n```\n";

  it.each([
    [
      'blank lines before the fence of a page without an extension',
      'page',
      '\n'.repeat(TWO_MB) + API_BLOCK,
    ],
    ['spaces and blank lines before the fence', 'page', ' \n'.repeat(TWO_MB / 2) + API_BLOCK],
    [
      'a yaml block of blank lines in a .md page',
      'page.md',
      '```yaml\n' + '\n'.repeat(TWO_MB) + '```\n' + API_BLOCK,
    ],
    [
      'a json block of commas and blank lines',
      'page.md',
      '```json\n' + ',\n'.repeat(TWO_MB / 2) + '```\n' + API_BLOCK,
    ],
    [
      'a fence opened and never closed',
      'page.md',
      API_BLOCK + '```yaml\n' + 'a: b\n'.repeat(TWO_MB / 5),
    ],
  ])(
    '%s',
    async (_what, name, text) => {
      const dir = writeFiles(tempDir(), { [name]: text });
      const { outcome, ms } = await timed(() => run(join(dir, name)));
      expect(outcome.kind).not.toBe('crash');
      expect(ms).toBeLessThan(LINEAR_MS);
    },
    60_000,
  );

  it('a page with a thousand YAML errors reports them with frames in linear time', async () => {
    const broken = Array.from(
      { length: 1000 },
      (_, i) => `  k${i}: [unclosed\n  bad${i}: : :`,
    ).join('\n');
    const text =
      '\n'.repeat(TWO_MB) +
      "```yaml\nopenapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths:\n" +
      broken +
      '\n```\n';
    const dir = writeFiles(tempDir(), { 'page.md': text });
    const { outcome, ms } = await timed(() => run(join(dir, 'page.md')));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(/page\.md:\d+:\d+: Invalid YAML/);
    expect(ms).toBeLessThan(LINEAR_MS);
  }, 60_000);
});

describe('schemas whose parts share parts take linear time', () => {
  // A0: allOf [A1, A1], A1: allOf [A2, A2]… : 2 KB of spec, and 2^40 paths from A0 down to A40.
  // Each schema is judged once; walking every path took minutes at 22 levels.
  const LEVELS = 40;
  const ref = (i: number) => ({ $ref: `#/components/schemas/A${i}` });
  function sharedParts(part: (i: number) => object): object {
    const schemas: Record<string, object> = {};
    for (let i = 0; i < LEVELS; i++) schemas[`A${i}`] = part(i + 1);
    schemas[`A${LEVELS}`] = {
      type: 'object',
      additionalProperties: false,
      properties: { id: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
    };
    const json = { 'application/json': { schema: ref(0) } };
    return {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': {
          get: { operationId: 'getA', responses: { '200': { description: 'ok', content: json } } },
          post: {
            operationId: 'postA',
            requestBody: { content: json },
            responses: { '204': { description: 'done' } },
          },
        },
      },
      components: { schemas },
    };
  }

  it.each([
    ['allOf of the same part twice', (i: number) => ({ allOf: [ref(i), ref(i)] })],
    [
      'allOf of inline allOfs of the same part',
      (i: number) => ({ allOf: [{ allOf: [ref(i)] }, { allOf: [ref(i)] }] }),
    ],
    [
      'closed objects extending the same part twice',
      (i: number) => ({ allOf: [ref(i), ref(i), { type: 'object', additionalProperties: false }] }),
    ],
  ])(
    '%s',
    async (_what, part) => {
      const dir = writeFiles(tempDir(), { 'spec.json': sharedParts(part) });
      for (const options of [{}, { validate: true, dates: 'Date' as const }]) {
        const { outcome, ms } = await timed(() => run(join(dir, 'spec.json'), options));
        expect(outcome.kind).toBe('ok');
        expect(ms).toBeLessThan(15_000);
      }
    },
    120_000,
  );
});
