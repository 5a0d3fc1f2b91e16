/** `types.ts`: a type for every schema and every operation's parameter object. */
import type {
  InterfaceDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
} from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './structure-kind.js';
import type {
  Api,
  BodyAlternative,
  NamedSchema,
  Operation,
  Parameter,
  RequestBody,
  SharedParameter,
  Webhooks,
} from '../ir/api.js';
import type { Schema } from '../ir/schema.js';
import { literalType, objectLiteralKey, propertyKey, stringLiteral } from './escape.js';
import { spaced, type FilePlan } from './file-plan.js';
import type { EmitOptions } from './options.js';
import { codeSpan, commentText, jsdoc, schemaJsdoc, type DocTag } from './jsdoc.js';
import { typeContext } from './names.js';
import { sentType } from './request-body.js';
import {
  indexSignatureType,
  isClosedEmpty,
  separateIndexSignature,
  parameterTypeText,
  typeText,
  visibleProperties,
  type TypeContext,
} from './type-syntax.js';

export function typesFile(api: Api, options: EmitOptions = {}): FilePlan {
  const ctx = typeContext(api);
  const requestCtx = typeContext(api, 'request');
  const shared = sharedParameterMembers(api, requestCtx);
  const statements = spaced([
    ...api.schemas.flatMap((named) => [
      schemaDeclarations(named, named.requestOnly ? requestCtx : ctx, options.enumStyle ?? 'const'),
      // The request-side twin: same schema, request view, no enum const of its own.
      ...(named.inputTypeName
        ? [
            schemaDeclarations(
              { key: named.key, typeName: named.inputTypeName, schema: named.schema },
              requestCtx,
              'union',
            ),
          ]
        : []),
    ]),
    ...(api.sharedParameters ?? []).map((shared) => [sharedParameterInterface(shared, requestCtx)]),
    ...api.operations.map((op) =>
      op.paramsTypeName ? [paramsInterface(op, op.paramsTypeName, requestCtx, shared)] : [],
    ),
    ...(api.webhooks && !api.dates ? [[webhooksInterface(api.webhooks, ctx)]] : []),
  ]);
  // A spec without schemas or parameters still gets a module: an empty file is a script, and `export *` of it fails.
  if (statements.length === 0) statements.push('export {};');
  return { path: 'types.ts', structure: { kind: StructureKind.SourceFile, statements } };
}

/**
 * `Webhooks`: each webhook's payload by its name, for the endpoint that receives it
 * (`Webhooks['pull-request-opened']`). Typed as responses are: the API writes it.
 */
function webhooksInterface(webhooks: Webhooks, ctx: TypeContext): InterfaceDeclarationStructure {
  // A summary several webhooks share tells of their event, not of each (GitHub's paragraph for
  // each of an event's actions, whose own words are the description): said once, it is left out.
  const shared = new Set<string>();
  const seen = new Set<string>();
  for (const { summary } of webhooks.hooks)
    if (summary !== undefined) (seen.has(summary) ? shared : seen).add(summary);
  return {
    kind: StructureKind.Interface,
    name: webhooks.typeName,
    isExported: true,
    docs: jsdoc([
      'What each webhook of the API sends to your endpoint, by its name: the payload, as parsed from its JSON.',
    ]),
    properties: webhooks.hooks.map((hook) => ({
      kind: StructureKind.PropertySignature,
      name: propertyKey(hook.name),
      type: typeText(hook.payload, ctx),
      docs: jsdoc(
        [
          hook.summary !== undefined && !shared.has(hook.summary) ? hook.summary : undefined,
          hook.description !== hook.summary ? hook.description : undefined,
        ],
        hook.deprecated ? [{ tag: 'deprecated' }] : [],
      ),
    })),
  };
}

