/**
 * The config's `pagination` option: per operation (its operationId or its
 * function name), `false` to switch inferred pagination off, or the descriptor
 * to use instead of the inferred one:
 * `"pagination": { "users_list": { "kind": "cursor", "items": "members",
 * "cursor": ["response_metadata", "next_cursor"], "param": "cursor" } }`.
 */
import type { PaginationInfo, PaginationOf } from '../ir/api.js';
import { CodegenError, type Diagnostic } from '../diagnostics.js';
import { schemaAt, type Schemas } from './page-schema.js';
import type { Schema } from '../ir/schema.js';

/** A field name, or the names from the page down; `[]` is the page itself. */
export type FieldPathOption = string | readonly string[];

export type PaginationDescriptor = PaginationOf<FieldPathOption>;

/** Operation (operationId or function name) → `false` (no pagination) or the descriptor to use. */
export type PaginationOverrides = Readonly<Record<string, false | PaginationDescriptor>>;

type FieldRule = 'path' | 'path?' | 'name' | 'header?' | 'param' | 'param?' | 'integer?' | 'body?';

/** A rule for each field of a descriptor, every field and no other (the compiler holds the table to the type). */
type FieldRules<Descriptor> = { readonly [Key in Exclude<keyof Descriptor, 'kind'>]-?: FieldRule };

// What each kind takes: a field path, a field name, or a query parameter's name; `?` when optional.
const KINDS: {
  readonly [Kind in PaginationDescriptor['kind']]: FieldRules<
    Extract<PaginationDescriptor, { readonly kind: Kind }>
  >;
} = {
  cursor: {
    items: 'path',
    cursor: 'path',
    param: 'param',
    hasMore: 'path?',
    done: 'path?',
    in: 'body?',
  },
  after: { items: 'path', hasMore: 'path', id: 'name', param: 'param', before: 'param?' },
  link: { items: 'path', next: 'path' },
  linkHeader: { items: 'path' },
  offset: { items: 'path', offsetParam: 'param', limitParam: 'param?', total: 'path?' },
  page: {
    items: 'path',
    pageParam: 'param',
    first: 'integer?',
    limitParam: 'param?',
    pages: 'path?',
    pagesHeader: 'header?',
    current: 'path?',
    total: 'path?',
    size: 'path?',
    last: 'integer?',
  },
};

/** What is wrong with a `pagination` option value, or undefined when it is valid. */
export function paginationOptionProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return '"pagination" must be an object keyed by operationId';
  for (const [operation, descriptor] of Object.entries(value)) {
    const at = `pagination.${operation}`;
    if (descriptor === false) continue;
    if (!isPlainObject(descriptor))
      return `"${at}" must be false or a pagination descriptor ({ "kind": … })`;
    const kind = descriptor.kind;
    const rules =
      typeof kind === 'string' && Object.hasOwn(KINDS, kind)
        ? KINDS[kind as keyof typeof KINDS]
        : undefined;
    if (rules === undefined)
      return `"${at}.kind" must be ${Object.keys(KINDS)
        .map((k) => `"${k}"`)
        .join(', ')}`;
    for (const key of Object.keys(descriptor)) {
      if (key !== 'kind' && !Object.hasOwn(rules, key))
        return `"${at}" has "${key}", which a "${kind}" descriptor does not take (it takes ${Object.keys(rules).join(', ')})`;
    }
    for (const [key, rule] of Object.entries(rules)) {
      const given = Object.hasOwn(descriptor, key) ? descriptor[key] : undefined;
      if (given === undefined) {
        if (!rule.endsWith('?')) return `"${at}.${key}" is required for a "${kind}" descriptor`;
        continue;
      }
      const problem = rule.startsWith('path')
        ? pathProblem(given, key)
        : rule.startsWith('integer')
          ? Number.isSafeInteger(given)
            ? undefined
            : 'must be an integer'
          : rule.startsWith('header')
            ? headerProblem(given)
            : rule.startsWith('body')
              ? given === 'body'
                ? undefined
                : 'must be "body" (the cursor goes in the JSON request body), or left out'
              : nameProblem(given);
      if (problem !== undefined) return `"${at}.${key}" ${problem}`;
    }
  }
  return undefined;
}

