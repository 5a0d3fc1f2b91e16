/**
 * One fuzz case: a small random OpenAPI 3.0/3.1 document with hostile text in
 * every slot, how it is handed to the generator (YAML, JSON, two merged files,
 * a markdown page), the generator's options, and the output folder (its name,
 * and what a user or an earlier run may have left in it).
 */
import fc from 'fast-check';
import {
  hostileFolderName,
  hostileName,
  hostileProse,
  hostileSegment,
  hostileText,
  SPECIAL_NAMES,
} from './hostile-text.js';
import { buildSchema, schemaModel, type OpenApiVersion, type SchemaModel } from './schema-model.js';

export type InputLayout = 'yaml' | 'json' | 'two-files' | 'markdown';

export interface FuzzOptions {
  readonly emit: 'types' | 'functions' | 'client';
  readonly layout: 'files' | 'resources' | 'single';
  readonly enumStyle: 'const' | 'union';
  /** Prettier is the slowest stage: on in a share of the cases only. */
  readonly format: boolean;
  readonly pathsTypes: boolean;
}

/** What is in the output folder before the run. */
export interface ExistingOutput {
  /** The user's own files, which must survive. */
  readonly userFiles: boolean;
  /** Paths an earlier run's manifest claims to have written. */
  readonly manifestFiles: readonly string[] | undefined;
  /** A staged write a killed run left: files to move in and to remove. */
  readonly journal:
    { readonly moves: readonly string[]; readonly removes: readonly string[] } | undefined;
}

export interface FuzzCase {
  readonly spec: Record<string, unknown>;
  readonly input: InputLayout;
  readonly options: FuzzOptions;
  readonly output: { readonly name: string; readonly existing: ExistingOutput | undefined };
}

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

interface ParameterModel {
  readonly name: string;
  readonly in: 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: SchemaModel;
  readonly description: string | undefined;
  readonly style: string | undefined;
}

interface OperationModel {
  readonly segments: readonly (
    | { readonly param: false; readonly text: string }
    | { readonly param: true; readonly name: string; readonly schema: SchemaModel }
  )[];
  readonly method: Method;
  readonly operationId: string | undefined;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  readonly parameters: readonly ParameterModel[];
  readonly body:
    | { readonly mediaType: string; readonly schema: SchemaModel; readonly required: boolean }
    | undefined;
  readonly responses: readonly {
    readonly status: string;
    readonly description: string;
    readonly mediaType: string | undefined;
    readonly schema: SchemaModel;
  }[];
  readonly codeSamples: readonly { readonly lang: string; readonly source: string }[];
  /** Indexes into the security schemes; undefined: the document's. */
  readonly security: readonly number[] | undefined;
}

const MEDIA_TYPES = [
  'application/json',
  'application/problem+json',
  'text/plain',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'text/event-stream',
  '*/*',
  'application/"*/json',
  'text/`x`',
] as const;

/** An identifier a TypeScript code sample may use for a resource or method. */
const sampleIdentifier = fc.constantFrom(
  ...SPECIAL_NAMES.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)),
);

const codeSample = fc.record({
  lang: fc.oneof(fc.constantFrom('TypeScript', 'ts', 'JavaScript', 'curl', 'Python'), hostileText),
  source: fc.oneof(
    fc
      .tuple(
        sampleIdentifier,
        fc.array(sampleIdentifier, { minLength: 1, maxLength: 3 }),
        hostileText,
      )
      .map(
        ([cls, chain, arg]) =>
          `const client = new ${cls.replace(/^./, (c) => c.toUpperCase())}Client();\nawait client.${chain.join('.')}(${JSON.stringify(arg)});`,
      ),
    hostileProse,
  ),
});

/** https://spec.openapis.org/oas/v3.1.0#style-values */
const STYLES_BY_LOCATION: Record<ParameterModel['in'], readonly string[]> = {
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
};

const parameter: fc.Arbitrary<ParameterModel> = fc.record({
  name: hostileName,
  in: fc.constantFrom('query' as const, 'header' as const, 'cookie' as const),
  required: fc.boolean(),
  schema: schemaModel,
  description: fc.option(hostileProse, { nil: undefined }),
  style: fc.option(
    fc.constantFrom('form', 'deepObject', 'pipeDelimited', 'spaceDelimited', 'simple', 'matrix'),
    { nil: undefined },
  ),
});

