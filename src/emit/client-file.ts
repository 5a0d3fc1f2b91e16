/**
 * `client.ts`: the core (options and transport), then the client class (the core
 * plus resources) and one class per resource. One module: a bundler drops the
 * client and its resources from a program that uses only the core and functions.
 * A method sends its request itself, with the call its function makes: calling the
 * function instead would put a minified name per operation, which gzip cannot
 * shrink, twice into every bundle of the client (GitHub's: 6 KB of 33).
 */
import type { ClassDeclarationStructure, StatementStructures } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import type { Api, Operation } from '../ir/api.js';
import type { ResourceNode } from '../ir/resources.js';
import { constructionExample, coreDeclarations, coreRuntimeImports } from './core-file.js';
import type { FilePlan } from './file-plan.js';
import { jsdoc } from './jsdoc.js';
import { resourceAccess } from './method-paths.js';
import { typeContext } from './names.js';
import {
  operationSignature,
  returnRuntimeTypes,
  signatureTypeNames,
  withOverloads,
} from './operation-signature.js';
import {
  bodyCheckImports,
  operationSchemas,
  requestCall,
  runtimeValuesOf,
  type OperationSchemas,
} from './request-call.js';
import type { TypeContext } from './type-syntax.js';

/** Without `resources` (`emit: functions`), only the core. */
export function clientFile(
  api: Api,
  { resources, validate = false }: { resources: boolean; validate?: boolean | undefined },
): FilePlan {
  const ctx = typeContext(api);
  const schemasOf = validate ? operationSchemas(api) : undefined;
  const statements: StatementStructures[] = [
    ...imports(api, resources, schemasOf),
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
    ...coreDeclarations(api, validate, resources),
    ...(resources
      ? [
          rootClass(api, ctx, schemasOf),
          ...descendants(api.resources).map((node) => resourceClass(api, node, ctx, schemasOf)),
        ]
      : []),
  ];
  return { path: 'client.ts', structure: { kind: StructureKind.SourceFile, statements } };
}

function rootClass(
  api: Api,
  ctx: TypeContext,
  schemasOf: OperationSchemas | undefined,
): ClassDeclarationStructure {
  const { className, coreName } = api.client;
  const example = constructionExample(api, className);
  return {
    ...resourceClass(api, api.resources, ctx, schemasOf, true),
    name: className,
    extends: coreName,
    docs: jsdoc(
      [`${api.title}${api.version ? ` (${api.version})` : ''}`, api.description],
      [{ tag: 'example', text: `Create a client\n\`\`\`ts\nconst client = ${example};\n\`\`\`` }],
    ),
  };
}

/** A class with the node's child resources as properties and its operations as methods. */
function resourceClass(
  api: Api,
  node: ResourceNode,
  ctx: TypeContext,
  schemasOf: OperationSchemas | undefined,
  isRoot = false,
): ClassDeclarationStructure {
  const core = api.client.coreName;
  const client = isRoot ? 'this' : 'this.#client';
  // Only a resource with methods keeps the client (an unread field fails `noUnusedLocals`).
  const keepsClient = !isRoot && node.methods.length > 0;
  return {
    kind: StructureKind.Class,
    name: node.className,
    isExported: true,
    docs: jsdoc([`Methods of \`${resourceAccess(api.resources, node)}\`.`]),
    properties: [
      ...(keepsClient ? [{ name: '#client', type: core, isReadonly: true }] : []),
      // The root can build its children inline; a resource must wait for its constructor
      // to have stored the client.
      ...node.children.map((child) => ({
        name: child.property,
        isReadonly: true,
        type: child.className,
        ...(isRoot && { initializer: `new ${child.className}(this)` }),
      })),
    ],
    ctors: isRoot
      ? []
      : [
          {
            parameters: [{ name: 'client', type: core }],
            statements: [
              ...(keepsClient ? ['this.#client = client;'] : []),
              ...node.children.map((c) => `this.${c.property} = new ${c.className}(client);`),
            ],
          },
        ],
    methods: node.methods.map(({ name, functionName }) => {
      const operation = operationNamed(api, functionName);
      const signature = operationSignature(api, operation, ctx, false);
      const call = requestCall(api, operation, signature, client, schemasOf);
      return {
        name,
        ...withOverloads(signature, signature.docs()),
        statements: [`return ${call};`],
      };
    }),
  };
}

function imports(
  api: Api,
  resources: boolean,
  schemasOf: OperationSchemas | undefined,
): StatementStructures[] {
  const methods = resources
    ? descendants(api.resources, true).flatMap((n) =>
        n.methods.map((m) => operationNamed(api, m.functionName)),
      )
    : [];
  const ctx = typeContext(api);
  const schemaTypes = [
    ...new Set(methods.flatMap((op) => signatureTypeNames(api, op, ctx, false))),
  ].sort();
  const core = coreRuntimeImports(api);
  const runtimeValues = [...new Set([...core.values, ...methods.flatMap(runtimeValuesOf)])].sort();
  const runtimeTypes = [
    ...new Set([
      ...core.types,
      ...methods.flatMap((op) => [...returnRuntimeTypes(op), 'RequestOptions']),
    ]),
  ].sort();
  const out: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [...runtimeValues, ...runtimeTypes.map((t) => `type ${t}`)],
      moduleSpecifier: './runtime/index.js',
    },
  ];
  if (methods.some((op) => schemasOf?.(op) !== undefined)) out.push(...bodyCheckImports('./'));
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