export function schemaDeclarations(
  named: NamedSchema,
  ctx: TypeContext,
  enumStyle: 'const' | 'union' = 'const',
): StatementStructures[] {
  const { schema, typeName } = named;
  const docs = schemaJsdoc(schema, typeName);
  const extension =
    schema.kind === 'intersection' ? interfaceExtension(schema.parts, ctx) : undefined;
  // An object whose type is not one interface (only `{}`; or properties beside typed extra keys) is an alias.
  const body =
    schema.kind === 'object' && !isClosedEmpty(schema) && !separateIndexSignature(schema, ctx)
      ? schema
      : extension?.own;
  if (body !== undefined) {
    const index = indexSignatureType(body.properties, body.additional, ctx);
    const declaration: InterfaceDeclarationStructure = {
      kind: StructureKind.Interface,
      name: typeName,
      isExported: true,
      docs,
      extends: extension?.bases ?? [],
      properties: visibleProperties(body.properties, ctx).map((p) => ({
        kind: StructureKind.PropertySignature,
        name: propertyKey(p.name),
        hasQuestionToken: !p.required,
        type: typeText(p.schema, ctx),
        docs: schemaJsdoc(p.schema, p.name),
      })),
      indexSignatures:
        index === undefined
          ? []
          : [
              {
                kind: StructureKind.IndexSignature,
                keyName: 'key',
                keyType: 'string',
                returnType: index,
              },
            ],
    };
    return [declaration];
  }
  const alias: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name: typeName,
    isExported: true,
    docs,
    type: typeText(schema, ctx),
  };
  if (schema.kind !== 'enum' || named.valuesName === undefined || enumStyle === 'union')
    return [alias];
  // A string enum is also a value: `IngestStatus.completed` and the list of all values.
  const values = schema.values as string[];
  return [
    alias,
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: jsdoc([`Each value of {@link ${typeName}}, by name.`]),
      declarations: [
        {
          kind: StructureKind.VariableDeclaration,
          name: typeName,
          initializer: `{\n${values.map((v) => `${objectLiteralKey(v)}: ${literalType(v)},`).join('\n')}\n} as const`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: jsdoc([`Every value of {@link ${typeName}}, in spec order.`]),
      declarations: [
        {
          kind: StructureKind.VariableDeclaration,
          name: named.valuesName,
          type: `readonly ${typeName}[]`,
          initializer: `[${values.map(literalType).join(', ')}]`,
        },
      ],
    },
  ];
}

/**
 * A raw binary body may be any of the bytes `fetch` can send, whatever its schema says the
 * bytes hold (Google's media uploads describe the object they create); a text body is text.
 */
function bodyType({ schema, formData, mediaType }: BodyAlternative, ctx: TypeContext): string {
  if (formData) return 'FormData';
  if (schema.kind === 'binary' || mediaType.kind === 'binary')
    return 'Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string';
  // JSON lines go as the text they are: the schema says what one line holds. A text body of no
  // type is text too (Orthanc's `text/plain` bodies had been `unknown`).
  if (
    mediaType.kind === 'json-lines' ||
    (mediaType.kind === 'text' && (schema.kind === 'unknown' || !textual(schema, ctx)))
  )
    return 'string';
  return typeText(schema, ctx);
}

/**
 * Whether a schema (through its refs) is text as it is: a string, an enum of strings, a choice
 * of only those, anything. A choice holding an object, a number or null is not: the text
 * arrives as a string whichever it meant.
 */
export function textual(schema: Schema, ctx: TypeContext, depth = 0): boolean {
  if (depth > 20) return true;
  switch (schema.kind) {
    case 'ref': {
      const target = ctx.schemaOf(schema.target);
      return target === undefined || textual(target, ctx, depth + 1);
    }
    case 'string':
    case 'unknown':
      return true;
    // Text is never null: an empty body is the empty string.
    case 'enum':
      return schema.values.every((v) => typeof v === 'string');
    case 'union':
      return schema.variants.every((v) => textual(v, ctx, depth + 1));
    default:
      return false;
  }
}

type ObjectSchema = Extract<Schema, { kind: 'object' }>;
const EMPTY_OBJECT: ObjectSchema = { kind: 'object', properties: [], additional: false };

/**
 * `allOf` of named object schemas plus at most one inline object becomes
 * `interface X extends A, B { … }` — what a person writes — when that is safe:
 * no property is declared twice and no index signature is involved.
 * Otherwise it stays an intersection.
 */
