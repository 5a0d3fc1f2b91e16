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
import { CodegenError } from '../diagnostics.js';
import type { FilePlan } from './file-plan.js';

export async function pathsTypesFile(document: OpenAPI3): Promise<FilePlan> {
  let ast: Awaited<ReturnType<typeof openapiTS>>;
  try {
    ast = await openapiTS(inertCopy(document) as OpenAPI3, { silent: true });
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
