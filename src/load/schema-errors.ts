/**
 * ajv's errors → one message per place in the document. Against the OpenAPI
 * schemas a single typo fails every branch of a oneOf (Reference or Schema,
 * each alternative of a parameter…), which ajv reports as a dozen lines; a
 * reader wants the one that says what is wrong, where.
 */
import { fromPointer } from '../diagnostics.js';
import { CONSTRAINT_KEYWORDS } from '../ir/schema.js';

/** The part of ajv's ErrorObject this reads. */
export interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string | undefined;
  readonly schemaPath?: string | undefined;
  /** Set when the error is about a key (`propertyNames`), not a value. */
  readonly propertyName?: string | undefined;
}

export interface SchemaProblem {
  readonly segments: readonly string[];
  readonly message: string;
  /** Unknown keys are ignored by the generator: worth a warning, not a refusal. */
  readonly severity: 'error' | 'warning';
}

/** Keywords that only summarize their branches' errors, which say more. */
const SUMMARIES = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'not', '$ref', 'dependencies']);

const MAX_BRANCH_ANALYSIS = 5000;

/** Keywords about a key of the object at the error's place, which its values' errors do not explain. */
const KEY_KEYWORDS = new Set(['additionalProperties', 'propertyNames']);

export function reduceSchemaErrors(
  errors: readonly AjvError[],
  document: unknown,
): SchemaProblem[] {
  const byPlace = new Map<string, AjvError[]>();
  for (const error of intendedBranches(errors)) {
    if (SUMMARIES.has(error.keyword)) continue;
    const list = byPlace.get(error.instancePath) ?? [];
    list.push(error);
    byPlace.set(error.instancePath, list);
  }
  // Every place with an error below it, found in one pass over each place's ancestors.
  const ancestors = new Set<string>();
  for (const place of byPlace.keys())
    for (let i = place.lastIndexOf('/'); i >= 0; i = place.lastIndexOf('/', i - 1)) {
      ancestors.add(place.slice(0, i));
      if (i === 0) break;
    }
  const problems: SchemaProblem[] = [];
  for (const [place, list] of byPlace) {
    // A deeper error explains this one: the branch the value was meant for failed further in.
    const explained = ancestors.has(place);
    const own = explained ? list.filter((e) => KEY_KEYWORDS.has(e.keyword)) : list;
    problems.push(
      ...describePlace(fromPointer(place), own, document).map((p) => inDocsOnly(p, document)),
    );
  }
  // Never an invalid document with nothing said: then ajv's own first word.
  const first = errors[0];
  if (problems.length === 0 && first !== undefined)
    problems.push({
      segments: fromPointer(first.instancePath),
      message: `does not match the OpenAPI schema: ${first.message ?? first.keyword}`,
      severity: 'error',
    });
  return problems;
}

// Keywords whose content only documents: no type, request or name is made from it. Codat's
// `examples` written as a map, where a schema's must be a list, refused its whole SDK.
const DOCS_ONLY = new Set(['example', 'examples']);
// A schema's own store of schemas for refs to reach, in 3.1 (in 3.0 an unknown key, warned of):
// what is wrong in one is left out, as in 3.0 (new-user trial: Codat's `type` written as a schema
// there refused its accounting SDK in 3.1 alone).
const DEFINITIONS = new Set(['definitions', '$defs']);
// A schema's constraint of the wrong type is left out: api.video's `pattern: 0` refused its whole SDK.
const CONSTRAINTS = new Set<string>(CONSTRAINT_KEYWORDS);
// Maps whose keys are names, not keywords: a component or property named `examples` is no example.
const NAMED = new Set([
  'schemas',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'paths',
  'content',
  'encoding',
  'variables',
]);

/**
 * A problem inside an example, or a constraint's value, is a warning: the rest of the document
 * is generated, and what it says of that part is ignored. A component or property named so is
 * no such keyword (red team: a schema named `examples` had its bad `type` let through), nor is
 * an entry named like a constraint in a map of names (a webhook, a scope, a mapping): only a
 * schema's, one that says its `type`.
 */
function inDocsOnly(problem: SchemaProblem, document: unknown): SchemaProblem {
  if (problem.severity !== 'error') return problem;
  const { segments } = problem;
  const constraint = (i: number) =>
    i === segments.length - 1 &&
    CONSTRAINTS.has(segments[i]!) &&
    ownType(valueAt(document, segments.slice(0, i))) !== undefined;
  const at = segments.findIndex(
    (s, i) =>
      i > 0 &&
      (DOCS_ONLY.has(s) || constraint(i) || (DEFINITIONS.has(s) && i < segments.length - 1)) &&
      !NAMED.has(segments[i - 1]!),
  );
  if (at === -1) return problem;
  const keyword = segments[at]!;
  if (DEFINITIONS.has(keyword))
    return {
      ...problem,
      message: `${problem.message} (inside \`${keyword}\`: what is wrong there is ignored)`,
      severity: 'warning',
    };
  // 3.1's bounds are numbers; a 3.0 habit's `true` still says what its author meant (normalize
  // reads it so).
  const flag =
    /^exclusiveM(?:in|ax)imum$/.test(keyword) &&
    typeof valueAt(document, segments.slice(0, at + 1)) === 'boolean';
  return {
    ...problem,
    message: flag
      ? `${problem.message} (in \`${keyword}\`: read as OpenAPI 3.0's flag on \`${keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum'}\`)`
      : `${problem.message} (in \`${keyword}\`, which ${DOCS_ONLY.has(keyword) ? 'only documents' : 'constrains'}: ignored)`,
    severity: 'warning',
  };
}

