/**
 * Values for the README's calls that compile: a required argument filled with a value of its
 * type, an object with its required members only. The examples had passed `{ /* … *\/ }` where
 * parameters were required, which `tsc` refuses (Deutsche Bahn's, ClearBlade's, BritBox's).
 */
import type { Operation, Parameter } from '../../ir/api.js';
import { exclusiveFlag, numericConstraint, type Schema } from '../../ir/schema.js';
import { literalType, objectLiteralKey, stringLiteral } from '../escape.js';

// Deep enough for a body of nested objects (a ref is no level: Plaid's `client_user_id`, a ref
// to a string three objects down, had been a cast); a cycle of required members ends in a cast,
// and so do members past a hundred in one value (red team: five levels of 70 required members
// each had made a README of gigabytes, and the generator had run out of memory).
const DEPTH = 4;
const MEMBERS = 100;
// What stands for a value none can be made of: it compiles, and says nothing.
const NONE = '{} as never';

/** The params object of a call that needs one: its required parameters and required body. */
export function exampleParams(
  operation: Operation,
  schemaOf: (target: string) => Schema | undefined,
): string {
  const members = [
    ...operation.otherParameters
      .filter((p) => p.required)
      .map(
        (p) =>
          [
            p.identifier,
            declinedStream(operation, p) ??
              pagingValue(operation, p, schemaOf) ??
              exampleValue(p.schema, p.identifier, schemaOf),
          ] as const,
      ),
    ...(operation.body?.required === true
      ? [
          [
            'body',
            // A multipart body of no fields is the caller's FormData (Loket's document upload: a
            // Blob had not compiled).
            operation.body.preferred.formData
              ? 'new FormData()'
              : exampleValue(operation.body.preferred.schema, 'body', schemaOf),
          ] as const,
        ]
      : []),
  ];
  return objectText(members);
}

/**
 * The value of a query's stream flag that declines the stream: the example shows the call's usual
 * answer (red team: a required `follow` had been `true`, a log followed that never ends).
 */
function declinedStream(operation: Operation, parameter: Parameter): string | undefined {
  const events = operation.eventStream?.flagIn === 'query' ? operation.eventStream.flag : undefined;
  if (parameter.name !== (operation.jsonLines?.flag ?? events)) return undefined;
  return operation.jsonLines?.numeric ? '0' : 'false';
}

/**
 * A walk's own parameter: the first offset or page (the least its schema allows, where that is
 * more: a 1-based `start`), and a page of a hundred, or what the spec's bounds allow. Postmark's
 * README had walked its bounces from `offset: 1`, one per page.
 */
function pagingValue(
  operation: Operation,
  parameter: Parameter,
  schemaOf: (target: string) => Schema | undefined,
): string | undefined {
  const paging = operation.pagination;
  const schema = numeric(parameter.schema, schemaOf);
  if (paging === undefined || schema === undefined) return undefined;
  // Said on the resolved schema, or on the parameter's own (a `$ref` with its bounds beside it).
  const bound = (key: 'minimum' | 'maximum' | 'exclusiveMaximum') =>
    numericConstraint(schema, key) ?? numericConstraint(parameter.schema, key);
  const least = bound('minimum');
  if (paging.kind === 'offset' && parameter.name === paging.offsetParam)
    return String(Math.max(0, least ?? 0));
  if (paging.kind === 'page' && parameter.name === paging.pageParam)
    return String(paging.first ?? least ?? 1);
  if (
    (paging.kind === 'offset' || paging.kind === 'page') &&
    parameter.name === paging.limitParam
  ) {
    // 3.0's exclusive flag beside `maximum`, or 3.1's exclusive bound itself.
    const flagged =
      exclusiveFlag(schema, 'exclusiveMaximum') ||
      exclusiveFlag(parameter.schema, 'exclusiveMaximum');
    const most = Math.min(
      (bound('maximum') ?? Infinity) - (flagged ? 1 : 0),
      (bound('exclusiveMaximum') ?? Infinity) - 1,
    );
    const size = Math.max(Math.floor(Math.min(100, most)), Math.ceil(least ?? 1));
    return size >= 1 && size <= most ? String(size) : undefined;
  }
  return undefined;
}

/** A number's or an integer's schema, through refs and beside `null`; else none. */
function numeric(
  schema: Schema,
  schemaOf: (target: string) => Schema | undefined,
  depth = 0,
): Schema | undefined {
  if (depth > DEPTH) return undefined;
  if (schema.kind === 'integer' || schema.kind === 'number') return schema;
  if (schema.kind === 'ref') {
    const target = schemaOf(schema.target);
    return target && numeric(target, schemaOf, depth + 1);
  }
  if (schema.kind === 'union') {
    const [only, ...more] = schema.variants.filter((v) => v.kind !== 'null');
    return only !== undefined && more.length === 0 ? numeric(only, schemaOf, depth + 1) : undefined;
  }
  return undefined;
}

