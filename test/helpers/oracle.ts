/**
 * openapi-typescript as a test oracle: for a spec, writes its
 * `components["schemas"]` types and a check file asserting that each of our
 * named types and theirs are mutually assignable. `tsc` then verifies it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadSpec } from '../../src/load/index.js';
import { normalizeDocument } from '../../src/normalize/document.js';

export interface OracleFiles {
  readonly checkFile: string;
  readonly compared: readonly string[];
}

/** A documented difference: ours is `narrower` (checked one way), or the two `differ` (not compared). */
export type Difference = { readonly kind: 'narrower' | 'differ'; readonly why: string };

export async function writeOracle(
  inputs: string[],
  sdkDir: string,
  workDir: string,
  differences: Readonly<Record<string, Difference>> = {},
): Promise<OracleFiles> {
  const { document } = await loadSpec(inputs);
  // Options that state JSON Schema's meaning, which is ours: a property with a
  // default is still optional, and `{type: object}` alone admits any keys.
  const ast = await openapiTS(document, {
    defaultNonNullable: false,
    emptyObjectsUnknown: true,
    silent: true,
  });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, 'oracle.ts'), astToString(ast));
  const api = normalizeDocument(document);
  const components = api.schemas.filter(
    (s) => !s.key.startsWith('#') && differences[s.typeName]?.kind !== 'differ',
  );
  const typesModule = `${relative(workDir, join(sdkDir, 'types.js')).replace(/\\/g, '/')}`;
  const lines = [
    `import type { components } from './oracle.js';`,
    `import type * as sdk from '${typesModule.startsWith('.') ? typesModule : `./${typesModule}`}';`,
    '',
    '// Mutual assignability, not identity: both are the same set of values.',
    '// Plain assignments, which tsc decides even for recursive types.',
    ...components.flatMap((s, i) => {
      const theirs = `components['schemas'][${JSON.stringify(s.key)}]`;
      const lines = [
        `declare const ours${i}: sdk.${s.typeName};`,
        `export const toTheirs${i}: ${theirs} = ours${i};`,
      ];
      if (differences[s.typeName]?.kind !== 'narrower') {
        lines.push(
          `declare const theirs${i}: ${theirs};`,
          `export const toOurs${i}: sdk.${s.typeName} = theirs${i};`,
        );
      }
      return lines;
    }),
  ];
  const checkFile = join(workDir, 'check.ts');
  writeFileSync(checkFile, `${lines.join('\n')}\n`);
  return { checkFile, compared: components.map((s) => s.typeName) };
}
