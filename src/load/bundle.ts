/**
 * Bundles a spec split over several files into one document. A `$ref` to
 * another file (`./schemas/pet.yaml#/Pet`) is resolved relative to the file
 * that holds it: a schema becomes a component under `components.schemas` with
 * a stable name (so it gets a type of its own, and cycles across files work);
 * anything else (a parameter, a response, a path item) is inlined.
 *
 * Only `$ref`s where OpenAPI allows a reference are followed (see
 * object-model.ts); one inside `default`, `example` or an extension is data.
 * Only regular .yaml, .yml and .json files inside the project are read (more
 * with `allowExternalRefs`); URLs are never fetched.
 */
import { dirname, extname, relative, resolve, basename } from 'node:path';
import {
  CodegenError,
  decodePercent,
  fromPointer,
  toPointer,
  toRef,
  type Diagnostic,
  type SourceLocation,
} from '../diagnostics.js';
import { dictionaryAt, setOwn, type Dictionary } from './dictionary.js';
import {
  referenceOf,
  referenceSites,
  slotsOf,
  type ObjectKind,
  type ReferenceSite,
} from './object-model.js';
import { parseSource, type ParsedSource } from './parse.js';
import { copyAllowance, nodeCount } from './node-count.js';
import { isInside, projectRoot } from './project-root.js';
import { NotRegularFileError, readRegularFile } from './read-file.js';
import { resolvePointer } from './validate.js';

type Segments = Array<string | number>;
type Json = Record<string, unknown>;

export interface BundleOptions {
  /** Allow `$ref`s to files outside the project. URLs are never fetched. */
  readonly allowExternalRefs?: boolean | undefined;
}

export interface Bundled {
  readonly source: ParsedSource;
  /** Every file the bundle read, the root first (for watch mode and messages). */
  readonly files: readonly ParsedSource[];
  /** The references in `source.value`, when it is the root's own value (no other file was reached): walked once. */
  readonly references?: readonly ReferenceSite[] | undefined;
}

const SPEC_FILE = /\.(?:ya?ml|json)$/i;

export async function bundle(root: ParsedSource, options: BundleOptions = {}): Promise<Bundled> {
  const references = referenceSites(root.value);
  if (!references.some((site) => !site.ref.startsWith('#')))
    return { source: root, files: [root], references };
  return new Bundler(root, options).run();
}

interface Origin {
  /** Where in the bundled document this subtree sits. */
  readonly at: Segments;
  readonly source: ParsedSource;
  /** Where the subtree is in its own file. */
  readonly from: Segments;
}

/** Where a walk is: the file being read, and the same place in the bundle and in that file. */
interface Position {
  readonly source: ParsedSource;
  readonly at: Segments;
  readonly from: Segments;
  /** Non-schema targets being inlined: a ref back to one of them is a cycle with no schema to name it. */
  readonly stack: ReadonlySet<string>;
}

class Bundler {
  readonly #root: ParsedSource;
  /** Relative refs may reach files below this folder. */
  readonly #boundary: string;
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
  readonly #doc: Json;
  readonly #schemas: Dictionary;
  readonly #origins: Origin[] = [];
  readonly #problems: Diagnostic[] = [];
  /** Nodes of the files read, and those copied so far by inlining what is not a schema. */
  #written = 0;
  #inlined = 0;

  constructor(root: ParsedSource, options: BundleOptions) {
    this.#root = root;
    this.#boundary = projectRoot(root.file);
    this.#options = options;
    this.#files.set(resolve(root.file), Promise.resolve(root));
    this.#written = nodeCount(root.value);
    this.#doc = structuredClone(root.value) as Json;
    // Components are keyed by spec text: prototype-free maps, so `__proto__` is just a name.
    this.#schemas = dictionaryAt(dictionaryAt(this.#doc, 'components'), 'schemas');
  }

