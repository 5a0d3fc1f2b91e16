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
import type { FilePlan } from './file-plan.js';

export async function pathsTypesFile(document: OpenAPI3): Promise<FilePlan> {
  const ast = await openapiTS(inertCopy(document) as OpenAPI3, { silent: true });
  return { path: 'paths.ts', text: astToString(ast) };
}
