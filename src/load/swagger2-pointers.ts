/**
 * Maps a place in the OpenAPI 3.0 document converted from a Swagger 2.0 one
 * back to the same place in the user's 2.0 file, so every error names the line
 * the user wrote. The converter moves things (Swagger 2.0 §Definitions →
 * OpenAPI 3.0 §Components; a `body` or `formData` parameter → `requestBody`;
 * a response's `schema` → `content.<type>.schema`); each move is undone here.
 * A place with no counterpart maps to its nearest ancestor that has one.
 */
import { toRef } from '../diagnostics.js';
import { ownValue } from './dictionary.js';
import { resolvePointer } from './validate.js';

type Segment = string | number;
type Segments = ReadonlyArray<Segment>;

/** Where each kind of component lived in Swagger 2.0. */
const COMPONENT_HOMES: Readonly<Record<string, string>> = {
  schemas: 'definitions',
  parameters: 'parameters',
  requestBodies: 'parameters',
  responses: 'responses',
  securitySchemes: 'securityDefinitions',
};

export class Swagger2Pointers {
  readonly #original: unknown;
  readonly #converted: unknown;
  /** Converted component name → original name, per kind, for names the converter rewrote. */
  readonly #renamed = new Map<string, Map<string, string>>();

  constructor(original: unknown, converted: unknown) {
    this.#original = original;
    this.#converted = converted;
  }

