/**
 * Property: any string from a spec, made into a string literal, a key, template
 * text or JSDoc text and printed by ts-morph's writer, reads back as exactly
 * that string, and the file around it stays what it was (the writer never loses
 * track of where strings and comments end).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import fc from 'fast-check';
import { printStructure, StructureKind, type StatementStructures } from 'ts-morph';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  jsdocText,
  objectLiteralKey,
  propertyKey,
  stringLiteral,
  templateLiteral,
} from '../../src/emit/escape.js';
import { jsdoc } from '../../src/emit/jsdoc.js';
import { typeText } from '../../src/emit/type-syntax.js';
import { generate } from '../../src/index.js';
import { typecheck } from '../helpers/typecheck.js';

/** Pieces that end strings, templates or comments early, or that the writer reads as state. */
const PIECES = [
  '\\',
  '"',
  "'",
  '`',
  '${',
  '$',
  '{',
  '}',
  '*/',
  '/*',
  '//',
  '/',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u2028',
  '\u2029',
  '\0',
  '\u0001',
  '\x7f',
  '\u0085',
  '\uD800',
  '\uDFFF',
  '\uD83D',
  '😀',
  'é',
  'e\u0301',
  'σ',
  'ς',
  '²',
  '\u200D',
  '\uFEFF',
  '\u202E',
  '\u{10FFFF}',
  '</script>',
  '<!--',
  '-->',
  '@param',
  'C:\\',
  '\\u0041',
  '\\x',
  '0',
  '1',
  'a',
  'Z',
  ' ',
  '__proto__',
  'constructor',
];

/** Any text: pieces joined, or arbitrary UTF-16 (lone surrogates included). */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({
    unit: fc.constantFrom('\\', '"', '`', '$', '{', '}', '*', '/', '\n', 'a'),
    maxLength: 8,
  }),
);

/** Every string in `texts`, in each context, in one source file; the statements and what each should hold. */
function literalsFile(texts: readonly string[]): string {
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.TypeAlias,
      name: 'Union',
      isExported: true,
      type: texts.map(stringLiteral).join(' | ') || 'never',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarations: [{ name: 'values', initializer: `[${texts.map(stringLiteral).join(', ')}]` }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarations: [
        {
          name: 'keyed',
          initializer: `[${texts.map((t) => `{ ${objectLiteralKey(t)}: ${stringLiteral(t)} }`).join(', ')}]`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'tag',
      parameters: [
        { name: 'strings', type: 'TemplateStringsArray' },
        { name: '...values', type: 'number[]' },
      ],
      statements: ['return [[...strings], values] as const;'],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      // Text, a value, text: two pieces of text must never join into `${`.
      declarations: [
        {
          name: 'templates',
          initializer: `[${texts.map((t, i) => `tag${templateLiteral([t, { expression: String(i) }, t])}`).join(', ')}]`,
        },
      ],
    },
    ...texts.map((t, i): StatementStructures => ({
      kind: StructureKind.Interface,
      name: `Documented${i}`,
      isExported: true,
      docs: jsdoc(
        [t],
        [
          { tag: 'param', text: t },
          { tag: 'example', text: t },
        ],
      ),
      properties: [
        {
          name: propertyKey(t),
          type: typeText(
            {
              kind: 'object',
              properties: [{ name: t, required: true, schema: { kind: 'string', description: t } }],
              additional: false,
            },
            context,
          ),
        },
      ],
    })),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarations: [{ name: 'last', initializer: '"end"' }],
    },
  ];
  return printStructure({ kind: StructureKind.SourceFile, statements });
}

const context = { view: 'response', nameOf: (t: string) => t, schemaOf: () => undefined } as const;

interface Evaluated {
  values: string[];
  keyed: Array<Record<string, string>>;
  templates: Array<readonly [string[], number[]]>;
  last: string;
}

function evaluate(source: string): Evaluated {
  const { outputText, diagnostics } = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  expect(
    diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) ?? [],
  ).toEqual([]);
  const module = { exports: {} as Evaluated };
  // In this realm, so that arrays and prototypes compare as ours.
  const run = runInThisContext(`(function (module, exports) {\n${outputText}\n})`) as (
    m: typeof module,
    e: Evaluated,
  ) => void;
  run(module, module.exports);
  return module.exports;
}

