/**
 * Where a `$ref` is a reference. OpenAPI allows a Reference Object only in
 * certain places (https://spec.openapis.org/oas/v3.1.0#reference-object), and a
 * Schema Object may hold `$ref` as a keyword; everywhere else (`default`,
 * `const`, `enum`, `example(s)`, extensions, link parameters…) an object with a
 * `$ref` key is data. This module walks a document by the 3.0/3.1 object model
 * and names the kind of object found at each place.
 */
import { PATH_ITEM_METHODS } from '../ir/api.js';
import { isRecord } from './dictionary.js';

export type ObjectKind =
  | 'document'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'header'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'mediaType'
  | 'encoding'
  | 'callback'
  | 'link'
  | 'example'
  | 'securityScheme'
  | 'components'
  | 'schema';

/** How a field holds objects of a kind: one, a map of them by name, or a list. */
type Shape = 'one' | 'map' | 'list';
type Fields = ReadonlyArray<readonly [field: string, kind: ObjectKind, shape: Shape]>;

const FIELDS: Readonly<Record<ObjectKind, Fields>> = {
  document: [
    ['paths', 'paths', 'one'],
    ['webhooks', 'pathItem', 'map'],
    ['components', 'components', 'one'],
  ],
  paths: [],
  pathItem: [
    ['parameters', 'parameter', 'list'],
    ...PATH_ITEM_METHODS.map((m) => [m, 'operation', 'one'] as const),
  ],
  operation: [
    ['parameters', 'parameter', 'list'],
    ['requestBody', 'requestBody', 'one'],
    ['responses', 'responses', 'one'],
    ['callbacks', 'callback', 'map'],
  ],
  parameter: [
    ['schema', 'schema', 'one'],
    ['content', 'mediaType', 'map'],
    ['examples', 'example', 'map'],
  ],
  header: [
    ['schema', 'schema', 'one'],
    ['content', 'mediaType', 'map'],
    ['examples', 'example', 'map'],
  ],
  requestBody: [['content', 'mediaType', 'map']],
  responses: [],
  response: [
    ['headers', 'header', 'map'],
    ['content', 'mediaType', 'map'],
    ['links', 'link', 'map'],
  ],
  mediaType: [
    ['schema', 'schema', 'one'],
    ['examples', 'example', 'map'],
    ['encoding', 'encoding', 'map'],
  ],
  encoding: [['headers', 'header', 'map']],
  callback: [],
  link: [],
  example: [],
  securityScheme: [],
  components: [
    ['schemas', 'schema', 'map'],
    ['responses', 'response', 'map'],
    ['parameters', 'parameter', 'map'],
    ['examples', 'example', 'map'],
    ['requestBodies', 'requestBody', 'map'],
    ['headers', 'header', 'map'],
    ['securitySchemes', 'securityScheme', 'map'],
    ['links', 'link', 'map'],
    ['callbacks', 'callback', 'map'],
    ['pathItems', 'pathItem', 'map'],
  ],
  schema: [
    ...(
      [
        'items',
        'additionalProperties',
        'not',
        'contains',
        'propertyNames',
        'if',
        'then',
        'else',
        'unevaluatedItems',
        'unevaluatedProperties',
        'additionalItems',
        'contentSchema',
      ] as const
    ).map((f) => [f, 'schema', 'one'] as const),
    ...(
      [
        'properties',
        'patternProperties',
        '$defs',
        'definitions',
        'dependentSchemas',
        'dependencies',
      ] as const
    ).map((f) => [f, 'schema', 'map'] as const),
    ...(['allOf', 'oneOf', 'anyOf', 'prefixItems'] as const).map(
      (f) => [f, 'schema', 'list'] as const,
    ),
  ],
};

/** Each field's place in its kind's list, for eachSlot's bit set (at most 31 fields a kind). */
const FIELD_PLACES = {} as Record<ObjectKind, ReadonlyMap<string, number>>;
for (const kind of Object.keys(FIELDS) as ObjectKind[]) {
  if (FIELDS[kind].length > 31) throw new Error(`${kind} has more fields than a bit set holds`);
  FIELD_PLACES[kind] = new Map(FIELDS[kind].map(([field], place) => [field, place]));
}

/** Objects that are themselves maps of one kind, keyed by path, status or expression; `x-` keys are extensions. */
const SELF_MAPS: Partial<Record<ObjectKind, ObjectKind>> = {
  paths: 'pathItem',
  responses: 'response',
  callback: 'pathItem',
};

