/**
 * Bundles a spec split over several files into one document. A `$ref` to
 * another file (`./schemas/pet.yaml#/Pet`) is resolved relative to the file
 * that holds it: a schema becomes a component under `components.schemas` with
 * a stable name (so it gets a type of its own, and cycles across files work);
 * anything else (a parameter, a response, a path item) is inlined. URLs and
 * files outside the spec's directory are refused unless allowed.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep, basename } from 'node:path';
import { CodegenError, fromPointer, toPointer, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { parseSource, type ParsedSource } from './parse.js';

type Segments = Array<string | number>;
type Json = Record<string, unknown>;

export interface BundleOptions {
  /** Allow `$ref`s to files outside the root spec's directory. URLs are never fetched. */
  readonly allowExternalRefs?: boolean | undefined;
}

export interface Bundled {
  readonly source: ParsedSource;
  /** Every file the bundle read, the root first (for watch mode and messages). */
  readonly files: readonly ParsedSource[];
}

// Keys whose values are schemas, or maps/lists of schemas: a $ref below them names a schema.
const SCHEMA_KEYS = new Set(['schema', 'items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems']);
const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);

export async function bundle(root: ParsedSource, options: BundleOptions = {}): Promise<Bundled> {
  if (!hasExternalRef(root.value)) return { source: root, files: [root] };
  return new Bundler(root, options).run();
}

function hasExternalRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExternalRef);
  if (typeof value !== 'object' || value === null) return false;
  const ref = (value as Json).$ref;
  if (typeof ref === 'string' && !ref.startsWith('#')) return true;
  return Object.values(value).some(hasExternalRef);
}

interface Origin {
  /** Where in the bundled document this subtree sits. */
  readonly at: Segments;
  readonly source: ParsedSource;
  /** Where the subtree is in its own file. */
  readonly from: Segments;
}

class Bundler {
  readonly #root: ParsedSource;
  readonly #rootDir: string;
  readonly #options: BundleOptions;
  readonly #files = new Map<string, Promise<ParsedSource>>();
  /** `file#pointer` of each bundled schema → its component key. */
  readonly #schemaKeys = new Map<string, string>();
  /** Targets already copied into components (or being copied: cycles stop here). */
  readonly #copied = new Set<string>();
  /** Components this bundle added: already walked, with their own file's refs. */
  readonly #added = new Set<string>();
  /** Files that failed to load: reported once, however often they are referenced. */
  readonly #failed = new Set<string>();
  readonly #schemas: Json;
  readonly #origins: Origin[] = [];
  readonly #problems: Diagnostic[] = [];

  constructor(root: ParsedSource, options: BundleOptions) {
    this.#root = root;
    this.#rootDir = dirname(resolve(root.file));
    this.#options = options;
    this.#files.set(resolve(root.file), Promise.resolve(root));
    const doc = structuredClone(root.value) as Json;
    const components = (doc.components ??= {}) as Json;
    this.#schemas = (components.schemas ??= {}) as Json;
    this.#doc = doc;
  }

  readonly #doc: Json;

