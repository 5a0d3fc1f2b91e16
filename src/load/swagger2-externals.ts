/**
 * Parameters and responses a Swagger 2.0 document `$ref`s from other files,
 * copied into its own `parameters` and `responses` before conversion. The
 * converter converts only what the document holds (a `body` parameter becomes a
 * request body, a response's `schema` its content); bundled after conversion,
 * they would stay 2.0 objects inside a 3.0 document.
 *
 * Refs inside a copy are rewritten relative to the document
 * (`#/definitions/Item` in `common.yaml` becomes `common.yaml#/definitions/Item`),
 * so its schemas are bundled after conversion as any 3.0 schema in another file
 * is. Each copy locates in the file it came from. A ref that cannot be followed
 * here (a URL, a file outside the project, a missing target) is left alone: the
 * bundler reports it, located, as for any spec.
 */
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { decodePercent, fromPointer, toRef, type SourceLocation } from '../diagnostics.js';
import { readReferencedFile, type BundleOptions } from './bundle.js';
import { dictionaryAt, isRecord, ownValue, setOwn } from './dictionary.js';
import type { ParsedSource } from './parse.js';
import { isInside, projectRoot } from './project-root.js';
import { resolvePointer } from './validate.js';

type Segments = ReadonlyArray<string | number>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
/** Keys whose values are data, not the spec's objects: a `$ref` there is not one. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'x-example']);

export interface InlinedSwagger2 {
  readonly source: ParsedSource;
  /** The other files read, for code frames and watch mode. */
  readonly files: readonly ParsedSource[];
}

interface Origin {
  readonly at: Segments;
  readonly source: ParsedSource;
  readonly from: Segments;
}

export async function inlineExternalComponents(
  root: ParsedSource,
  options: BundleOptions = {},
): Promise<InlinedSwagger2> {
  const sites = referenceSites(root.value);
  if (sites.every((site) => site.ref.startsWith('#'))) return { source: root, files: [] };
  const document = structuredClone(root.value) as Record<string, unknown>;
  const rootFile = resolve(root.file);
  const boundary = projectRoot(root.file);
  const files = new Map<string, Promise<ParsedSource | undefined>>();
  const keys = new Map<string, string>();
  const origins: Origin[] = [];

  /** The file a ref (relative to the document) names, loaded; undefined when it may not or cannot be read. */
  const load = (file: string): Promise<ParsedSource | undefined> => {
    if (!options.allowExternalRefs && !isInside(boundary, file)) return Promise.resolve(undefined);
    let pending = files.get(file);
    if (!pending) {
      pending = readReferencedFile(file).catch(() => undefined);
      files.set(file, pending);
    }
    return pending;
  };

  /** Each rewritten site and the copy it now refers to: a place below the site is a place in the copy. */
  const redirects: Array<{ readonly at: Segments; readonly to: Segments }> = [];
  for (const site of referenceSites(document)) {
    const key = await copyInto(site.kind, site.ref, new Set());
    if (key === undefined) continue;
    setOwn(site.container, site.key, { $ref: toRef([site.kind, key]) });
    redirects.push({ at: site.at, to: [site.kind, key] });
  }

  /** Copies the target of `ref` into the document's `kind` section; its key there, or undefined. */
  async function copyInto(
    kind: 'parameters' | 'responses',
    ref: string,
    seen: ReadonlySet<string>,
  ): Promise<string | undefined> {
    const target = externalTarget(ref, rootFile);
    if (target === undefined || seen.has(`${target.file}#${target.pointer}`)) return undefined;
    const targetId = `${target.file}#${target.pointer}`;
    const known = keys.get(`${kind} ${targetId}`);
    if (known !== undefined) return known;
    const source = await load(target.file);
    const value = source && resolvePointer(source.value, `#${target.pointer}`);
    if (source === undefined || !isRecord(value)) return undefined;
    const inner = ownValue(value, '$ref');
    if (typeof inner === 'string') {
      // A ref to a ref: follow it from where it is written.
      return copyInto(kind, rebase(inner, target.file, rootFile), new Set([...seen, targetId]));
    }
    const section = dictionaryAt(document, kind);
    const wanted = String(fromPointer(`#${target.pointer}`).at(-1) ?? kind);
    let key = wanted;
    for (let n = 2; Object.hasOwn(section, key); n++) key = `${wanted}${n}`;
    section[key] = rebaseAll(structuredClone(value), target.file, rootFile);
    keys.set(`${kind} ${targetId}`, key);
    origins.push({ at: [kind, key], source, from: fromPointer(`#${target.pointer}`) });
    return key;
  }

  const loaded = (await Promise.all(files.values())).filter((f) => f !== undefined);
  const below = (segments: Segments, at: Segments) =>
    segments.length >= at.length && at.every((s, i) => String(segments[i]) === String(s));
  const locate = (given: Segments): SourceLocation | undefined => {
    // What the converter moved from a parameter or response to where it is used sits in the copy.
    const redirect = redirects.find((r) => given.length > r.at.length && below(given, r.at));
    const segments = redirect ? [...redirect.to, ...given.slice(redirect.at.length)] : given;
    const origin = origins.find((o) => below(segments, o.at));
    return origin
      ? origin.source.locate([...origin.from, ...segments.slice(origin.at.length)])
      : root.locate(segments);
  };
  return { source: { ...root, value: document, locate }, files: loaded };
}

