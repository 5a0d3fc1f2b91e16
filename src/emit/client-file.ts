/** `client.ts`: the client class, its options and one class per resource. */
import {
  StructureKind,
  VariableDeclarationKind,
  type ClassDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';
import type { Api, Operation, SecurityScheme } from '../ir/api.js';
import type { ResourceNode } from '../ir/resources.js';
import { jsdocText, objectLiteralKey, propertyKey, stringLiteral, valueLiteral } from './escape.js';
import type { FilePlan } from './file-plan.js';
import { jsdoc } from './jsdoc.js';
import { typeContext } from './names.js';
import {
  operationSignature,
  returnRuntimeTypes,
  signatureTypeNames,
} from './operation-signature.js';
import type { TypeContext } from './type-syntax.js';

export function clientFile(api: Api, { resources = true }: { resources?: boolean } = {}): FilePlan {
  const ctx = typeContext(api);
  const optionsName = api.client.optionsName;
  // Without resources the client is only the configured transport the functions take.
  const tree: ResourceNode = resources
    ? api.resources
    : { ...api.resources, children: [], methods: [] };
  const resourceClasses = descendants(tree).map((node) => resourceClass(api, node, ctx));
  const statements: StatementStructures[] = [
    ...imports(api, tree),
    {
      kind: StructureKind.Interface,
      name: optionsName,
      isExported: true,
      extends: ['ClientOptions'],
      docs: jsdoc([`Options for {@link ${api.client.className}}.`]),
      properties: api.securitySchemes.map((scheme) => ({
        kind: StructureKind.PropertySignature,
        name: propertyKey(scheme.optionName),
        hasQuestionToken: true,
        // A function is called before each request: for tokens that expire.
        type: 'Credential | undefined',
        docs: jsdoc([
          scheme.description,
          `${credentialUse(scheme)}${envDefault(scheme)} A function is called before each request, for tokens that expire.`,
        ]),
      })),
    },
    ...serversConst(api),
    rootClass(api, tree, optionsName, ctx),
    ...resourceClasses,
  ];
  return { path: 'client.ts', structure: { kind: StructureKind.SourceFile, statements } };
}

/** The spec's servers by name, to pass as `baseUrl`. */
function serversConst(api: Api): StatementStructures[] {
  if (api.serversConstName === undefined) return [];
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: jsdoc([
        `The servers of ${api.title}, for the \`baseUrl\` option; the first is the default.`,
      ]),
      declarations: [
        {
          kind: StructureKind.VariableDeclaration,
          name: api.serversConstName,
          initializer: `{\n${api.servers.map((s) => `${inlineDoc(s.description)}${objectLiteralKey(s.key)}: ${stringLiteral(s.url)},`).join('\n')}\n} as const`,
        },
      ],
    },
  ];
}

function inlineDoc(text: string | undefined): string {
  return text === undefined ? '' : `/** ${jsdocText(text).replace(/\n/g, ' ')} */\n`;
}

function rootClass(
  api: Api,
  tree: ResourceNode,
  optionsName: string,
  ctx: TypeContext,
): ClassDeclarationStructure {
  const server = api.servers[0]?.url ?? '';
  // Keys written one by one: a JSON object's `"__proto__"` key would set the literal's prototype.
  const schemes = valueLiteral(Object.fromEntries(api.securitySchemes.map((s) => [s.key, s.kind])));
  const credentials = api.securitySchemes.map(
    (s) =>
      `${objectLiteralKey(s.key)}: options.${s.optionName}${s.envVars.length > 0 ? ` ?? readEnv(${s.envVars.map(stringLiteral).join(', ')})` : ''}`,
  );
  const base = resourceClass(api, tree, ctx, true);
  return {
    ...base,
    name: api.client.className,
    extends: 'BaseClient',
    docs: jsdoc(
      [`${api.title}${api.version ? ` (${api.version})` : ''}`, api.description],
      [
        {
          tag: 'example',
          text: `Create a client\n\`\`\`ts\nconst client = new ${api.client.className}(${api.securitySchemes.length > 0 ? `{ ${api.securitySchemes[0]!.optionName}: '…' }` : ''});\n\`\`\``,
        },
      ],
    ),
    ctors: [
      {
        parameters: [{ name: 'options', type: optionsName, initializer: '{}' }],
        statements: [
          `super(options, { defaultBaseUrl: ${stringLiteral(server)}, securitySchemes: ${schemes}, credentials: { ${credentials.join(', ')} } });`,
        ],
      },
    ],
  };
}

