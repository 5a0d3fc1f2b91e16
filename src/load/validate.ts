/**
 * Checks that a parsed document is an OpenAPI 3.0/3.1 document the generator can
 * trust: version, required fields and local `$ref`s that resolve. Reports
 * every problem at once. Path templates are judged in normalize
 * (src/normalize/path-template.ts), where parameter `$ref`s are resolved.
 */
import type { Diagnostic } from '../diagnostics.js';
import { fromPointer, toPointer } from '../diagnostics.js';
import { PATH_ITEM_METHODS } from '../ir/api.js';
import {
  parsePathTemplate,
  pathParameterProblems,
  withoutPathQuery,
} from '../normalize/path-template.js';
import { ownValue } from './dictionary.js';
import { referenceSites, type ReferenceSite } from './object-model.js';

type Segments = ReadonlyArray<string | number>;
export type Locate = (segments: Segments) => Diagnostic['location'];

/** Is this an OpenAPI 3.0/3.1 document at all? Judged per input, before merging. */
export function checkVersion(doc: unknown, locate: Locate): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = reporter(problems, locate);
  if (!isObject(doc)) {
    report([], 'Not an OpenAPI document: expected a mapping at the top level');
    return problems;
  }
  if ('swagger' in doc) {
    report(
      ['swagger'],
      `Swagger ${scalarText(doc.swagger)} is not supported: convert it to OpenAPI 3 first (for example with swagger2openapi)`,
    );
    return problems;
  }
  if (!('openapi' in doc)) {
    report([], 'Not an OpenAPI document: the "openapi" field is missing');
    return problems;
  }
  const version = scalarText(doc.openapi);
  if (!/^3\.[01]\.\d+/.test(version)) {
    report(['openapi'], `Unsupported OpenAPI version ${version}: expected 3.0.x or 3.1.x`);
  }
  return problems;
}

/** Required fields and resolvable `$ref`s, judged on the merged document (its references found by a walk, unless given). */
export function checkStructure(
  doc: Record<string, unknown>,
  locate: Locate,
  references: readonly ReferenceSite[] = referenceSites(doc),
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = reporter(problems, locate);
  const version = String(doc.openapi);
  if (!isObject(doc.info)) report(['info'], 'Required field "info" is missing');
  const is30 = version.startsWith('3.0');
  if (
    doc.paths === undefined &&
    (is30 || (doc.components === undefined && doc.webhooks === undefined))
  ) {
    report(['paths'], 'Required field "paths" is missing');
  }
  if (isObject(doc.paths)) checkPaths(doc, doc.paths, is30, report);
  checkRefs(doc, references, report);
  return problems;
}

function checkPaths(
  root: Record<string, unknown>,
  paths: Record<string, unknown>,
  is30: boolean,
  report: (s: Segments, m: string) => void,
): void {
  for (const [template, value] of Object.entries(paths)) {
    const item = resolved(root, value);
    if (!isObject(item)) continue;
    // The template and its parameters, said here too (normalize binds them) so that a spec's
    // every problem is told in one run, beside those of its schemas.
    const parsed = parsePathTemplate(template);
    for (const message of parsed.problems) report(['paths', template], message);
    for (const method of PATH_ITEM_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      if (is30 && op.responses === undefined)
        report(['paths', template, method], 'Required field "responses" is missing');
      if (parsed.problems.length > 0) continue;
      const declared = [...listed(root, item.parameters), ...listed(root, op.parameters)];
      const inPath = new Set(declared.filter((p) => p.in === 'path').map((p) => p.name));
      const route = withoutPathQuery(template, inPath).template;
      const { parts } = route === template ? parsed : parsePathTemplate(route);
      for (const message of pathParameterProblems(route, parts, declared))
        report(['paths', template, method], message);
    }
  }
}

/** The parameters of a list that are objects with a string `in` and `name`, through `$ref`s. */
function listed(
  root: Record<string, unknown>,
  value: unknown,
): Array<{ readonly in: string; readonly name: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parameter = resolved(root, entry);
    if (!isObject(parameter)) return [];
    const { in: location, name } = parameter;
    return typeof location === 'string' && typeof name === 'string' ? [{ in: location, name }] : [];
  });
}

/** A value, or what its chain of local `$ref`s ends at (nothing for a chain that does not end: the ref checks say why). */
function resolved(root: Record<string, unknown>, value: unknown): unknown {
  const ref = isObject(value) ? ownValue(value, '$ref') : undefined;
  if (typeof ref !== 'string' || !ref.startsWith('#')) return value;
  const chain = followRefs(root, ref, NONE_JUDGED);
  return chain.end === 'value' ? resolvePointer(root, chain.refs.at(-1)!) : undefined;
}