/** Where 2.0 allows a Reference Object to a parameter or a response: in path items and operations. */
function referenceSites(document: unknown): Array<{
  kind: 'parameters' | 'responses';
  ref: string;
  container: Record<string, unknown>;
  key: string;
  at: Segments;
}> {
  const sites: ReturnType<typeof referenceSites> = [];
  const add = (kind: 'parameters' | 'responses', owner: unknown, at: Segments) => {
    const container = ownValue(owner, kind);
    if (!isRecord(container) && !Array.isArray(container)) return;
    for (const [key, value] of Object.entries(container)) {
      const ref = ownValue(value, '$ref');
      const index = Array.isArray(container) ? Number(key) : key;
      if (typeof ref === 'string')
        sites.push({
          kind,
          ref,
          container: container as Record<string, unknown>,
          key,
          at: [...at, kind, index],
        });
    }
  };
  const paths = ownValue(document, 'paths');
  if (!isRecord(paths)) return sites;
  for (const [path, item] of Object.entries(paths)) {
    add('parameters', item, ['paths', path]);
    for (const method of METHODS) {
      const operation = ownValue(item, method);
      add('parameters', operation, ['paths', path, method]);
      add('responses', operation, ['paths', path, method]);
    }
  }
  return sites;
}

/** A ref to another file (relative to `base`): its absolute path and pointer; none for local refs and URLs. */
function externalTarget(ref: string, base: string): { file: string; pointer: string } | undefined {
  if (ref.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(ref)) return undefined;
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const file = resolve(dirname(base), decodePercent(filePart));
  return { file, pointer: hash === -1 ? '' : ref.slice(hash + 1) };
}

/** `ref`, written in `from`, as the document at `to` must write it. */
function rebase(ref: string, from: string, to: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash);
  const file = filePart === '' ? from : resolve(dirname(from), decodePercent(filePart));
  if (file === to) return fragment || '#';
  const path = relative(dirname(to), file).split(sep).join(posix.sep);
  return `${encodeURI(path)}${fragment}`;
}

/** Every `$ref` in a copy from `from`, rewritten for the document at `to` (data left as it is). */
function rebaseAll(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rebaseAll(item, from, to));
  if (!isRecord(value)) return value;
  for (const [key, child] of Object.entries(value)) {
    if (DATA_KEYS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof child === 'string') setOwn(value, key, rebase(child, from, to));
    else setOwn(value, key, rebaseAll(child, from, to));
  }
  return value;
}
