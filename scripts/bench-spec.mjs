/**
 * A spec `copies` times the size of another, for the bench's linear-cost
 * check: each copy has its own paths (`/v2/...`), components, operationIds
 * and tags (renamed with `-v2`, and every `$ref` to them), so the SDK has
 * `copies` times the operations and types. Security schemes are shared.
 */
import { readFile, writeFile } from 'node:fs/promises';

const RENAMED = [
  'schemas',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'examples',
  'links',
  'callbacks',
  'pathItems',
];
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export async function writeScaledSpec(source, copies, target) {
  const spec = JSON.parse(await readFile(source, 'utf8'));
  const scaled = { ...spec, paths: {}, components: { ...spec.components } };
  for (const section of RENAMED) if (spec.components?.[section]) scaled.components[section] = {};
  const tags = [];
  for (let copy = 1; copy <= copies; copy++) {
    const suffix = copy === 1 ? '' : `-v${copy}`;
    const rename = (value) => renameRefs(value, suffix);
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      const renamed = rename(item);
      for (const [method, operation] of Object.entries(renamed)) {
        if (!METHODS.has(method) || typeof operation !== 'object') continue;
        if (operation.operationId) operation.operationId += suffix;
        if (operation.tags) operation.tags = operation.tags.map((t) => t + suffix);
      }
      scaled.paths[copy === 1 ? path : `/v${copy}${path}`] = renamed;
    }
    for (const section of RENAMED)
      for (const [name, value] of Object.entries(spec.components?.[section] ?? {}))
        scaled.components[section][name + suffix] = rename(value);
    for (const tag of spec.tags ?? []) tags.push({ ...tag, name: tag.name + suffix });
  }
  if (spec.tags) scaled.tags = tags;
  await writeFile(target, JSON.stringify(scaled));
  return countOperations(scaled);
}

export async function operationCount(source) {
  return countOperations(JSON.parse(await readFile(source, 'utf8')));
}

function countOperations(spec) {
  return Object.values(spec.paths ?? {}).reduce(
    (n, item) => n + Object.keys(item).filter((k) => METHODS.has(k)).length,
    0,
  );
}

/** A deep copy with every local component `$ref` pointing at the copy's renamed component. */
function renameRefs(value, suffix) {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, suffix));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value))
    out[key] =
      key === '$ref' &&
      typeof v === 'string' &&
      /^#\/components\/(?!securitySchemes\/)[^/]+\/[^/]+$/.test(v)
        ? v + suffix
        : renameRefs(v, suffix);
  return out;
}
