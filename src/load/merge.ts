/**
 * Merges several OpenAPI documents (several files, or the pages of a docs site)
 * into one: paths and components united, identical duplicates kept once, tags
 * and servers in first-seen order. The same component, path+method or
 * operationId defined differently in two places is an error naming both.
 * Every map keyed by spec text (paths, path items, components and each kind of
 * them) is rebuilt without a prototype, so a `__proto__` key is a name, never
 * a way to write onto Object.prototype.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import { PATH_ITEM_METHODS } from '../ir/api.js';
import { toPointer } from '../diagnostics.js';
import { dictionary, dictionaryAt, isRecord, toDictionary } from './dictionary.js';
import type { ParsedSource } from './parse.js';

type Doc = Record<string, unknown>;
type Segments = ReadonlyArray<string | number>;

export interface MergedDocument {
  readonly document: Doc;
  /** Where a pointer into the merged document came from. */
  locate(segments: Segments): SourceLocation | undefined;
  readonly problems: Diagnostic[];
}

/**
 * One operationId for operations of two inputs is an error naming both, judged on the merged
 * document after the overlays, which may rename one of them (GoDaddy's domains and orders specs
 * both say `list`). Within one input it is only a warning (raised later, in normalize).
 */
export function operationIdConflicts(merged: MergedDocument): Diagnostic[] {
  const seen = new Map<string, { segments: Segments; location: SourceLocation | undefined }>();
  const problems: Diagnostic[] = [];
  for (const [path, item] of entries(merged.document.paths)) {
    for (const [method, op] of Object.entries(asObject(item))) {
      const id = asObject(op).operationId;
      if (typeof id !== 'string') continue;
      const segments = ['paths', path, method, 'operationId'];
      const location = merged.locate(segments);
      const first = seen.get(id);
      if (!first) seen.set(id, { segments, location });
      else if (first.location?.file !== location?.file)
        problems.push({
          message: `operationId "${id}" names ${method.toUpperCase()} ${path} in ${where(location, '')} and another operation in ${where(first.location, '')}: rename one (an overlay beside the specs can update its operationId), or generate each spec as an SDK of its own`,
          pointer: toPointer(segments),
          location,
        });
    }
  }
  return problems;
}

export function mergeDocuments(sources: readonly ParsedSource[]): MergedDocument {
  const [first, ...rest] = sources;
  if (!first) throw new Error('mergeDocuments needs at least one source');
  const owners = new Map<string, ParsedSource>();
  const problems: Diagnostic[] = [];
  // Nothing reads an input's value after the merge, so the document shares its nodes (a deep
  // copy of GitHub's cost most of a second); the maps merging writes into are new (mergeTargets).
  const document = mergeTargets({ ...(first.value as Doc) });
  claimAll(document, first, owners);
  for (const source of rest) mergeInto(document, source, owners, problems);
  const locate = (segments: Segments) => (owners.get(ownerKey(segments)) ?? first).locate(segments);
  return { document, locate, problems };
}

// Paths+method and components are owned by the page that defined them first.
function ownerKey(segments: Segments): string {
  const [top, a, b] = segments;
  if (top === 'paths') return toPointer(['paths', a ?? '', b ?? '']);
  if (top === 'components') return toPointer(['components', a ?? '', b ?? '']);
  return '';
}

/** The first input with its spec-keyed maps as prototype-free objects, ready to take the others. */
function mergeTargets(doc: Doc): Doc {
  if (isRecord(doc.paths))
    doc.paths = dictionary(
      Object.entries(doc.paths).map(([path, item]) => [
        path,
        isRecord(item) ? toDictionary(item) : item,
      ]),
    );
  if (isRecord(doc.components)) {
    doc.components = dictionary(
      Object.entries(doc.components).map(([kind, group]) => [
        kind,
        isRecord(group) ? toDictionary(group) : group,
      ]),
    );
  }
  return doc;
}

function claimAll(doc: Doc, source: ParsedSource, owners: Map<string, ParsedSource>): void {
  for (const [path, item] of entries(doc.paths)) {
    for (const method of Object.keys(asObject(item)))
      owners.set(ownerKey(['paths', path, method]), source);
  }
  for (const [kind, group] of entries(doc.components)) {
    for (const name of Object.keys(asObject(group)))
      owners.set(ownerKey(['components', kind, name]), source);
  }
}

