/**
 * An inline object that the spec spells out again and again, the same properties with the same
 * docs, is written once as a type of its own. GitHub's webhook payloads repeat their inline
 * pull requests, repositories and users (a million bytes of its schemas, with no component of
 * their shape): each copy had been written out in full, 38% of its `types.ts`, for every
 * consumer's `tsc` and editor to read. The type is named by its title, else where it first appears
 * (`typeNames`), and each place keeps its own docs on the reference. An allOf's parts stay inline.
 */
import type { NamedSchema, Operation } from '../ir/api.js';
import { children, isLeaf, mapChildren } from '../ir/children.js';
import { pascalCase, words, type NameRegistry } from '../ir/naming.js';
import { docsOf, SCHEMA_DOC_KEYS, type Schema } from '../ir/schema.js';
import { isDateString, reaches } from '../ir/visibility.js';
import { stem } from './method-names.js';
import { mapOperationSchemas } from './operation-schemas.js';
import type { ShapeIds } from './shape-ids.js';

/** Schema nodes an object holds before a second copy is worth a name: smaller ones stay inline. */
const MIN_NODES = 12;

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

interface Repeated {
  readonly schema: ObjectSchema;
  /** Where it first appears: the type that holds it, then the property names down to it. */
  readonly path: readonly string[];
  /** The property it first appears as (or one of its items), where the path ends with it. */
  readonly property: string | undefined;
  /** Its title, or that of the nullable schema it is the value of (GitHub's nullable `User`). */
  readonly title: string | undefined;
  count: number;
}

/**
 * Names each inline object (inside a named schema) that appears twice or more, and writes
 * every copy of it, in schemas and operations alike, as a reference to that name.
 */
export function nameRepeatedShapes(
  schemas: NamedSchema[],
  operations: Operation[],
  names: NameRegistry,
  dates: boolean,
  shapes: ShapeIds,
): void {
  const twoViews = new Set(schemas.filter((s) => s.inputTypeName !== undefined).map((s) => s.key));
  const sizes = new WeakMap<Schema, number>();
  const size = (schema: Schema): number => {
    let n = sizes.get(schema);
    if (n === undefined) sizes.set(schema, (n = children(schema).reduce((a, c) => a + size(c), 1)));
    return n;
  };
  // An object with a request view of its own (readOnly, writeOnly, dates) stays where it is: which
  // view a copy takes depends on where it is.
  const judged = new WeakMap<Schema, boolean>();
  const eligible = (schema: Schema): schema is ObjectSchema => {
    let yes = judged.get(schema);
    if (yes === undefined) {
      yes =
        schema.kind === 'object' &&
        schema.properties.length > 0 &&
        size(schema) >= MIN_NODES &&
        !reaches(
          schema,
          (s) => s.readOnly === true || s.writeOnly === true || (dates && isDateString(s)),
          (key) => twoViews.has(key),
        );
      judged.set(schema, yes);
    }
    return yes;
  };

  // Each shape counted where it is written: the copies of a repeated one are not walked, as they
  // will be a name (what is inside it once, in its own type).
  const repeated = new Map<number, Repeated>();
  const visit = (
    schema: Schema,
    path: readonly string[],
    property?: string,
    part = false,
    title = schema.title,
  ): void => {
    if (isLeaf(schema)) return;
    if (!part && eligible(schema)) {
      const id = shapes.shapeOf(schema);
      const seen = repeated.get(id);
      if (seen !== undefined) {
        seen.count++;
        return;
      }
      repeated.set(id, { schema, path, property, title, count: 1 });
    }
    visitChildren(schema, path, property);
  };
  const visitChildren = (schema: Schema, path: readonly string[], property?: string): void => {
    const last = path.length - 1;
    const renamed = (suffix: string) => [...path.slice(0, last), `${path[last]}${suffix}`];
    switch (schema.kind) {
      case 'object':
        for (const p of schema.properties) {
          const name = pascalCase(p.name);
          visit(p.schema, [...path, name], name);
        }
        if (typeof schema.additional === 'object') visit(schema.additional, renamed('Value'));
        return;
      case 'array':
        // One of `images` is an `Image`.
        return visit(
          schema.items,
          [...path.slice(0, last), itemOf(path[last]!)],
          property && itemOf(property),
        );
      case 'union':
      case 'intersection': {
        // A variant or part is told apart by its title (GitHub's reviewer `User` or `Team`); the
        // value of a nullable one (a union with `null`) is the property's own.
        const kind = schema.kind === 'union' ? 'Variant' : 'Part';
        const told = children(schema).filter((c) => c.kind !== 'null').length > 1;
        // An allOf's parts stay where they are, what is inside them is shared: a part written as
        // a name is merged whole (its list types had met another part's as `never`, where an
        // inline part gives way with `Omit`; with `dates`, zod could not merge a lazy one).
        const part = schema.kind === 'intersection';
        for (const child of children(schema)) {
          if (told)
            visit(child, renamed(child.title ? pascalCase(child.title) : kind), undefined, part);
          // A nullable schema's object is not the schema's own name again.
          else if (path.length === 1) visit(child, renamed('Object'), undefined, part);
          else visit(child, path, property, part, child.title || schema.title);
        }
        return;
      }
      default:
        for (const child of children(schema)) visit(child, path, property);
    }
  };
  for (const named of schemas) visitChildren(named.schema, [named.typeName]);

  const hoisted = [...repeated].filter(([, r]) => r.count > 1);
  if (hoisted.length === 0) return;
  const keys = new Map<number, string>();
  // The title a type is named by is said once, on the type: not again on each place.
  const namedBy = new Map<string, string>();
  const added: NamedSchema[] = [];
  const chosen = typeNames(
    hoisted.map(([, r]) => r),
    names,
  );
  hoisted.forEach(([id, r], i) => {
    const { typeName, byTitle } = chosen[i]!;
    const key = `#shape/${typeName}`;
    keys.set(id, key);
    if (byTitle) namedBy.set(key, r.title!);
    added.push({
      key,
      typeName,
      schema: { ...withoutDocs(r.schema), ...(byTitle && { title: r.title! }) },
    });
  });

  const rewritten = new Map<Schema, Schema>();
  const rewrite = (schema: Schema): Schema => {
    if (isLeaf(schema)) return schema;
    const done = rewritten.get(schema);
    if (done !== undefined) return done;
    const key = eligible(schema) ? keys.get(shapes.shapeOf(schema)) : undefined;
    let result: Schema;
    if (key === undefined) result = inside(schema);
    else {
      const { title, ...docs } = docsOf(schema);
      const own = title === undefined || title === namedBy.get(key) ? docs : { ...docs, title };
      result = { ...own, kind: 'ref', target: key };
    }
    rewritten.set(schema, result);
    return result;
  };
  /** The schema with what is inside it rewritten; an allOf's parts themselves stay (see `visit`). */
  const inside = (schema: Schema): Schema => {
    if (schema.kind !== 'intersection') return mapChildren(schema, rewrite);
    const parts = schema.parts.map((p) =>
      p.kind === 'intersection' ? inside(p) : mapChildren(p, rewrite),
    );
    return parts.every((p, i) => p === schema.parts[i]) ? schema : { ...schema, parts };
  };
  // A named schema's own root is never a reference to itself: only what is inside it is.
  schemas.forEach((named, i) => {
    const schema = inside(named.schema);
    if (schema !== named.schema) schemas[i] = { ...named, schema };
  });
  for (const named of added) schemas.push({ ...named, schema: inside(named.schema) });
  mapOperationSchemas(operations, rewrite);
}

