/**
 * Keys a spec chooses (`__proto__`, `constructor`, `toString`) are names like any
 * other: merging inputs never writes onto Object.prototype, and pointers never
 * reach what objects inherit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { resolvePointer } from '../../src/load/validate.js';
import { cleanTempDirs, run, spec, tempDir, writeFiles, type Outcome } from './load-support.js';

const PAYLOAD = '*/ injected(); /*';
const baseline = Object.getOwnPropertyNames(Object.prototype);

function addedToObjectPrototype(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).filter((key) => !baseline.includes(key));
}

afterEach(() => {
  // A failing run must not poison the tests after it.
  for (const key of addedToObjectPrototype())
    delete (Object.prototype as Record<string, unknown>)[key];
  cleanTempDirs();
});

function expectNoInjection(outcome: Outcome): void {
  expect(addedToObjectPrototype()).toEqual([]);
  expect(outcome.kind).not.toBe('crash');
  // The payload may appear escaped (`*\/`) where the spec puts it in a description, never as written.
  if (outcome.kind === 'ok') expect(outcome.text).not.toContain(PAYLOAD);
}

// JSON text, because an object literal's `__proto__` would set the prototype of the literal itself.
const protoComponents = `{"openapi":"3.1.0","info":{"title":"T","version":"1"},"paths":{},
  "components":{"__proto__":{"docs":["${PAYLOAD}"],"polluted":true}}}`;
const protoPaths = `{"openapi":"3.1.0","info":{"title":"T","version":"1"},
  "paths":{"__proto__":{"get":{"operationId":"polluter","responses":{"200":{"description":"${PAYLOAD}"}}}}}}`;
const protoKind = `{"openapi":"3.1.0","info":{"title":"T","version":"1"},"paths":{},
  "components":{"schemas":{"Other":{"type":"string"}},"responses":{"__proto__":{"description":"${PAYLOAD}"}}}}`;

describe('merging inputs keeps spec keys off Object.prototype', () => {
  it.each([
    ['components', protoComponents],
    ['paths', protoPaths],
    ['a components kind', protoKind],
  ])('two files, the second with __proto__ under %s', async (_what, second) => {
    const dir = writeFiles(tempDir(), { 'a.json': spec(), 'b.json': second });
    const outcome = await run([`${dir}/a.json`, `${dir}/b.json`]);
    expectNoInjection(outcome);
    expect(outcome.kind).toBe('ok');
  });

  it('a folder of pages', async () => {
    const dir = writeFiles(tempDir(), { 'pages/1.json': spec(), 'pages/2.json': protoComponents });
    const outcome = await run(`${dir}/pages`);
    expectNoInjection(outcome);
    expect(outcome.kind).toBe('ok');
  });

  it('one markdown page with two yaml blocks', async () => {
    const page = [
      '# API',
      '```yaml',
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses: { '200': { description: ok } }",
      '```',
      'More:',
      '```yaml',
      `openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  __proto__:\n    docs: ['${PAYLOAD}']\n  schemas:\n    __proto__:\n      docs: ['${PAYLOAD}']`,
      '```',
    ].join('\n');
    const dir = writeFiles(tempDir(), { 'page.md': page });
    const outcome = await run(`${dir}/page.md`);
    expectNoInjection(outcome);
    expect(outcome.kind).toBe('ok');
  });

  it('the same component name in two inputs: __proto__ is compared as a name, not as the prototype', async () => {
    const named = `{"openapi":"3.1.0","info":{"title":"T","version":"1"},"paths":{},"components":{"schemas":{"__proto__":{"type":"string"}}}}`;
    const dir = writeFiles(tempDir(), { 'a.json': spec(), 'b.json': named, 'c.json': named });
    const outcome = await run([`${dir}/a.json`, `${dir}/b.json`, `${dir}/c.json`]);
    expectNoInjection(outcome);
    expect(outcome.kind).toBe('ok');
  });
});

describe('one file', () => {
  it('__proto__ as a component kind, a schema name and a property name', async () => {
    const text = `{"openapi":"3.1.0","info":{"title":"T","version":"1"},
      "paths":{"/a":{"get":{"operationId":"getA","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Box"}}}}}}}},
      "components":{"__proto__":{"docs":["${PAYLOAD}"]},
        "schemas":{"Box":{"type":"object","properties":{"__proto__":{"type":"string"},"constructor":{"type":"integer"}}}}}}`;
    const dir = writeFiles(tempDir(), { 'api.json': text });
    const outcome = await run(`${dir}/api.json`);
    expectNoInjection(outcome);
    expect(outcome.kind).toBe('ok');
  });
});

describe('parsing', () => {
  it.each(['json', 'yaml'] as const)(
    '%s keeps __proto__ as an own key and never sets a prototype',
    (language) => {
      const text =
        language === 'json'
          ? '{"__proto__": {"polluted": true}, "a": {"__proto__": []}}'
          : '__proto__: { polluted: true }\na:\n  __proto__: []\n';
      const { value } = parseSource({
        file: `x.${language}`,
        fileText: text,
        text,
        language,
        firstLine: 1,
      });
      const doc = value as Record<string, Record<string, unknown>>;
      expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
      expect(Object.hasOwn(doc, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(doc.a)).toBe(Object.prototype);
      expect(Object.hasOwn(doc.a!, '__proto__')).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('pointers', () => {
  const doc = { components: { schemas: { Pet: { type: 'object' } } }, list: [1, 2] };
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '#/components/schemas/%s points at nothing',
    (name) => {
      expect(resolvePointer(doc, `#/components/schemas/${name}`)).toBeUndefined();
    },
  );

  it('arrays are indexed by numbers only', () => {
    expect(resolvePointer(doc, '#/list/1')).toBe(2);
    expect(resolvePointer(doc, '#/list/length')).toBeUndefined();
    expect(resolvePointer(doc, '#/list/01')).toBeUndefined();
  });

  it('a $ref to an inherited name is reported as pointing at nothing, with where it is', async () => {
    const dir = writeFiles(tempDir(), {
      'api.json': spec({
        paths: {
          '/a': {
            get: {
              operationId: 'getA',
              parameters: [{ $ref: '#/components/parameters/hasOwnProperty' }],
              responses: {
                '200': {
                  description: 'ok',
                  content: {
                    'application/json': { schema: { $ref: '#/components/schemas/toString' } },
                  },
                },
              },
            },
          },
        },
        components: {
          schemas: { Pet: { type: 'string' } },
          parameters: { Id: { name: 'id', in: 'query', schema: { type: 'string' } } },
        },
      }),
    });
    const outcome = await run(`${dir}/api.json`);
    expect(outcome.kind).toBe('bad-input');
    if (outcome.kind !== 'bad-input') return;
    expect(outcome.message).toMatch(
      /api\.json:\d+:\d+ at \/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "#\/components\/schemas\/toString" points at nothing/,
    );
    expect(outcome.message).toMatch(
      /api\.json:\d+:\d+ at \/paths\/~1a\/get\/parameters\/0\/\$ref: \$ref "#\/components\/parameters\/hasOwnProperty" points at nothing/,
    );
  });
});