const NONE_JUDGED: ReadonlyMap<string, ChainEnd> = new Map();

/**
 * `$ref`s where OpenAPI allows a reference (a `$ref` anywhere else is data):
 * each must resolve, and a chain of them must end at something other than a `$ref`.
 */
function checkRefs(
  root: Record<string, unknown>,
  references: readonly ReferenceSite[],
  report: (s: Segments, m: string) => void,
): void {
  const ends = new Map<string, ChainEnd>();
  for (const { ref, at } of references) {
    const refAt = [...at, '$ref'];
    if (!ref.startsWith('#')) {
      report(refAt, `External $ref "${ref}" is not supported yet: bundle the spec into one file`);
      continue;
    }
    if (ends.has(ref)) {
      if (ends.get(ref) === 'dangling') report(refAt, `$ref "${ref}" points at nothing`);
      continue;
    }
    const chain = followRefs(root, ref, ends);
    chain.refs.forEach((r, i) => ends.set(r, judge(chain, i === chain.refs.length - 1)));
    if (chain.end === 'nothing' && chain.refs.length === 1)
      report(refAt, `$ref "${ref}" points at nothing`);
    if (chain.end === 'cycle') {
      // Reported once, at the `$ref` of the cycle's first member.
      const [first = ref] = chain.cycle;
      report(
        [...fromPointer(first), '$ref'],
        `$ref cycle with no schema in it: ${[...chain.cycle, first].join(' → ')}`,
      );
    }
  }
}

type ChainEnd = 'value' | 'dangling' | 'leads-to-nothing' | 'cycle';

/** What a ref of a chain comes to: its own target missing, or a chain that ends in nothing, a cycle or a value. */
function judge(chain: RefChain, isLast: boolean): ChainEnd {
  switch (chain.end) {
    case 'nothing':
      return isLast ? 'dangling' : 'leads-to-nothing';
    case 'known':
      return chain.joins === 'dangling' ? 'leads-to-nothing' : chain.joins;
    default:
      return chain.end;
  }
}

interface RefChain {
  readonly end: 'value' | 'nothing' | 'cycle' | 'known';
  /** The refs followed, the first first; each not seen in an earlier chain. */
  readonly refs: readonly string[];
  /** The refs that go round, when `end` is 'cycle'. */
  readonly cycle: readonly string[];
  /** How the chain already judged that this one runs into ends, when `end` is 'known'. */
  readonly joins: ChainEnd;
}

/** Follows a `$ref` through targets that are themselves only a `$ref`, stopping at refs already judged. */
function followRefs(root: unknown, first: string, known: ReadonlyMap<string, ChainEnd>): RefChain {
  const refs: string[] = [];
  const index = new Map<string, number>();
  for (let ref: string | undefined = first; ref !== undefined;) {
    const seen = index.get(ref);
    if (seen !== undefined) return { end: 'cycle', refs, cycle: refs.slice(seen), joins: 'cycle' };
    const joins = known.get(ref);
    if (joins !== undefined) return { end: 'known', refs, cycle: [], joins };
    index.set(ref, refs.length);
    refs.push(ref);
    const target = resolvePointer(root, ref);
    if (target === undefined) return { end: 'nothing', refs, cycle: [], joins: 'dangling' };
    const next = ownValue(target, '$ref');
    ref = typeof next === 'string' && next.startsWith('#') ? next : undefined;
  }
  return { end: 'value', refs, cycle: [], joins: 'value' };
}

function reporter(
  problems: Diagnostic[],
  locate: Locate,
): (segments: Segments, message: string) => void {
  return (segments, message) =>
    problems.push({ message, pointer: toPointer(segments) || '/', location: locate(segments) });
}

/** The value a local `$ref` (or JSON pointer) names; own keys and array indexes only, never what objects inherit. */
export function resolvePointer(root: unknown, ref: string): unknown {
  let node: unknown = root;
  for (const segment of fromPointer(ref)) {
    if (Array.isArray(node)) {
      node = /^(?:0|[1-9]\d*)$/.test(segment) ? node[Number(segment)] : undefined;
    } else {
      node = ownValue(node, segment);
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/** A field's value for a message: maps the loader built have no prototype, so no `toString`. */
function scalarText(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' && value !== null ? 'a mapping' : String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
