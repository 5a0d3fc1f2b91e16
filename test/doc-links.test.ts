/**
 * Every `{@link …}` in the generated docs names something in scope, so an editor follows it:
 * a function's docs are a summary and a link to its method's, and a params type links to its
 * function. Their targets had not been imported, and the links were plain text.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const SDK = 'generated/conformance';

function unresolvedLinks(files: readonly string[]): string[] {
  const program = ts.createProgram(
    files.map((f) => join(SDK, f)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const unresolved: string[] = [];
  let links = 0;
  for (const file of files) {
    const source = program.getSourceFile(join(SDK, file))!;
    const visit = (node: ts.Node): void => {
      if (ts.isJSDocLink(node) && node.name !== undefined) {
        links++;
        if (checker.getSymbolAtLocation(node.name) === undefined)
          unresolved.push(`${file}: ${node.name.getText(source)}`);
      }
      ts.forEachChild(node, visit);
      for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) visit(doc);
    };
    visit(source);
  }
  expect(links).toBeGreaterThan(20);
  return unresolved;
}

it("resolves every link in the functions' and the types' docs", () => {
  expect(unresolvedLinks(['operations.ts', 'types.ts', 'client.ts'])).toEqual([]);
});
