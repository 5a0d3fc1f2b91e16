/**
 * The `single` layout: types, operations and client in one `index.ts`. The
 * per-file structures are merged: imports between them disappear, the runtime
 * imports are united (a name imported as a value anywhere stays a value).
 */
import type {
  ImportDeclarationStructure,
  SourceFileStructure,
  StatementStructures,
} from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import type { Api } from '../ir/api.js';
import type { FilePlan } from './file-plan.js';
import { spaced } from './file-plan.js';
import { runtimeReexport } from './index-file.js';

const LOCAL_MODULES = new Set(['./types.js', './operations.js', './client.js']);
const RUNTIME = './runtime/index.js';

export function singleFile(api: Api, parts: readonly FilePlan[]): FilePlan {
  const runtimeNames = new Map<string, boolean>(); // name → imported as a type only
  const bodies: StatementStructures[][] = [];
  // The functions and the methods import the same body checks: once is enough.
  const otherImports = new Set<string>();
  for (const part of parts) {
    if (!('structure' in part)) continue;
    const body: StatementStructures[] = [];
    for (const statement of statementsOf(part.structure)) {
      if (statement.kind !== StructureKind.ImportDeclaration) {
        body.push(statement);
        continue;
      }
      if (LOCAL_MODULES.has(statement.moduleSpecifier)) continue;
      if (statement.moduleSpecifier !== RUNTIME) {
        const key = JSON.stringify(statement);
        if (!otherImports.has(key)) body.push(statement);
        otherImports.add(key);
        continue;
      }
      for (const raw of namedImports(statement)) {
        const typeOnly = statement.isTypeOnly === true || raw.startsWith('type ');
        const name = raw.replace(/^type /, '');
        runtimeNames.set(name, (runtimeNames.get(name) ?? true) && typeOnly);
      }
    }
    bodies.push(body);
  }
  const names = [...runtimeNames]
    // English collation, whatever the machine's locale: the output must not depend on it.
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([name, typeOnly]) => (typeOnly ? `type ${name}` : name));
  const runtimeImport: ImportDeclarationStructure = {
    kind: StructureKind.ImportDeclaration,
    namedImports: names,
    moduleSpecifier: RUNTIME,
  };
  const reexport = runtimeReexport(api);
  return {
    path: 'index.ts',
    structure: {
      kind: StructureKind.SourceFile,
      statements: spaced([[runtimeImport], ...bodies, [reexport]]),
    },
  };
}

function statementsOf(structure: SourceFileStructure): StatementStructures[] {
  const statements = Array.isArray(structure.statements) ? structure.statements : [];
  return statements.filter((s): s is StatementStructures => typeof s === 'object');
}

function namedImports(statement: ImportDeclarationStructure): string[] {
  const named = statement.namedImports;
  if (!Array.isArray(named)) return [];
  return named
    .map((n) => (typeof n === 'string' ? n : typeof n === 'object' && 'name' in n ? n.name : ''))
    .filter(Boolean);
}