/** A schema's `type`, where `value` is an object that says one. */
function ownType(value: unknown): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'type')
    ? (value as { type: unknown }).type
    : undefined;
}

/**
 * A oneOf whose branches differ by one key (a parameter's `in`: path, query,
 * header or cookie) fails in every branch: in all but one on that key, and in
 * the branch the value picked on something else (its `style`). That branch's
 * errors are the ones to report; when no branch is picked, the key's.
 */
function intendedBranches(errors: readonly AjvError[]): AjvError[] {
  // Quadratic in the errors: a document this wrong gets the plainer report.
  if (errors.length > MAX_BRANCH_ANALYSIS) return [...errors];
  const dropped = new Set<AjvError>();
  for (const choice of errors) {
    if ((choice.keyword !== 'oneOf' && choice.keyword !== 'anyOf') || !choice.schemaPath) continue;
    const prefix = `${choice.schemaPath}/`;
    const branches = new Map<string, AjvError[]>();
    for (const error of errors) {
      if (!error.schemaPath?.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    if (branches.size < 2) continue;
    // The selector: the place where most branches fail.
    const failing = new Map<string, number>();
    for (const list of branches.values())
      for (const place of new Set(list.map((e) => e.instancePath)))
        failing.set(place, (failing.get(place) ?? 0) + 1);
    const [selector, count] = [...failing].sort((a, b) => b[1] - a[1])[0]!;
    if (count < 2) continue;
    const picked = [...branches.values()].filter((l) =>
      l.every((e) => e.instancePath !== selector),
    );
    for (const list of branches.values())
      for (const error of list)
        if (picked.length > 0 ? !picked.includes(list) : error.instancePath !== selector)
          dropped.add(error);
  }
  return errors.filter((e) => !dropped.has(e));
}

function describePlace(
  segments: readonly string[],
  errors: readonly AjvError[],
  document: unknown,
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // Component names outside ^[a-zA-Z0-9._-]+$ are names like any other to the generator.
  const oddNames = unique(
    errors.flatMap((e) => (e.keyword === 'propertyNames' ? [String(e.params.propertyName)] : [])),
  );
  for (const key of oddNames)
    problems.push({
      segments: [...segments, key],
      message: `Name "${key}" is not one OpenAPI allows here (^[a-zA-Z0-9._-]+$); it is used as written`,
      severity: 'warning',
    });
  const unknownKeys = unique(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => String(e.params.additionalProperty)),
  );
  for (const key of unknownKeys)
    problems.push({
      segments: [...segments, key],
      message: `Unknown key "${key}" is not allowed here by OpenAPI and is ignored`,
      severity: 'warning',
    });
  // A missing `$ref` only says the value is not a Reference Object either: noise beside any other error.
  const rest = errors.filter(
    (e) =>
      e.keyword !== 'additionalProperties' &&
      e.keyword !== 'propertyNames' &&
      e.propertyName === undefined &&
      !(e.keyword === 'required' && e.params.missingProperty === '$ref' && errors.length > 1),
  );
  if (rest.length === 0) return problems;
  const required = unique(
    rest.filter((e) => e.keyword === 'required').map((e) => String(e.params.missingProperty)),
  );
  const message =
    allowedValues(rest, segments, document) ??
    (required.length > 0 ? requiredMessage(required) : undefined) ??
    unique(rest.map((e) => e.message ?? e.keyword)).join('; ');
  problems.push({ segments, message, severity: 'error' });
  return problems;
}

/** `enum`, `const` and `type` errors at one place: what the value is and what it may be. */
function allowedValues(
  errors: readonly AjvError[],
  segments: readonly string[],
  document: unknown,
): string | undefined {
  const values = unique(
    errors.flatMap((e) =>
      e.keyword === 'enum'
        ? (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v))
        : e.keyword === 'const'
          ? [JSON.stringify(e.params.allowedValue)]
          : [],
    ),
  );
  const types = unique(
    errors
      .filter((e) => e.keyword === 'type')
      .flatMap((e) => String(e.params.type).split(','))
      .map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`),
  );
  if (values.length === 0 && types.length === 0) return undefined;
  const expected = [...values, ...types];
  const list =
    expected.length === 1
      ? expected[0]!
      : `one of ${expected.slice(0, -1).join(', ')} or ${expected.at(-1)!}`;
  const actual = JSON.stringify(valueAt(document, segments)) ?? 'nothing';
  return `${clip(actual)} is not allowed here: expected ${list}`;
}

function requiredMessage(missing: readonly string[]): string {
  return missing.length === 1
    ? `Required field "${missing[0]!}" is missing`
    : `Required fields ${missing.map((m) => `"${m}"`).join(', ')} are missing`;
}

function valueAt(document: unknown, segments: readonly string[]): unknown {
  let node = document;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
