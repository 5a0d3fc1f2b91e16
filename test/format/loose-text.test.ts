/**
 * Leftover statements are written plainly for prettier (src/print/loose-text.ts)
 * instead of by ts-morph: prettier must make the same text of both.
 */
import { printStructure, type Structures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { StructureKind, VariableDeclarationKind } from '../../src/emit/structure-kind.js';
import { formatText } from '../../src/format/prettier.js';
import { looseText } from '../../src/print/loose-text.js';

const docs = [{ description: '\nA summary\n\nWith `code` and a second paragraph.', tags: [] }];
const objectType =
  '{\n/**\n * The kind, `a` or `b`.\n */\nkind: "a" | "b";\nitems?: {\n[key: string]: unknown;\n}[];\n}';

const cases: Array<[string, Structures]> = [
  [
    'a type alias',
    {
      kind: StructureKind.TypeAlias,
      name: 'Pet',
      isExported: true,
      docs,
      type: `Named & ${objectType}`,
    },
  ],
  [
    'a const',
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      declarations: [{ name: 'Kinds', type: 'readonly Kind[]', initializer: '["a", "b"]' }],
    },
  ],
  [
    'a function',
    {
      kind: StructureKind.Function,
      name: 'getPet',
      isExported: true,
      docs,
      parameters: [
        { name: 'client', type: 'Core' },
        { name: 'kind', type: '"cat" | "dog"' },
        { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
      ],
      returnType: `ApiPromise<${objectType}>`,
      statements: [
        `return client.request<${objectType}>({ method: "GET", path: path\`/pets/\${kind}\`, accept: "application/json" }, options);`,
      ],
    },
  ],
  [
    'a property',
    {
      kind: StructureKind.PropertySignature,
      name: '"x-y"',
      hasQuestionToken: true,
      docs,
      type: objectType,
    },
  ],
  [
    'an index signature',
    {
      kind: StructureKind.IndexSignature,
      keyName: 'key',
      keyType: 'string',
      returnType: 'string | number',
    },
  ],
];

describe('leftovers written without ts-morph', () => {
  it.each(cases)('%s formats as ts-morph’s print does', async (_name, structure) => {
    const loose = looseText(structure);
    expect(loose).toBeDefined();
    const options = { indentNumberOfSpaces: 2, useSingleQuote: true };
    // A member alone is no statement: both are formatted inside an interface, as the format stage does.
    const member =
      structure.kind === StructureKind.PropertySignature ||
      structure.kind === StructureKind.IndexSignature;
    const format = (text: string) => formatText(member ? `interface Member {\n${text}\n}` : text);
    expect(await format(loose!)).toBe(await format(printStructure(structure, options)));
  });

  it('leaves a multi-line template literal to ts-morph', () => {
    const statement = 'return `a\nb`;';
    expect(
      looseText({ kind: StructureKind.Function, name: 'f', statements: [statement] }),
    ).toBeUndefined();
  });

  it('writes a class method inside its class as ts-morph does', async () => {
    const method = {
      name: 'list',
      docs,
      parameters: [{ name: 'params', type: 'ListParams', hasQuestionToken: true }],
      returnType: 'PagePromise<Page, Pet>',
      statements: ['return listPets(this.#client, params, options);'],
    };
    const loose = looseText({ kind: StructureKind.Method, ...method });
    const wrap = (text: string) => formatText(`class Member {\n${text}\n}`);
    expect(await wrap(loose!)).toBe(
      await wrap(
        printStructure({ kind: StructureKind.Method, ...method }, { indentNumberOfSpaces: 2 }),
      ),
    );
  });
});