const operation: fc.Arbitrary<OperationModel> = fc.record({
  segments: fc.array(
    fc.oneof(
      fc.record({ param: fc.constant(false as const), text: hostileSegment }),
      fc.record({ param: fc.constant(true as const), name: hostileName, schema: schemaModel }),
    ),
    { maxLength: 3 },
  ),
  method: fc.constantFrom<Method>(
    'get',
    'put',
    'post',
    'delete',
    'patch',
    'head',
    'options',
    'trace',
  ),
  operationId: fc.option(hostileName, { nil: undefined, freq: 4 }),
  summary: fc.option(hostileProse, { nil: undefined }),
  description: fc.option(hostileProse, { nil: undefined }),
  tags: fc.array(hostileName, { maxLength: 2 }),
  deprecated: fc.boolean(),
  parameters: fc.array(parameter, { maxLength: 3 }),
  body: fc.option(
    fc.record({
      mediaType: fc.constantFrom(...MEDIA_TYPES),
      schema: schemaModel,
      required: fc.boolean(),
    }),
    { nil: undefined },
  ),
  responses: fc.uniqueArray(
    fc.record({
      status: fc.constantFrom(
        '200',
        '201',
        '204',
        '2XX',
        '400',
        '404',
        '4XX',
        '500',
        'default',
        '302',
      ),
      description: hostileProse,
      mediaType: fc.option(fc.constantFrom(...MEDIA_TYPES), { nil: undefined }),
      schema: schemaModel,
    }),
    { minLength: 1, maxLength: 3, selector: (r) => r.status },
  ),
  codeSamples: fc.array(codeSample, { maxLength: 2 }),
  security: fc.option(fc.array(fc.nat({ max: 3 }), { maxLength: 2 }), { nil: undefined }),
});

const securityScheme = fc.oneof(
  fc.record({
    type: fc.constant('apiKey'),
    name: hostileName,
    in: fc.constantFrom('header', 'query', 'cookie'),
  }),
  fc.record({
    type: fc.constant('http'),
    scheme: fc.constantFrom('bearer', 'basic', 'Basic', 'digest'),
  }),
  fc.record({
    type: fc.constant('oauth2'),
    flows: fc.constant({
      clientCredentials: { tokenUrl: 'https://auth.example/token', scopes: {} },
    }),
  }),
  fc.record({
    type: fc.constant('openIdConnect'),
    openIdConnectUrl: fc.constant('https://auth.example/.well-known/openid-configuration'),
  }),
);

/** Scheme keys that collide with the client's own options, or with each other once camelCased. */
const schemeKey = fc.oneof(
  fc.constantFrom(
    'timeout',
    'apiKey',
    'api_key',
    'ApiKey',
    'baseUrl',
    'fetch',
    'headers',
    'maxRetries',
  ),
  hostileName,
);

const server = fc.record(
  {
    url: fc.oneof(
      fc.constantFrom(
        'https://{region}.example.com/{version}',
        '/v1',
        'http://localhost:8080',
        '',
        'https://api.example.com/base/',
      ),
      hostileText.map((t) => `https://api.example.com/${t}`),
    ),
    description: hostileText,
    variables: fc.record({
      region: fc.record({ default: hostileText }),
      version: fc.record({ default: hostileText }),
    }),
  },
  { requiredKeys: ['url'] },
);

const existingOutput: fc.Arbitrary<ExistingOutput> = fc.record({
  userFiles: fc.boolean(),
  manifestFiles: fc.option(
    fc.array(
      fc.constantFrom(
        'index.ts',
        'keep.txt',
        '../victim.txt',
        'a/../../victim.txt',
        '/victim.txt',
        '..',
        '.',
        '',
      ),
      { maxLength: 3 },
    ),
    { nil: undefined },
  ),
  journal: fc.option(
    fc.record({
      moves: fc.array(
        fc.constantFrom('index.ts', '../victim.txt', '../moved-in.txt', 'a/../../x.txt'),
        { maxLength: 2 },
      ),
      removes: fc.array(fc.constantFrom('keep.txt', '../victim.txt', '..', '../in'), {
        maxLength: 2,
      }),
    }),
    { nil: undefined },
  ),
});

const options: fc.Arbitrary<FuzzOptions> = fc.record({
  emit: fc.constantFrom('client' as const, 'functions' as const, 'types' as const),
  layout: fc.constantFrom('files' as const, 'resources' as const, 'single' as const),
  enumStyle: fc.constantFrom('const' as const, 'union' as const),
  format: fc.oneof(
    { arbitrary: fc.constant(false), weight: 20 },
    { arbitrary: fc.constant(true), weight: 1 },
  ),
  pathsTypes: fc.oneof(
    { arbitrary: fc.constant(false), weight: 10 },
    { arbitrary: fc.constant(true), weight: 1 },
  ),
});

const document = fc.record({
  version: fc.constantFrom<OpenApiVersion>('3.0.3', '3.1.0'),
  title: hostileText,
  infoVersion: hostileText,
  description: fc.option(hostileProse, { nil: undefined }),
  servers: fc.array(server, { maxLength: 2 }),
  tags: fc.array(fc.record({ name: hostileName, description: hostileProse }), { maxLength: 2 }),
  schemas: fc.uniqueArray(fc.tuple(hostileName, schemaModel), {
    maxLength: 4,
    selector: ([key]) => key,
  }),
  operations: fc.uniqueArray(operation, {
    maxLength: 4,
    selector: (op) => `${op.method} ${pathOf(op)}`,
  }),
  schemes: fc.uniqueArray(fc.tuple(schemeKey, securityScheme), {
    maxLength: 3,
    selector: ([key]) => key,
  }),
  security: fc.array(fc.nat({ max: 3 }), { maxLength: 2 }),
  // A header every operation requires: with three or more operations, an option of the client.
  sharedHeader: fc.option(fc.record({ name: hostileName, description: hostileProse }), {
    nil: undefined,
  }),
});

