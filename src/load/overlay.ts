/**
 * OpenAPI Overlay documents (https://spec.openapis.org/overlay/v1.0.0): a
 * user's corrections to a spec they do not own (`x-codegen-name` on an
 * operation, a better description), applied in order before generation.
 * Targets are JSONPath expressions (RFC 9535), evaluated by jsonpath-rfc9535.
 */
import { createRequire } from 'node:module';
import type { JsonValue } from 'jsonpath-rfc9535';
import type { Diagnostic } from '../diagnostics.js';
import { dictionary, isRecord, setOwn } from './dictionary.js';
import { copyAllowance, nodeCount } from './node-count.js';
import { riskyPattern } from './overlay-patterns.js';
import type { ParsedSource } from './parse.js';

type Segments = ReadonlyArray<string | number>;

// The JSONPath engine loads with the first overlay: most runs have none.
const require = createRequire(import.meta.url);
let exec: typeof import('jsonpath-rfc9535').exec | undefined;

/** An input whose top level says `overlay: 1.x`. */
export function isOverlay(source: ParsedSource): boolean {
  return isRecord(source.value) && typeof source.value.overlay === 'string';
}

/** Applies each overlay's actions to `document`, in place; problems name the overlay's line. */
export function applyOverlays(document: unknown, overlays: readonly ParsedSource[]): Diagnostic[] {
  // Counting a document as large as GitHub's takes ~20 ms: only for an allowance to spend.
  if (overlays.length === 0) return [];
  const written = overlays.reduce((sum, o) => sum + nodeCount(o.value), nodeCount(document));
  const budget = { allowance: copyAllowance(written), added: 0 };
  return overlays.flatMap((overlay) => applyOverlay(document, overlay, budget));
}

function applyOverlay(
  document: unknown,
  source: ParsedSource,
  budget: { readonly allowance: number; added: number },
): Diagnostic[] {
  const value = source.value as Record<string, unknown>;
  const at = (segments: Segments, message: string): Diagnostic => ({
    message,
    location: source.locate(segments),
  });
  if (!/^1\.\d+\.\d+$/.test(String(value.overlay)))
    return [at(['overlay'], `Overlay version ${String(value.overlay)} is not supported (1.x is)`)];
  if (!Array.isArray(value.actions) || value.actions.length === 0)
    return [at([], 'An overlay needs a non-empty list of `actions`')];
  const problems: Diagnostic[] = [];
  value.actions.forEach((action: unknown, i) => {
    // Past the allowance nothing more is applied (and that was reported once).
    if (budget.added > budget.allowance) return;
    if (!isRecord(action) || typeof action.target !== 'string') {
      problems.push(at(['actions', i], 'An overlay action needs a `target` JSONPath expression'));
      return;
    }
    const risky = riskyPattern(action.target);
    if (risky !== undefined) {
      problems.push(at(['actions', i, 'target'], risky));
      return;
    }
    let targets: Segments[];
    try {
      targets = matches(document, action.target);
    } catch (error) {
      problems.push(at(['actions', i, 'target'], `Invalid JSONPath target: ${firstLine(error)}`));
      return;
    }
    if (targets.length === 0) {
      problems.push(at(['actions', i, 'target'], `Target ${action.target} matches nothing`));
      return;
    }
    if (action.remove === true) {
      // Deepest and last first, so removing one never moves another.
      for (const path of [...targets].reverse()) remove(document, path);
    } else if (action.update !== undefined) {
      budget.added += nodeCount(action.update) * targets.length;
      if (budget.added > budget.allowance) {
        problems.push(
          at(
            ['actions', i, 'update'],
            `Overlay updates add more than ${budget.allowance.toLocaleString('en-US')} nodes (this one ${nodeCount(action.update).toLocaleString('en-US')} at each of ${targets.length.toLocaleString('en-US')} targets); refused as a resource exhaustion attack`,
          ),
        );
        return;
      }
      for (const path of targets) update(document, path, action.update);
    }
  });
  return problems;
}

function matches(document: unknown, target: string): Segments[] {
  const found: Segments[] = [];
  exec ??= (require('jsonpath-rfc9535') as typeof import('jsonpath-rfc9535')).exec;
  exec(document as JsonValue, target, (_value, path) => found.push([...path]));
  return found;
}

function nodeAt(document: unknown, path: Segments): unknown {
  let node = document;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function remove(document: unknown, path: Segments): void {
  if (path.length === 0) return;
  const parent = nodeAt(document, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isRecord(parent)) delete parent[key];
}

/** Objects merge key by key, recursively; an array target takes the update as a new item. */
function update(document: unknown, path: Segments, patch: unknown): void {
  const target = nodeAt(document, path);
  if (Array.isArray(target)) target.push(copy(patch));
  else if (isRecord(target) && isRecord(patch)) merge(target, patch);
  else if (path.length > 0) {
    const parent = nodeAt(document, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof key === 'number') parent[key] = copy(patch);
    else if (isRecord(parent)) setOwn(parent, String(key), copy(patch));
  }
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (isRecord(existing) && isRecord(value)) merge(existing, value);
    else setOwn(target, key, copy(value));
  }
}

/** A copy made of prototype-free objects, as the loader builds every map. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isRecord(value)) return dictionary(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