  async run(): Promise<Bundled> {
    // Components that are just a ref to another file take the component's own name.
    for (const [key, value] of Object.entries(this.#schemas)) {
      const ref = referenceOf('schema', value);
      if (ref !== undefined && !ref.startsWith('#')) {
        const target = this.#target(this.#root, ref, ['components', 'schemas', key, '$ref']);
        if (target) this.#schemaKeys.set(target, key);
      }
    }
    await this.#walk(this.#doc, 'document', {
      source: this.#root,
      at: [],
      from: [],
      stack: new Set(),
    });
    if (this.#problems.length > 0) throw new CodegenError(this.#problems);
    const files = await Promise.all(this.#files.values());
    const origins = this.#origins;
    const root = this.#root;
    const locate = (segments: ReadonlyArray<string | number>): SourceLocation | undefined => {
      const origin = origins
        .filter((o) => o.at.every((s, i) => String(segments[i]) === String(s)))
        .sort((a, b) => b.at.length - a.at.length)[0];
      return origin
        ? origin.source.locate([...origin.from, ...segments.slice(origin.at.length)])
        : root.locate(segments);
    };
    return { source: { ...root, value: this.#doc, locate }, files };
  }

  /** Replaces external refs below `node`, an object of `kind`. */
  async #walk(node: unknown, kind: ObjectKind, position: Position): Promise<void> {
    for (const slot of slotsOf(kind, node)) {
      await this.#visit(slot.container, slot.key, slot.kind, {
        ...position,
        at: [...position.at, ...slot.path],
        from: [...position.from, ...slot.path],
      });
    }
  }