  /** The path in the 2.0 document of a path in the converted one. */
  toOriginal(segments: Segments): Segment[] {
    const [top, a, b, ...rest] = segments;
    if (top === undefined) return [];
    if (top === 'openapi') return ['swagger'];
    if (top === 'servers') return [this.#serverField()];
    if (top === 'components') {
      const home = typeof a === 'string' ? COMPONENT_HOMES[a] : undefined;
      if (home === undefined || a === undefined) return [];
      if (b === undefined) return [home];
      const name = this.#originalName(String(a), String(b));
      const inner =
        a === 'parameters' || a === 'requestBodies'
          ? parameterTail(rest, this.#parameterIn(['parameters', name]))
          : a === 'responses'
            ? responseTail(rest)
            : [...rest];
      return [home, name, ...inner];
    }
    if (top === 'paths' && a !== undefined && b !== undefined)
      return ['paths', a, ...this.#inPathItem(String(a), b, rest)];
    return [...segments];
  }

  /** A `$ref` of the converted document (`#/components/schemas/X`) as the user wrote it. */
  refToOriginal(ref: string): string {
    const match = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
    if (!match) return ref;
    const [, kind = '', name = ''] = match;
    const home = COMPONENT_HOMES[kind];
    return home === undefined ? ref : `#/${home}/${this.#originalName(kind, name)}`;
  }

  #serverField(): string {
    for (const field of ['host', 'basePath', 'schemes'])
      if (ownValue(this.#original, field) !== undefined) return field;
    return 'swagger';
  }

  #inPathItem(path: string, key: Segment, rest: Segments): Segment[] {
    if (key === 'parameters') return this.#parameter(['paths', path], rest);
    const [field, ...tail] = rest;
    if (field === undefined) return [key];
    const operation = ['paths', path, key];
    if (field === 'parameters') return [key, ...this.#parameter(operation, tail)];
    if (field === 'requestBody') return [key, ...this.#requestBody(operation, tail)];
    if (field === 'responses') {
      const [code, ...inner] = tail;
      return code === undefined ? [key, field] : [key, field, code, ...responseTail(inner)];
    }
    return [key, ...rest];
  }

  /** `parameters/<i>/…` of a path item or operation: the converter drops body and form parameters, so indexes shift. */
  #parameter(owner: Segments, rest: Segments): Segment[] {
    const [index, ...tail] = rest;
    if (index === undefined) return ['parameters'];
    const converted = resolvePointer(this.#converted, toRef([...owner, 'parameters', index]));
    const found = this.#findParameter(owner, (p) => sameParameter(p, converted, this));
    if (found === undefined) return ['parameters'];
    return [
      'parameters',
      found,
      ...parameterTail(tail, this.#parameterIn([...owner, 'parameters', found])),
    ];
  }

  /** `requestBody/…`: the `body` parameter, or for a form the `formData` parameter a property came from. */
  #requestBody(operation: Segments, rest: Segments): Segment[] {
    const body = this.#findParameter(operation, (p) => this.#inOf(p) === 'body');
    if (body !== undefined) return ['parameters', body, ...bodyTail(rest)];
    const [, , schema, properties, name, ...tail] = rest;
    const named =
      schema === 'schema' && properties === 'properties' && name !== undefined
        ? this.#findParameter(
            operation,
            (p) => this.#inOf(p) === 'formData' && ownValue(this.#deref(p), 'name') === name,
          )
        : undefined;
    if (named !== undefined) return ['parameters', named, ...tail];
    const firstForm = this.#findParameter(operation, (p) => this.#inOf(p) === 'formData');
    return firstForm === undefined ? ['parameters'] : ['parameters', firstForm];
  }

  #findParameter(owner: Segments, matches: (parameter: unknown) => boolean): number | undefined {
    const list = resolvePointer(this.#original, toRef([...owner, 'parameters']));
    if (!Array.isArray(list)) return undefined;
    const index = list.findIndex(matches);
    return index === -1 ? undefined : index;
  }

  #parameterIn(at: Segments): unknown {
    return this.#inOf(resolvePointer(this.#original, toRef(at)));
  }

  #inOf(parameter: unknown): unknown {
    return ownValue(this.#deref(parameter), 'in');
  }

  /** A 2.0 parameter, through its `$ref` when it is one. */
  #deref(parameter: unknown): unknown {
    const ref = ownValue(parameter, '$ref');
    return typeof ref === 'string' ? resolvePointer(this.#original, ref) : parameter;
  }

  #originalName(kind: string, converted: string): string {
    const home = COMPONENT_HOMES[kind];
    const originals = home === undefined ? undefined : ownValue(this.#original, home);
    if (ownValue(originals, converted) !== undefined) return converted;
    let names = this.#renamed.get(kind);
    if (!names) {
      names = new Map();
      const taken = new Set<string>();
      for (const name of Object.keys(originals ?? {})) {
        const base = sanitizedName(name);
        let renamed = base;
        for (let n = 2; taken.has(renamed); n++) renamed = `${base}${n}`;
        taken.add(renamed);
        names.set(renamed, name);
      }
      this.#renamed.set(kind, names);
    }
    return names.get(converted) ?? converted;
  }
}

/** Is the original parameter `candidate` the one the converter wrote as `converted`? */
function sameParameter(
  candidate: unknown,
  converted: unknown,
  pointers: Swagger2Pointers,
): boolean {
  const ref = ownValue(converted, '$ref');
  const candidateRef = ownValue(candidate, '$ref');
  if (typeof ref === 'string') return candidateRef === pointers.refToOriginal(ref);
  return (
    candidateRef === undefined &&
    ownValue(candidate, 'name') === ownValue(converted, 'name') &&
    ownValue(candidate, 'in') === ownValue(converted, 'in')
  );
}

/** Inside a parameter: a 2.0 `body` parameter keeps its `schema`; any other has the schema's fields on itself. */
function parameterTail(rest: Segments, location: unknown): Segment[] {
  if (location === 'body') return bodyTail(rest);
  const [field, ...tail] = rest;
  return field === 'schema' ? [...tail] : [...rest];
}

/** `content/<type>/schema/…` of a request body is the body parameter's `schema/…`. */
function bodyTail(rest: Segments): Segment[] {
  const [content, , field, ...tail] = rest;
  return content === 'content' && field === 'schema' ? ['schema', ...tail] : [];
}

/** Inside a response: `content/<type>/schema` was `schema`, a header's `schema/…` its own fields. */
function responseTail(rest: Segments): Segment[] {
  const [field, name, inner, ...tail] = rest;
  if (field === 'content')
    return inner === 'schema' ? ['schema', ...tail] : ['examples', name ?? ''];
  if (field === 'headers' && name !== undefined)
    return inner === 'schema' ? ['headers', name, ...tail] : ['headers', name];
  return [...rest];
}

/** The converter's renaming of component keys outside `[A-Za-z0-9._-]` (oas-kit-common's sanitiseAll). */
function sanitizedName(name: string): string {
  return name
    .split('/')
    .join('_')
    .replace('[]', 'Array')
    .replace(/[^A-Za-z0-9_\-.]+|\s+/gm, '_');
}