  async run(): Promise<Bundled> {
    // Components that are just a ref to another file take the component's own name.
    for (const [key, value] of Object.entries(this.#schemas)) {
      const ref = refOf(value);
      if (ref !== undefined && !ref.startsWith('#')) {
        const target = this.#target(this.#root, ref, ['components', 'schemas', key, '$ref']);
        if (target) this.#schemaKeys.set(target, key);
      }
    }
    await this.#walk(this.#doc, this.#root, [], [], false, new Set());
    if (this.#problems.length > 0) throw new CodegenError(this.#problems);
    const files = await Promise.all(this.#files.values());
    const origins = this.#origins;
    const root = this.#root;
    const locate = (segments: ReadonlyArray<string | number>): SourceLocation | undefined => {
      const origin = origins
        .filter((o) => o.at.every((s, i) => String(segments[i]) === String(s)))
        .sort((a, b) => b.at.length - a.at.length)[0];
      return origin ? origin.source.locate([...origin.from, ...segments.slice(origin.at.length)]) : root.locate(segments);
    };
    return { source: { ...root, value: this.#doc, locate }, files };
  }

  /** Replaces external refs below `node` (which sits at `at` in the bundle and `from` in `source`). */
  async #walk(node: unknown, source: ParsedSource, at: Segments, from: Segments, inSchema: boolean, stack: ReadonlySet<string>): Promise<void> {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) await this.#visit(node, i, source, at, from, inSchema, stack);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
      await this.#visit(node as Json, key, source, at, from, inSchema, stack);
    }
  }

  async #visit(parent: Json | unknown[], key: string | number, source: ParsedSource, at: Segments, from: Segments, inSchema: boolean, stack: ReadonlySet<string>): Promise<void> {
    const child = (parent as Json)[key as string];
    if (at.length === 2 && at[0] === 'components' && at[1] === 'schemas' && this.#added.has(String(key))) return;
    const parentKey = at[at.length - 1];
    const childInSchema =
      (typeof key === 'string' && SCHEMA_KEYS.has(key)) ||
      (typeof parentKey === 'string' && (SCHEMA_MAP_KEYS.has(parentKey) || SCHEMA_LIST_KEYS.has(parentKey)) && inSchema) ||
      (at.length === 2 && at[0] === 'components' && at[1] === 'schemas') ||
      (inSchema && typeof key === 'string' && (SCHEMA_MAP_KEYS.has(key) || SCHEMA_LIST_KEYS.has(key)));
    const ref = refOf(child);
    const isLocalInRoot = ref !== undefined && ref.startsWith('#') && source === this.#root;
    if (ref === undefined || isLocalInRoot) {
      await this.#walk(child, source, [...at, key], [...from, key], childInSchema, stack);
      return;
    }
    const refAt = [...from, key, '$ref'];
    const target = this.#target(source, ref, refAt);
    if (target === undefined) return;
    const [file, pointer] = splitTarget(target);
    const targetSource = await this.#load(file, source, refAt);
    if (!targetSource) return;
    const segments = fromPointer(pointer);
    const value = resolveIn(targetSource.value, segments);
    if (value === undefined) {
      this.#problems.push({ message: `$ref "${ref}" points at nothing in ${relative(process.cwd(), file)}`, pointer: toPointer(refAt), location: source.locate(refAt) });
      return;
    }
    if (childInSchema) {
      const existing = this.#schemaKeys.get(target);
      const componentKey = existing ?? this.#claimSchemaKey(file, segments);
      (parent as Json)[key as string] = { ...siblings(child), $ref: toPointer(['components', 'schemas', componentKey]).replace(/^/, '#') };
      if (!this.#copied.has(target)) {
        this.#copied.add(target);
        this.#schemaKeys.set(target, componentKey);
        const copy = structuredClone(value);
        this.#schemas[componentKey] = copy;
        this.#added.add(componentKey);
        const componentAt = ['components', 'schemas', componentKey];
        this.#origins.push({ at: componentAt, source: targetSource, from: segments });
        await this.#walk(copy, targetSource, componentAt, segments, true, stack);
      }
      return;
    }
    // Not a schema: inline it (its own refs resolved relative to its file).
    if (stack.has(target)) {
      this.#problems.push({ message: `$ref cycle with no schema in it: ${[...stack, target].map((t) => relative(process.cwd(), t)).join(' → ')}`, pointer: toPointer(refAt), location: source.locate(refAt) });
      return;
    }
    const copy = structuredClone(value);
    (parent as Json)[key as string] = copy;
    this.#origins.push({ at: [...at, key], source: targetSource, from: segments });
    if (refOf(copy) !== undefined) {
      await this.#visit(parent, key, targetSource, at, segments.slice(0, -1), inSchema, new Set([...stack, target]));
    } else {
      await this.#walk(copy, targetSource, [...at, key], segments, childInSchema, new Set([...stack, target]));
    }
  }

  /** `absolute-file#pointer` for a ref found in `source`, or undefined (with a problem) when refused. */
  #target(source: ParsedSource, ref: string, refAt: Segments): string | undefined {
    const refuse = (message: string) => {
      this.#problems.push({ message, pointer: toPointer(refAt), location: source.locate(refAt) });
      return undefined;
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      return refuse(`$ref "${ref}" is a URL: it is not fetched. Download it next to the spec and refer to it by a relative path.`);
    }
    const [filePart = '', pointer = ''] = ref.split('#', 2);
    const file = filePart === '' ? resolve(source.file) : resolve(dirname(resolve(source.file)), decodeURI(filePart));
    const inside = isInside(this.#rootDir, file);
    if (!inside && !this.#options.allowExternalRefs) {
      return refuse(`$ref "${ref}" leaves the spec's directory; pass --allow-external-refs to allow it`);
    }
    return `${file}#${pointer}`;
  }

  async #load(file: string, from: ParsedSource, refAt: Segments): Promise<ParsedSource | undefined> {
    let pending = this.#files.get(file);
    if (!pending) {
      pending = readFile(file, 'utf8').then((text) =>
        parseSource({ file: relative(process.cwd(), file) || file, fileText: text, text, language: /\.json$/i.test(file) ? 'json' : 'yaml', firstLine: 1 }),
      );
      this.#files.set(file, pending);
    }
    try {
      return await pending;
    } catch (error) {
      if (this.#failed.has(file)) return undefined;
      this.#failed.add(file);
      if (error instanceof CodegenError) this.#problems.push(...error.diagnostics);
      else this.#problems.push({ message: `Cannot read ${relative(process.cwd(), file)}, referenced by $ref`, pointer: toPointer(refAt), location: from.locate(refAt) });
      return undefined;
    }
  }

  /** A stable, unique component key: the pointer's last segment, else the file's name. */
  #claimSchemaKey(file: string, segments: readonly string[]): string {
    const last = segments[segments.length - 1];
    const wanted = last !== undefined && last !== '' ? last : basename(file, extname(file));
    let key = wanted;
    for (let n = 2; key in this.#schemas; n++) key = `${wanted}${n}`;
    this.#schemas[key] = { $ref: 'pending' }; // reserve
    return key;
  }
}

function refOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Json).$ref === 'string' ? ((value as Json).$ref as string) : undefined;
}

function siblings(value: unknown): Json {
  const { $ref: _ref, ...rest } = value as Json;
  return rest;
}

function splitTarget(target: string): [string, string] {
  const i = target.lastIndexOf('#');
  return [target.slice(0, i), target.slice(i + 1)];
}

function resolveIn(value: unknown, segments: readonly string[]): unknown {
  let node = value;
  for (const s of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[s];
  }
  return node;
}

function isInside(dir: string, file: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const rel = relative(real(dir), real(file));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