/** The object without its own docs: those stay with each place that uses it. */
function withoutDocs(schema: ObjectSchema): ObjectSchema {
  const copy: Record<string, unknown> = { ...schema };
  for (const key of SCHEMA_DOC_KEYS) delete copy[key];
  return copy as unknown as ObjectSchema;
}

/**
 * Each repeated object's name: its title where that is a name (a few words) no other object
 * written more often wants, else that title within its first holder (`DiscussionUser`). An
 * untitled one: the property it first appears as on the same terms, unless that says nothing
 * alone (`data`, `meta`), else that property within its holder (`PullRequestBase`).
 */
function typeNames(
  repeated: readonly Repeated[],
  names: NameRegistry,
): Array<{ typeName: string; byTitle: boolean }> {
  // A title names what the object is; a property only where it is (GitHub's `User` at
  // `answer_chosen_by`): a titled object is named by its title or, where another has it, by its
  // holder's and its title. A title of no words (`***`) names nothing (red team: `Unnamed`).
  const titles = repeated.map(({ title }) => {
    const count = title === undefined ? 0 : words(title).length;
    return count > 0 && count <= 4 ? pascalCase(title!) : undefined;
  });
  const candidates = repeated.map(({ property }, i) => [
    titles[i],
    titles[i] === undefined && property !== undefined && !GENERIC.has(property.toLowerCase())
      ? property
      : undefined,
  ]);
  // Where several want one name, one titled so has it, then the one written most often (the
  // first, of as many): GitHub's twelve objects titled `User` had all been named by where they
  // first appear, its most common one `AnswerChosenBy` (new-user trial), and an untitled `foo`
  // written more often had taken `Foo` from the object titled so (red team).
  const winner = new Map<string, number>();
  const score = (i: number, name: string) => (titles[i] === name ? 1e9 : 0) + repeated[i]!.count;
  candidates.forEach((wants, i) => {
    for (const name of wants) {
      if (name === undefined) continue;
      const held = winner.get(name);
      if (held === undefined || score(i, name) > score(held, name)) winner.set(name, i);
    }
  });
  const free = (name: string | undefined, i: number): name is string =>
    name !== undefined && winner.get(name) === i && !names.has(name) && !names.isReserved(name);
  return repeated.map(({ path }, i) => {
    const [title, property] = candidates[i]!;
    if (free(title, i)) return { typeName: names.claim(title), byTitle: true };
    const held = title === undefined ? path.slice(-2).join('') : `${path.at(-2) ?? ''}${title}`;
    return { typeName: names.claim(free(property, i) ? property : held), byTitle: false };
  });
}

// Property names that say nothing of what they hold, without the name of what holds them.
const GENERIC = new Set(
  (
    'data item items result results value values response body attributes properties meta ' +
    'metadata links object part variant details info config settings options error errors ' +
    'payload content record records entry entries node nodes list type'
  ).split(' '),
);

/** The name of one of a list's items: `Images` → `Image`, `LineItems` → `LineItem`. */
function itemOf(list: string): string {
  const lastWord = /[A-Z][a-z0-9]*$/.exec(list)?.[0];
  const one = lastWord && stem(lastWord);
  return lastWord && one && one !== lastWord.toLowerCase()
    ? list.slice(0, -lastWord.length) + one[0]!.toUpperCase() + one.slice(1)
    : `${list}Item`;
}
