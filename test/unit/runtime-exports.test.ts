/** The naming module's list of runtime exports must match what the runtime really exports. */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../src/ir/naming.js';

it('RUNTIME_EXPORTS lists exactly the names templates/runtime/index.ts exports', () => {
  const file = ts.createSourceFile(
    'index.ts',
    readFileSync('templates/runtime/index.ts', 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const exported = file.statements
    .filter(ts.isExportDeclaration)
    .flatMap((d) =>
      d.exportClause && ts.isNamedExports(d.exportClause)
        ? d.exportClause.elements.map((e) => e.name.text)
        : [],
    );
  expect([...exported].sort()).toEqual([...RUNTIME_EXPORTS].sort());
});