/** Kinds whose place may hold a Reference Object (or, for a schema, a `$ref` keyword). */
const REFERABLE = new Set<ObjectKind>([
  'pathItem',
  'parameter',
  'header',
  'requestBody',
  'response',
  'callback',
  'link',
  'example',
  'securityScheme',
  'schema',
]);

export function mayBeReference(kind: ObjectKind): boolean {
  return REFERABLE.has(kind);
}

/** A place below an object: `container[key]` holds an object of `kind`; `path` leads from the object to `container`. */
export interface Slot {
  readonly container: Record<string, unknown> | unknown[];
  readonly path: ReadonlyArray<string>;
  readonly key: string | number;
  readonly kind: ObjectKind;
}

/**
 * Told of each place below an object: `container[key]` holds an object of
 * `kind`; `field` is the field of a map or list that `container` is (undefined
 * when `container` is the object itself).
 */
export type SlotVisitor = (
  container: Record<string, unknown> | unknown[],
  key: string | number,
  kind: ObjectKind,
  field: string | undefined,
) => void;

/** The places directly below `node` (an object of `kind`) that hold objects the model knows, in the model's order. */
export function eachSlot(kind: ObjectKind, node: unknown, visit: SlotVisitor): void {
  if (!isRecord(node)) return;
  const selfMap = SELF_MAPS[kind];
  if (selfMap) {
    for (const key of Object.keys(node))
      if (!key.startsWith('x-')) visit(node, key, selfMap, undefined);
  }
  const fields = FIELDS[kind];
  if (fields.length === 0) return;
  // The node's few keys are looked up among the fields, rather than each field in the node:
  // a bit per field present, read back in the model's order.
  const places = FIELD_PLACES[kind];
  let present = 0;
  for (const key in node) {
    const place = places.get(key);
    if (place !== undefined) present |= 1 << place;
  }
  for (let place = 0; present !== 0; place++, present >>>= 1) {
    if ((present & 1) === 0) continue;
    const [field, childKind, shape] = fields[place]!;
    if (!Object.hasOwn(node, field)) continue;
    const value = node[field];
    // `items` of an older draft may be a list of schemas (a tuple).
    if (shape === 'list' || (field === 'items' && Array.isArray(value))) {
      if (Array.isArray(value))
        for (let i = 0; i < value.length; i++) visit(value, i, childKind, field);
    } else if (shape === 'map') {
      if (isRecord(value))
        for (const key of Object.keys(value)) visit(value, key, childKind, field);
    } else {
      visit(node, field, childKind, undefined);
    }
  }
}

/** The places directly below `node` (an object of `kind`) that hold objects the model knows. */
export function slotsOf(kind: ObjectKind, node: unknown): Slot[] {
  const slots: Slot[] = [];
  eachSlot(kind, node, (container, key, childKind, field) =>
    slots.push({ container, path: field === undefined ? [] : [field], key, kind: childKind }),
  );
  return slots;
}

/** The `$ref` of an object in a place that may hold a reference. */
export function referenceOf(kind: ObjectKind, node: unknown): string | undefined {
  if (!mayBeReference(kind) || !isRecord(node) || !Object.hasOwn(node, '$ref')) return undefined;
  return typeof node.$ref === 'string' ? node.$ref : undefined;
}

export interface ReferenceSite {
  readonly ref: string;
  readonly kind: ObjectKind;
  /** Where the object holding the `$ref` sits. */
  readonly at: ReadonlyArray<string | number>;
}

/**
 * Every reference in a document, in document order. The objects the walk has
 * already entered are not entered again, so a YAML alias that repeats a subtree
 * costs it once, and a circular value ends the walk.
 */
export function referenceSites(document: unknown): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  const entered = new Set<object>();
  // One path, grown and cut back as the walk goes; copied only where a reference is found.
  const at: Array<string | number> = [];
  const walk = (node: unknown, kind: ObjectKind): void => {
    if (typeof node !== 'object' || node === null || entered.has(node)) return;
    entered.add(node);
    const ref = referenceOf(kind, node);
    if (ref !== undefined) sites.push({ ref, kind, at: [...at] });
    eachSlot(kind, node, enter);
  };
  // One visitor for the whole walk: nothing is allocated per place visited.
  const enter: SlotVisitor = (container, key, kind, field) => {
    const depth = at.length;
    if (field !== undefined) at.push(field);
    at.push(key);
    walk((container as Record<string, unknown>)[key as string], kind);
    at.length = depth;
  };
  walk(document, 'document');
  return sites;
}
