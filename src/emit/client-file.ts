/**
 * `client.ts`: the core (options and transport), then the client class (the core
 * plus resources) and one class per resource. One module: a bundler drops the
 * client and its resources from a program that uses only the core and functions.
 */
import type {
  ClassDeclarationStructure,
  InterfaceDeclarationStructure,
  StatementStructures,
  VariableStatementStructure,
} from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './structure-kind.js';
import type { Api, Operation } from '../ir/api.js';
import type { ResourceNode } from '../ir/resources.js';
import { coreDeclarations, coreRuntimeImports } from './core-file.js';
import type { FilePlan } from './file-plan.js';
import { jsdoc } from './jsdoc.js';
import { resourceAccess } from './method-paths.js';
import { typeContext } from './names.js';
import {
  operationSignature,
  returnRuntimeTypes,
  signatureTypeNames,
  type OperationSignature,
} from './operation-signature.js';
import type { TypeContext } from './type-syntax.js';

/** Without `resources` (`emit: functions`), only the core. */
export function clientFile(
  api: Api,
  { resources, validate = false }: { resources: boolean; validate?: boolean | undefined },
): FilePlan {
  const ctx = typeContext(api);
  const statements: StatementStructures[] = [
    ...imports(api, resources),
    // With `validate`, the core records which bodies its calls check.
    ...(validate
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            namedImports: ['configureValidation as $configureValidation'],
            moduleSpecifier: './runtime/validate.js',
          } satisfies StatementStructures,
        ]
      : []),
    ...coreDeclarations(api, validate),
    ...(resources
      ? [
          rootClass(api, ctx),
          // Children first: a resource's table names its children's classes when it is built.
          ...descendants(api.resources)
            .reverse()
            .flatMap((node) => resourceDeclarations(api, node, ctx)),
        ]
      : []),
  ];
  return { path: 'client.ts', structure: { kind: StructureKind.SourceFile, statements } };
}

function rootClass(api: Api, ctx: TypeContext): ClassDeclarationStructure {
  const { className, coreName } = api.client;
  const root = api.resources;
  const example = `new ${className}(${api.securitySchemes.length > 0 ? `{ ${api.securitySchemes[0]!.optionName}: '…' }` : ''})`;
  return {
    kind: StructureKind.Class,
    name: className,
    isExported: true,
    extends: coreName,
    docs: jsdoc(
      [`${api.title}${api.version ? ` (${api.version})` : ''}`, api.description],
      [{ tag: 'example', text: `Create a client\n\`\`\`ts\nconst client = ${example};\n\`\`\`` }],
    ),
    properties: root.children.map((child) => ({
      name: child.property,
      isReadonly: true,
      type: child.className,
      initializer: `new ${child.className}(this)`,
    })),
    // Operations at the root are methods of the client itself, calling their functions with it.
    methods: root.methods.map(({ name, functionName }) => {
      const signature = operationSignature(api, operationNamed(api, functionName), ctx, false);
      const args = ['this', ...signature.parameters.map((p) => p.name)].join(', ');
      return {
        ...methodSignature(name, signature),
        statements: [`return ${functionName}(${args});`],
      };
    }),
  };
}

/**
 * A resource: an interface with its methods' signatures and docs and its child
 * resources, and the class of the same name that the runtime's `resource` builds
 * from a table of the operations' functions (pure: a program that never creates the
 * client drops it and the functions).
 */
function resourceDeclarations(
  api: Api,
  node: ResourceNode,
  ctx: TypeContext,
): [InterfaceDeclarationStructure, VariableStatementStructure] {
  const table = (entries: ReadonlyArray<readonly [string, string]>) =>
    `{ ${entries.map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
  const methods = table(node.methods.map((m) => [m.name, m.functionName] as const));
  const children =
    node.children.length > 0
      ? `, ${table(node.children.map((c) => [c.property, c.className] as const))}`
      : '';
  return [
    {
      kind: StructureKind.Interface,
      name: node.className,
      isExported: true,
      docs: jsdoc([`Methods of \`${resourceAccess(api.resources, node)}\`.`]),
      properties: node.children.map((child) => ({
        name: child.property,
        isReadonly: true,
        type: child.className,
      })),
      methods: node.methods.map(({ name, functionName }) =>
        methodSignature(
          name,
          operationSignature(api, operationNamed(api, functionName), ctx, false),
        ),
      ),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: node.className,
          initializer: `/* @__PURE__ */ resource<${node.className}>(${methods}${children})`,
        },
      ],
    },
  ];
}

function methodSignature(name: string, signature: OperationSignature) {
  return {
    name,
    docs: signature.docs,
    parameters: signature.parameters,
    returnType: signature.returnType,
  };
}

function imports(api: Api, resources: boolean): StatementStructures[] {
  const methods = resources
    ? descendants(api.resources, true).flatMap((n) =>
        n.methods.map((m) => operationNamed(api, m.functionName)),
      )
    : [];
  const ctx = typeContext(api);
  const schemaTypes = [
    ...new Set(methods.flatMap((op) => signatureTypeNames(op, ctx, false))),
  ].sort();
  const core = coreRuntimeImports(api);
  // The runtime's `resource` builds every resource below the client.
  const values = api.resources.children.length > 0 && resources ? ['resource'] : [];
  const runtimeTypes = [
    ...new Set([
      ...core.types,
      ...methods.flatMap((op) => [...returnRuntimeTypes(op), 'RequestOptions']),
    ]),
  ].sort();
  const out: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [
        ...[...core.values, ...values].sort(),
        ...runtimeTypes.map((t) => `type ${t}`),
      ],
      moduleSpecifier: './runtime/index.js',
    },
  ];
  if (methods.length > 0)
    out.push({
      kind: StructureKind.ImportDeclaration,
      namedImports: [...new Set(methods.map((op) => op.functionName))].sort(),
      moduleSpecifier: './operations.js',
    });
  if (schemaTypes.length > 0)
    out.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      namedImports: schemaTypes,
      moduleSpecifier: './types.js',
    });
  return out;
}

// One index per API, built on first use: GitHub's tree names 1,223 operations.
const operationIndex = new WeakMap<Api, Map<string, Operation>>();

function operationNamed(api: Api, functionName: string): Operation {
  let index = operationIndex.get(api);
  if (index === undefined) {
    index = new Map(api.operations.map((op) => [op.functionName, op]));
    operationIndex.set(api, index);
  }
  const operation = index.get(functionName);
  if (operation === undefined)
    throw new Error(`The resource tree names an operation that is not in the API: ${functionName}`);
  return operation;
}

function descendants(node: ResourceNode, includeSelf = false): ResourceNode[] {
  return [...(includeSelf ? [node] : []), ...node.children.flatMap((c) => descendants(c, true))];
}
