/**
 * A path template (`/items/{id}.json`) parsed once, here, into literal text and
 * references to declared path parameters; no later stage reads `{name}` again.
 * https://spec.openapis.org/oas/v3.1.0#path-templating
 */
import { CodegenError, toPointer, type Diagnostic } from '../diagnostics.js';
import type { Operation, Parameter, PathSegment } from '../ir/api.js';

/** A piece of a template before binding: text, or the name between braces. */
export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'name'; readonly name: string };

/** Splits a template into text and `{name}`s. A brace that opens or closes nothing, and `{}`, are problems. */
export function parsePathTemplate(template: string): { parts: TemplatePart[]; problems: string[] } {
  const parts: TemplatePart[] = [];
  const problems: string[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const char = template[i]!;
    if (char === '}') {
      problems.push(`Unbalanced "}" at offset ${i} of the path "${template}"`);
      i++;
      continue;
    }
    if (char !== '{') {
      text += char;
      i++;
      continue;
    }
    const close = template.indexOf('}', i + 1);
    const reopen = template.indexOf('{', i + 1);
    if (close === -1 || (reopen !== -1 && reopen < close)) {
      problems.push(`Unbalanced "{" at offset ${i} of the path "${template}"`);
      i++;
      continue;
    }
    const name = template.slice(i + 1, close);
    if (name === '')
      problems.push(`Empty parameter name "{}" at offset ${i} of the path "${template}"`);
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push({ kind: 'name', name });
    i = close + 1;
  }
  if (text !== '') parts.push({ kind: 'text', text });
  return { parts, problems };
}

/**
 * A path key that holds a query (Medium's `/search/articles?query={query}`, ClickSend's
 * `/uploads?convert={convert}`): OpenAPI's paths have none, and such a name is no path
 * parameter (the whole SDK was refused). Each `key={name}` pair whose name no path parameter
 * declares goes to the query (`moved`: its key, and the name in its braces); the rest is the
 * template. Weatherbit's
 * `/current?lat={lat}`, whose `lat` is declared in the path, stays as it is.
 */
export function withoutPathQuery(
  template: string,
  pathNames: ReadonlySet<string>,
): { template: string; moved: Array<{ key: string; name: string }> } {
  const at = template.indexOf('?');
  if (at === -1) return { template, moved: [] };
  const kept: string[] = [];
  const moved: Array<{ key: string; name: string }> = [];
  for (const pair of template.slice(at + 1).split('&')) {
    const named = /^([^={}]+)=\{([^{}]+)\}$/.exec(pair);
    if (named !== null && !pathNames.has(named[2]!))
      moved.push({ key: named[1]!, name: named[2]! });
    else kept.push(pair);
  }
  const route = template.slice(0, at);
  return { template: kept.length > 0 ? `${route}?${kept.join('&')}` : route, moved };
}

/**
 * Binds each `{name}` to the declared path parameter of that name. A name no
 * parameter declares, and a declared path parameter the template never uses,
 * are problems. Parameters come in the order the template first uses them.
 */
export function bindPathParameters(
  template: string,
  parts: readonly TemplatePart[],
  parameters: readonly Parameter[],
): { segments: PathSegment[]; pathParameters: Parameter[]; problems: string[] } {
  const declared = new Map(parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const used = new Set<Parameter>();
  const segments: PathSegment[] = [];
  for (const part of parts) {
    if (part.kind === 'text') {
      segments.push(part);
      continue;
    }
    const parameter = declared.get(part.name);
    if (parameter === undefined) continue;
    const fixed = fixedText(parameter);
    if (fixed !== undefined) {
      segments.push({ kind: 'text', text: fixed });
      continue;
    }
    used.add(parameter);
    segments.push({ kind: 'parameter', parameter });
  }
  return {
    segments,
    pathParameters: [...used],
    problems: pathParameterProblems(template, parts, parameters),
  };
}

/**
 * A path parameter of one possible value is part of the path, no argument: healthcare.gov's 34
 * `{mediaTypeExtension}` (`.json`) and Azure's `{securityAlertPolicyName}` (`Default`) had to be
 * passed on every call, as Azure's own SDKs never ask. Encoded here as the runtime would, and
 * only where it makes no `.` or `..` segment.
 */
function fixedText({ fixed }: Parameter): string | undefined {
  const text = fixed === undefined ? '' : encodeURIComponent(String(fixed));
  return /^\.{0,2}$/.test(text) ? undefined : text;
}

/**
 * A name of the template no path parameter declares, and a declared path parameter the
 * template never uses. Also asked by the loader's checks, so a spec's every problem is told
 * in one run.
 */
export function pathParameterProblems(
  template: string,
  parts: readonly TemplatePart[],
  parameters: ReadonlyArray<{ readonly in: string; readonly name: string }>,
): string[] {
  const declared = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
  const named = new Set(parts.flatMap((part) => (part.kind === 'name' ? [part.name] : [])));
  return [
    ...[...named]
      .filter((name) => !declared.has(name))
      .map((name) => `Path parameter "${name}" is used in the path but not declared`),
    ...[...declared]
      .filter((name) => !named.has(name))
      .map((name) => `Path parameter "${name}" is declared but not in the path "${template}"`),
  ];
}

/**
 * The path fields of an operation, from its template and its parameters (`$ref`s
 * already resolved). Any problem is bad input: exit 2, at the path or the operation.
 */
export function normalizePathTemplate(
  template: string,
  method: string,
  parameters: readonly Parameter[],
): Pick<Operation, 'path' | 'pathSegments' | 'pathParameters'> {
  const parsed = parsePathTemplate(template);
  const pathPointer = toPointer(['paths', template]);
  if (parsed.problems.length > 0)
    throw new CodegenError(
      parsed.problems.map((message): Diagnostic => ({ message, pointer: pathPointer })),
    );
  const bound = bindPathParameters(template, parsed.parts, parameters);
  const operationPointer = toPointer(['paths', template, method]);
  if (bound.problems.length > 0)
    throw new CodegenError(
      bound.problems.map((message): Diagnostic => ({ message, pointer: operationPointer })),
    );
  return { path: template, pathSegments: bound.segments, pathParameters: bound.pathParameters };
}