function checkReadsBack(texts: readonly string[]): void {
  const source = literalsFile(texts);
  const out = evaluate(source);
  expect(out.values).toStrictEqual(texts);
  out.keyed.forEach((object, i) => {
    const text = texts[i]!;
    expect(Object.keys(object)).toStrictEqual([text]);
    expect(Object.hasOwn(object, text) && object[text]).toBe(text);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });
  expect(out.templates).toStrictEqual(texts.map((t, i) => [[t, t], [i]]));
  expect(out.last).toBe('end');

  // Every statement is where it was put: no comment ended early, no text became code.
  const file = ts.createSourceFile('literals.ts', source, ts.ScriptTarget.ES2022, true);
  const { TypeAliasDeclaration, VariableStatement, FunctionDeclaration, InterfaceDeclaration } =
    ts.SyntaxKind;
  expect(file.statements.map((s) => s.kind)).toStrictEqual([
    TypeAliasDeclaration,
    VariableStatement,
    VariableStatement,
    FunctionDeclaration,
    VariableStatement,
    ...texts.map(() => InterfaceDeclaration),
    VariableStatement,
  ]);
  file.statements.filter(ts.isInterfaceDeclaration).forEach((declaration, i) => {
    const text = texts[i]!;
    // One JSDoc, holding each line of the escaped text; the member keeps its name.
    const comments = ts.getLeadingCommentRanges(source, declaration.pos) ?? [];
    expect(comments).toHaveLength(1);
    const comment = source.slice(comments[0]!.pos, comments[0]!.end);
    for (const line of jsdocText(text.trim()).split('\n')) expect(comment).toContain(line.trim());
    const [member] = declaration.members;
    expect(
      member && ts.isPropertySignature(member) && ts.isIdentifier(member.name)
        ? member.name.text
        : (member?.name as ts.StringLiteral | undefined)?.text,
    ).toBe(text);
    const inner =
      member && ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type)
        ? member.type.members[0]
        : undefined;
    expect(
      inner && ts.isPropertySignature(inner)
        ? ts.isIdentifier(inner.name)
          ? inner.name.text
          : (inner.name as ts.StringLiteral).text
        : undefined,
    ).toBe(text);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'codegen-literals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('literals, keys, template text and JSDoc from any string', () => {
  it('the cases that broke the writer or a comment', () => {
    checkReadsBack([
      'C:\\',
      'C:\\"',
      '\\',
      '\\\\',
      '*/',
      '`',
      '${x}',
      '$',
      '\u2028',
      '\uD800',
      '\0',
      '\0' + '1',
      '*/ alert(1) /*',
      '',
    ]);
  });

  it('read back exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 6 }), (texts) =>
        checkReadsBack(texts),
      ),
      { numRuns: 300, seed: 20_260_101 },
    );
  });

  it('type-check under the SDK compiler options', () => {
    const texts = fc
      .sample(fc.array(anyText, { minLength: 1, maxLength: 6 }), { numRuns: 60, seed: 7 })
      .flat();
    const file = join(dir, 'literals.ts');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(file, literalsFile(texts));
    expect(typecheck([file])).toEqual([]);
  });
});

describe('through the whole generator', () => {
  /** Text a path may hold outside its `{name}`s: no braces, and no `?` or `#`, which would end the path. */
  const pathText = (text: string) => text.replace(/[{}?#]/g, '');

  function hostileSpec(texts: readonly string[]): Record<string, unknown> {
    const [first = 'x', ...rest] = texts;
    return {
      openapi: '3.1.0',
      info: { title: 'Literals', version: '1', description: first },
      paths: {
        [`/a${pathText(first)}/{id}${pathText(rest.join(''))}`]: {
          get: {
            operationId: 'getThing',
            summary: first,
            description: rest.join(' '),
            tags: [first],
            parameters: [
              {
                name: 'id',
                in: 'path',
                required: true,
                description: first,
                schema: { type: 'string' },
              },
            ],
            responses: {
              '200': {
                description: first,
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          // After `"C:\\"` the writer used to read the next literal as code: its `/*` opened a comment closed by a stray `*/`.
          Drive: { type: 'string', enum: ['C:\\', '/*'], description: first },
          Hostile: { type: 'string', enum: [...new Set(texts)], description: first },
          Thing: {
            type: 'object',
            description: rest.join('\n'),
            properties: Object.fromEntries(
              texts.map((t, i) => [
                t,
                { type: 'string', description: texts[(i + 1) % texts.length], example: t },
              ]),
            ),
          },
        },
      },
    };
  }

  const cases = [
    { format: false, layout: 'resources' },
    { format: true, layout: 'files' },
  ] as const;

  it.each(cases)(
    'format: $format, layout: $layout: the SDK compiles and the enum values read back',
    async ({ format, layout }) => {
      const texts = [
        'C:\\',
        ...fc
          .sample(anyText, { numRuns: 40, seed: format ? 11 : 12 })
          .filter((t) => t !== '' && !t.startsWith('x-')),
      ];
      const input = join(dir, `spec-${layout}.json`);
      writeFileSync(input, JSON.stringify(hostileSpec(texts)));
      const output = join(dir, `sdk-${layout}`);
      await generate({ input, output, format, layout });
      writeFileSync(join(output, 'package.json'), '{ "type": "module" }\n');
      expect(typecheck([join(output, 'index.ts')])).toEqual([]);
      const types = evaluate(readFileSync(join(output, 'types.ts'), 'utf8')) as unknown as {
        DriveValues: string[];
        HostileValues: string[];
      };
      expect(types.DriveValues).toEqual(['C:\\', '/*']);
      expect(types.HostileValues).toEqual([...new Set(texts)]);
    },
  );
});