function pathProblem(value: unknown, key: string): string | undefined {
  if (typeof value === 'string' && value !== '') return undefined;
  // Only the items may be the page itself (`[]`: the response is the array).
  const emptyAllowed = key === 'items';
  if (
    Array.isArray(value) &&
    (emptyAllowed || value.length > 0) &&
    value.every((v) => typeof v === 'string' && v !== '')
  )
    return undefined;
  return 'must be a field name or a list of field names from the page down';
}

// A header's name (RFC 9110's token): any other would have `Headers` throw on every page.
function headerProblem(value: unknown): string | undefined {
  return typeof value === 'string' && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value)
    ? undefined
    : "must be a header's name";
}

function nameProblem(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? undefined : 'must be a non-empty string';
}

/** The overrides of one run: looked up per operation, and which names matched nothing. */
export class PaginationOverrideTable {
  readonly #byName: ReadonlyMap<string, false | PaginationDescriptor>;
  readonly #used = new Set<string>();

  constructor(overrides: PaginationOverrides | undefined) {
    const problem = overrides === undefined ? undefined : paginationOptionProblem(overrides);
    if (problem !== undefined) throw new CodegenError([{ message: `Invalid option: ${problem}` }]);
    this.#byName = new Map(Object.entries(overrides ?? {}));
  }

  /** The override for an operation, by its operationId first, then its function name. */
  lookup(
    operationId: string | undefined,
    functionName: string,
  ): false | PaginationDescriptor | undefined {
    for (const name of [operationId, functionName]) {
      if (name !== undefined && this.#byName.has(name)) {
        this.#used.add(name);
        return this.#byName.get(name);
      }
    }
    return undefined;
  }

  /**
   * An operation that cannot page (it answers a stream): an override of it is an error that
   * says so (red team: it had been said to name no operation).
   */
  refuse(operationId: string | undefined, functionName: string, answers: string): void {
    for (const name of [operationId, functionName])
      if (name !== undefined && this.#byName.has(name)) {
        this.#used.add(name);
        if (this.#byName.get(name) !== false)
          this.#refused.push({
            message: `Invalid option "pagination": ${JSON.stringify(name)} answers ${answers}, which never pages`,
          });
      }
  }

  readonly #refused: Diagnostic[] = [];

  /** One error per name that is no operation's operationId or function name, or one that cannot page. */
  unmatched(): Diagnostic[] {
    return [
      ...this.#refused,
      ...[...this.#byName.keys()]
        .filter((name) => !this.#used.has(name))
        .map((name) => ({
          message: `Invalid option "pagination": ${JSON.stringify(name)} is neither an operationId nor a function name of an operation`,
        })),
    ];
  }
}

/**
 * The query parameters a pagination names, by its field: `["offsetParam", "offset"]`. None of a
 * cursor that goes in the body.
 */
export function pagingParameters(
  pagination: PaginationInfo | PaginationDescriptor,
): Array<[field: string, name: string]> {
  const given = pagination as unknown as Readonly<Record<string, unknown>>;
  if (given['in'] === 'body') return [];
  return Object.entries(KINDS[pagination.kind]).flatMap(([field, rule]) => {
    const name = given[field];
    return rule.startsWith('param') && typeof name === 'string' ? [[field, name]] : [];
  });
}

/** The IR of a descriptor from the config; the item type is read from the response where the spec gives it. */
export function paginationFromOption(
  descriptor: PaginationDescriptor,
  success: Schema | undefined,
  schemas: Schemas,
): PaginationInfo {
  const path = (p: FieldPathOption): readonly string[] => (typeof p === 'string' ? [p] : p);
  const items = path(descriptor.items);
  const list = success && schemaAt(success, items, schemas);
  const itemSchema: Schema = list?.kind === 'array' ? list.items : { kind: 'unknown' };
  // Each field as the table reads it: a path becomes its list of names, a name stays as it is.
  const fields = Object.entries(KINDS[descriptor.kind]).flatMap(([key, rule]) => {
    const given: unknown = descriptor[key as keyof PaginationDescriptor];
    if (given === undefined) return [];
    return [[key, rule.startsWith('path') ? path(given as FieldPathOption) : given]];
  });
  return { kind: descriptor.kind, ...Object.fromEntries(fields), itemSchema } as PaginationInfo;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
