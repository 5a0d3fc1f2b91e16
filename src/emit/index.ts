/** The emit stage: API IR → one plan per output file. */
import type { Api } from '../ir/api.js';
import { clientFile } from './client-file.js';
import type { FilePlan } from './file-plan.js';
import { indexFile } from './index-file.js';
import { operationsFile } from './operations-file.js';
import { runtimeFiles } from './runtime-files.js';
import { typesFile } from './types-file.js';

export type { FilePlan } from './file-plan.js';

export async function emitSdk(api: Api): Promise<FilePlan[]> {
  return [typesFile(api), operationsFile(api), clientFile(api), indexFile(), ...(await runtimeFiles())];
}