type DocumentModel = typeof document extends fc.Arbitrary<infer T> ? T : never;

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    document,
    input: fc.constantFrom<InputLayout>('yaml', 'json', 'two-files', 'markdown'),
    options,
    outputName: hostileFolderName,
    existing: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 4 },
      { arbitrary: existingOutput, weight: 1 },
    ),
  })
  .map(({ document, input, options, outputName, existing }) => ({
    spec: buildDocument(document),
    input,
    options,
    output: { name: outputName, existing },
  }));

function pathOf(op: OperationModel): string {
  return `/${op.segments.map((s) => (s.param ? `{${s.name}}` : s.text)).join('/')}`;
}

function buildDocument(model: DocumentModel): Record<string, unknown> {
  const keys = model.schemas.map(([key]) => key);
  const schema = (m: SchemaModel) => buildSchema(m, keys, model.version);
  const schemeKeys = model.schemes.map(([key]) => key);
  const requirement = (indexes: readonly number[]) =>
    indexes.flatMap((i) =>
      schemeKeys.length === 0 ? [] : [{ [schemeKeys[i % schemeKeys.length]!]: [] }],
    );
  const paths = new Map<string, Record<string, unknown>>();
  for (const op of model.operations) {
    const path = pathOf(op);
    const item = paths.get(path) ?? {};
    paths.set(path, {
      ...item,
      [op.method]: buildOperation(op, schema, requirement, model.sharedHeader),
    });
  }
  return {
    openapi: model.version,
    info: {
      title: model.title,
      version: model.infoVersion,
      ...(model.description !== undefined && { description: model.description }),
    },
    ...(model.servers.length > 0 && { servers: model.servers }),
    ...(model.tags.length > 0 && { tags: model.tags }),
    ...(model.security.length > 0 && { security: requirement(model.security) }),
    paths: Object.fromEntries(paths),
    components: {
      schemas: Object.fromEntries(model.schemas.map(([key, s]) => [key, schema(s)])),
      ...(model.schemes.length > 0 && { securitySchemes: Object.fromEntries(model.schemes) }),
    },
  };
}

function buildOperation(
  op: OperationModel,
  schema: (m: SchemaModel) => Record<string, unknown>,
  requirement: (indexes: readonly number[]) => Record<string, unknown>[],
  sharedHeader?: { readonly name: string; readonly description: string },
): Record<string, unknown> {
  const pathParameters = op.segments.flatMap((s) =>
    s.param ? [{ name: s.name, in: 'path', required: true, schema: schema(s.schema) }] : [],
  );
  const shared = sharedHeader && { ...sharedHeader, in: 'header', required: true };
  const sameHeader = (p: ParameterModel) =>
    p.in === 'header' && p.name.toLowerCase() === shared?.name.toLowerCase();
  const parameters = [
    ...(shared ? [{ ...shared, schema: { type: 'string' } }] : []),
    ...op.parameters
      .filter((p) => !sameHeader(p))
      .map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        schema: schema(p.schema),
        ...(p.description !== undefined && { description: p.description }),
        // Only a style OpenAPI allows for the location: any other is rejected by validation.
        ...(p.style !== undefined &&
          STYLES_BY_LOCATION[p.in].includes(p.style) && { style: p.style }),
      })),
  ];
  const content = (mediaType: string | undefined, s: SchemaModel) =>
    mediaType === undefined ? {} : { content: { [mediaType]: { schema: schema(s) } } };
  return {
    ...(op.operationId !== undefined && { operationId: op.operationId }),
    ...(op.summary !== undefined && { summary: op.summary }),
    ...(op.description !== undefined && { description: op.description }),
    ...(op.tags.length > 0 && { tags: op.tags }),
    ...(op.deprecated && { deprecated: true }),
    ...(pathParameters.length + parameters.length > 0 && {
      parameters: [...pathParameters, ...parameters],
    }),
    ...(op.body && {
      requestBody: { required: op.body.required, ...content(op.body.mediaType, op.body.schema) },
    }),
    responses: Object.fromEntries(
      op.responses.map((r) => [
        r.status,
        { description: r.description, ...content(r.mediaType, r.schema) },
      ]),
    ),
    ...(op.codeSamples.length > 0 && { 'x-codeSamples': op.codeSamples }),
    ...(op.security !== undefined && { security: requirement(op.security) }),
  };
}