function interfaceExtension(
  parts: readonly Schema[],
  ctx: TypeContext,
): { bases: string[]; own: ObjectSchema } | undefined {
  const refs = parts.filter((p): p is Extract<Schema, { kind: 'ref' }> => p.kind === 'ref');
  const objects = parts.filter((p): p is ObjectSchema => p.kind === 'object');
  if (refs.length === 0 || objects.length > 1 || refs.length + objects.length !== parts.length)
    return undefined;
  const own = objects[0] ?? EMPTY_OBJECT;
  if (own.additional !== false) return undefined;
  const seen = new Set(own.properties.map((p) => p.name));
  for (const ref of refs) {
    // `Record<string, never>` admits no property an interface could add (fuzz: a discriminator
    // pinned on a closed empty object's child): such parts stay an intersection.
    const target = ctx.schemaOf(ref.target);
    if (target?.kind === 'object' && isClosedEmpty(target)) return undefined;
    const names = closedPropertyNames(ref.target, ctx, 0);
    if (names === undefined || [...names].some((n) => seen.has(n))) return undefined;
    names.forEach((n) => seen.add(n));
  }
  return { bases: refs.map((r) => ctx.nameOf(r.target)), own };
}

/** Every property of a closed object schema (through its own extensions), or undefined if it is not one. */
function closedPropertyNames(
  target: string,
  ctx: TypeContext,
  depth: number,
  // Each target once per question: parts that share parts (A: allOf [B, B]…) would otherwise cost 2^depth.
  known = new Map<string, ReadonlySet<string> | undefined>(),
): ReadonlySet<string> | undefined {
  if (known.has(target)) return known.get(target);
  const schema = ctx.schemaOf(target);
  let names: Set<string> | undefined;
  if (schema === undefined || depth > 20) names = undefined;
  else if (schema.kind === 'object')
    names = schema.additional === false ? new Set(schema.properties.map((p) => p.name)) : undefined;
  else if (schema.kind === 'intersection') {
    names = new Set();
    for (const part of schema.parts) {
      const inner =
        part.kind === 'object' && part.additional === false
          ? part.properties.map((p) => p.name)
          : part.kind === 'ref'
            ? closedPropertyNames(part.target, ctx, depth + 1, known)
            : undefined;
      // A key two parts declare (a parent's discriminator, pinned by its child) may meet as
      // `never`: such an intersection has no members an interface could extend.
      if (inner === undefined || [...inner].some((n) => names!.has(n))) {
        names = undefined;
        break;
      }
      inner.forEach((n) => names!.add(n));
    }
  }
  known.set(target, names);
  return names;
}

/**
 * A query parameter sent under the key's own name needs no note (GitHub's SDK: 700 of
 * 1,100); a renamed one (`perPage` for `per_page`), a header or a cookie says where it goes.
 */
function saysWhereSent(p: Parameter): boolean {
  return p.in !== 'query' || p.name !== p.identifier;
}

/** A member of a params type, written as an interface's property or inside a type. */
interface ParamsMember {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
  readonly paragraphs: ReadonlyArray<string | undefined>;
  readonly tags: readonly DocTag[];
}

function propertySignature(m: ParamsMember): PropertySignatureStructure {
  return {
    kind: StructureKind.PropertySignature,
    name: m.name,
    hasQuestionToken: m.optional,
    type: m.type,
    docs: jsdoc(m.paragraphs, m.tags),
  };
}

function memberText(m: ParamsMember): string {
  return `${commentText(m.paragraphs, m.tags)}${m.name}${m.optional ? '?' : ''}: ${m.type};`;
}

/** A parameter as a member of a params interface: its key, type and docs. */
function parameterMember(p: Parameter, ctx: TypeContext): PropertySignatureStructure {
  return propertySignature(parameterParts(p, ctx));
}

function parameterParts(p: Parameter, ctx: TypeContext): ParamsMember {
  return {
    name: propertyKey(p.identifier),
    optional: !p.required,
    // `| undefined` lets callers pass a maybe-missing value through; it is left out of the request.
    type: parameterTypeText(p.schema, ctx) + (p.required ? '' : ' | undefined'),
    paragraphs: [
      p.description ?? p.schema.description,
      p.clientOption === undefined
        ? undefined
        : `Defaults to the client's \`${p.clientOption}\` option.`,
    ],
    tags: [
      ...(saysWhereSent(p)
        ? [{ tag: 'remarks', text: `${p.in} parameter ${codeSpan(p.name)}` }]
        : []),
      // What the server takes when none is given (Giphy's `limit`, 25): a schema's property
      // says it, and a parameter had not.
      ...(p.schema.default !== undefined && !p.required && p.clientOption === undefined
        ? [{ tag: 'default', text: JSON.stringify(p.schema.default.value) ?? 'null' }]
        : []),
      ...(p.deprecated ? [{ tag: 'deprecated' }] : []),
    ],
  };
}