function mergeInto(
  target: Doc,
  source: ParsedSource,
  owners: Map<string, ParsedSource>,
  problems: Diagnostic[],
): void {
  const doc = asObject(source.value);
  const conflict = (segments: Segments, what: string, theirs: unknown, ours: unknown) => {
    const firstOwner = owners.get(ownerKey(segments));
    const at = [...segments, ...firstDifference(theirs, ours)];
    const there = firstOwner?.locate(at);
    const here = source.locate(at);
    problems.push({
      message: `${what} is defined differently in ${where(here, source.file)} and ${where(there, firstOwner?.file ?? '?')}; the first difference is at ${toPointer(at)}`,
      pointer: toPointer(at),
      location: here,
    });
  };
  const targetPaths = dictionaryAt(target, 'paths');
  // An input whose first server is not the merged API's keeps it for its own operations
  // (new-user trial: Amadeus' hotel search, `/v3`, merged beside its flight search, `/v2`, had
  // gone to `/v2`, a 404).
  const own = firstServerUrl(doc.servers);
  const ownServers =
    own !== undefined &&
    firstServerUrl(target.servers) !== undefined &&
    own !== firstServerUrl(target.servers)
      ? doc.servers
      : undefined;
  for (const [path, item] of entries(doc.paths)) {
    const merged = dictionaryAt(targetPaths, path);
    for (const [method, op] of Object.entries(asObject(item))) {
      const segments = ['paths', path, method];
      if (!Object.hasOwn(merged, method)) {
        merged[method] = structuredClone(op);
        if (
          ownServers !== undefined &&
          (PATH_ITEM_METHODS as readonly string[]).includes(method) &&
          !hasServers(item, op)
        )
          asObject(merged[method]).servers = structuredClone(ownServers);
        owners.set(ownerKey(segments), source);
      } else if (!isDeepStrictEqual(merged[method], op)) {
        conflict(segments, `${method.toUpperCase()} ${path}`, merged[method], op);
      }
    }
  }
  const targetComponents = dictionaryAt(target, 'components');
  for (const [kind, group] of entries(doc.components)) {
    const merged = dictionaryAt(targetComponents, kind);
    for (const [name, value] of Object.entries(asObject(group))) {
      const segments = ['components', kind, name];
      if (!Object.hasOwn(merged, name)) {
        merged[name] = structuredClone(value);
        owners.set(ownerKey(segments), source);
      } else if (!isDeepStrictEqual(merged[name], value)) {
        conflict(segments, `components.${kind}.${name}`, merged[name], value);
      }
    }
  }
  target.tags = uniteBy(target.tags, doc.tags, (t) => asObject(t).name);
  target.servers = uniteBy(target.servers, doc.servers, (s) => asObject(s).url);
}

function firstServerUrl(servers: unknown): unknown {
  return Array.isArray(servers) ? asObject(servers[0]).url : undefined;
}

/** Whether an operation, or its path, names servers of its own. */
function hasServers(item: unknown, op: unknown): boolean {
  return [asObject(item).servers, asObject(op).servers].some(
    (s) => Array.isArray(s) && s.length > 0,
  );
}

/** Path (below the compared values) of the first place two JSON values differ. */
function firstDifference(a: unknown, b: unknown): Array<string | number> {
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const x = (a as Doc)[key];
    const y = (b as Doc)[key];
    if (!isDeepStrictEqual(x, y))
      return [Array.isArray(a) ? Number(key) : key, ...firstDifference(x, y)];
  }
  return [];
}

function uniteBy(a: unknown, b: unknown, key: (item: unknown) => unknown): unknown[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  const out = [...(Array.isArray(a) ? a : [])];
  const seen = new Set(out.map(key));
  for (const item of Array.isArray(b) ? b : []) {
    if (!seen.has(key(item))) {
      seen.add(key(item));
      out.push(item);
    }
  }
  return out;
}

function where(location: SourceLocation | undefined, file: string): string {
  return location ? `${location.file}:${location.line}:${location.column}` : file;
}

function entries(value: unknown): Array<[string, unknown]> {
  return Object.entries(asObject(value));
}

function asObject(value: unknown): Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};
}
