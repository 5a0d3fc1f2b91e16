/**
 * Spec text that becomes names is bounded: a path, an operationId, a tag, a parameter's or a
 * component's name, a server's URL. The naming planner reads such text many times over with
 * patterns whose cost grows with the square of a run they cannot match (`{{{…`, a long run of
 * capitals or blanks); at most 1,024 characters keeps every spec's names (the longest real
 * path is under 300) and a hostile one's cost small (red team: a tag of 120,000 blanks took 102 s).
 */
import type { Diagnostic } from '../diagnostics.js';
import { toPointer } from '../diagnostics.js';
import { PATH_ITEM_METHODS } from '../ir/api.js';
import type { Locate } from './validate.js';

export const MAX_NAME_LENGTH = 1024;

type Segments = ReadonlyArray<string | number>;

export function nameLengthProblems(doc: Record<string, unknown>, locate: Locate): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const check = (text: unknown, what: string, at: Segments) => {
    if (typeof text !== 'string' || text.length <= MAX_NAME_LENGTH) return;
    // The pointer names a long key by its start: the whole of it would be the message.
    const shown = at.map((s) =>
      typeof s === 'string' && s.length > 60 ? `${s.slice(0, 60)}…` : s,
    );
    problems.push({
      message: `${what} of ${text.length.toLocaleString('en')} characters: a name is at most ${MAX_NAME_LENGTH.toLocaleString('en')}`,
      pointer: toPointer(shown),
      location: locate(at),
    });
  };
  const servers = (value: unknown, at: Segments) =>
    entries(value).forEach(([i, server]) =>
      check(objectOf(server)?.url, 'A server URL', [...at, i, 'url']),
    );
  const parameters = (value: unknown, at: Segments) =>
    entries(value).forEach(([i, parameter]) =>
      check(objectOf(parameter)?.name, 'A parameter name', [...at, i, 'name']),
    );

  // A path item `$ref`ed from `paths` is read where it is: among the components' path items.
  const pathItem = (item: unknown, at: Segments) => {
    const members = objectOf(item);
    if (members === undefined) return;
    servers(members.servers, [...at, 'servers']);
    parameters(members.parameters, [...at, 'parameters']);
    for (const method of PATH_ITEM_METHODS) {
      const operation = objectOf(members[method]);
      if (operation === undefined) continue;
      check(operation.operationId, 'An operationId', [...at, method, 'operationId']);
      entries(operation.tags).forEach(([i, tag]) =>
        check(tag, 'A tag', [...at, method, 'tags', i]),
      );
      servers(operation.servers, [...at, method, 'servers']);
      parameters(operation.parameters, [...at, method, 'parameters']);
    }
  };

  servers(doc.servers, ['servers']);
  entries(doc.tags).forEach(([i, tag]) => check(objectOf(tag)?.name, 'A tag', ['tags', i, 'name']));
  for (const [template, item] of entries(doc.paths)) {
    check(template, 'A path', ['paths', template]);
    pathItem(item, ['paths', template]);
  }
  // 3.0's `x-webhooks` are read as webhooks too (red team: a name of 200,000 characters).
  for (const place of ['webhooks', 'x-webhooks'] as const)
    for (const [name, item] of entries(doc[place])) {
      check(name, 'A webhook name', [place, name]);
      pathItem(item, [place, name]);
    }
  for (const [section, members] of entries(doc.components))
    for (const [key, member] of entries(members)) {
      check(key, 'A component name', ['components', section, key]);
      if (section === 'parameters')
        check(objectOf(member)?.name, 'A parameter name', ['components', section, key, 'name']);
      if (section === 'pathItems') pathItem(member, ['components', section, key]);
    }
  return problems;
}

/** An object's own entries, or an array's with their indexes; nothing of anything else. */
function entries(value: unknown): Array<[string | number, unknown]> {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  const object = objectOf(value);
  return object === undefined ? [] : Object.entries(object);
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
