/**
 * The optional `paths.ts`: openapi-typescript's own output (`paths`,
 * `components`, `operations`) for users of openapi-fetch. It is made from the
 * document, not the IR, because it is openapi-typescript's rendering of it.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import type { FilePlan } from './file-plan.js';

export async function pathsTypesFile(document: OpenAPI3): Promise<FilePlan> {
  const ast = await openapiTS(document, { silent: true });
  return { path: 'paths.ts', text: astToString(ast) };
}