/**
 * A value of a schema's type: text (a parameter's name, or what its format looks like), `1` for
 * a number, an enum's first value, an object of its required members.
 */
export function exampleValue(
  schema: Schema,
  name: string,
  schemaOf: (target: string) => Schema | undefined,
  depth = 0,
  refs: readonly string[] = [],
  budget = { members: MEMBERS },
): string {
  const within = (inner: Schema, innerName: string, innerDepth: number) =>
    exampleValue(inner, innerName, schemaOf, innerDepth, refs, budget);
  switch (schema.kind) {
    case 'ref': {
      const target = schemaOf(schema.target);
      return target === undefined || refs.includes(schema.target)
        ? NONE
        : exampleValue(target, name, schemaOf, depth, [...refs, schema.target], budget);
    }
    case 'string':
      return stringLiteral(FORMATS[schema.format ?? ''] ?? name);
    case 'number':
    case 'integer':
      return '1';
    case 'boolean':
      return 'true';
    case 'null':
      return 'null';
    case 'binary':
      return 'new Blob([])';
    case 'enum':
      return schema.values.length > 0 ? literalType(schema.values[0]!) : 'null';
    case 'array': {
      // One item, where one can be made: YouTube's required `part: []` had gone as no `part`,
      // which it refuses.
      const item = within(schema.items, name, depth + 1);
      return item === NONE ? '[]' : `[${item}]`;
    }
    case 'tuple':
      return `[${schema.items.map((item) => within(item, name, depth + 1)).join(', ')}]`;
    case 'object': {
      // A member the server sets is no member of what is sent.
      const members = schema.properties.filter((p) => p.required && p.schema.readOnly !== true);
      if (depth >= DEPTH || (budget.members -= members.length) < 0) return NONE;
      return objectText(members.map((p) => [p.name, within(p.schema, p.name, depth + 1)] as const));
    }
    case 'union': {
      // The first variant that is no cast, where one is (red team: a node's `oneOf` of itself or
      // a string had been `{} as never` inside its own cycle).
      let first: string | undefined;
      for (const variant of schema.variants.filter((v) => v.kind !== 'null')) {
        const text = within(variant, name, depth);
        if (text !== NONE) return text;
        first ??= text;
      }
      return first ?? 'null';
    }
    case 'intersection': {
      // The parts' members together, where each part is an object, or parts of its own that are
      // (Vonage's message, an allOf of an allOf: its example body had been a cast).
      const parts = objectParts(schema, schemaOf);
      if (parts === undefined) return NONE;
      return within(
        { kind: 'object', properties: parts.flatMap((p) => p.properties), additional: true },
        name,
        depth,
      );
    }
    default:
      return stringLiteral(name);
  }
}

// A text of the format the API expects where it says one.
const FORMATS: Readonly<Record<string, string>> = {
  date: '2025-01-31',
  'date-time': '2025-01-31T12:00:00Z',
  email: 'user@example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
  uri: 'https://example.com',
  url: 'https://example.com',
};

/** The objects an intersection is made of, through refs and nested intersections; none if any part is no object. */
function objectParts(
  schema: Schema,
  schemaOf: (target: string) => Schema | undefined,
  depth = 0,
): Array<Extract<Schema, { kind: 'object' }>> | undefined {
  const at = resolved(schema, schemaOf);
  if (at?.kind === 'object') return [at];
  if (at?.kind !== 'intersection' || depth > DEPTH) return undefined;
  const parts = at.parts.map((part) => objectParts(part, schemaOf, depth + 1));
  return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
}

function resolved(
  schema: Schema,
  schemaOf: (target: string) => Schema | undefined,
): Schema | undefined {
  let at: Schema | undefined = schema;
  for (let hops = 0; at?.kind === 'ref' && hops < DEPTH; hops++) at = schemaOf(at.target);
  return at;
}

function objectText(members: ReadonlyArray<readonly [string, string]>): string {
  // A key said twice is one, the last value kept: a discriminator's own value after the member
  // it narrows (red team: `{ kind: "kind", …, kind: "Cat" }` did not compile).
  const byKey = new Map(members);
  return byKey.size === 0
    ? '{}'
    : `{ ${[...byKey].map(([key, value]) => `${objectLiteralKey(key)}: ${value}`).join(', ')} }`;
}