  /** `parent[key]` holds an object of `kind`, which may be a reference; `position` is the parent's. */
  async #visit(
    parent: Json | unknown[],
    key: string | number,
    kind: ObjectKind,
    position: Position,
  ): Promise<void> {
    const { source, at, from, stack } = position;
    if (
      at.length === 2 &&
      at[0] === 'components' &&
      at[1] === 'schemas' &&
      this.#added.has(String(key))
    )
      return;
    const child = (parent as Json)[key as string];
    const ref = referenceOf(kind, child);
    if (ref === undefined || (ref.startsWith('#') && source === this.#root)) {
      await this.#walk(child, kind, { ...position, at: [...at, key], from: [...from, key] });
      return;
    }
    const refAt = [...from, key, '$ref'];
    const target = this.#target(source, ref, refAt);
    if (target === undefined) return;
    const [file, pointer] = splitTarget(target);
    const targetSource = await this.#load(file, ref, source, refAt);
    if (!targetSource) return;
    const segments = fromPointer(`#${pointer}`);
    const value = resolvePointer(targetSource.value, `#${pointer}`);
    if (value === undefined) {
      this.#problems.push({
        message: `$ref "${ref}" points at nothing in ${relative(process.cwd(), file)}`,
        pointer: toPointer(refAt),
        location: source.locate(refAt),
      });
      return;
    }
    if (kind === 'schema') {
      const componentKey = this.#schemaKeys.get(target) ?? this.#claimSchemaKey(file, segments);
      setOwn(parent as Json, String(key), {
        ...siblings(child),
        $ref: toRef(['components', 'schemas', componentKey]),
      });
      if (!this.#copied.has(target)) {
        this.#copied.add(target);
        this.#schemaKeys.set(target, componentKey);
        const copy = structuredClone(value);
        this.#schemas[componentKey] = copy;
        this.#added.add(componentKey);
        const componentAt = ['components', 'schemas', componentKey];
        this.#origins.push({ at: componentAt, source: targetSource, from: segments });
        await this.#walk(copy, 'schema', {
          source: targetSource,
          at: componentAt,
          from: segments,
          stack,
        });
      }
      return;
    }
    // Not a schema: inline it (its own refs resolved relative to its file).
    if (stack.has(target)) {
      this.#problems.push({
        message: `$ref cycle with no schema in it: ${[...stack, target].map((t) => relative(process.cwd(), t)).join(' → ')}`,
        pointer: toPointer(refAt),
        location: source.locate(refAt),
      });
      return;
    }
    const size = nodeCount(value);
    this.#inlined += size;
    const allowance = copyAllowance(this.#written);
    if (this.#inlined > allowance) {
      // Reported once: every copy after it is refused too.
      if (this.#inlined - size > allowance) return;
      this.#problems.push({
        message: `$refs to other files inline more than ${allowance.toLocaleString('en-US')} nodes (path items, responses, parameters copied where they are used); refused as a resource exhaustion attack`,
        pointer: toPointer(refAt),
        location: source.locate(refAt),
      });
      return;
    }
    const copy = structuredClone(value);
    setOwn(parent as Json, String(key), copy);
    this.#origins.push({ at: [...at, key], source: targetSource, from: segments });
    const inner = { source: targetSource, stack: new Set([...stack, target]) };
    if (referenceOf(kind, copy) !== undefined) {
      await this.#visit(parent, key, kind, { ...inner, at, from: segments.slice(0, -1) });
    } else {
      await this.#walk(copy, kind, { ...inner, at: [...at, key], from: segments });
    }
  }

  /** `absolute-file#pointer` for a ref found in `source`, or undefined (with a problem) when refused. */
  #target(source: ParsedSource, ref: string, refAt: Segments): string | undefined {
    const refuse = (message: string) => {
      this.#problems.push({ message, pointer: toPointer(refAt), location: source.locate(refAt) });
      return undefined;
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      return refuse(
        `$ref "${ref}" is a URL: it is not fetched. Download it next to the spec and refer to it by a relative path.`,
      );
    }
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    const file =
      filePart === ''
        ? resolve(source.file)
        : resolve(dirname(resolve(source.file)), decodePercent(filePart));
    if (filePart !== '' && !SPEC_FILE.test(file)) {
      return refuse(
        `$ref "${ref}" names a file that is not .yaml, .yml or .json; only YAML and JSON files are read`,
      );
    }
    if (!this.#options.allowExternalRefs && !isInside(this.#boundary, file)) {
      return refuse(
        `$ref "${ref}" leaves the project (${relative(process.cwd(), this.#boundary) || '.'}); pass --allow-external-refs to allow it`,
      );
    }
    return `${file}#${pointer}`;
  }

  async #load(
    file: string,
    ref: string,
    from: ParsedSource,
    refAt: Segments,
  ): Promise<ParsedSource | undefined> {
    let pending = this.#files.get(file);
    if (!pending) {
      pending = readReferencedFile(file).then((read) => {
        this.#written += nodeCount(read.value);
        return read;
      });
      this.#files.set(file, pending);
    }
    try {
      return await pending;
    } catch (error) {
      if (this.#failed.has(file)) return undefined;
      this.#failed.add(file);
      const named = relative(process.cwd(), file);
      if (error instanceof CodegenError) this.#problems.push(...error.diagnostics);
      else if (error instanceof NotRegularFileError)
        this.#problems.push({
          message: `$ref "${ref}" names ${named}, which is not a regular file`,
          pointer: toPointer(refAt),
          location: from.locate(refAt),
        });
      else
        this.#problems.push({
          message: `Cannot read ${named}, referenced by $ref`,
          pointer: toPointer(refAt),
          location: from.locate(refAt),
        });
      return undefined;
    }
  }

  /** A stable, unique component key: the pointer's last segment, else the file's name. */
  #claimSchemaKey(file: string, segments: readonly string[]): string {
    const last = segments[segments.length - 1];
    const wanted = last !== undefined && last !== '' ? last : basename(file, extname(file));
    let key = wanted;
    for (let n = 2; Object.hasOwn(this.#schemas, key); n++) key = `${wanted}${n}`;
    this.#schemas[key] = { $ref: 'pending' }; // reserve
    return key;
  }
}

/** A file a `$ref` reaches, parsed with positions (named as the user sees it; never quoted). */
export async function readReferencedFile(file: string): Promise<ParsedSource> {
  const text = await readRegularFile(file);
  return parseSource({
    file: relative(process.cwd(), file) || file,
    fileText: text,
    text,
    language: /\.json$/i.test(file) ? 'json' : 'yaml',
    firstLine: 1,
    quote: false,
  });
}

function siblings(value: unknown): Json {
  const { $ref: _ref, ...rest } = value as Json;
  return rest;
}

function splitTarget(target: string): [string, string] {
  const i = target.indexOf('#');
  return [target.slice(0, i), target.slice(i + 1)];
}
