/**
 * Inputs that used to hang the generator: a kilobyte of YAML aliases standing
 * for a billion nodes, an anchor that contains its own alias, a FIFO or a
 * device as input, and pages whose scans were quadratic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resourceAccess } from '../../src/emit/method-paths.js';
import type { ResourceNode } from '../../src/ir/resources.js';
import { runCli } from '../helpers/cli.js';
import {
  cleanTempDirs,
  returning,
  run,
  spec,
  tempDir,
  writeFiles,
  type Outcome,
} from './load-support.js';

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
    // Refused in milliseconds; expanding it would take hours. A busy machine's slack costs nothing.
    expect(ms).toBeLessThan(15_000);
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

describe('long $ref chains are followed once', () => {
  // P0 → P1 → … → P4000, used by 50 operations: following the whole chain at each use,
  // with a fresh set of the refs seen at each step, took 40 s; each ref is now followed once.
  const LENGTH = 4000;
  function chained(kind: 'parameters' | 'responses', end: object, use: (ref: object) => object) {
    const components: Record<string, object> = {};
    for (let i = 0; i < LENGTH; i++)
      components[`C${i}`] = { $ref: `#/components/${kind}/C${i + 1}` };
    components[`C${LENGTH}`] = end;
    const paths: Record<string, object> = {};
    for (let k = 0; k < 50; k++)
      paths[`/r${k}`] = {
        get: { operationId: `r${k}`, ...use({ $ref: `#/components/${kind}/C0` }) },
      };
    return {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths,
      components: { [kind]: components },
    };
  }

  it.each([
    [
      'parameters',
      chained('parameters', { name: 'q', in: 'query', schema: { type: 'string' } }, (ref) => ({
        parameters: [ref],
        responses: { '204': { description: 'done' } },
      })),
    ],
    [
      'responses',
      chained(
        'responses',
        { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } },
        (ref) => ({ responses: { '200': ref } }),
      ),
    ],
  ])(
    'of %s',
    async (_what, document) => {
      const dir = writeFiles(tempDir(), { 'spec.json': document });
      const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
      expect(outcome.kind).toBe('ok');
      if (outcome.kind === 'ok') expect(outcome.result.summary.operations).toBe(50);
      expect(ms).toBeLessThan(15_000);
    },
    120_000,
  );
});

describe('inline $refs that repeat each other', () => {
  // D0 uses D1 twice, D1 uses D2 twice…: refs outside components.schemas are copied where
  // they are used, so 4 KB stood for 2^40 copies (out of memory). What each ref copies is
  // counted once, before copying, and a run past the allowance is refused, located.
  it('40 levels of two uses each are refused at once, located', async () => {
    const defs: Record<string, object> = {};
    for (let i = 0; i < 40; i++) {
      const next = { $ref: `#/x-defs/D${i + 1}` };
      defs[`D${i}`] = { type: 'object', properties: { a: next, b: next } };
    }
    defs.D40 = { type: 'object', properties: { id: { type: 'string' } } };
    const dir = writeFiles(tempDir(), {
      'spec.json': spec({
        'x-defs': defs,
        components: { schemas: { Tree: { $ref: '#/x-defs/D0' } } },
      }),
    });
    const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(
        /spec\.json:\d+:\d+ at \/components\/schemas\/Tree: inline \$refs repeat more than 100,000 schema nodes \(\$ref "#\/x-defs\/D0" alone [\d,]+\)/,
      );
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});

describe('files that use each other twice', () => {
  // p0.json's operation has two callbacks whose path item is p1.json, and so on: path items
  // are inlined where they are used, so 30 small files stood for 2^30 copies (out of memory
  // at 20). What bundling copies is counted, and past ten times what it read it is refused.
  it('30 levels of path items are refused at once, located', async () => {
    const files: Record<string, object> = {};
    for (let i = 0; i < 30; i++) {
      const next = { $ref: `p${i + 1}.json` };
      files[`p${i}.json`] = {
        post: {
          callbacks: { a: { '{$request.body#/a}': next }, b: { '{$request.body#/b}': next } },
          responses: { '200': { description: 'ok' } },
        },
      };
    }
    files['p30.json'] = { post: { responses: { '200': { description: 'ok' } } } };
    files['api.json'] = { ...spec(), paths: { '/a': { $ref: 'p0.json' } } };
    const dir = writeFiles(tempDir(), files);
    const { outcome, ms } = await timed(() => run(join(dir, 'api.json')));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toMatch(
        /p\d+\.json:\d+:\d+ at \/post\/callbacks\/[ab]\/.*: \$refs to other files inline more than [\d,]+ nodes/,
      );
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});

describe('deep resources', () => {
  // Each level of resources is a class named after the whole path to it: a path of 2,000
  // static segments had written 2,000 classes with names 2,000 words long (and overflowed the
  // stack). Resources nest 32 deep at most.
  it.each([
    [
      // 500 within a path's 1,024 characters (a longer path is refused: test above).
      'a path of 500 static segments',
      {
        [`/${Array.from({ length: 500 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('/')}`]:
          {
            get: { responses: { '200': { description: 'ok' } } },
          },
      },
    ],
    [
      'x-codegen-resource of 2,000 names',
      {
        '/a': {
          get: {
            'x-codegen-resource': Array.from({ length: 2000 }, (_, i) => `r${i}`).join('.'),
            operationId: 'getA',
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    ],
  ])(
    '%s nest 32 deep',
    async (_what, paths) => {
      const dir = writeFiles(tempDir(), { 'spec.json': spec({ paths }) });
      const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
      expect(outcome.kind).toBe('ok');
      if (outcome.kind === 'ok')
        expect(outcome.text.match(/^export class \w+Resource /gm)).toHaveLength(32);
      expect(ms).toBeLessThan(15_000);
    },
    60_000,
  );
});

describe('a long chain of inline $refs', () => {
  // D0 → D1 → … → D8000 under x-defs, entered at every 100th: whether a ref reaches itself
  // was found by a walk from each ref over all it reaches (n² on a chain: minutes); the
  // refs are now judged together, each walked once.
  it('is judged in linear time', async () => {
    const defs: Record<string, object> = {};
    for (let i = 0; i < 8000; i++)
      defs[`D${i}`] = { type: 'object', properties: { next: { $ref: `#/x-defs/D${i + 1}` } } };
    defs.D8000 = { type: 'string' };
    const schemas: Record<string, object> = {};
    for (let i = 0; i < 8000; i += 100) schemas[`S${i}`] = { $ref: `#/x-defs/D${i}` };
    const dir = writeFiles(tempDir(), {
      'spec.json': spec({ 'x-defs': defs, components: { schemas } }),
    });
    const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input')
      expect(outcome.message).toContain('inline schemas are nested more than 160 levels deep');
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});

describe('overlay updates that feed each other', () => {
  // Each action's target `$..*` matches what the one before added: six actions of a
  // dozen nodes grew a tiny spec past 4 GB. What updates add is counted before they are
  // applied, and past ten times the nodes of the inputs it is refused, located.
  it('are refused at once, located', async () => {
    const update = { 'x-a': { p: { q: 1 } }, 'x-b': { p: { q: 1 } }, 'x-c': { p: { q: 1 } } };
    const overlay = {
      overlay: '1.0.0',
      info: { title: 'O', version: '1' },
      actions: Array.from({ length: 12 }, () => ({ target: '$..*', update })),
    };
    const dir = writeFiles(tempDir(), { 'api.json': spec(), 'o.json': overlay });
    const { outcome, ms } = await timed(() => run([join(dir, 'api.json'), join(dir, 'o.json')]));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input') {
      expect(outcome.message).toMatch(
        /o\.json:\d+:\d+: Overlay updates add more than [\d,]+ nodes/,
      );
      expect(outcome.message.match(/Overlay updates add/g)).toHaveLength(1);
    }
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});

describe('a client of many resources', () => {
  // The doc of each resource class says how to reach it (`client.p1`): found by a walk of
  // the whole tree per class, so a spec of 12,000 untagged paths spent 4 s there. One walk.
  it('says where each of 40,000 resources is in linear time', () => {
    const children: ResourceNode[] = Array.from({ length: 40_000 }, (_, i) => ({
      property: `p${i}`,
      className: `P${i}Resource`,
      methods: [],
      children: [],
    }));
    const root: ResourceNode = { property: '', className: 'Client', methods: [], children };
    const start = performance.now();
    const accesses = children.map((child) => resourceAccess(root, child));
    expect(accesses.at(-1)).toBe('client.p39999');
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 120_000);
});

describe('nested maps', () => {
  // additionalProperties of additionalProperties… 40 deep: an object's index signature
  // type was written and then made again to judge whether it stands apart, so each level
  // doubled the work (20 levels: 6 s; 40: days). Each schema's type text is made once.
  // (With validation, 30: deeper inline schemas are refused there, see test/validate/deep-schemas.test.ts.)
  it('of 40 levels take linear time', async () => {
    for (const [levels, options] of [
      [40, {}],
      [30, { validate: true, dates: 'Date' as const }],
    ] as const) {
      let schema: object = { type: 'object', properties: { id: { type: 'string' } } };
      for (let i = 0; i < levels; i++) schema = { type: 'object', additionalProperties: schema };
      const dir = writeFiles(tempDir(), { 'spec.json': spec({ paths: returning(schema) }) });
      const { outcome, ms } = await timed(() => run(join(dir, 'spec.json'), options));
      expect(outcome.kind).toBe('ok');
      expect(ms).toBeLessThan(15_000);
    }
  }, 120_000);

  // Objects with properties and extra keys, each a property of the next: the index signature
  // admits the property types, so each level's type was written twice in the output, 2^depth
  // times in all (14 levels: 6 MB of types, 33 MB with validation; 20 levels: 4.6 GB).
  it('with properties of the same kind, 30 levels deep, make output that grows linearly', async () => {
    let schema: object = { type: 'string' };
    for (let i = 0; i < 30; i++)
      schema = {
        type: 'object',
        properties: { p: schema, q: { type: 'integer' } },
        additionalProperties: { type: 'string' },
      };
    const dir = writeFiles(tempDir(), { 'spec.json': spec({ paths: returning(schema) }) });
    for (const options of [{}, { validate: true }]) {
      const outcome = await run(join(dir, 'spec.json'), options);
      expect(outcome.kind).toBe('ok');
      if (outcome.kind === 'ok') expect(outcome.text.length).toBeLessThan(400_000);
    }
  }, 120_000);

  it('keep what surrounds such an object: a nullable one is any object or null', async () => {
    const schema = {
      type: 'object',
      properties: {
        meta: {
          type: 'object',
          nullable: true,
          properties: { a: { type: 'string' } },
          additionalProperties: { type: 'string' },
        },
      },
      additionalProperties: { type: 'number' },
    };
    const dir = writeFiles(tempDir(), {
      'spec.json': { ...spec({ paths: returning(schema) }), openapi: '3.0.3' },
    });
    const outcome = await run(join(dir, 'spec.json'));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok')
      expect(outcome.text.replace(/\s+/g, '')).toMatch(
        /\[key:string\]:\|?number\|\{\[key:string\]:unknown;\}\|null;/,
      );
  });

  it('keep the exact type of extra keys beside a record property', async () => {
    const schema = {
      type: 'object',
      properties: {
        tags: { type: 'object', additionalProperties: { type: 'string' } },
        inner: {
          type: 'object',
          properties: { a: { type: 'string' } },
          additionalProperties: true,
        },
      },
      required: ['tags', 'inner'],
      additionalProperties: { type: 'integer' },
    };
    const dir = writeFiles(tempDir(), { 'spec.json': spec({ paths: returning(schema) }) });
    const outcome = await run(join(dir, 'spec.json'));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok')
      expect(outcome.text.replace(/\s+/g, '')).toContain(
        '[key:string]:|number|{[key:string]:string;}|{[key:string]:unknown;};',
      );
  });
});

describe('a long chain of components with runtime validation', () => {
  // S0.next is S1, S1.next is S2… : the zod schemas are declared each after the ones it
  // refers to, found by a recursive walk that overflowed the stack at 5,000 components.
  it('of 6,000 generates', async () => {
    const schemas: Record<string, object> = {};
    for (let i = 0; i < 6000; i++)
      schemas[`S${i}`] = {
        type: 'object',
        properties: { next: { $ref: `#/components/schemas/S${i + 1}` } },
      };
    schemas.S6000 = { type: 'string' };
    const dir = writeFiles(tempDir(), {
      'spec.json': spec({
        paths: returning({ $ref: '#/components/schemas/S0' }),
        components: { schemas },
      }),
    });
    const outcome = await run(join(dir, 'spec.json'), { validate: true });
    expect(outcome.kind).toBe('ok');
  }, 120_000);
});

describe('a long chain of allOfs', () => {
  // S0: allOf [S1, {…}], S1: allOf [S2, {…}]…: pagination merged the parts of a page by a
  // recursive walk that overflowed the stack at 5,000 components.
  it('of 5,000 components generates', async () => {
    const schemas: Record<string, object> = {};
    for (let i = 0; i < 5000; i++)
      schemas[`S${i}`] = {
        allOf: [
          { $ref: `#/components/schemas/S${i + 1}` },
          { type: 'object', properties: { [`p${i}`]: { type: 'string' } } },
        ],
      };
    schemas.S5000 = { type: 'object', properties: { id: { type: 'string' } } };
    const dir = writeFiles(tempDir(), {
      'spec.json': spec({
        paths: returning({ $ref: '#/components/schemas/S0' }),
        components: { schemas },
      }),
    });
    const outcome = await run(join(dir, 'spec.json'));
    expect(outcome.kind).toBe('ok');
  }, 120_000);
});

// Red team: descriptions and names whose HTML or naming patterns went back over a long run
// they could not match, once from each of its characters (minutes on a few hundred KB).
describe('spec text read by patterns takes linear time', () => {
  const LINEAR_MS = 15_000;
  const described = (description: string) =>
    spec({
      paths: {
        '/a': {
          get: { operationId: 'getA', description, responses: { '200': { description: 'ok' } } },
        },
      },
    });
  it.each([
    ['a line of spaces after an HTML paragraph', `<p>x</p>\n${' '.repeat(400_000)}x`],
    ['a run of unclosed <pre elements', `<p>x</p>\n${'<pre '.repeat(200_000)}`],
    ['a run of unclosed <a tags', `text <b>x</b>\n${'<a'.repeat(200_000)}>`],
  ])(
    '%s',
    async (_what, description) => {
      const dir = writeFiles(tempDir(), { 'spec.json': described(description) });
      const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
      expect(outcome.kind).toBe('ok');
      expect(ms).toBeLessThan(LINEAR_MS);
    },
    60_000,
  );

  it.each([
    ['a tag of blanks', { tags: [`a${' '.repeat(120_000)}b`] }, /\/tags\/0: A tag of 120,002/],
    [
      'an operationId of capitals',
      { operationId: `${'A'.repeat(40_000)}x` },
      /operationId: An operationId of 40,001/,
    ],
  ])('%s is refused at once, located', async (_what, extra, message) => {
    const document = spec();
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    Object.assign(paths['/a']!.get!, extra);
    const dir = writeFiles(tempDir(), { 'spec.json': document });
    const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input') expect(outcome.message).toMatch(message);
    expect(ms).toBeLessThan(LINEAR_MS);
  });

  // Red team: a TypeScript sample of `import {` 80,000 times took 36 s; `client .` 20,000 times, 5 s.
  it.each([
    ['unclosed imports', 'import {'.repeat(80_000)],
    ['a chain of members that is never called', 'client .'.repeat(20_000)],
  ])(
    'a code sample of %s takes linear time',
    async (_what, source) => {
      const document = spec();
      const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
      paths['/a']!.get!['x-codeSamples'] = [{ lang: 'TypeScript', source }];
      const dir = writeFiles(tempDir(), { 'spec.json': document });
      const { outcome, ms } = await timed(() => run(join(dir, 'spec.json')));
      expect(outcome.kind).toBe('ok');
      expect(ms).toBeLessThan(LINEAR_MS);
    },
    60_000,
  );

  // Red team: an operation in a `$ref`ed path item, or in a webhook, had gone unmeasured.
  it('an operationId in a path item of the components, or in a webhook, is measured too', async () => {
    const long = `Get${'A'.repeat(2_000)}`;
    const item = { get: { operationId: long, responses: { '200': { description: 'ok' } } } };
    const document = spec({
      paths: { '/a': { $ref: '#/components/pathItems/P' } },
      webhooks: { [`hook${'x'.repeat(2_000)}`]: item },
      components: { pathItems: { P: item } },
    });
    const dir = writeFiles(tempDir(), { 'spec.json': document });
    const outcome = await run(join(dir, 'spec.json'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input') {
      expect(outcome.message).toMatch(/pathItems\/P\/get\/operationId: An operationId of 2,003/);
      expect(outcome.message).toMatch(/A webhook name of 2,004/);
    }
  });

  it('a path of 2,000 characters is refused, its pointer cut short', async () => {
    const path = `/${'{'.repeat(2_000)}`;
    const document = spec({
      paths: { [path]: { get: { responses: { '200': { description: 'ok' } } } } },
    });
    const dir = writeFiles(tempDir(), { 'spec.json': document });
    const outcome = await run(join(dir, 'spec.json'));
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind === 'bad-input') {
      expect(outcome.message).toMatch(/A path of 2,001 characters: a name is at most 1,024/);
      expect(outcome.message.length).toBeLessThan(1_000);
    }
  });
});
