/**
 * Checks that a parsed document is an OpenAPI 3.0/3.1 document the generator can
 * trust: version, required fields and local `$ref`s that resolve. Reports
 * every problem at once. Path templates are judged in normalize
 * (src/normalize/path-template.ts), where parameter `$ref`s are resolved.
 */
import type { Diagnostic } from '../diagnostics.js';
import { fromPointer, toPointer } from '../diagnostics.js';

type Segments = ReadonlyArray<string | number>;
export type Locate = (segments: Segments) => Diagnostic['location'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Is this an OpenAPI 3.0/3.1 document at all? Judged per input, before merging. */
export function checkVersion(doc: unknown, locate: Locate): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = reporter(problems, locate);
  if (!isObject(doc)) {
    report([], 'Not an OpenAPI document: expected a mapping at the top level');
    return problems;
  }
  if ('swagger' in doc) {
    report(['swagger'], `Swagger ${String(doc.swagger)} is not supported: convert it to OpenAPI 3 first (for example with swagger2openapi)`);
    return problems;
  }
  if (!('openapi' in doc)) {
    report([], 'Not an OpenAPI document: the "openapi" field is missing');
    return problems;
  }
  const version = String(doc.openapi);
  if (!/^3\.[01]\.\d+/.test(version)) {
    report(['openapi'], `Unsupported OpenAPI version ${version}: expected 3.0.x or 3.1.x`);
  }
  return problems;
}

/** Required fields and resolvable `$ref`s, judged on the merged document. */
export function checkStructure(doc: Record<string, unknown>, locate: Locate): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = reporter(problems, locate);
  const version = String(doc.openapi);
  if (!isObject(doc.info)) report(['info'], 'Required field "info" is missing');
  const is30 = version.startsWith('3.0');
  if (doc.paths === undefined && (is30 || (doc.components === undefined && doc.webhooks === undefined))) {
    report(['paths'], 'Required field "paths" is missing');
  }
  if (isObject(doc.paths)) checkPaths(doc.paths, is30, report);
  checkRefs(doc, doc, [], report);
  return problems;
}

function checkPaths(paths: Record<string, unknown>, is30: boolean, report: (s: Segments, m: string) => void): void {
  // Path templates and their parameters are checked in normalize, once `$ref`s are resolved.
  if (!is30) return;
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (isObject(op) && op.responses === undefined) report(['paths', template, method], 'Required field "responses" is missing');
    }
  }
}

function checkRefs(root: Record<string, unknown>, node: unknown, at: Array<string | number>, report: (s: Segments, m: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkRefs(root, child, [...at, i], report));
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (!ref.startsWith('#')) {
      report([...at, '$ref'], `External $ref "${ref}" is not supported yet: bundle the spec into one file`);
    } else if (resolvePointer(root, ref) === undefined) {
      report([...at, '$ref'], `$ref "${ref}" points at nothing`);
    }
  }
  for (const [key, child] of Object.entries(node)) {
    // Examples and extensions are free-form: a "$ref" inside them is data, not a reference.
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    checkRefs(root, child, [...at, key], report);
  }
}

function reporter(problems: Diagnostic[], locate: Locate): (segments: Segments, message: string) => void {
  return (segments, message) => problems.push({ message, pointer: toPointer(segments) || '/', location: locate(segments) });
}

export function resolvePointer(root: unknown, ref: string): unknown {
  let node: unknown = root;
  for (const segment of fromPointer(ref)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
    if (node === undefined) return undefined;
  }
  return node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