/** A class with the node's child resources as properties and its operations as methods. */
function resourceClass(
  api: Api,
  node: ResourceNode,
  ctx: TypeContext,
  isRoot = false,
): ClassDeclarationStructure {
  const client = isRoot ? 'this' : 'this.#client';
  // Only a resource with methods keeps the client (an unread field fails `noUnusedLocals`).
  const keepsClient = !isRoot && node.methods.length > 0;
  return {
    kind: StructureKind.Class,
    name: node.className,
    isExported: true,
    docs: jsdoc([`Methods of \`client.${resourcePath(api.resources, node)}\`.`]),
    properties: [
      ...(keepsClient ? [{ name: '#client', type: api.client.className, isReadonly: true }] : []),
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
            parameters: [{ name: 'client', type: api.client.className }],
            statements: [
              ...(keepsClient ? ['this.#client = client;'] : []),
              ...node.children.map((c) => `this.${c.property} = new ${c.className}(client);`),
            ],
          },
        ],
    methods: node.methods.map(({ name, functionName }) => {
      const operation = operationNamed(api, functionName);
      const signature = operationSignature(api, operation, ctx, false);
      const args = [client, ...signature.parameters.map((p) => p.name)].join(', ');
      return {
        name,
        docs: signature.docs,
        parameters: signature.parameters,
        returnType: signature.returnType,
        statements: [`return ${operation.functionName}(${args});`],
      };
    }),
  };
}

function imports(api: Api, tree: ResourceNode): StatementStructures[] {
  const methods = descendants(tree, true).flatMap((n) =>
    n.methods.map((m) => operationNamed(api, m.functionName)),
  );
  const functions = methods.map((op) => op.functionName);
  const ctx = typeContext(api);
  const schemaTypes = [
    ...new Set(methods.flatMap((op) => signatureTypeNames(op, ctx, false))),
  ].sort();
  const out: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [
        'BaseClient',
        ...(api.securitySchemes.some((s) => s.envVars.length > 0) ? ['readEnv'] : []),
        ...[
          'ClientOptions',
          ...(api.securitySchemes.length > 0 ? ['Credential'] : []),
          ...new Set(methods.flatMap((op) => [...returnRuntimeTypes(op), 'RequestOptions'])),
        ]
          .sort()
          .map((t) => `type ${t}`),
      ],
      moduleSpecifier: './runtime/index.js',
    },
  ];
  if (functions.length > 0)
    out.push({
      kind: StructureKind.ImportDeclaration,
      namedImports: [...new Set(functions)].sort(),
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

function resourcePath(root: ResourceNode, target: ResourceNode, prefix: string[] = []): string {
  if (root === target) return prefix.join('.');
  for (const child of root.children) {
    const found = resourcePath(child, target, [...prefix, child.property]);
    if (found) return found;
  }
  return '';
}

function envDefault(scheme: SecurityScheme): string {
  const [first, second] = scheme.envVars.map((name) => `\`${name}\``);
  if (first === undefined) return '';
  return second === undefined
    ? ` Defaults to the ${first} environment variable.`
    : ` Defaults to the ${first} and ${second} environment variables, joined by \`:\`.`;
}

function credentialUse(scheme: SecurityScheme): string {
  switch (scheme.kind.type) {
    case 'apiKey':
      return `Sent as the \`${scheme.kind.name}\` ${scheme.kind.in === 'header' ? 'header' : `${scheme.kind.in} parameter`}.`;
    case 'bearer':
      return 'Sent as a bearer token in `Authorization`.';
    case 'basic':
      return 'Sent as HTTP basic credentials (`user:password`) in `Authorization`.';
  }
}
