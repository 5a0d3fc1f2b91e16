/**
 * The optional `paths.ts`: openapi-typescript's own output (`paths`,
 * `components`, `operations`) for users of openapi-fetch. It is made from the
 * document, not the IR, because it is openapi-typescript's rendering of it.
 * openapi-typescript resolves every `$ref` it meets, even in data, reading
 * files and fetching URLs; it is given an inert copy with nothing left to resolve
 * but local references (the load stage has already bundled the rest).
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { inertCopy } from '../load/inert-copy.js';
import { CodegenError, toPointer } from '../diagnostics.js';
import type { FilePlan } from './file-plan.js';

export async function pathsTypesFile(document: OpenAPI3): Promise<FilePlan> {
  refuseUndecodablePaths(document);
  const copy = inertCopy(document, 'document');
  refuseInheritedKeys(copy);
  let ast: Awaited<ReturnType<typeof openapiTS>>;
  try {
    ast = await openapiTS(copy as OpenAPI3, { silent: true });
  } catch (error) {
    // openapi-typescript (and the resolver under it) fails on some specs we accept, e.g. a
    // `hasOwnProperty` key in an example or a `%` in a path: bad input for this option, not a crash.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CodegenError([
      {
        message: `--paths-types: openapi-typescript cannot render this spec (${reason}); generate without --paths-types`,
        pointer: '/',
      },
    ]);
  }
  return { path: 'paths.ts', text: astToString(ast) };
}

/** Redocly percent-decodes path keys in a promise nobody awaits: a bad escape would crash the process. */
function refuseUndecodablePaths(document: OpenAPI3): void {
  const problems = Object.keys(document.paths ?? {})
    .filter((path) => {
      try {
        decodeURIComponent(path);
        return false;
      } catch {
        return true;
      }
    })
    .map((path) => ({
      message: `--paths-types: openapi-typescript cannot read the path "${path}" (a "%" that starts no escape); write it as %25, or generate without --paths-types`,
      pointer: toPointer(['paths', path]),
    }));
  if (problems.length > 0) throw new CodegenError(problems);
}

/**
 * Redocly's resolver reads a key named like one of Object's members (a property
 * `valueOf`) as that member and rejects a promise nobody awaits: such a spec
 * is refused for this option, at the key, rather than crashing the process.
 */
function refuseInheritedKeys(copy: unknown): void {
  const found: Array<Array<string | number>> = [];
  const visit = (node: unknown, at: Array<string | number>): void => {
    if (found.length >= 10 || typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (!Array.isArray(node) && key in Object.prototype) found.push([...at, key]);
      visit(value, [...at, Array.isArray(node) ? Number(key) : key]);
    }
  };
  visit(copy, []);
  if (found.length === 0) return;
  throw new CodegenError(
    found.map((segments) => ({
      message: `--paths-types: openapi-typescript cannot read a key named "${segments[segments.length - 1]}"; generate without --paths-types`,
      pointer: toPointer(segments),
    })),
  );
}