interface SharedMember {
  readonly typeName: string;
  readonly member: PropertySignatureStructure;
  /** The member as text, to tell an operation's use of the parameter is the same member. */
  readonly text: string;
}

/** Each shared parameter's member, by its `components.parameters` key. */
function sharedParameterMembers(api: Api, ctx: TypeContext): Map<string, SharedMember> {
  const members = new Map<string, SharedMember>();
  for (const { typeName, parameter } of api.sharedParameters ?? []) {
    const member = parameterMember(parameter, ctx);
    members.set(parameter.component!, { typeName, member, text: JSON.stringify(member) });
  }
  return members;
}

function sharedParameterInterface(
  { typeName, parameter }: SharedParameter,
  ctx: TypeContext,
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: typeName,
    isExported: true,
    docs: jsdoc([
      `The ${parameter.in} parameter ${codeSpan(parameter.name)} of several operations.`,
    ]),
    properties: [parameterMember(parameter, ctx)],
  };
}

function paramsInterface(
  op: Operation,
  name: string,
  ctx: TypeContext,
  shared: ReadonlyMap<string, SharedMember>,
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  // A shared parameter is inherited from its interface when this operation takes it as that
  // interface says (the same key: another of its parameters may have claimed the key first).
  const bases: string[] = [];
  const members: ParamsMember[] = [];
  for (const p of op.otherParameters) {
    const member = parameterParts(p, ctx);
    const base = p.component === undefined ? undefined : shared.get(p.component);
    if (base !== undefined && base.text === JSON.stringify(propertySignature(member)))
      bases.push(base.typeName);
    else members.push(member);
  }
  // Named, not linked: a link needs its function imported, GitHub's 1,223 of them (35 KB).
  const docs = jsdoc([`Parameters of \`${op.functionName}\` besides its path parameters.`]);
  const choices = op.body ? bodyChoices(op.body, ctx) : [];
  if (choices.length > 1) {
    // Each media type with the body it takes: a Blob sent as JSON went out as `{}`.
    const union = choices.map((choice) => `{\n${choice.map(memberText).join('\n')}\n}`);
    const own = members.length > 0 ? [`{\n${members.map(memberText).join('\n')}\n}`] : [];
    const parts = [...bases, ...own];
    return {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs,
      type:
        parts.length === 0 ? union.join(' | ') : `${parts.join(' & ')} & (${union.join(' | ')})`,
    };
  }
  members.push(...(choices[0] ?? []));
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs,
    ...(bases.length > 0 && { extends: bases }),
    properties: members.map(propertySignature),
  };
}

/**
 * The body and its media type: one choice when every media type takes the same body, else one
 * per body type, the default's `contentType` optional and the others' required.
 */
function bodyChoices(body: RequestBody, ctx: TypeContext): ParamsMember[][] {
  const byType = new Map<string, BodyAlternative[]>();
  for (const alternative of body.alternatives) {
    const type = bodyType(alternative, ctx);
    byType.set(type, [...(byType.get(type) ?? []), alternative]);
  }
  const several = body.alternatives.length > 1;
  return [...byType].map(([type, alternatives]) => {
    const isDefault = alternatives.includes(body.preferred);
    const optional = !body.required;
    const bodyMember: ParamsMember = {
      name: 'body',
      optional,
      type: type + (optional ? ' | undefined' : ''),
      paragraphs: [body.description ?? 'The request body.'],
      // JSON goes without saying, and `contentType` below names the default of several.
      tags:
        body.preferred.mediaType.kind === 'json' || several
          ? []
          : [{ tag: 'remarks', text: `sent as ${sentType(body.preferred.mediaType)}` }],
    };
    if (!several) return [bodyMember];
    const mediaTypes = alternatives.map((a) => stringLiteral(a.mediaType.type)).join(' | ');
    return [
      bodyMember,
      {
        name: 'contentType',
        optional: isDefault,
        type: isDefault ? `${mediaTypes} | undefined` : mediaTypes,
        paragraphs: [
          isDefault
            ? `The media type to send \`body\` as; \`${sentType(body.preferred.mediaType)}\` when not given.`
            : 'The media type to send `body` as.',
        ],
        tags: [],
      },
    ];
  });
}
